// The settings as the content script reads them: the background reads the
// stored value and repairs it with the zod schema (settings-schema.ts), as the
// extension's own pages do, and sends it; the page carries no schema. (Before
// the first paint, the document_start script reads only clean reading's
// fields, through fixed tables: stored-cleaning.ts.)
import { browser } from '#imports';
import { sendToBackground } from './page-messaging';
import { SETTINGS_KEY } from './settings-key';
import { defaultSettings, type Settings } from './settings-schema';

export async function loadPageSettings(): Promise<Settings> {
  const reply = await sendToBackground({ type: 'finlens/get-settings' });
  // no background to ask: what an empty or unreadable storage gives
  return reply.ok ? reply.settings : defaultSettings();
}

/** Calls `onChange` whenever the options page (or anything else) saves settings. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadPageSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
