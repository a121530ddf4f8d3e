// Settings written straight to storage by the end-to-end tests, as the extension writes them.
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../../utils/settings-schema';

/**
 * What the extension stores for `settings`: the value and, beside it, WXT's version mark (`settings$`).
 * Without the mark, every extension context that opens (the options page this helper opens, the popup, a
 * service worker waking) takes the value for a version-1 one and "migrates" it: it reads the value, and
 * writes it back with the mark a moment later, after a write made in between. That lost the very write
 * this helper made, now and then, and the page kept the previous layout (CI, stop 16).
 */
export function storedSettings(value: unknown): Record<string, unknown> {
  return { [SETTINGS_KEY]: value, [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION } };
}
