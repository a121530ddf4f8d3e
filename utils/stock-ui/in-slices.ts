// Does a long list of DOM work in slices, so that no slice is a long task (over 50 ms) for the
// page: a page with 2,000 keyword links would otherwise spend ~330 ms in one go mounting their
// triggers (measured in headless Chromium, tests/e2e/hostile-pages.e2e.test.ts). The first slice
// runs at once, so pages of up to `perSlice` items (almost every article) behave as if it did all
// of it synchronously; each later slice waits for a timer (not an animation frame: a background tab
// gets none), which lets the browser paint and answer input in between.

export type SliceOptions = {
  /** Items per slice (for triggers: mount.tsx TRIGGERS_PER_SLICE). */
  perSlice: number;
  /** Runs `next` later (the page's window.setTimeout); returns a cancel function. */
  later: (next: () => void) => () => void;
  /** Each later slice's main-thread time is recorded as this User Timing measure (the first is the caller's). */
  measure?: string;
  /** A later slice also ends once it has taken this much main-thread time (a slow machine mounts fewer per slice). */
  budgetMs?: number;
};

/** Calls `each` on every item, in order, in slices. Returns cancel(): no further item is handled. */
export function inSlices<T>(items: readonly T[], each: (item: T) => void, { perSlice, later, measure, budgetMs = Infinity }: SliceOptions): () => void {
  let next = 0;
  let cancelled = false;
  let cancelTimer = () => {};
  const slice = (budget: number) => {
    const start = performance.now();
    const end = Math.min(items.length, next + Math.max(1, perSlice));
    while (next < end && !cancelled) {
      each(items[next++]!);
      if (performance.now() - start >= budget) break;
    }
    if (next < items.length && !cancelled) cancelTimer = later(timed);
  };
  const timed = () => {
    const start = performance.now();
    try {
      slice(budgetMs);
    } catch (error) {
      // no exception escapes into the page: the items handled so far stay, the rest are left out
      cancelled = true;
      console.warn('[FinLens] a later slice failed; the rest is left out.', error);
    } finally {
      if (measure) performance.measure?.(measure, { start, end: performance.now() });
    }
  };
  slice(Infinity); // the first slice is the caller's: its items are there when inSlices returns
  return () => {
    cancelled = true;
    cancelTimer();
  };
}
