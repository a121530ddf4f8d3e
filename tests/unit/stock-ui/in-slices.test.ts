// Long lists of DOM work (2,000 trigger mounts) go in slices: the first at once, the rest one slice per timer.
import { expect, onTestFinished, test, vi } from 'vitest';
import { inSlices } from '@/utils/stock-ui/in-slices';

/** A hand-driven timer: `run()` fires the pending slice, as the page's setTimeout would. */
function manualTimer() {
  let pending: (() => void) | null = null;
  return {
    later: (next: () => void) => {
      pending = next;
      return () => void (pending = null);
    },
    run: () => {
      const next = pending;
      pending = null;
      next?.();
      return next !== null;
    },
  };
}

test.each([
  // items, perSlice, handled at once, timer rounds until done
  [0, 100, 0, 0],
  [1, 100, 1, 0],
  [100, 100, 100, 0],
  [101, 100, 100, 1],
  [2_000, 100, 100, 19],
  [5, 0, 1, 4], // a slice is never empty
])('%d items, %d per slice: %d at once, then %d more slices', (count, perSlice, atOnce, rounds) => {
  const items = Array.from({ length: count }, (_, i) => i);
  const seen: number[] = [];
  const timer = manualTimer();
  inSlices(items, (i) => seen.push(i), { perSlice, later: timer.later });
  expect(seen).toHaveLength(atOnce);
  let n = 0;
  while (timer.run()) n++;
  expect(n).toBe(rounds);
  expect(seen).toEqual(items); // every item once, in order
});

test('a later slice also ends once it has taken its time budget', () => {
  const seen: number[] = [];
  const timer = manualTimer();
  let now = 0; // each item takes 3 ms of a clock this test drives (the machine's would be noisy)
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  onTestFinished(() => void vi.restoreAllMocks());
  inSlices([1, 2, 3, 4, 5, 6], (i) => {
    now += 3;
    seen.push(i);
  }, { perSlice: 3, later: timer.later, budgetMs: 5 });
  expect(seen).toEqual([1, 2, 3]); // the first slice: perSlice items, whatever they take
  timer.run();
  expect(seen).toEqual([1, 2, 3, 4, 5]); // 3 ms, then 6 ms: over the budget
  while (timer.run());
  expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
});

test('cancel stops the remaining slices', () => {
  const seen: number[] = [];
  const timer = manualTimer();
  const cancel = inSlices([1, 2, 3, 4, 5], (i) => seen.push(i), { perSlice: 2, later: timer.later });
  timer.run();
  cancel();
  expect(timer.run()).toBe(false);
  expect(seen).toEqual([1, 2, 3, 4]);
});

test('an exception in a later slice does not escape: the items before it stay, the rest are left out', () => {
  const seen: number[] = [];
  const timer = manualTimer();
  inSlices([1, 2, 3, 4, 5], (i) => {
    if (i === 4) throw new Error('the page broke something');
    seen.push(i);
  }, { perSlice: 2, later: timer.later, measure: 'finlens:test slice' });
  timer.run();
  expect(() => timer.run()).not.toThrow();
  expect(timer.run()).toBe(false);
  expect(seen).toEqual([1, 2, 3]);
  expect(performance.getEntriesByName('finlens:test slice')).toHaveLength(1); // the later slice, timed although it failed
});
