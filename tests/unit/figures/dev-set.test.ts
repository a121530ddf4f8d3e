// Every case of the annotated dev set (corpus/figures/dev.jsonl): it stays at 1.000
// (issue 14), and the failing cases are listed when one is missed.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/figures';
import { FIGURES_DEV, SKIP_NO_SHARED, hasShared } from '../../corpus/shared';
import { type CaseResult, readCases, scoreCase, totals } from '../../../tools/lib/figures-score';

describe.skipIf(!hasShared)(`dev set (${hasShared ? 'corpus/figures/dev.jsonl' : SKIP_NO_SHARED})`, () => {
  const cases = hasShared ? readCases(FIGURES_DEV) : [];
  const results: CaseResult[] = cases.map((c, i) => scoreCase(i, c, extractFigures(c.text)));
  const failing = results.filter((r) => r.missed.length || r.spurious.length || r.wrong.length);
  const report = failing
    .map((r) => {
      const lines = [`#${r.index} ${r.text}`];
      for (const g of r.missed) lines.push(`  missed   ${g.surface}@${g.start}`);
      for (const p of r.spurious) lines.push(`  spurious ${p.surface}@${p.start}`);
      for (const [g, p] of r.wrong) lines.push(`  wrong    ${g.surface}: ${JSON.stringify([g.value, g.unit, g.qualifier])} ≠ ${JSON.stringify([p.value, p.unit, p.qualifier])}`);
      return lines.join('\n');
    })
    .join('\n');

  it('reaches exact-span F1 1.000', () => {
    expect(totals(results).f1, report).toBe(1);
  });

  it('normalises value, unit and qualifier of every gold figure', () => {
    expect(totals(results).normalisation, report).toBe(1);
  });

  it('finds no figure in the negative cases', () => {
    const negatives = results.filter((r) => r.gold.length === 0);
    expect(negatives.length).toBeGreaterThan(0);
    expect(negatives.filter((r) => r.pred.length > 0).map((r) => r.text)).toEqual([]);
  });

  it('gives every figure a surface that sits at its offsets, in order, without overlaps', () => {
    for (const r of results) {
      let last = 0;
      for (const f of r.pred) {
        expect(r.text.slice(f.start, f.end)).toBe(f.surface);
        expect(f.start).toBeGreaterThanOrEqual(last);
        last = f.end;
      }
    }
  });
});
