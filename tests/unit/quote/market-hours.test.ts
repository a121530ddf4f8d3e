// Each market's trading hours, in its own time zone (New York's moves with daylight saving).
import { describe, expect, it } from 'vitest';
import { isMarketOpen, type Market } from '@/utils/quote/market-hours';

describe('isMarketOpen', () => {
  it.each([
    // 2026-12-04 is a Friday; Beijing and Hong Kong are UTC+8
    ['sh', '2026-12-04T01:29:00Z', false], // 9:29 Beijing
    ['sh', '2026-12-04T01:30:00Z', true], // 9:30, the opening
    ['sz', '2026-12-04T03:29:00Z', true], // 11:29
    ['sz', '2026-12-04T03:30:00Z', false], // 11:30, the lunch break
    ['bj', '2026-12-04T04:59:00Z', false], // 12:59
    ['sh', '2026-12-04T05:00:00Z', true], // 13:00
    ['sh', '2026-12-04T06:59:00Z', true], // 14:59
    ['sh', '2026-12-04T07:00:00Z', false], // 15:00, the close
    ['sh', '2026-12-05T02:00:00Z', false], // Saturday 10:00
    ['sh', '2026-12-06T02:00:00Z', false], // Sunday 10:00
    ['sh', '2026-12-06T17:00:00Z', false], // Monday 1:00 Beijing, still Sunday in UTC
    ['hk', '2026-12-04T03:59:00Z', true], // 11:59 Hong Kong: HK trades until noon
    ['hk', '2026-12-04T04:00:00Z', false], // 12:00
    ['hk', '2026-12-04T07:30:00Z', true], // 15:30: HK trades until 16:00
    ['hk', '2026-12-04T08:00:00Z', false], // 16:00
    // New York: UTC−5 in winter, UTC−4 from 2026-03-08
    ['us', '2026-12-04T14:29:00Z', false], // 9:29 EST
    ['us', '2026-12-04T14:30:00Z', true], // 9:30 EST
    ['us', '2026-12-04T17:00:00Z', true], // noon: no lunch break
    ['us', '2026-12-04T20:59:00Z', true], // 15:59 EST
    ['us', '2026-12-04T21:00:00Z', false], // 16:00 EST
    ['us', '2026-03-06T14:00:00Z', false], // Friday 9:00 EST
    ['us', '2026-03-09T14:00:00Z', true], // Monday 10:00 EDT (the same UTC hour is now open)
    ['us', '2026-12-05T01:30:00Z', false], // Friday 20:30 EST, already Saturday in UTC
    ['us', '2026-12-05T15:00:00Z', false], // Saturday
  ] as const)('%s at %s: %s', (market: Market, at, open) => {
    expect(isMarketOpen(market, new Date(at))).toBe(open);
  });
});
