// What the article says about a stock, one sentence at a time: each sentence once, in the article's order,
// its figures' readable values above it (each a button that jumps to the figure, its exact normalised
// value in the title) and every figure in it marked. Activating the sentence jumps to it too.
import type { FigureInContext } from '@/utils/figures';
import { exactValue } from '@/utils/figure-exact';
import { KIND_KEYS, type Translate } from '@/utils/i18n-keys';
import type { FigureLang } from '@/utils/stock-ui/types';
import { directionOf, groupBySentence, markFigures, type SentenceGroup } from './figure-parts';
import type { FormatFigure } from './format-figure';

type ItemProps = {
  lang: FigureLang;
  format: FormatFigure;
  onReveal: (fig: FigureInContext) => void;
  t: Translate;
};

function FigureValue({ fig, lang, format, onReveal, t }: ItemProps & { fig: FigureInContext }) {
  const shown = format(fig, lang);
  const kind = t(KIND_KEYS[fig.kind]);
  return (
    <li class="fl-figure" data-kind={fig.kind} data-direction={directionOf(fig)} data-qualifier={fig.qualifier}>
      <button
        type="button"
        class="fl-figure-button"
        title={`= ${exactValue(fig)} · ${kind} · ${t('panel.reveal')}`}
        onClick={() => onReveal(fig)}
      >
        {shown.qualifier && <span class="fl-qualifier">{shown.qualifier}</span>}
        <span class="fl-value">{shown.value}</span>
        {fig.label ? (
          <span class="fl-label" lang="zh-CN">
            {fig.label}
          </span>
        ) : (
          <span class="fl-kind">{kind}</span>
        )}
      </button>
    </li>
  );
}

function SentenceItem({ group, ...item }: ItemProps & { group: SentenceGroup }) {
  return (
    <li class="fl-sentence-item" data-sentence={group.key}>
      <ul class="fl-values">
        {group.figures.map((fig) => (
          <FigureValue key={`${fig.start}:${fig.kind}`} fig={fig} {...item} />
        ))}
      </ul>
      <button type="button" class="fl-sentence" lang="zh-CN" title={item.t('panel.reveal')} onClick={() => item.onReveal(group.figures[0]!)}>
        {markFigures(group).map((segment, i) =>
          segment.figure ? (
            <mark key={i} data-direction={directionOf(segment.figure)}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </button>
    </li>
  );
}

export type SentenceListProps = ItemProps & { figures: FigureInContext[]; labelledBy: string };

export function SentenceList({ figures, labelledBy, ...item }: SentenceListProps) {
  return (
    <ol class="fl-sentences" aria-labelledby={labelledBy}>
      {groupBySentence(figures).map((group) => (
        <SentenceItem key={group.key} group={group} {...item} />
      ))}
    </ol>
  );
}
