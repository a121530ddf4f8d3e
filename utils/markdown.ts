// "Copy summary": an article summary as Markdown (title and link, source and
// time, the key figures with their readable and exact values and their
// sentences, the stocks). Page text is untrusted and may contain Markdown or
// HTML, so every piece of it is escaped to show literally wherever the
// Markdown is pasted.
import type { ArticleSummary } from './messages';
import { exactValue } from './figure-exact';
import { formatPublishedAt } from './format-published-at';
import { publishedAtOf } from './sina/published-time';
import { KIND_KEYS, type Localization } from './i18n-keys';

const SENTENCE_MAX = 140;

/**
 * Escapes text for inline Markdown: no emphasis, links, HTML or tables. With
 * `lineStart`, also no block syntax (headings, quotes, lists) for text that
 * begins a line.
 */
export function escapeMarkdown(text: string, { lineStart = false } = {}): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
  if (!lineStart) return inline;
  return inline.replace(/^([#+-])(?=\s|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A URL as a Markdown link destination (the schema has already checked it is http(s)). */
export function escapeUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function summaryToMarkdown(summary: ArticleSummary, { t, locale }: Localization): string {
  const lines: string[] = [`# [${escapeMarkdown(summary.title) || escapeMarkdown(summary.url)}](${escapeUrl(summary.url)})`, ''];

  const publishedAt = publishedAtOf(summary.published);
  const meta = [
    summary.source ? t('markdown.source', [escapeMarkdown(summary.source)]) : null,
    publishedAt ? t('markdown.published', [escapeMarkdown(formatPublishedAt(publishedAt, locale))]) : null,
    summary.readingMinutes > 0 ? t('markdown.readingTime', summary.readingMinutes) : null,
  ].filter((part): part is string => part !== null);
  if (meta.length > 0) lines.push(meta.join(' · '), '');

  if (summary.figures.length > 0) {
    lines.push(`## ${t('markdown.keyFigures')}`, '');
    for (const figure of summary.figures) {
      const label = figure.label ? ` · ${escapeMarkdown(figure.label)}` : '';
      const exact = escapeMarkdown(exactValue(figure));
      lines.push(`- **${escapeMarkdown(figure.display || figure.surface)}** (= ${exact}) — ${t(KIND_KEYS[figure.kind])}${label}`);
      if (figure.sentence.trim()) lines.push(`  > ${escapeMarkdown(shorten(figure.sentence, SENTENCE_MAX), { lineStart: true })}`);
    }
    lines.push('');
  }

  if (summary.stocks.length > 0) {
    lines.push(`## ${t('markdown.stocks')}`, '');
    for (const stock of summary.stocks) {
      lines.push(
        `- ${escapeMarkdown(stock.name)} \`${stock.code}\` · ${t('markdown.stockFigures', stock.figures)} · [${t('markdown.quote')}](${escapeUrl(stock.href)})`,
      );
    }
    lines.push('');
  }

  lines.push(`*${t('markdown.generatedBy')}*`, '');
  return lines.join('\n');
}
