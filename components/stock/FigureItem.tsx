// One figure in the stock panel: its readable value, qualifier, kind, label and sentence (with the figure
// marked), as one button that asks the page to show the figure where the article says it.
import type { FigureInContext } from '@/utils/figures';
import { KIND_KEYS, type Translate } from '@/utils/i18n-keys';
import type { FigureLang } from '@/utils/stock-ui/types';
import { directionOf, splitSentence } from './figure-parts';
import type { FormatFigure } from './format-figure';

export type FigureItemProps = {
  fig: FigureInContext;
  lang: FigureLang;
  format: FormatFigure;
  onReveal: (fig: FigureInContext) => void;
  t: Translate;
};

export function FigureItem({ fig, lang, format, onReveal, t }: FigureItemProps) {
  const parts = splitSentence(fig);
  const shown = format(fig, lang);
  return (
    <li class="fl-figure" data-kind={fig.kind} data-direction={directionOf(fig)} data-qualifier={fig.qualifier}>
      <button type="button" class="fl-figure-button" title={t('panel.reveal')} onClick={() => onReveal(fig)}>
        <span class="fl-figure-line">
          {shown.qualifier && <span class="fl-qualifier">{shown.qualifier}</span>}
          <span class="fl-value">{shown.value}</span>
          <span class="fl-kind">{t(KIND_KEYS[fig.kind])}</span>
        </span>
        {fig.label && (
          <span class="fl-label" lang="zh-CN">
            {fig.label}
          </span>
        )}
        <span class="fl-sentence" lang="zh-CN">
          {parts.before}
          {parts.figure && <mark>{parts.figure}</mark>}
          {parts.after}
        </span>
      </button>
    </li>
  );
}

export type FigureListProps = Omit<FigureItemProps, 'fig'> & { figures: FigureInContext[]; labelledBy: string };

export function FigureList({ figures, labelledBy, ...item }: FigureListProps) {
  return (
    <ul class="fl-figures" aria-labelledby={labelledBy}>
      {figures.map((fig) => (
        <FigureItem key={`${fig.paragraph}:${fig.start}:${fig.kind}`} fig={fig} {...item} />
      ))}
    </ul>
  );
}
