// Keeps an open panel's quote fresh from Sina's quote service: one request when the panel opens (so a
// closed market still shows its last price), then one every 5 s while the stock's market is open (a panel
// left open over the opening bell starts then), and nothing once the panel closes. It runs where the panel is (the content script); the background only
// answers requests. The clock and the timer are passed in, so tests drive time.
import { isMarketOpen, type Market } from './market-hours';

export const REFRESH_MS = 5_000;

export type RefreshDeps = {
  now: () => Date;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
};

/** Asks `fetchQuote` now, then every REFRESH_MS while `market` is open; returns the function that stops it. */
export function refreshWhileOpen(market: Market, fetchQuote: () => Promise<void>, deps: RefreshDeps): () => void {
  let stopped = false;
  let timer: unknown = null;
  // every REFRESH_MS: ask when the market is open, only look at the clock when it is not
  const next = () => {
    if (stopped) return;
    timer = deps.setTimer(() => {
      timer = null;
      if (isMarketOpen(market, deps.now())) void tick();
      else next();
    }, REFRESH_MS);
  };
  const tick = async () => {
    await fetchQuote().catch(() => {});
    next(); // a request still under way when the panel closed schedules nothing
  };
  void tick();
  return () => {
    stopped = true;
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
}
