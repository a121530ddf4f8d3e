// The settings as the content script reads them: the same stored value and the
// same repairing schema as utils/settings.ts, through the storage API directly.
// WXT's storage wrapper (which also runs migrations and writes) is left to the
// extension's own pages, to keep the content script small. The schema (zod)
// is loaded once a value is there to parse: the content script asks for the
// settings before the page's first paint, and storage answers later.
import { browser } from '#imports';
import { SETTINGS_KEY } from './settings-key';
import type { Settings } from './settings-schema';

const fromStorage = async (raw: unknown): Promise<Settings> => (await import('./settings-schema')).settingsFromStorage(raw);

export async function loadPageSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    raw = undefined;
  }
  return fromStorage(raw);
}

/** Calls `onChange` whenever the options page (or anything else) saves settings. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void fromStorage(changes[SETTINGS_KEY]?.newValue).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
