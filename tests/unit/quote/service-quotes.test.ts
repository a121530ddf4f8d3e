// An open panel's use of the quote service: only when the reader wants it and the market is known, each
// answer handed to the panel, failures ignored, and nothing after the panel closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followServiceQuotes, type ServiceAnswer } from '@/utils/quote/service-quotes';

const QUOTE = { price: '6.12', change: '+0.12', percent: '+2.00%', direction: 'up' as const, at: '2026-12-04 10:00:00' };
beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-04T02:00:00Z') })); // Friday 10:00 in Beijing
afterEach(() => vi.useRealTimers());

describe('followServiceQuotes', () => {
  it.each([
    ['the option is off', false, 'sh'],
    ['the market is unknown', true, 'xx'],
  ])('asks nothing when %s', async (_what, enabled, market) => {
    const ask = vi.fn(async (): Promise<ServiceAnswer> => ({ ok: true, quote: QUOTE }));
    const onQuote = vi.fn();
    const stop = followServiceQuotes(ask, () => enabled)({ code: 'sh601298', market }, onQuote);
    await vi.advanceTimersByTimeAsync(20_000);
    stop();
    expect(ask).not.toHaveBeenCalled();
    expect(onQuote).not.toHaveBeenCalled();
  });

  it('hands each answer to the panel, skips failures, and stops with the panel', async () => {
    const answers: ServiceAnswer[] = [{ ok: true, quote: QUOTE }, { ok: false, error: 'http-403' }, { ok: true, quote: null }];
    const ask = vi.fn(async () => answers.shift() ?? { ok: true as const, quote: QUOTE });
    const onQuote = vi.fn();
    const stop = followServiceQuotes(ask, () => true)({ code: 'sh601298', market: 'sh' }, onQuote);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ask).toHaveBeenCalledWith('sh601298');
    expect(onQuote.mock.calls).toEqual([[QUOTE], [null]]);
    stop();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('ignores an answer that arrives after the panel closed', async () => {
    let answer: (a: ServiceAnswer) => void = () => {};
    const ask = vi.fn(() => new Promise<ServiceAnswer>((resolve) => (answer = resolve)));
    const onQuote = vi.fn();
    const stop = followServiceQuotes(ask, () => true)({ code: 'hk00700', market: 'hk' }, onQuote);
    stop();
    answer({ ok: true, quote: QUOTE });
    await vi.advanceTimersByTimeAsync(0);
    expect(onQuote).not.toHaveBeenCalled();
  });
});
