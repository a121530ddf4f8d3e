// The settings as the content script reads them: the same stored value and the
// same repairing schema as utils/settings.ts, through the storage API directly.
// WXT's storage wrapper (which also runs migrations and writes) is left to the
// extension's own pages, to keep the content script small. (Before the first
// paint, the document_start script reads only clean reading's fields, without
// the schema: stored-cleaning.ts.)
import { browser } from '#imports';
import { SETTINGS_KEY, settingsFromStorage, type Settings } from './settings-schema';

export async function loadPageSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    raw = undefined;
  }
  return settingsFromStorage(raw);
}

/** Calls `onChange` whenever the options page (or anything else) saves settings. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(settingsFromStorage(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
