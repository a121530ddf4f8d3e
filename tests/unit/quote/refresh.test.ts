// The panel's quote refresh: once at once, every 5 s while the market is open, only the clock while it is
// closed, nothing once the panel closes (not even after a request that was under way).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_MS, refreshWhileOpen } from '@/utils/quote/refresh';

const OPEN = new Date('2026-12-04T02:00:00Z'); // Friday 10:00 in Beijing

beforeEach(() => vi.useFakeTimers({ now: OPEN }));
afterEach(() => vi.useRealTimers());

const deps = { now: () => new Date(), setTimer: (run: () => void, ms: number) => setTimeout(run, ms), clearTimer: (t: unknown) => clearTimeout(t as number) };

describe('refreshWhileOpen', () => {
  it('asks once at once, then every 5 s while the market is open', async () => {
    const fetch = vi.fn(async () => {});
    const stop = refreshWhileOpen('sh', fetch, deps);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REFRESH_MS - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10 * REFRESH_MS);
    expect(fetch).toHaveBeenCalledTimes(12);
    stop();
    await vi.advanceTimersByTimeAsync(10 * REFRESH_MS);
    expect(fetch).toHaveBeenCalledTimes(12);
  });

  it('asks once while the market is closed, and starts refreshing when it opens', async () => {
    vi.setSystemTime(new Date('2026-12-04T01:29:00Z')); // 9:29 Beijing
    const fetch = vi.fn(async () => {});
    const stop = refreshWhileOpen('sh', fetch, deps);
    await vi.advanceTimersByTimeAsync(55_000); // 9:29:55
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REFRESH_MS); // 9:30:00
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
  });

  it('stops asking at the close', async () => {
    vi.setSystemTime(new Date('2026-12-04T06:59:48Z')); // 14:59:48 Beijing: 12 s before the close
    const fetch = vi.fn(async () => {});
    const stop = refreshWhileOpen('sh', fetch, deps);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(3); // at 0, 5 and 10 s; 15 s is 15:00:03, closed
    stop();
  });

  it('never asks more often than every 5 s, however slow or failing the requests are', async () => {
    let calls = 0;
    const times: number[] = [];
    // every other request takes 7 s, the others fail at once
    const fetch = vi.fn(() => {
      times.push(Date.now());
      return ++calls % 2 ? new Promise<void>((resolve) => setTimeout(resolve, 7_000)) : Promise.reject(new Error('403'));
    });
    const stop = refreshWhileOpen('hk', fetch, deps);
    await vi.advanceTimersByTimeAsync(60_000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(REFRESH_MS);
    expect(times.length).toBeGreaterThan(3);
    stop();
  });

  it('schedules nothing after a request that ends once the panel has closed', async () => {
    let finish = () => {};
    const fetch = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = refreshWhileOpen('us', fetch, { ...deps, now: () => new Date('2026-12-04T15:00:00Z') });
    stop();
    finish();
    await vi.advanceTimersByTimeAsync(10 * REFRESH_MS);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
