// Work written as steps runs at once, or in slices of a time budget with a pause between them and
// a User Timing measure for each slice (issue 15: no slice of FinLens's work a long task).
import { afterEach, expect, test, vi } from 'vitest';
import { runAtOnce, runInSlices, yieldToPage, type Steps } from '@/utils/time-slices';

/** `count` steps of `msEach` (a fake clock), returning how many ran. */
function* work(count: number, clock: { now: number }, msEach: number): Steps<number> {
  for (let i = 0; i < count; i++) {
    clock.now += msEach;
    yield;
  }
  return count;
}

afterEach(() => vi.restoreAllMocks());

test('run at once: every step, no pause', () => {
  expect(runAtOnce(work(1_000, { now: 0 }, 1))).toBe(1_000);
});

test.each([
  // steps, ms a step, budget, slices (measures), pauses
  [0, 1, 10, 1, 0],
  [5, 1, 10, 1, 0], // within the budget: one slice, no pause (a normal article)
  [10, 1, 10, 2, 1], // the budget spent at the last step: a pause, then the end
  [100, 1, 10, 11, 10],
  [100, 3, 10, 26, 25], // a slice ends at the first step past the budget
  [3, 50, 10, 4, 3], // a step longer than the budget is a slice of its own
])('%d steps of %d ms, budget %d ms: %d slices, %d pauses', async (count, msEach, budgetMs, slices, pauses) => {
  const clock = { now: 0 };
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  const measure = vi.spyOn(performance, 'measure');
  const pause = vi.fn(async () => {});
  expect(await runInSlices(work(count, clock, msEach), { budgetMs, measure: 'finlens:test', pause })).toBe(count);
  expect(pause).toHaveBeenCalledTimes(pauses);
  expect(measure.mock.calls.filter(([name]) => name === 'finlens:test')).toHaveLength(slices);
});

test("the steps' exception rejects, and the slice it ended is measured", async () => {
  const measure = vi.spyOn(performance, 'measure');
  function* failing(): Steps<number> {
    yield;
    throw new Error('odd markup');
  }
  await expect(runInSlices(failing(), { budgetMs: 0, measure: 'finlens:test', pause: async () => {} })).rejects.toThrow('odd markup');
  expect(measure.mock.calls.filter(([name]) => name === 'finlens:test')).toHaveLength(2);
});

test('yieldToPage: scheduler.yield where there is one, else a zero timer', async () => {
  const yielded = vi.fn(async () => {});
  vi.stubGlobal('scheduler', { yield: yielded });
  await yieldToPage();
  expect(yielded).toHaveBeenCalledOnce();
  vi.stubGlobal('scheduler', undefined);
  const timer = vi.spyOn(globalThis, 'setTimeout');
  await yieldToPage();
  expect(timer).toHaveBeenCalledWith(expect.any(Function), 0);
  vi.unstubAllGlobals();
});
