/** Runs `run`, its main-thread time recorded as the User Timing measure `finlens:<what>` (npm run bench:page reads them). */
export function timed<T>(what: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure?.(`finlens:${what}`, { start, end: performance.now() });
  }
}

/**
 * Runs one part of the page's work on its own, timed: a failure is logged and
 * the page is left as it is.
 */
export function safely<T>(what: string, run: () => T, fallback: T): T {
  return timed(what, () => {
    try {
      return run();
    } catch (error) {
      console.warn(`[FinLens] ${what} failed; the page is left as it is.`, error);
      return fallback;
    }
  });
}
