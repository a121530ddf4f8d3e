// The content script's zod-free message check accepts exactly what the schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentMessageSchema } from '@/utils/messages';
import { isPageMessage } from '@/utils/page-message-shape';

const TYPES = ['finlens/get-summary', 'finlens/set-cleaning', 'finlens/toggle-cleaning', 'finlens/reveal-figure', 'finlens/open-stock'];
const schemaAccepts = (m: unknown) => ContentMessageSchema.safeParse(m).success;

describe('isPageMessage', () => {
  it.each([
    [{ type: 'finlens/get-summary' }, true],
    [{ type: 'finlens/toggle-cleaning' }, true],
    [{ type: 'finlens/set-cleaning', enabled: false }, true],
    [{ type: 'finlens/set-cleaning', enabled: true, hidden: { ads: false, comments: true } }, true],
    [{ type: 'finlens/set-cleaning', enabled: true, hidden: { nope: true } }, false],
    [{ type: 'finlens/set-cleaning', enabled: 'yes' }, false],
    [{ type: 'finlens/reveal-figure', id: 'p3:12' }, true],
    [{ type: 'finlens/reveal-figure', id: '<b>' }, false],
    [{ type: 'finlens/open-stock', code: 'sh601298' }, true],
    [{ type: 'finlens/open-stock', code: 'sh601298', extra: 1 }, false],
    [{ type: 'finlens/open-stock' }, false],
    [{ type: 'finlens/badge', count: 1 }, false],
    [null, false],
    ['finlens/get-summary', false],
  ])('%j → %s, as the schema says', (message, expected) => {
    expect(isPageMessage(message)).toBe(expected);
    expect(schemaAccepts(message)).toBe(expected);
  });

  it('agrees with the schema on random lookalike payloads', () => {
    const value = fc.oneof(fc.boolean(), fc.string({ maxLength: 10 }), fc.constantFrom('sh600000', 'p1:2', 'ads'), fc.integer(), fc.constant(undefined), fc.dictionary(fc.constantFrom('ads', 'share', 'x'), fc.oneof(fc.boolean(), fc.integer())));
    const message = fc.record(
      { type: fc.constantFrom(...TYPES, 'finlens/other'), enabled: value, hidden: value, id: value, code: value, other: value },
      { requiredKeys: ['type'] },
    );
    fc.assert(fc.property(message, (m) => isPageMessage(m) === schemaAccepts(m)), { seed: 20261205, numRuns: 2000 });
  });
});
