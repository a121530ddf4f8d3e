// The reading part of the reader's stored settings, read without the schema,
// like stored-cleaning.ts: the document_start script writes it to <html> before
// the page's first paint, so a reader's own column is there from the start (no
// layout shift when the schema-checked settings arrive). Each field maps through
// the fixed tables of reading-values.ts to what reading-settings.ts repairs it
// to; a property test (tests/unit/stored-reading.test.ts) holds the two together.
import { clampReading, DEFAULT_READING, READING_FONTS, READING_THEMES, type ReadingSettings } from './reading-values';
import { isRecord } from './is-record';

const oneOf = <T extends string>(table: readonly T[], value: unknown, fallback: T): T =>
  table.includes(value as T) ? (value as T) : fallback;

export function storedReading(raw: unknown): ReadingSettings {
  // a value without `cleaning` is a version-1 value, which had no layout (settings-schema.ts, migrateV1toV2)
  const r = isRecord(raw) && 'cleaning' in raw && isRecord(raw.reading) ? raw.reading : {};
  return {
    size: clampReading('size', r.size) ?? DEFAULT_READING.size,
    width: clampReading('width', r.width) ?? DEFAULT_READING.width,
    lineHeight: clampReading('lineHeight', r.lineHeight) ?? DEFAULT_READING.lineHeight,
    font: oneOf(READING_FONTS, r.font, DEFAULT_READING.font),
    theme: oneOf(READING_THEMES, r.theme, DEFAULT_READING.theme),
  };
}
