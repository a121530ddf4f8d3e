// The reading settings' zod schema (zod/mini, like settings-schema.ts): a stored
// value is repaired field by field — a number out of range is brought to the
// nearest allowed value, anything unreadable gets its default.
import * as z from 'zod/mini';
import { clampReading, DEFAULT_READING, READING_FONTS, READING_THEMES, type ReadingNumber, type ReadingSettings } from './reading-values';

export { DEFAULT_READING, type ReadingSettings } from './reading-values';

export const defaultReading = (): ReadingSettings => ({ ...DEFAULT_READING });

const readingNumber = (key: ReadingNumber) =>
  z.catch(
    z.pipe(
      z.transform((value: unknown) => clampReading(key, value)),
      z.number(),
    ),
    DEFAULT_READING[key],
  );

export function buildReadingSchema() {
  return z.catch(
    z.object({
      size: readingNumber('size'),
      width: readingNumber('width'),
      lineHeight: readingNumber('lineHeight'),
      font: z.catch(z.enum(READING_FONTS), DEFAULT_READING.font),
      theme: z.catch(z.enum(READING_THEMES), DEFAULT_READING.theme),
    }),
    defaultReading,
  );
}
