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
// a reader-mode extension spends. Then the same in Firefox ESR, which gives no trace:
// the parts, and each script's run up to its first await, bracketed by User Timing
// in a copy of the build (its compiling is not observable). Beside each script's start-up,
// the same trace of the same build with that script replaced by a stand-in (FLOORS:
// an empty file, our own bytes compiled but never run, one attribute set, storage
// asked): the browser's own share of the start-up, same run. Start-up is reported in
// wall-clock time (the headline) and in the main thread's own time (the trace's tdur),
// which a busy machine does not inflate. Last, in Chromium, the scripts' run time by
// package, from a sampled profile (tools/lib/profile-packages.ts).
// Needs ../shared (the corpus).
//   BENCH_RUNS=7 (loads per page)   BENCH_BROWSERS=chromium,firefox
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { corpusPages } from '../tests/corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../tests/corpus/shared';
import { corpusRoutes } from '../tests/e2e/harness/site';
import { launch, visit, waitInPage, type BrowserName, type Session } from './lib/browsers';
import { startFakeWeb } from './lib/fake-web';
import { PROJECT_ROOT } from './lib/project';
import { median } from './lib/timing';
import { runTimeByPackage } from './lib/profile-packages';
import { buildSizeReport, SIZE_REPORT_DIR } from './lib/size-report';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
/** Loads per page traced for the start-up. */
const TRACED_RUNS = 3;
/** The last part of a load: the triggers, mounted once the background has answered (on every article, stocks or not). */
const LAST_PART = 'finlens:stock triggers';
const START_SCRIPT = 'article-start.js';
const LATER_SCRIPT = 'article-end.js';
const BOOT = 'finlens-boot:';
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

type Load = { parts: Record<string, number>; slices: Record<string, number>; boot: Record<string, number>; readability: number };
/** A script's start-up: wall-clock time, and the main thread's own (CPU) time, which a busy machine does not inflate. */
type Startup = { wall: number; cpu: number };
type Row = {
  file: string;
  full: boolean;
  parts: number;
  readability: number;
  start: Startup | null;
  later: Startup | null;
  floors: Startup[];
  /** Firefox: each script's run up to its first await (User Timing; compiling it is not in it), mean over loads. */
  boot: { start: number; later: number } | null;
};

/**
 * Stand-ins for one of our scripts, each traced in the same run: what the browser spends before our code
 * does anything. `js` gets the built script's own text.
 */
const FLOORS: { what: string; file: string; js: (ours: string) => string }[] = [
  { what: 'an empty script', file: START_SCRIPT, js: () => '' },
  // the isolated world and compiling our bytes, nothing run (an empty file makes no world: Chromium runs nothing)
  { what: 'our script compiled, never run', file: START_SCRIPT, js: (ours) => `if (globalThis.finlensNever) { ${ours} }` },
  { what: 'a script that sets one attribute on <html>', file: START_SCRIPT, js: () => `document.documentElement.setAttribute('data-finlens-floor', '');` },
  { what: 'a script that only asks storage for the settings', file: START_SCRIPT, js: () => `(globalThis.browser?.storage?.local ?? globalThis.chrome.storage.local).get('settings').then(() => {});` },
  { what: 'the later script compiled, never run', file: LATER_SCRIPT, js: (ours) => `if (globalThis.finlensNever) { ${ours} }` },
];

