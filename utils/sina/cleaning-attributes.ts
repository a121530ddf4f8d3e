// The attributes on <html> that switch the clean-reading stylesheet on, and
// nothing else: the document_start script sets them before the first paint,
// so this module carries no rules, no schema and no extension API (clean.ts
// builds the rest of clean reading on it). The attributes:
//   data-finlens="on" | "off"        cleaning on, or the reader asked for the original
//   data-finlens-keep="a b …"        categories shown anyway (space-separated)
//   data-finlens-hide="<category>"   marks what CSS cannot select (structural rules), set once
import { CATEGORIES, DEFAULT_HIDDEN, type Category } from './categories';

export const STATE_ATTR = 'data-finlens';
export const KEEP_ATTR = 'data-finlens-keep';
export const HIDE_ATTR = 'data-finlens-hide';

export type CleaningState = { enabled: boolean; keep: readonly Category[] };

/** The stylesheet's state for the settings' form of it ({enabled, hidden: category → hide?}). */
export const cleaningStateOf = (c: { enabled: boolean; hidden: Partial<Record<Category, boolean>> }): CleaningState => ({
  enabled: c.enabled,
  keep: CATEGORIES.filter((k) => !c.hidden[k]),
});

/** Categories shown by default (categories.ts says which and why). */
export const DEFAULT_KEEP: readonly Category[] = CATEGORIES.filter((c) => !DEFAULT_HIDDEN[c]);
export const DEFAULT_STATE: CleaningState = { enabled: true, keep: DEFAULT_KEEP };

export const stateValue = (state: CleaningState) => (state.enabled ? 'on' : 'off');
export const keepValue = (state: CleaningState) => state.keep.join(' ');

/** Sets the two attributes (setting an attribute to its value again costs the page nothing). */
export function applyCleaningAttributes(root: Element, state: CleaningState): void {
  root.setAttribute(STATE_ATTR, stateValue(state));
  root.setAttribute(KEEP_ATTR, keepValue(state));
}
