// The live quote in the panel's header: price, signed change and change %, coloured by the reader's
// convention through data-direction (panel.css), with an arrow so the direction reads without colour.
// Contract for outside checks (docs/architecture.md): data-quote="quote" + data-direction, holding
// data-quote="price" | "change" | "percent".
import type { Translate } from '@/utils/i18n-keys';
import { pageT } from '@/utils/page-translate';
import type { Quote } from '@/utils/quote/quote';

const ARROWS = { up: '▲', down: '▼', flat: '' } as const;

export function QuoteLine({ quote, t = pageT }: { quote: Quote | null | undefined; t?: Translate }) {
  if (!quote) return null;
  return (
    <p class="fl-quote" data-quote="quote" data-direction={quote.direction}>
      <span class="fl-quote-label">{t('panel.quote')}</span>{' '}
      <span class="fl-quote-price" data-quote="price">
        {quote.price}
      </span>{' '}
      <span class="fl-quote-move">
        <span aria-hidden="true">{ARROWS[quote.direction]}</span>
        <span data-quote="change">{quote.change}</span> <span data-quote="percent">{quote.percent}</span>
      </span>
    </p>
  );
}
