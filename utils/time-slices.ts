// Work written once as steps (a generator that yields between units of work), run two ways: at
// once, for the CLI, the tools and the unit tests; or in slices of a time budget, for the page,
// where one long run is a long task (reading a 20,000-paragraph article took 250–540 ms in one go,
// tests/e2e/hostile-pages.e2e.test.ts). A run that does not spend its budget is one slice with no
// wait: a normal article is read as fast as before. Between slices the page gets its main thread
// back: scheduler.yield() where the browser has it (a continuation, not throttled in a background
// tab), else a zero timer.

/** Main-thread time a slice of FinLens's work on a page may take: a fifth of a long task (50 ms). */
export const SLICE_MS = 10;

/** Steps of work ending in a value: each `yield` is a point where the work may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export type SliceBudget = {
  /** Main-thread time a slice may take before it pauses (a long task is 50 ms). */
  budgetMs: number;
  /** Each slice's main-thread time is recorded as this User Timing measure. */
  measure: string;
  /** Gives the page its main thread back until the next slice (default: yieldToPage). */
  pause?: () => Promise<void>;
};

type Scheduler = { yield?: () => Promise<void> };

/** Lets the browser run other tasks (input, paint, the page's scripts), then resumes. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Runs the steps in slices of `budgetMs`; the steps' exception, if any, rejects. */
export async function runInSlices<T>(steps: Steps<T>, { budgetMs, measure, pause = yieldToPage }: SliceBudget): Promise<T> {
  for (;;) {
    const start = performance.now();
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (performance.now() - start >= budgetMs) break;
      }
    } finally {
      performance.measure?.(measure, { start, end: performance.now() });
    }
    await pause();
  }
}
