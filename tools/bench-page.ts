// `npm run bench:page`: the content script's main-thread cost on real pages.
// Loads the corpus's Sina article pages in headless Chromium with the built
// extension and reads the User Timing measures the content script records
// (finlens:* — detecting the article, reading its model, installing and
// switching on clean reading, marking structural boilerplate). In the same
// page it then times @mozilla/readability's parse() on a clone of the document:
// what a reader-mode extension spends on the same page. Prints both per page,
// their medians and the ratio; then, so that nothing the content script costs
// is left out, what it spends besides those parts: its start-up at
// document_start (the browser compiling and running it, read from a trace of
// separate loads) and loading the rest of its code once the DOM is parsed.
// Needs ../shared (the corpus).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { corpusPages } from '../tests/corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../tests/corpus/shared';
import { corpusRoutes } from '../tests/e2e/harness/site';
import { launch, visit, waitInPage } from './lib/browsers';
import { startFakeWeb } from './lib/fake-web';
import { PROJECT_ROOT } from './lib/project';
import { median } from './lib/timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Loads per page traced for the script's start-up (tracing slows a page a little: kept apart from the timed loads). */
const TRACED_RUNS = 3;
/** The parts of the content script's work that make up "detect + model + clean". */
const PARTS = ['installing clean reading', 'reading the article', 'marking boilerplate', 'switching clean reading'];
/** Reported beside the parts, not in their sum: building the schemas and the UI code after the DOM is parsed. */
const LOADING = 'loading the article machinery';

if (!hasShared) {
  console.error(SKIP_NO_SHARED);
  process.exit(2);
}

console.log('Building the Chrome extension (wxt build) …');
execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const readability = fs.readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

const web = await startFakeWeb(corpusRoutes());
const session = await launch('chromium', web);
const rows: { file: string; full: boolean; finlens: number; readability: number; startup: number }[] = [];
/** Each part's time per load, to show where the content script's time goes. */
const byPart = new Map<string, number[]>([...PARTS, LOADING].map((p) => [p, []]));
const traceFile = path.join(os.tmpdir(), `finlens-bench-trace-${process.pid}.json`);
/** The content script's EvaluateScript in a trace of one load: compiling it and running it up to its first await. */
async function startupOf(url: string): Promise<number> {
  const tab = await session.browser.newPage();
  await tab.tracing.start({ path: traceFile, categories: ['devtools.timeline'] });
  await visit(tab, url);
  await waitInPage(tab, () => performance.getEntriesByName('finlens:marking boilerplate').length > 0, [], { timeout: 15_000 });
  await tab.tracing.stop();
  await tab.close();
  const { traceEvents } = JSON.parse(fs.readFileSync(traceFile, 'utf8')) as { traceEvents: { name: string; dur?: number; args?: { data?: { url?: string } } }[] };
  fs.rmSync(traceFile);
  const ours = traceEvents.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(session.extensionOrigin));
  return ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
}

try {
  for (const page of corpusPages.filter((p) => p.kind === 'positive')) {
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await session.browser.newPage();
      await visit(tab, page.url);
      await waitInPage(tab, () => performance.getEntriesByName('finlens:marking boilerplate').length > 0, [], { timeout: 15_000 });
      const parts = await tab.evaluate((names: string[]) => {
        const entries = performance.getEntriesByType('measure');
        return names.map((n) => entries.filter((e) => e.name === `finlens:${n}`).reduce((sum, e) => sum + e.duration, 0));
      }, [...PARTS, LOADING]);
      parts.forEach((t, i) => byPart.get([...PARTS, LOADING][i]!)!.push(t));
      ours.push(parts.slice(0, PARTS.length).reduce((a, b) => a + b, 0));
      await tab.addScriptTag({ content: readability });
      theirs.push(
        await tab.evaluate(() => {
          const clone = document.cloneNode(true) as Document;
          const t0 = performance.now();
          new (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability(clone).parse();
          return performance.now() - t0;
        }),
      );
      await tab.close();
    }
    const startups: number[] = [];
    for (let run = 0; run < TRACED_RUNS; run++) startups.push(await startupOf(page.url));
    rows.push({ file: page.file, full: !page.mirror, finlens: median(ours), readability: median(theirs), startup: median(startups) });
  }
} finally {
  await session.close();
  await web.close();
}

console.log(`\nMain-thread time per page, median of ${RUNS} loads (ms; start-up: median of ${TRACED_RUNS} traced loads)\n`);
console.log(`${'page'.padEnd(66)} ${'FinLens'.padStart(8)} ${'Readability'.padStart(12)} ${'ratio'.padStart(7)} ${'start-up'.padStart(9)}`);
for (const r of rows) {
  console.log(
    `${r.file.padEnd(66)} ${r.finlens.toFixed(2).padStart(8)} ${r.readability.toFixed(2).padStart(12)} ${(r.finlens / r.readability).toFixed(3).padStart(7)} ${r.startup.toFixed(2).padStart(9)}`,
  );
}
const full = rows.filter((r) => r.full);
const ours = median(full.map((r) => r.finlens));
const theirs = median(full.map((r) => r.readability));
console.log(`\nFull desktop and mobile pages (${full.length}): FinLens median ${ours.toFixed(2)} ms (target ≤ 5 ms), Readability median ${theirs.toFixed(2)} ms`);
console.log(`ratio of medians ${(ours / theirs).toFixed(3)}× (target ≤ 0.25×); median of per-page ratios ${median(full.map((r) => r.finlens / r.readability)).toFixed(3)}×`);
console.log(`All ${rows.length} article pages (mirror posts included): median per-page ratio ${median(rows.map((r) => r.finlens / r.readability)).toFixed(3)}×`);
console.log(`\nWhere FinLens's time goes (median over every load): ${PARTS.map((p) => `${p} ${median(byPart.get(p)!).toFixed(2)} ms`).join(', ')}.`);
console.log(
  `Besides: the script's start-up at document_start (compiling it, then running it up to its first await: "installing clean reading" above is the end of it) ${median(rows.map((r) => r.startup)).toFixed(2)} ms; ` +
    `${LOADING} once the DOM is parsed (schemas, UI code) ${median(byPart.get(LOADING)!).toFixed(2)} ms.`,
);
