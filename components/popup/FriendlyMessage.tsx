// What the popup says when there is no summary to show: still loading, not a
// Sina article (or a page extensions cannot touch), or no answer from the page.
import type { PlainKey } from '@/utils/i18n-keys';
import { useL10n } from '../shared/l10n';

const TEXT = {
  loading: { title: 'popup.documentTitle', body: 'popup.loading' },
  'not-article': { title: 'popup.notArticle.title', body: 'popup.notArticle.body' },
  'no-answer': { title: 'popup.noAnswer.title', body: 'popup.noAnswer.body' },
} as const satisfies Record<string, { title: PlainKey; body: PlainKey }>;

type Props = { status: keyof typeof TEXT; onOpenOptions: () => void };

export function FriendlyMessage({ status, onOpenOptions }: Props) {
  const { t } = useL10n();
  const text = TEXT[status];
  return (
    <div class="fl-friendly">
      <h1 id="popup-title" class="fl-title">
        {t(text.title)}
      </h1>
      <p class={status === 'loading' ? 'fl-hint' : undefined} role={status === 'loading' ? 'status' : undefined}>
        {t(text.body)}
      </p>
      {status === 'loading' ? null : (
        <div class="fl-actions">
          <button type="button" class="fl-button" onClick={onOpenOptions}>
            {t('common.openOptions')}
          </button>
        </div>
      )}
    </div>
  );
}
