// Scoring of extracted figures against the annotated dev set (corpus/figures/README.md,
// "Comparing an extractor's output with this set"). Shared by eval-figures and the unit test.
import fs from 'node:fs';
import type { Figure } from '../../utils/figures/types';

export type GoldFigure = Omit<Figure, 'end'> & { end?: number };
/** `half` splits real-dev.jsonl by article into the half tuned on and the half only measured. */
export type GoldCase = { text: string; figures: GoldFigure[]; source?: string; half?: 'tune' | 'check' };

export function readCases(file: string): GoldCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldCase);
}

const endOf = (f: GoldFigure) => f.end ?? f.start + f.surface.length;

export function sameValue(a: Figure['value'], b: Figure['value']): boolean {
  const close = (x: number, y: number) => x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && close(a[0], b[0]) && close(a[1], b[1]);
  }
  return close(a, b);
}

/** Value, unit and qualifier all right. */
export function normalisedRight(gold: GoldFigure, pred: Figure): boolean {
  return sameValue(gold.value, pred.value) && gold.unit === pred.unit && gold.qualifier === pred.qualifier;
}

export type CaseResult = {
  index: number;
  text: string;
  gold: GoldFigure[];
  pred: Figure[];
  exact: [GoldFigure, Figure][];
  missed: GoldFigure[];
  spurious: Figure[];
  wrong: [GoldFigure, Figure][];
  overlapPairs: [GoldFigure, Figure][];
};

export function scoreCase(index: number, c: GoldCase, pred: Figure[]): CaseResult {
  const exact: [GoldFigure, Figure][] = [];
  const missed: GoldFigure[] = [];
  const used = new Set<Figure>();
  for (const g of c.figures) {
    const p = pred.find((f) => f.start === g.start && f.end === endOf(g));
    if (p) {
      exact.push([g, p]);
      used.add(p);
    } else missed.push(g);
  }
  const spurious = pred.filter((p) => !used.has(p));
  const wrong = exact.filter(([g, p]) => !normalisedRight(g, p));
  // Overlap matching: pair gold and predicted spans one-to-one, greedily by overlap length.
  const cands: { g: GoldFigure; p: Figure; ov: number }[] = [];
  for (const g of c.figures) {
    for (const p of pred) {
      const ov = Math.min(endOf(g), p.end) - Math.max(g.start, p.start);
      if (ov > 0) cands.push({ g, p, ov });
    }
  }
  cands.sort((a, b) => b.ov - a.ov);
  const gUsed = new Set<GoldFigure>();
  const pUsed = new Set<Figure>();
  const overlapPairs: [GoldFigure, Figure][] = [];
  for (const { g, p } of cands) {
    if (gUsed.has(g) || pUsed.has(p)) continue;
    gUsed.add(g);
    pUsed.add(p);
    overlapPairs.push([g, p]);
  }
  return { index, text: c.text, gold: c.figures, pred, exact, missed, spurious, wrong, overlapPairs };
}

export type Totals = {
  gold: number;
  pred: number;
  exact: number;
  normalised: number;
  overlap: number;
  overlapNormalised: number;
  precision: number;
  recall: number;
  f1: number;
  normalisation: number;
  overlapF1: number;
  overlapNormalisation: number;
};

export function totals(results: CaseResult[]): Totals {
  let gold = 0;
  let pred = 0;
  let exact = 0;
  let normalised = 0;
  let overlap = 0;
  let overlapNormalised = 0;
  for (const r of results) {
    gold += r.gold.length;
    pred += r.pred.length;
    exact += r.exact.length;
    normalised += r.exact.length - r.wrong.length;
    overlap += r.overlapPairs.length;
    overlapNormalised += r.overlapPairs.filter(([g, p]) => normalisedRight(g, p)).length;
  }
  const precision = pred ? exact / pred : 1;
  const recall = gold ? exact / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const op = pred ? overlap / pred : 1;
  const or = gold ? overlap / gold : 1;
  return {
    gold, pred, exact, normalised, overlap, overlapNormalised, precision, recall, f1,
    normalisation: gold ? normalised / gold : 1,
    overlapF1: op + or ? (2 * op * or) / (op + or) : 0,
    overlapNormalisation: gold ? overlapNormalised / gold : 1,
  };
}
