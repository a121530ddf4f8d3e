// npm run bench:figures: FinLens extractFigures vs Microsoft Recognizers-Text
// (Chinese number, percentage, currency and date-time models, built once outside
// the timing) over the same text: every dev sentence and every line of visible
// text of every corpus page. Medians of repeated runs; Recognizers gets a time
// budget and its MB/s is computed from what it processed. Then FinLens alone on
// 10 KB / 100 KB / 1 MB inputs, whose throughput must stay flat (linear cost).
import { performance } from 'node:perf_hooks';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { extractFigures } from '../utils/figures';
import { SKIP_NO_SHARED, hasShared } from '../tests/corpus/shared';
import { benchUnits } from './lib/figures-corpus';
import { median, passRates } from './lib/timing';

if (!hasShared) {
  console.error(SKIP_NO_SHARED);
  process.exit(2);
}

const MB = 1e6;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const { dev, pages } = benchUnits();
const units = [...dev, ...pages];
const totalBytes = units.reduce((n, u) => n + bytes(u), 0);
console.log(`corpus: ${dev.length} dev sentences + ${pages.length} page lines = ${units.length} units, ${(totalBytes / MB).toFixed(3)} MB (UTF-8)`);

// FinLens: warm up, then time whole passes over the corpus.
let sink = 0;
const finlensPass = () => {
  for (const u of units) sink += extractFigures(u).length;
};
const finlensRates = passRates(finlensPass, totalBytes / MB, { warmups: 3, minPasses: 7, minMs: 2000 });
const finlens = median(finlensRates);

// Recognizers: models built once; each unit goes through all four models.
const models = [
  new NumberRecognizer(Culture.Chinese).getNumberModel(),
  new NumberRecognizer(Culture.Chinese).getPercentageModel(),
  new NumberWithUnitRecognizer(Culture.Chinese).getCurrencyModel(),
  new DateTimeRecognizer(Culture.Chinese).getDateTimeModel(),
];
const recognize = (u: string) => {
  for (const m of models) sink += m.parse(u).length;
};
// A deterministic shuffle, so a time-boxed run samples short sentences and long page lines alike.
const order = units.map((_, i) => i);
let seed = 12345;
for (let i = order.length - 1; i > 0; i--) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  const j = seed % (i + 1);
  [order[i], order[j]] = [order[j] as number, order[i] as number];
}
for (const i of order.slice(0, 20)) recognize(units[i] as string);
const BUDGET_MS = 2500;
const recRates: number[] = [];
let recUnits = 0;
let recBytes = 0;
let cursor = 0;
for (let round = 0; round < 3; round++) {
  let b = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < BUDGET_MS) {
    const u = units[order[cursor % order.length] as number] as string;
    cursor++;
    recognize(u);
    b += bytes(u);
    recUnits++;
  }
  recBytes += b;
  recRates.push(b / MB / ((performance.now() - t0) / 1000));
}
const recognizers = median(recRates);

console.log(`FinLens      ${finlens.toFixed(3).padStart(10)} MB/s  (median of ${finlensRates.length} full passes)`);
console.log(`Recognizers  ${recognizers.toFixed(5).padStart(10)} MB/s  (median of ${recRates.length} rounds of ${BUDGET_MS / 1000} s; ${recUnits} units, ${(recBytes / 1e3).toFixed(1)} KB processed)`);
console.log(`ratio        ${(finlens / recognizers).toFixed(0).padStart(10)} ×`);

// Linear cost: FinLens on the same 1 MB of corpus text (units cycled in the shuffled
// order) cut into 10 KB, 100 KB and 1 MB inputs, so only the input size changes.
const parts: string[] = [];
let size = 0;
for (let k = 0; size < 1e6; k++) {
  const u = units[order[k % order.length] as number] as string;
  parts.push(u);
  size += bytes(u) + 1;
}
const big = parts.join('\n');
const chunksOf = (n: number): string[] => {
  const out: string[] = [];
  let cur = '';
  let b = 0;
  for (const ch of big) {
    cur += ch;
    b += bytes(ch);
    if (b >= n) {
      out.push(cur);
      cur = '';
      b = 0;
    }
  }
  // A short tail joins the last input rather than making a tiny one.
  if (cur && out.length && b < n / 2) out[out.length - 1] += cur;
  else if (cur) out.push(cur);
  return out;
};
console.log(`\nFinLens by input size (the same ${(bytes(big) / 1e6).toFixed(2)} MB of text, cut into inputs of each size):`);
for (const [label, n] of [['10 KB', 1e4], ['100 KB', 1e5], ['1 MB', 1e6]] as const) {
  const chunks = chunksOf(n);
  const total = chunks.reduce((a, c) => a + bytes(c), 0);
  const pass = () => {
    for (const c of chunks) sink += extractFigures(c).length;
  };
  const rates = passRates(pass, total / MB, { warmups: 2, minPasses: 9, minMs: 1500 });
  console.log(`  ${label.padEnd(7)} ${median(rates).toFixed(3).padStart(9)} MB/s  (${chunks.length} input${chunks.length > 1 ? 's' : ''}, median of ${rates.length} passes)`);
}
if (sink < 0) console.log(sink);
