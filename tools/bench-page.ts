// `npm run bench:page`: the content scripts' whole main-thread cost on real pages.
// Loads the corpus's Sina article pages with the built extension and adds up,
// per load, everything FinLens runs on the page's main thread:
//   start-up   — the browser compiling and running each content script up to its
//                first await: article-start.js at document_start (before the first
//                paint) and article-end.js once the DOM is parsed; read
//                from a trace of separate loads (Chromium's EvaluateScript events;
//                tracing slows a page a little, so those loads are kept apart);
//   the parts  — every User Timing measure the content script records (finlens:*,
//                utils' safely()): installing clean reading, reading the article,
//                marking boilerplate, switching clean reading, asking for the figures
//                (building and sending the message), mounting the stock triggers.
// Its headline is their sum, median over the full desktop and mobile pages, beside
// @mozilla/readability's parse() on a clone of the same page in the same load: what
// a reader-mode extension spends. Then the same without the start-up in Firefox ESR
// (User Timing read from the page; no trace there). Beside the start-up at
// document_start, the same trace of the same build with that script replaced by
// an empty one, and by one that only asks storage for the settings: the browser's
// own share of the start-up (FLOORS), same run.
// Needs ../shared (the corpus).
//   BENCH_RUNS=7 (loads per page)   BENCH_BROWSERS=chromium,firefox
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { corpusPages } from '../tests/corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../tests/corpus/shared';
import { corpusRoutes } from '../tests/e2e/harness/site';
import { launch, visit, waitInPage, type BrowserName, type Session } from './lib/browsers';
import { startFakeWeb } from './lib/fake-web';
import { PROJECT_ROOT } from './lib/project';
import { median } from './lib/timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
/** Loads per page traced for the start-up. */
const TRACED_RUNS = 3;
/** The last part of a load: the triggers, mounted once the background has answered (on every article, stocks or not). */
const LAST_PART = 'finlens:stock triggers';
const START_SCRIPT = 'article-start.js';
const TARGET = { wholeMs: 5, ratio: 0.25, startMs: 1 };

if (!hasShared) {
  console.error(SKIP_NO_SHARED);
  process.exit(2);
}

console.log('Building the extension (wxt build) …');
execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (BROWSERS.includes('firefox')) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const readability = fs.readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const pages = corpusPages.filter((p) => p.kind === 'positive');

type Load = { parts: Record<string, number>; slices: Record<string, number>; readability: number };
type Row = { file: string; full: boolean; parts: number; readability: number; start: number | null; later: number | null; floors: number[] };

/** Stand-ins for the document_start script: what the browser spends on any script there, and on one that reads the settings. */
const FLOORS = [
  { what: 'an empty script', js: '' },
  // any script that runs at all: Chromium builds the isolated world for it (an empty file runs nothing)
  { what: 'a script that sets one attribute on <html>', js: `document.documentElement.setAttribute('data-finlens-floor', '');` },
  { what: 'a script that only asks storage for the settings', js: `(globalThis.browser?.storage?.local ?? globalThis.chrome.storage.local).get('settings').then(() => {});` },
];

/** The Chromium build with `js` as its document_start script. */
function floorBuild(index: number, js: string): string {
  const dir = `.output/bench-floor-${index}`;
  fs.rmSync(path.join(PROJECT_ROOT, dir), { recursive: true, force: true });
  fs.cpSync(path.join(PROJECT_ROOT, '.output/chrome-mv3'), path.join(PROJECT_ROOT, dir), { recursive: true });
  fs.writeFileSync(path.join(PROJECT_ROOT, dir, START_SCRIPT), js);
  return dir;
}

async function launchFloor(web: Awaited<ReturnType<typeof startFakeWeb>>, index: number): Promise<Session> {
  const before = process.env.EXT_DIR_CHROME;
  process.env.EXT_DIR_CHROME = floorBuild(index, FLOORS[index]!.js);
  try {
    return await launch('chromium', web);
  } finally {
    if (before === undefined) delete process.env.EXT_DIR_CHROME;
    else process.env.EXT_DIR_CHROME = before;
  }
}

/** One load: every finlens:* measure (summed by name), then Readability's parse() on a clone. */
async function timedLoad(session: Session, url: string): Promise<Load | null> {
  const tab = await session.browser.newPage();
  await visit(tab, url);
  // the document_start script has run by now: no attribute, no FinLens on this URL
  if (!(await tab.evaluate(() => document.documentElement.hasAttribute('data-finlens')))) {
    await tab.close();
    return null;
  }
  await waitInPage(tab, (name: string) => performance.getEntriesByName(name).length > 0, [LAST_PART], { timeout: 20_000, what: LAST_PART });
  // each part's time, summed over its slices, and how many slices it took (issue 15: reading the article is sliced)
  const { parts, slices } = await tab.evaluate(() => {
    const sums: Record<string, number> = {};
    const counts: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (!e.name.startsWith('finlens:')) continue;
      sums[e.name.slice(8)] = (sums[e.name.slice(8)] ?? 0) + e.duration;
      counts[e.name.slice(8)] = (counts[e.name.slice(8)] ?? 0) + 1;
    }
    return { parts: sums, slices: counts };
  });
  await tab.addScriptTag({ content: readability });
  const theirs = await tab.evaluate(() => {
    const clone = document.cloneNode(true) as Document;
    const t0 = performance.now();
    new (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability(clone).parse();
    return performance.now() - t0;
  });
  await tab.close();
  return { parts, slices, readability: theirs };
}

