// The reader's settings: one versioned storage item (storage.defineItem), read
// through the zod schema of settings-schema.ts, so a corrupt, foreign or
// half-migrated value never breaks a page, and the next save writes a clean
// value back. Popup switches act on one tab only; these are the defaults every
// tab starts from.
import { storage } from '#imports';
import {
  applySettingsPatch,
  defaultSettings,
  migrateV1toV2,
  parseSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  settingsFromStorage,
  type Settings,
  type SettingsPatch,
} from './settings-schema';

export * from './settings-schema';

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2 },
});

export async function loadSettings(): Promise<Settings> {
  try {
    // a version-1 value not migrated yet reads as its migration would
    return settingsFromStorage(await settingsItem.getValue());
  } catch {
    return defaultSettings();
  }
}

// Saves run one after another, so two quick changes never overwrite each other.
let saving: Promise<unknown> = Promise.resolve();

/** Merges `patch` into the stored settings (repairing whatever was corrupt) and returns the result. */
export function saveSettings(patch: SettingsPatch | Settings): Promise<Settings> {
  const run = saving.then(async () => {
    const next = applySettingsPatch(await loadSettings(), patch);
    await settingsItem.setValue(next);
    return next;
  });
  saving = run.catch(() => undefined);
  return run;
}

/** Calls `onChange` with the parsed settings whenever any context saves them. Returns an unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