/** A copy of the build in `from` as `dir` (both under the project), each of `files` rewritten from its own text. */
function rewrittenCopy(from: string, dir: string, files: string[], rewrite: (js: string, file: string) => string): string {
  fs.rmSync(path.join(PROJECT_ROOT, dir), { recursive: true, force: true });
  fs.cpSync(path.join(PROJECT_ROOT, from), path.join(PROJECT_ROOT, dir), { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(PROJECT_ROOT, dir, file), rewrite(fs.readFileSync(path.join(PROJECT_ROOT, dir, file), 'utf8'), file));
  return dir;
}

/** The Chromium build with floor `index` in place of its script. */
function floorBuild(index: number): string {
  const { file, js } = FLOORS[index]!;
  return rewrittenCopy('.output/chrome-mv3', `.output/bench-floor-${index}`, [file], js);
}

async function launchFloor(web: Awaited<ReturnType<typeof startFakeWeb>>, index: number): Promise<Session> {
  const before = process.env.EXT_DIR_CHROME;
  process.env.EXT_DIR_CHROME = floorBuild(index);
  try {
    return await launch('chromium', web);
  } finally {
    if (before === undefined) delete process.env.EXT_DIR_CHROME;
    else process.env.EXT_DIR_CHROME = before;
  }
}

/**
 * Firefox gives puppeteer no trace: a copy of its build with each script bracketed by User Timing, so each
 * load records how long the script ran up to its first await (its compiling is not observable this way).
 */
function bracketedFirefoxBuild(): string {
  return rewrittenCopy('.output/firefox-mv2', '.output/bench-bracketed-firefox', [START_SCRIPT, LATER_SCRIPT], (js, file) => {
    const name = JSON.stringify(`${BOOT}${file}`);
    return `performance.mark(${name});\n${js}\n;performance.measure(${name}, ${name});`;
  });
}

/** Until the later script has recorded its last part. */
const lastPartRecorded = (tab: Page) =>
  waitInPage(tab, (name: string) => performance.getEntriesByName(name).length > 0, [LAST_PART], { timeout: 20_000, what: LAST_PART });

/** One load: every finlens:* measure (summed by name), then Readability's parse() on a clone. */
async function timedLoad(session: Session, url: string): Promise<Load | null> {
  const tab = await session.browser.newPage();
  await visit(tab, url);
  // the document_start script has run by now: no attribute, no FinLens on this URL
  if (!(await tab.evaluate(() => document.documentElement.hasAttribute('data-finlens')))) {
    await tab.close();
    return null;
  }
  await lastPartRecorded(tab);
  // each part's time, summed over its slices, and how many slices it took (issue 15: reading the article is sliced)
  const { parts, slices, boot } = await tab.evaluate((bootPrefix: string) => {
    const sums: Record<string, number> = {};
    const counts: Record<string, number> = {};
    const boot: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (e.name.startsWith(bootPrefix)) boot[e.name.slice(bootPrefix.length)] = e.duration;
      if (!e.name.startsWith('finlens:')) continue;
      sums[e.name.slice(8)] = (sums[e.name.slice(8)] ?? 0) + e.duration;
      counts[e.name.slice(8)] = (counts[e.name.slice(8)] ?? 0) + 1;
    }
    return { parts: sums, slices: counts, boot };
  }, BOOT);
  await tab.addScriptTag({ content: readability });
  const theirs = await tab.evaluate(() => {
    const clone = document.cloneNode(true) as Document;
    const t0 = performance.now();
    new (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability(clone).parse();
    return performance.now() - t0;
  });
  await tab.close();
  return { parts, slices, boot, readability: theirs };
}

/** One traced load (Chromium): each content script's EvaluateScript — compiling it and running it to its first await. */
async function startupOf(session: Session, url: string, laterRuns = true): Promise<{ start: Startup; later: Startup }> {
  const traceFile = path.join(os.tmpdir(), `finlens-bench-trace-${process.pid}.json`);
  const tab = await session.browser.newPage();
  await tab.tracing.start({ path: traceFile, categories: ['devtools.timeline'] });
  await visit(tab, url);
  if (laterRuns) await lastPartRecorded(tab);
  // a stand-in for the later script records nothing: the DOM is parsed (visit), then a moment for it to be injected
  else await new Promise((r) => setTimeout(r, 700));
  await tab.tracing.stop();
  await tab.close();
  // dur is wall-clock time; tdur the thread's own time in it
  const { traceEvents } = JSON.parse(fs.readFileSync(traceFile, 'utf8')) as { traceEvents: { name: string; dur?: number; tdur?: number; args?: { data?: { url?: string } } }[] };
  fs.rmSync(traceFile);
  const ours = traceEvents.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(session.extensionOrigin));
  const of = (file: string): Startup => {
    const events = ours.filter((e) => e.args!.data!.url!.endsWith(`/${file}`));
    return { wall: events.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000, cpu: events.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000 };
  };
  return { start: of(START_SCRIPT), later: of(LATER_SCRIPT) };
}

