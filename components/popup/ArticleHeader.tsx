// The article at the top of the popup: its title (the #popup-title hook), and
// source, publication time and reading time.
import type { ArticleSummary } from '@/utils/messages';
import { formatPublishedAt } from '@/utils/format-published-at';
import { publishedAtOf } from '@/utils/sina/published-time';
import { useL10n } from '../shared/l10n';

export function ArticleHeader({ summary }: { summary: ArticleSummary }) {
  const { t, locale } = useL10n();
  const publishedAt = publishedAtOf(summary.published);
  return (
    <header class="fl-article">
      <h1 id="popup-title" class="fl-title">
        {summary.title}
      </h1>
      <ul class="fl-meta" aria-label={t('popup.meta.label')}>
        {summary.source ? <li>{t('popup.meta.source', [summary.source])}</li> : null}
        {publishedAt ? (
          <li>
            <time dateTime={publishedAt}>
              {t('popup.meta.published', [formatPublishedAt(publishedAt, locale)])}
            </time>
          </li>
        ) : null}
        {summary.readingMinutes > 0 ? <li>{t('popup.meta.readingTime', summary.readingMinutes)}</li> : null}
      </ul>
    </header>
  );
}
