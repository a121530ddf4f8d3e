// The article's key figures, grouped by kind, each with its label and its
// sentence (figure marked) on one line; the exact normalised value is in the
// button's title. Activating a figure asks the page to scroll to it.
import type { SummaryFigure } from '@/utils/messages';
import { exactValue } from '@/utils/figure-exact';
import { KIND_KEYS } from '@/utils/i18n-keys';
import { EmphasisedSentence } from '../shared/EmphasisedSentence';
import { useL10n } from '../shared/l10n';
import { directionOf, groupByKind } from './group-by-kind';

type Props = { figures: readonly SummaryFigure[]; onReveal: (id: string) => void };

const ARROWS = { rise: '▲', fall: '▼', flat: '' } as const;
/** The sentence shows on one line: it starts at most this many characters before the figure, so the figure is in view. */
const SENTENCE_LEAD = 12;

export function KeyFigures({ figures, onReveal }: Props) {
  const { t } = useL10n();
  return (
    <section class="fl-section" aria-labelledby="fl-figures-heading">
      <h2 id="fl-figures-heading">{t('popup.figures.heading')}</h2>
      {figures.length === 0 ? (
        <p class="fl-empty">{t('popup.figures.none')}</p>
      ) : (
        <>
          <p class="fl-hint fl-offscreen" id="fl-figures-hint">
            {t('popup.figures.hint')}
          </p>
          {groupByKind(figures).map((group) => (
            <section class="fl-kind" key={group.kind} aria-labelledby={`fl-kind-${group.kind}`}>
              <h3 id={`fl-kind-${group.kind}`}>{t(KIND_KEYS[group.kind])}</h3>
              <ul class="fl-figures" aria-describedby="fl-figures-hint">
                {group.figures.map((figure) => (
                  <FigureItem key={figure.id} figure={figure} onReveal={onReveal} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function FigureItem({ figure, onReveal }: { figure: SummaryFigure; onReveal: (id: string) => void }) {
  const { t } = useL10n();
  const direction = directionOf(figure);
  const sentenceId = `fl-sentence-${figure.id}`;
  const value = figure.display || figure.surface;
  return (
    <li class="fl-figure" data-figure-kind={figure.kind} data-figure-id={figure.id} data-direction={direction}>
      <button
        type="button"
        class="fl-figure-button"
        title={`${t('popup.figures.reveal', [value])} (= ${exactValue(figure)})`}
        aria-describedby={figure.sentence ? sentenceId : undefined}
        onClick={() => onReveal(figure.id)}
      >
        <span class="fl-value">
          {ARROWS[direction] ? <span aria-hidden="true">{ARROWS[direction]} </span> : null}
          {value}
        </span>
        {figure.label ? (
          <>
            {' '}
            <span class="fl-label">{figure.label}</span>
          </>
        ) : null}
      </button>
      {figure.sentence ? (
        <p class="fl-sentence" id={sentenceId} title={figure.sentence}>
          <EmphasisedSentence sentence={figure.sentence} surface={figure.surface} start={figure.start} end={figure.end} lead={SENTENCE_LEAD} />
        </p>
      ) : null}
    </li>
  );
}
