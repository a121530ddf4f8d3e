// The quote-service setting: off by default, repaired to off when its stored value is anything but a
// boolean, and patched on its own.
import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, parseSettings } from '@/utils/settings-schema';

describe('quotes.service', () => {
  it.each([
    ['absent (settings stored before the option existed)', undefined, false],
    ['on', { service: true }, true],
    ['off', { service: false }, false],
    ['a string', { service: 'yes' }, false],
    ['null', null, false],
    ['an array', [true], false],
  ])('stored %s reads as %s', (_what, quotes, service) => {
    const { quotes: _drop, ...rest } = defaultSettings();
    const stored = quotes === undefined ? rest : { ...rest, quotes };
    expect(parseSettings(stored).quotes).toEqual({ service });
    // and nothing else changes
    expect({ ...parseSettings(stored), quotes: undefined }).toEqual({ ...defaultSettings(), quotes: undefined });
  });

  it('is patched on its own', () => {
    const on = applySettingsPatch(defaultSettings(), { quotes: { service: true } });
    expect(on).toEqual({ ...defaultSettings(), quotes: { service: true } });
    expect(applySettingsPatch(on, { colors: 'green-up' }).quotes).toEqual({ service: true });
  });
});
