// npm run eval:figures [-- --errors] [-- --real] [-- --half tune|check] [-- FILE.jsonl]:
// scores extractFigures on the annotated dev set, or with --real on the real-text set
// real-dev.jsonl (exact spans, overlap, full normalisation, per kind). --half keeps the
// cases of one half only: tune on `tune`, and only ever look at the score of `check`.
import path from 'node:path';
import { extractFigures } from '../utils/figures';
import type { Figure, FigureKind } from '../utils/figures';
import { FIGURES_DEV, FIGURES_REAL_DEV, SKIP_NO_SHARED, hasShared } from '../tests/corpus/shared';
import { type CaseResult, type GoldFigure, normalisedRight, readCases, scoreCase, totals } from './lib/figures-score';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
if (halfAt >= 0 && half !== 'tune' && half !== 'check') {
  console.error('--half takes tune or check');
  process.exit(2);
}
const fileArg = args.find((a, i) => !a.startsWith('--') && (halfAt < 0 || i !== halfAt + 1));
const file = fileArg ? path.resolve(fileArg) : args.includes('--real') ? FIGURES_REAL_DEV : FIGURES_DEV;
if (!fileArg && !hasShared) {
  console.error(SKIP_NO_SHARED);
  process.exit(2);
}

const cases = readCases(file).filter((c) => !half || c.half === half);
if (!cases.length) {
  console.error(`no cases${half ? ` in half ${half}` : ''} in ${file}`);
  process.exit(2);
}
const results: CaseResult[] = cases.map((c, i) => scoreCase(i, c, extractFigures(c.text)));
const t = totals(results);
const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

console.log(`FinLens figures on ${path.basename(file)}${half ? ` (${half} half)` : ''}: ${cases.length} cases, ${t.gold} gold, ${t.pred} predicted`);
console.log(`exact span   P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}`);
console.log(`overlap      F1 ${pct(t.overlapF1)}  (pairs ${t.overlap})`);
console.log(`normalised   ${pct(t.normalisation)}  (value+unit+qualifier right on exact spans, ${t.normalised}/${t.gold})`);
console.log(`normalised   ${pct(t.overlapNormalisation)}  (on overlap pairs)`);

const kinds: FigureKind[] = ['money', 'percent', 'change', 'count', 'date', 'period', 'price', 'ratio', 'multiple'];
console.log('\nkind       gold  pred  exact  norm   P       R');
for (const k of kinds) {
  const gold = results.flatMap((r) => r.gold.filter((g) => g.kind === k));
  const pred = results.flatMap((r) => r.pred.filter((p) => p.kind === k));
  const exactK = results.flatMap((r) => r.exact.filter(([g, p]) => g.kind === k && p.kind === k));
  const norm = exactK.filter(([g, p]) => normalisedRight(g, p)).length;
  const p = pred.length ? exactK.length / pred.length : 1;
  const r = gold.length ? exactK.length / gold.length : 1;
  console.log(`${k.padEnd(9)} ${String(gold.length).padStart(5)} ${String(pred.length).padStart(5)} ${String(exactK.length).padStart(6)} ${String(norm).padStart(5)} ${pct(p)} ${pct(r)}`);
}

if (showErrors) {
  const show = (f: GoldFigure | Figure) => {
    const extra = [f.basis && `basis=${f.basis}`, f.per && `per=${f.per}`, f.terms && `terms=${f.terms.join(':')}`, f.implicit_unit && 'implicit']
      .filter(Boolean)
      .join(' ');
    return `[${f.surface}]@${f.start} ${f.kind} ${JSON.stringify(f.value)} ${f.unit} ${f.qualifier}${extra ? ` ${extra}` : ''}`;
  };
  const extrasDiffer = (g: GoldFigure, p: Figure) =>
    g.kind !== p.kind || (g.basis ?? '') !== (p.basis ?? '') || (g.per ?? '') !== (p.per ?? '') || !!g.implicit_unit !== !!p.implicit_unit;
  console.log('\nmismatches:');
  for (const r of results) {
    const soft = r.exact.filter(([g, p]) => normalisedRight(g, p) && extrasDiffer(g, p));
    if (!r.missed.length && !r.spurious.length && !r.wrong.length && !soft.length) continue;
    console.log(`#${r.index} ${r.text}`);
    for (const g of r.missed) console.log(`   missed   ${show(g)}`);
    for (const p of r.spurious) console.log(`   spurious ${show(p)}`);
    for (const [g, p] of r.wrong) console.log(`   wrong    ${show(g)}\n         -> ${show(p)}`);
    for (const [g, p] of soft) console.log(`   fields   ${show(g)}\n         -> ${show(p)}`);
  }
}
