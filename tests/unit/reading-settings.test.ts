// The reading settings as stored: defaults, and a stored value repaired field
// by field (out of range → the nearest allowed value; unreadable → the default).
import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, parseSettings } from '@/utils/settings-schema';
import { clampReading, DEFAULT_READING } from '@/utils/reading-values';

const readingOf = (reading: unknown) => parseSettings({ ...defaultSettings(), reading }).reading;

describe('reading settings', () => {
  it.each([
    ['a valid value is kept', { size: 20, width: 40, lineHeight: 2, font: 'serif', theme: 'sepia' }, { size: 20, width: 40, lineHeight: 2, font: 'serif', theme: 'sepia' }],
    ['sizes below and above the range are clamped', { size: 9 }, { size: 14 }],
    ['a size above the range is clamped', { size: 40 }, { size: 26 }],
    ['a fractional size goes to the nearest px', { size: 17.6 }, { size: 18 }],
    ['a width outside the range is clamped', { width: 100 }, { width: 48 }],
    ['a narrow width is clamped', { width: 3 }, { width: 28 }],
    ['a line height goes to the nearest tenth', { lineHeight: 1.76 }, { lineHeight: 1.8 }],
    ['a line height below 1.5 is clamped', { lineHeight: 1 }, { lineHeight: 1.5 }],
    ['a string number falls back to the default', { size: '20' }, {}],
    ['NaN falls back to the default', { width: Number.NaN }, {}],
    ['an unknown font falls back to the page\'s', { font: 'comic' }, {}],
    ['an unknown theme falls back to the system\'s', { theme: 'neon' }, {}],
  ])('%s', (_name, stored, changed) => {
    expect(readingOf({ ...DEFAULT_READING, ...stored })).toEqual({ ...DEFAULT_READING, ...changed });
  });

  it.each([['missing', undefined], ['a string', 'big'], ['null', null], ['an array', [18]]])('a %s reading value gets the defaults', (_name, stored) => {
    expect(readingOf(stored)).toEqual(DEFAULT_READING);
  });

  it('a patch changes only the fields it names', () => {
    const next = applySettingsPatch(defaultSettings(), { reading: { size: 22 } });
    expect(next.reading).toEqual({ ...DEFAULT_READING, size: 22 });
    expect(applySettingsPatch(next, { reading: { theme: 'dark' } }).reading).toEqual({ ...DEFAULT_READING, size: 22, theme: 'dark' });
  });

  it.each([
    ['size', 13.9, 14],
    ['lineHeight', 2.25, 2.2],
    ['lineHeight', 1.65, 1.7],
    ['width', Infinity, null],
    ['size', '18', null],
  ] as const)('clampReading(%s, %s) is %s', (key, value, expected) => {
    expect(clampReading(key, value)).toBe(expected);
  });
});
