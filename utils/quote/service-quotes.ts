// What an open panel does for a stock whose page shows no quote (mobile pages, 新浪看点, 财经头条), when
// the reader turned the quote service on: ask the background (finlens/quote) now and every 5 s while the
// market trades (refresh.ts), hand each quote to the panel, and stop — ignoring a late answer — when the
// panel closes.
import { isMarket } from './market-hours';
import type { Quote } from './quote';
import { refreshWhileOpen, type RefreshDeps } from './refresh';

export type ServiceAnswer = { ok: true; quote: (Quote & { at?: string }) | null } | { ok: false; error: string };
/** Starts following a stock's quote for an open panel; returns the function that stops it. */
export type FollowServiceQuote = (stock: { code: string; market: string }, onQuote: (quote: Quote | null) => void) => () => void;

export const SYSTEM_CLOCK: RefreshDeps = {
  now: () => new Date(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export function followServiceQuotes(ask: (code: string) => Promise<ServiceAnswer>, enabled: () => boolean, deps: RefreshDeps = SYSTEM_CLOCK): FollowServiceQuote {
  return (stock, onQuote) => {
    const { market } = stock;
    if (!enabled() || !isMarket(market)) return () => {};
    let stopped = false;
    const stop = refreshWhileOpen(
      market,
      async () => {
        const answer = await ask(stock.code);
        if (!stopped && answer.ok) onQuote(answer.quote);
      },
      deps,
    );
    return () => {
      stopped = true;
      stop();
    };
  };
}