/** One traced load (Chromium): each content script's EvaluateScript — compiling it and running it to its first await. */
async function startupOf(session: Session, url: string): Promise<{ start: number; later: number }> {
  const traceFile = path.join(os.tmpdir(), `finlens-bench-trace-${process.pid}.json`);
  const tab = await session.browser.newPage();
  await tab.tracing.start({ path: traceFile, categories: ['devtools.timeline'] });
  await visit(tab, url);
  await waitInPage(tab, (name: string) => performance.getEntriesByName(name).length > 0, [LAST_PART], { timeout: 20_000, what: LAST_PART });
  await tab.tracing.stop();
  await tab.close();
  const { traceEvents } = JSON.parse(fs.readFileSync(traceFile, 'utf8')) as { traceEvents: { name: string; dur?: number; args?: { data?: { url?: string } } }[] };
  fs.rmSync(traceFile);
  const ours = traceEvents.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(session.extensionOrigin));
  const ms = (start: boolean) => ours.filter((e) => e.args!.data!.url!.endsWith(`/${START_SCRIPT}`) === start).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return { start: ms(true), later: ms(false) };
}

const sumOf = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);
const f2 = (n: number | null, width: number) => (n === null ? '—' : n.toFixed(2)).padStart(width);

async function benchBrowser(name: BrowserName) {
  const web = await startFakeWeb(corpusRoutes());
  const session = await launch(name, web);
  const floorSessions = name === 'chromium' ? await Promise.all(FLOORS.map((_, i) => launchFloor(web, i))) : [];
  const rows: Row[] = [];
  const byPart = new Map<string, number[]>();
  const readingSlices: number[] = [];
  try {
    for (const page of pages) {
      const loads: Load[] = [];
      for (let run = 0; run < RUNS; run++) {
        const load = await timedLoad(session, page.url);
        if (load) loads.push(load);
      }
      if (loads.length === 0) {
        console.log(`${name}: ${page.file} is not treated as an article by this build: left out`);
        continue;
      }
      for (const load of loads) for (const [part, ms] of Object.entries(load.parts)) byPart.set(part, [...(byPart.get(part) ?? []), ms]);
      for (const load of loads) readingSlices.push(load.slices['reading the article'] ?? 0);
      const traced: { start: number; later: number }[] | null = name === 'chromium' ? [] : null;
      const floors: number[][] = floorSessions.map(() => []);
      for (let run = 0; traced && run < TRACED_RUNS; run++) {
        traced.push(await startupOf(session, page.url));
        for (const [i, floor] of floorSessions.entries()) floors[i]!.push((await startupOf(floor, page.url)).start);
      }
      rows.push({
        file: page.file,
        full: !page.mirror,
        parts: median(loads.map((l) => sumOf(l.parts))),
        readability: median(loads.map((l) => l.readability)),
        start: traced && median(traced.map((t) => t.start)),
        later: traced && median(traced.map((t) => t.later)),
        floors: floors.map(median),
      });
    }
  } finally {
    await session.close();
    for (const floor of floorSessions) await floor.close();
    await web.close();
  }
  return { rows, byPart, readingSlices };
}

function report(name: BrowserName, rows: Row[], byPart: Map<string, number[]>, readingSlices: number[]) {
  const whole = (r: Row) => r.parts + (r.start ?? 0) + (r.later ?? 0);
  const traced = rows[0]?.start !== null;
  console.log(`\n${name}: main-thread time per page (ms), median of ${RUNS} loads${traced ? ` (start-up: median of ${TRACED_RUNS} traced loads)` : ''}\n`);
  console.log(`${'page'.padEnd(66)} ${'whole'.padStart(7)} ${'start'.padStart(6)} ${'later'.padStart(6)} ${'parts'.padStart(6)} ${'Readability'.padStart(12)} ${'ratio'.padStart(6)}`);
  for (const r of rows) {
    console.log(`${r.file.padEnd(66)} ${f2(whole(r), 7)} ${f2(r.start, 6)} ${f2(r.later, 6)} ${f2(r.parts, 6)} ${f2(r.readability, 12)} ${(whole(r) / r.readability).toFixed(3).padStart(6)}`);
  }
  const full = rows.filter((r) => r.full);
  const ours = median(full.map(whole));
  const theirs = median(full.map((r) => r.readability));
  const what = traced ? 'whole cost (start-up of both scripts + every part)' : 'cost of the parts (no start-up: not traced in this browser)';
  console.log(`\n${name}, the ${full.length} full desktop and mobile pages: FinLens's ${what} median ${ours.toFixed(2)} ms (target ≤ ${TARGET.wholeMs} ms), Readability median ${theirs.toFixed(2)} ms`);
  console.log(`  ratio of medians ${(ours / theirs).toFixed(3)}× (target ≤ ${TARGET.ratio}×); median of per-page ratios ${median(full.map((r) => whole(r) / r.readability)).toFixed(3)}×`);
  if (traced) {
    console.log(`  start-up at document_start (${START_SCRIPT}, before the first paint) median ${median(full.map((r) => r.start!)).toFixed(2)} ms (target ≤ ${TARGET.startMs} ms); the later script's start-up ${median(full.map((r) => r.later!)).toFixed(2)} ms`);
    const floors = FLOORS.map((f, i) => `${f.what} ${median(full.map((r) => r.floors[i]!)).toFixed(2)} ms`).join(', ');
    console.log(`  the same build with another script at document_start instead (same run, median): ${floors}`);
  }
  console.log(`  each part, median over every load: ${[...byPart].map(([p, ms]) => `${p} ${median(ms).toFixed(2)} ms`).join(', ')}`);
  const split = readingSlices.filter((n) => n > 1).length;
  console.log(`  reading the article took more than one slice in ${split} of ${readingSlices.length} loads (most slices in one load: ${Math.max(0, ...readingSlices)})`);
}

for (const name of BROWSERS) {
  const { rows, byPart, readingSlices } = await benchBrowser(name);
  report(name, rows, byPart, readingSlices);
}
