// The in-page stock UI the content script wires in: triggers + panel (mountStockUi) and the reveal of a
// figure's sentence (revealSentence).
export { mountStockUi, PANEL_TAG, TRIGGER_TAG, type MountOptions } from './mount';
export { revealSentence, HIGHLIGHT_NAME, OVERLAY_TAG, type Reveal, type RevealOptions } from './highlight';
export { placePanel, type Placement, type Rect, type Viewport } from './position';
export type { DirectionColors, FigureLang, StockInfo, StockLinkInPage, StockUi, StockUiOptions, StockUiSettings } from './types';
