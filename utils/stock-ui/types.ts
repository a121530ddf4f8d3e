// The shapes the stock UI is driven by: what the content script hands to mountStockUi, and the settings
// it follows. Kept apart so the components, the mounting code and the tests share one vocabulary.
import type { FigureInContext, FigureKind } from '@/utils/figures';
import type { FollowServiceQuote } from '@/utils/quote/service-quotes';
import type { ColorConvention, PanelOpenOn } from '@/utils/settings';

/** Red for up (the convention in China), green for up (the Western one), or no direction colour at all. */
export type DirectionColors = ColorConvention;

/** 'zh' or 'en': the language figures are formatted in. */
export type FigureLang = 'zh' | 'en';

/** A stock as the panel shows it. `market` is 'sh' | 'sz' | 'bj' | 'hk' | 'us' (anything else shows as-is). */
export type StockInfo = { code: string; market: string; name: string; href: string };

/** A stock keyword link of the article: the model's fields plus the page elements it came from. */
export type StockLinkInPage = StockInfo & {
  /** Sina's `<a class="keyword">` inside its `stock_<code>` span. */
  anchor: Element;
  /** Sina's `quote_<code>` span, which Sina's own script fills with the live quote; null when absent. */
  quote: Element | null;
};

export type StockUiSettings = {
  /** 'hover' also opens on pointer hover and on focus (after a short delay); keyboard and click always work. */
  openOn: PanelOpenOn;
  colors: DirectionColors;
  /** The figure kinds the reader wants to see; the others are not counted or listed. */
  kinds: FigureKind[];
};

export type StockUiOptions = {
  stocks: StockLinkInPage[];
  /** The figures that concern a stock (the attribution of utils/summary). */
  figuresFor: (code: string) => FigureInContext[];
  /** The article's key figures, shown when nothing concerns the stock. */
  keyFigures: FigureInContext[];
  settings: StockUiSettings;
  lang: FigureLang;
  /** Called when the reader activates a figure (the content script scrolls to and highlights its sentence). */
  onReveal: (fig: FigureInContext) => void;
  /** Follows Sina's quote service for an open panel whose page shows no quote (issue 13; absent: never asked). */
  serviceQuote?: FollowServiceQuote;
};

export type StockUi = {
  /** Opens the panel of the first trigger for `code`; false when there is none. */
  open: (code: string) => boolean;
  close: () => void;
  update: (settings: Partial<StockUiSettings>) => void;
  /** Unmounts everything and removes every host FinLens added. */
  destroy: () => void;
};
