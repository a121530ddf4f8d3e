// The project's own held-out figure sets (tests/fixtures/figures/heldout*.jsonl):
// sentences written to the corpus annotation rules by annotators who never saw
// the engine. heldout-tune was used to tune the engine; heldout-check and
// heldout2 were not. They guard against regressions on text the dev set does
// not cover; the thresholds are issue 14's targets for the project's sets.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/figures';
import { PROJECT_ROOT } from '../../corpus/shared';
import { readCases, scoreCase, totals } from '../../../tools/lib/figures-score';

const SETS = ['heldout-tune.jsonl', 'heldout-check.jsonl', 'heldout2.jsonl'];

describe.each(SETS)('held-out set %s', (file) => {
  const cases = readCases(path.join(PROJECT_ROOT, 'tests/fixtures/figures', file));
  const scores = totals(cases.map((c, i) => scoreCase(i, c, extractFigures(c.text))));

  it('has its cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it('reaches exact-span F1 ≥ 0.98', () => {
    expect(scores.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('normalises value, unit and qualifier of ≥ 97% of gold figures', () => {
    expect(scores.normalisation).toBeGreaterThanOrEqual(0.97);
  });
});
