// The settings as the content script reads them: the background reads the
// stored value and repairs it with the zod schema (settings-schema.ts), as the
// extension's own pages do, and sends it; the page carries no schema. (Before
// the first paint, the document_start script reads only clean reading's
// fields, through fixed tables: stored-cleaning.ts.)
import { browser } from '#imports';
import { sendToBackground } from './page-messaging';
import { SETTINGS_KEY } from './settings-key';
import { defaultSettings, type Settings } from './settings-schema';
import { storedCleaning } from './stored-cleaning';
import { storedReading } from './stored-reading';

export async function loadPageSettings(): Promise<Settings> {
  const reply = await sendToBackground({ type: 'finlens/get-settings' });
  if (reply.ok) return reply.settings;
  // The background did not answer in time (a service worker starting, or busy with another page's figures):
  // keep what the document_start script wrote — the stored cleaning and layout through the same fixed
  // tables — rather than undo the reader's choices with the defaults; the rest is the defaults.
  const stored = await browser.storage.local.get(SETTINGS_KEY).then(
    (items) => items[SETTINGS_KEY],
    () => undefined,
  );
  return { ...defaultSettings(), cleaning: storedCleaning(stored), reading: storedReading(stored) };
}

/** Calls `onChange` whenever the options page (or anything else) saves settings. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadPageSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
