// The panel a stock trigger opens: who the stock is, its live quote as Sina shows it, and what the article
// says about it in figures (or, when nothing concerns it, the article's key figures). Props in, DOM out:
// placement, focus and closing rules live in utils/stock-ui.
import type { Ref } from 'preact';
import type { FigureInContext } from '@/utils/figures';
import { MARKET_KEYS, type Translate } from '@/utils/i18n-keys';
import { pageT } from '@/utils/page-translate';
import type { DirectionColors, FigureLang, StockInfo } from '@/utils/stock-ui/types';
import type { Quote } from '@/utils/quote/quote';
import { SentenceList } from './SentenceList';
import type { FormatFigure } from './format-figure';
import { QuoteLine } from './QuoteLine';
import { sinaQuoteUrl } from './sina-url';

export type StockPanelProps = {
  stock: StockInfo;
  /** The live quote (from the page's `quote_<code>` span, or Sina's quote service), if any. */
  quote?: Quote | null;
  /** The figures that concern the stock. */
  figures: FigureInContext[];
  /** The article's key figures, shown instead when `figures` is empty. */
  keyFigures: FigureInContext[];
  colors?: DirectionColors;
  lang?: FigureLang;
  onReveal: (fig: FigureInContext) => void;
  onClose: () => void;
  /** The heading, which takes focus when the panel opens. */
  headingRef?: Ref<HTMLHeadingElement>;
  format: FormatFigure;
  t?: Translate;
};

export function StockPanel(props: StockPanelProps) {
  const { stock, figures, keyFigures, onClose, headingRef, t = pageT } = props;
  const item = { lang: props.lang ?? 'zh', format: props.format, onReveal: props.onReveal, t };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <div
      class="fl-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="fl-panel-title"
      data-code={stock.code}
      data-colors={props.colors ?? 'red-up'}
      onKeyDown={onKeyDown}
    >
      <div class="fl-head">
        <h2 id="fl-panel-title" class="fl-title" tabIndex={-1} ref={headingRef}>
          <span class="fl-name" lang="zh-CN">{stock.name}</span> <span class="fl-code">{stock.code}</span>
        </h2>
        <button type="button" class="fl-close" aria-label={t('panel.close')} title={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="fl-meta">
        <span class="fl-market" data-market={stock.market}>
          {isKnownMarket(stock.market) ? t(MARKET_KEYS[stock.market]) : stock.market}
        </span>
        <QuoteLink href={stock.href} t={t} />
      </p>
      <QuoteLine quote={props.quote} t={t} />
      {figures.length > 0 ? (
        <section class="fl-section">
          <h3 id="fl-figures-title" class="fl-section-title">
            {t('panel.figures')}
          </h3>
          <SentenceList figures={figures} labelledBy="fl-figures-title" {...item} />
        </section>
      ) : (
        <section class="fl-section">
          <p class="fl-empty">{t('panel.noFigures', [stock.name])}</p>
          {keyFigures.length > 0 ? (
            <>
              <h3 id="fl-key-title" class="fl-section-title">
                {t('panel.keyFiguresInstead')}
              </h3>
              <SentenceList figures={keyFigures} labelledBy="fl-key-title" {...item} />
            </>
          ) : (
            <p class="fl-empty">{t('panel.noKeyFigures')}</p>
          )}
        </section>
      )}
    </div>
  );
}

function QuoteLink({ href, t }: { href: string; t: Translate }) {
  const url = sinaQuoteUrl(href);
  if (url) {
    return (
      <a class="fl-link" href={url} target="_blank" rel="noopener noreferrer">
        {t('panel.quotePage')}
      </a>
    );
  }
  return href ? <span class="fl-href">{href}</span> : null;
}

function isKnownMarket(market: string): market is keyof typeof MARKET_KEYS {
  return Object.hasOwn(MARKET_KEYS, market);
}
