/**
 * Runs one part of the page's work on its own: a failure is logged and the
 * page is left as it is. Each part's main-thread time is recorded as a User
 * Timing measure named `finlens:<what>` (npm run bench:page reads them).
 */
export function safely<T>(what: string, run: () => T, fallback: T): T {
  const start = performance.now();
  try {
    return run();
  } catch (error) {
    console.warn(`[FinLens] ${what} failed; the page is left as it is.`, error);
    return fallback;
  } finally {
    performance.measure?.(`finlens:${what}`, { start, end: performance.now() });
  }
}
