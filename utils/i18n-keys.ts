// Message keys for values that are data (categories, figure kinds, markets,
// qualifiers), written out as literal tables: code never builds a key from a
// string, so the type checker and tests/unit/i18n.test.ts can see every key
// in use. Also the Translate type that components and utils take, so they
// can be given `i18n.t` in the extension and a file-backed `t` in tests.
import type { i18n, GeneratedI18nStructure } from '#i18n';
import type { Category } from './sina/categories';
import type { FigureKind, Qualifier } from './figures';

export type Translate = typeof i18n.t;
/** Everything needed to put text on screen: messages, and the locale for numbers and dates. */
export type Localization = { t: Translate; locale: string };

type Structure = GeneratedI18nStructure;
/** Keys with no substitutions and no plural forms. */
export type PlainKey = {
  [K in keyof Structure]: Structure[K] extends { substitutions: 0; plural: false } ? K : never;
}[keyof Structure];

export const CATEGORY_KEYS = {
  ads: 'category.ads',
  'app-promo': 'category.appPromo',
  share: 'category.share',
  related: 'category.related',
  comments: 'category.comments',
  sidebar: 'category.sidebar',
  header: 'category.header',
  'quote-chart': 'category.quoteChart',
  editor: 'category.editor',
  disclaimer: 'category.disclaimer',
} as const satisfies Record<Category, PlainKey>;

export const KIND_KEYS = {
  money: 'kind.money',
  price: 'kind.price',
  percent: 'kind.percent',
  change: 'kind.change',
  ratio: 'kind.ratio',
  multiple: 'kind.multiple',
  count: 'kind.count',
  date: 'kind.date',
  period: 'kind.period',
} as const satisfies Record<FigureKind, PlainKey>;

/** `exact` has no word: a figure with no qualifier is exact. */
export const QUALIFIER_KEYS = {
  exact: null,
  approx: 'qualifier.approx',
  at_least: 'qualifier.atLeast',
  at_most: 'qualifier.atMost',
  range: 'qualifier.range',
} as const satisfies Record<Qualifier, PlainKey | null>;

export const BASIS_KEYS = { yoy: 'basis.yoy', mom: 'basis.mom' } as const satisfies Record<'yoy' | 'mom', PlainKey>;

export const MARKET_KEYS = {
  sh: 'market.sh',
  sz: 'market.sz',
  bj: 'market.bj',
  hk: 'market.hk',
  us: 'market.us',
  fund: 'market.fund', // issue 11: fund and futures keyword links
  futures: 'market.futures',
} as const satisfies Record<'sh' | 'sz' | 'bj' | 'hk' | 'us' | 'fund' | 'futures', PlainKey>;