const medianStartup = (all: Startup[]): Startup => ({ wall: median(all.map((s) => s.wall)), cpu: median(all.map((s) => s.cpu)) });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sumOf = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);
const f2 = (n: number | null, width: number) => (n === null ? '—' : n.toFixed(2)).padStart(width);

async function benchBrowser(name: BrowserName) {
  const web = await startFakeWeb(corpusRoutes());
  if (name === 'firefox') process.env.EXT_DIR_FIREFOX = bracketedFirefoxBuild();
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
      const traced: { start: Startup; later: Startup }[] | null = name === 'chromium' ? [] : null;
      const floors: Startup[][] = floorSessions.map(() => []);
      for (let run = 0; traced && run < TRACED_RUNS; run++) {
        traced.push(await startupOf(session, page.url));
        for (const [i, floor] of floorSessions.entries()) {
          const both = await startupOf(floor, page.url, FLOORS[i]!.file !== LATER_SCRIPT);
          floors[i]!.push(FLOORS[i]!.file === START_SCRIPT ? both.start : both.later);
        }
      }
      rows.push({
        file: page.file,
        full: !page.mirror,
        parts: median(loads.map((l) => sumOf(l.parts))),
        readability: median(loads.map((l) => l.readability)),
        start: traced && medianStartup(traced.map((t) => t.start)),
        later: traced && medianStartup(traced.map((t) => t.later)),
        floors: floors.map(medianStartup),
        // Firefox rounds performance.now() to 1 ms: a mean says more than a median of whole milliseconds
        boot: name === 'firefox' ? { start: mean(loads.map((l) => l.boot[START_SCRIPT] ?? 0)), later: mean(loads.map((l) => l.boot[LATER_SCRIPT] ?? 0)) } : null,
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
  const whole = (r: Row) => r.parts + (r.start?.wall ?? 0) + (r.later?.wall ?? 0);
  const traced = rows[0]?.start !== null;
  console.log(`\n${name}: main-thread time per page (ms), median of ${RUNS} loads${traced ? ` (start-up: median of ${TRACED_RUNS} traced loads)` : ''}\n`);
  console.log(`${'page'.padEnd(66)} ${'whole'.padStart(7)} ${'start'.padStart(6)} ${'later'.padStart(6)} ${'parts'.padStart(6)} ${'Readability'.padStart(12)} ${'ratio'.padStart(6)}`);
  for (const r of rows) {
    console.log(`${r.file.padEnd(66)} ${f2(whole(r), 7)} ${f2(r.start?.wall ?? null, 6)} ${f2(r.later?.wall ?? null, 6)} ${f2(r.parts, 6)} ${f2(r.readability, 12)} ${(whole(r) / r.readability).toFixed(3).padStart(6)}`);
  }
  const full = rows.filter((r) => r.full);
  const ours = median(full.map(whole));
  const theirs = median(full.map((r) => r.readability));
  const what = traced ? 'whole cost (start-up of both scripts + every part)' : 'cost of the parts (no start-up: not traced in this browser)';
  console.log(`\n${name}, the ${full.length} full desktop and mobile pages: FinLens's ${what} median ${ours.toFixed(2)} ms (target ≤ ${TARGET.wholeMs} ms), Readability median ${theirs.toFixed(2)} ms`);
  console.log(`  ratio of medians ${(ours / theirs).toFixed(3)}× (target ≤ ${TARGET.ratio}×); median of per-page ratios ${median(full.map((r) => whole(r) / r.readability)).toFixed(3)}×`);
  if (traced) {
    const both = (all: Startup[]) => `${median(all.map((s) => s.wall)).toFixed(2)} ms (main thread's own time ${median(all.map((s) => s.cpu)).toFixed(2)} ms)`;
    console.log(`  start-up at document_start (${START_SCRIPT}, before the first paint) median ${both(full.map((r) => r.start!))} (target ≤ ${TARGET.startMs} ms); the later script's start-up ${both(full.map((r) => r.later!))}`);
    const cpuWhole = median(full.map((r) => r.parts + r.start!.cpu + r.later!.cpu));
    console.log(`  the whole cost with the start-up counted in the main thread's own time: ${cpuWhole.toFixed(2)} ms, ${(cpuWhole / theirs).toFixed(3)}× Readability`);
    for (const file of [START_SCRIPT, LATER_SCRIPT]) {
      const floors = FLOORS.flatMap((f, i) => (f.file === file ? [`${f.what} ${both(full.map((r) => r.floors[i]!))}`] : [])).join('; ');
      console.log(`  the same build with ${file} replaced (same run, median): ${floors}`);
    }
  }
  if (rows[0]?.boot) {
    const withBoot = median(full.map((r) => r.parts + r.boot!.start + r.boot!.later));
    console.log(`  start-up, each script's run up to its first await (User Timing, mean over loads; compiling is not observable in Firefox): ${START_SCRIPT} ${median(full.map((r) => r.boot!.start)).toFixed(2)} ms (target ≤ ${TARGET.startMs} ms), ${LATER_SCRIPT} ${median(full.map((r) => r.boot!.later)).toFixed(2)} ms`);
    console.log(`  the parts with those: ${withBoot.toFixed(2)} ms, ${(withBoot / theirs).toFixed(3)}× Readability (target ≤ ${TARGET.wholeMs} ms and ≤ ${TARGET.ratio}×)`);
  }
  console.log(`  each part, median over every load: ${[...byPart].map(([p, ms]) => `${p} ${median(ms).toFixed(2)} ms`).join(', ')}`);
  const split = readingSlices.filter((n) => n > 1).length;
  console.log(`  reading the article took more than one slice in ${split} of ${readingSlices.length} loads (most slices in one load: ${Math.max(0, ...readingSlices)})`);
}

/** Chromium: the scripts' run time by package, from a profile of one load of each full page (the build with hidden source maps bench:size reads). */
async function byPackage() {
  console.log('\nBuilding the same code with hidden source maps (.output/size-report) …');
  buildSizeReport();
  process.env.EXT_DIR_CHROME = path.relative(PROJECT_ROOT, SIZE_REPORT_DIR);
  const web = await startFakeWeb(corpusRoutes());
  const session = await launch('chromium', web);
  try {
    const full = pages.filter((p) => !p.mirror);
    const ms = await runTimeByPackage(session, SIZE_REPORT_DIR, full.map((p) => p.url), lastPartRecorded);
    const total = [...ms.values()].reduce((a, b) => a + b, 0);
    const shares = [...ms].sort((a, b) => b[1] - a[1]).map(([pkg, t]) => `${pkg} ${(t / full.length).toFixed(2)} ms (${((100 * t) / total).toFixed(0)}%)`);
    console.log(`chromium: the content scripts' run time by package, sampled, mean per load over the ${full.length} full pages (profiling slows it; compiling is not in it: npm run bench:size gives each package's bytes): ${shares.join(', ')}`);
  } finally {
    await session.close();
    await web.close();
  }
}

for (const name of BROWSERS) {
  const { rows, byPart, readingSlices } = await benchBrowser(name);
  report(name, rows, byPart, readingSlices);
}
if (BROWSERS.includes('chromium')) await byPackage();
