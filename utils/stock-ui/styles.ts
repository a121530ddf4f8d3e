// The CSS of each FinLens shadow root, as strings (Vite's `?inline`), so it can be put in a <style> inside
// the shadow root: the page's CSS cannot reach it there, and it cannot reach the page.
import tokensCss from '@/assets/tokens.css?inline';
import panelCss from '@/components/stock/panel.css?inline';
import triggerCss from '@/components/stock/trigger.css?inline';

export const TRIGGER_CSS = `${tokensCss}\n${triggerCss}`;
export const PANEL_CSS = `${tokensCss}\n${panelCss}`;
