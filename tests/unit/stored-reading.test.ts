// The document_start script reads the reading layout without zod
// (utils/stored-reading.ts); it must give exactly what the schema repairs the
// stored value to, or the first paint and the later script would disagree
// (a layout shift when the later script's settings arrive).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READING, READING_FONTS, READING_THEMES } from '@/utils/reading-values';
import { settingsFromStorage } from '@/utils/settings-schema';
import { storedReading } from '@/utils/stored-reading';

const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.string({ maxLength: 6 }), fc.array(fc.integer()));
const number = fc.oneof(fc.double({ min: 0, max: 60, noNaN: false }), fc.integer({ min: -5, max: 60 }), junk);
const reading = fc.oneof(
  junk,
  fc.record(
    { size: number, width: number, lineHeight: number, font: fc.oneof(fc.constantFrom(...READING_FONTS), junk), theme: fc.oneof(fc.constantFrom(...READING_THEMES), junk) },
    { requiredKeys: [] },
  ),
);
const stored = fc.oneof(fc.record({ reading, cleaning: fc.constant({ enabled: true }) }, { requiredKeys: [] }), junk, fc.anything());

describe('the reading layout as the document_start script reads it', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_READING],
    ['a reader’s own layout', { cleaning: {}, reading: { size: 22, width: 30, lineHeight: 2.1, font: 'serif', theme: 'dark' } }, { size: 22, width: 30, lineHeight: 2.1, font: 'serif', theme: 'dark' }],
    ['out of range and junk', { cleaning: {}, reading: { size: 99, width: 'wide', lineHeight: 1.84, font: 'comic', theme: 7 } }, { ...DEFAULT_READING, size: 26, lineHeight: 1.8 }],
  ])('%s', (_name, value, expected) => {
    expect(storedReading(value)).toEqual(expected);
  });

  it('is what the zod schema repairs any stored value to', () => {
    fc.assert(
      fc.property(stored, (value) => {
        expect(storedReading(value)).toEqual(settingsFromStorage(value).reading);
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });
});
