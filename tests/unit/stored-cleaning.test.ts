// The document_start script reads clean reading's settings without zod
// (utils/stored-cleaning.ts); it must give exactly what the schema repairs the
// stored value to, whatever is stored — or the first paint and the later
// script would disagree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/utils/sina/categories';
import { defaultSettings, settingsFromStorage } from '@/utils/settings-schema';
import { storedCleaning } from '@/utils/stored-cleaning';

const category = fc.constantFrom(...CATEGORIES, 'not-a-category');
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.string(), fc.array(fc.boolean()));
const hidden = fc.oneof(junk, fc.dictionary(category, fc.oneof(fc.boolean(), junk)));
const cleaning = fc.oneof(junk, fc.record({ enabled: fc.oneof(fc.boolean(), junk), hidden }, { requiredKeys: [] }));
const v2 = fc.record({ cleaning, colors: fc.oneof(fc.constant('green-up'), junk) }, { requiredKeys: [] });
const v1 = fc.record({ clean: fc.oneof(fc.boolean(), junk), hide: fc.oneof(junk, fc.array(category)), greenUp: fc.boolean() }, { requiredKeys: [] });

describe('clean reading as the document_start script reads it', () => {
  it.each([
    ['nothing stored', undefined, defaultSettings().cleaning],
    ['junk', 'junk', defaultSettings().cleaning],
    ['an array', [1, 2], defaultSettings().cleaning],
    ['cleaning off', { cleaning: { enabled: false, hidden: defaultSettings().cleaning.hidden } }, { ...defaultSettings().cleaning, enabled: false }],
    ['one category shown', { cleaning: { enabled: true, hidden: { ads: false } } }, { enabled: true, hidden: { ...defaultSettings().cleaning.hidden, ads: false } }],
    ['a version 1 value', { clean: false, hide: ['ads'] }, { enabled: false, hidden: Object.fromEntries(CATEGORIES.map((c) => [c, c === 'ads'])) }],
  ])('%s', (_name, stored, expected) => {
    expect(storedCleaning(stored)).toEqual(expected);
  });

  it('is what the zod schema repairs any stored value to', () => {
    fc.assert(
      fc.property(fc.oneof(v2, v1, junk, fc.anything()), (stored) => {
        expect(storedCleaning(stored)).toEqual(settingsFromStorage(stored).cleaning);
      }),
      { numRuns: 2000 },
    );
  });
});
