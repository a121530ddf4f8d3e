// The toolbar icon's two states: in colour on a tab where FinLens is at work (an article it read), dimmed
// everywhere else. The manifest's action starts dimmed; the background switches a tab to colour when its
// content script reports, and back when the tab leaves the article. The PNGs are made from assets/icon.svg
// by tools/icons.ts.

/** The sizes browsers ask for: 16/32 for the toolbar (1× and 2×), 48 for the extensions page, 128 for stores. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const paths = (prefix: string) =>
  Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${prefix}${size}.png`])) as Record<(typeof ICON_SIZES)[number], string>;

/** In colour: the manifest's icons, and the toolbar on a tab FinLens works in. */
export const ICONS = paths('');
/** Greyed and faded: the toolbar on every other tab. */
export const DIM_ICONS = paths('dim-');
