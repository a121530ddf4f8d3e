// The kinds of boilerplate FinLens hides, in the order the UI lists them, with
// whether each is hidden by default. One source of truth for the rules
// (boilerplate-rules.ts), the settings schema, the popup and the options page.

export const CATEGORIES = [
  'ads',
  'app-promo',
  'share',
  'related',
  'comments',
  'sidebar',
  'header',
  'quote-chart',
  'editor',
  'disclaimer',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** true = hidden when clean reading is on. */
export const DEFAULT_HIDDEN: Record<Category, boolean> = {
  ads: true, // never part of what the reader came for
  'app-promo': true, // app downloads, QR codes, 开户 account-opening pitches
  share: true, // share/tool bars duplicate the browser's own
  related: true, // related, recommended and hot lists pull the eye off the article
  comments: true, // one toggle away for readers who want them
  sidebar: true, // right columns of tickers, live feeds and more lists
  header: true, // site navigation and breadcrumb above the title
  'quote-chart': true, // a generic market chart the CMS inserts, not the article's own figure
  editor: true, // "责任编辑：…" staff line, no information for the reader
  disclaimer: false, // 免责声明 says where self-media content comes from: keep it by default
};
