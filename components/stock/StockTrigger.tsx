// The small badge FinLens puts after a stock keyword link: a real button that says whose figures it opens
// and how many there are, sized like a superscript so the article's text does not move.
import type { Ref } from 'preact';
import type { Translate } from '@/utils/i18n-keys';
import { pageT } from '@/utils/page-translate';

export type StockTriggerProps = {
  code: string;
  /** The stock's name as the page writes it (rendered as text). */
  name: string;
  /** How many figures concern the stock. */
  count: number;
  /** Whether its panel is open. */
  expanded: boolean;
  onClick?: (event: MouseEvent) => void;
  buttonRef?: Ref<HTMLButtonElement>;
  t?: Translate;
};

export function StockTrigger({ code, name, count, expanded, onClick, buttonRef, t = pageT }: StockTriggerProps) {
  const label = t('panel.trigger.label', count, [name, code, count]);
  return (
    <button
      ref={buttonRef}
      type="button"
      class="fl-trigger"
      data-stock-code={code}
      data-count={String(count)}
      aria-haspopup="dialog"
      aria-expanded={expanded ? 'true' : 'false'}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <span class="fl-trigger-count" aria-hidden="true">
        {count}
      </span>
    </button>
  );
}
