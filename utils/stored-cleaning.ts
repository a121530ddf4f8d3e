// The clean-reading part of the reader's stored settings, read without the
// schema: the document_start script needs it before the page's first paint and
// carries no zod. It maps the few known fields through fixed tables
// (categories.ts) to the very value the zod schema repairs them to —
// settingsFromStorage(raw).cleaning, version-1 values included; a property test
// (tests/unit/stored-cleaning.test.ts) holds the two together. The later
// content script parses the whole stored value with the schema and applies
// that, so every stored value still passes the schema before anything else
// reads it; this is only the first paint's guess, and it is the same answer.
import { CATEGORIES, DEFAULT_HIDDEN, type Category } from './sina/categories';
import { isRecord } from './is-record';

export type StoredCleaning = { enabled: boolean; hidden: Record<Category, boolean> };

const defaults = (): StoredCleaning => ({ enabled: true, hidden: { ...DEFAULT_HIDDEN } });

export function storedCleaning(raw: unknown): StoredCleaning {
  if (raw === undefined || raw === null || !isRecord(raw)) return defaults();
  if (!('cleaning' in raw)) {
    // version 1: { clean?: boolean, hide?: category[] } (settings-schema.ts, migrateV1toV2)
    const hide = Array.isArray(raw.hide) ? raw.hide : null;
    return {
      enabled: typeof raw.clean === 'boolean' ? raw.clean : true,
      hidden: hide ? (Object.fromEntries(CATEGORIES.map((c) => [c, hide.includes(c)])) as Record<Category, boolean>) : { ...DEFAULT_HIDDEN },
    };
  }
  const cleaning = raw.cleaning;
  if (!isRecord(cleaning)) return defaults();
  const hidden = cleaning.hidden;
  return {
    enabled: typeof cleaning.enabled === 'boolean' ? cleaning.enabled : true,
    hidden: isRecord(hidden)
      ? (Object.fromEntries(CATEGORIES.map((c) => [c, typeof hidden[c] === 'boolean' ? hidden[c] : DEFAULT_HIDDEN[c]])) as Record<Category, boolean>)
      : { ...DEFAULT_HIDDEN },
  };
}
