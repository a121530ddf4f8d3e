// How much each built entrypoint weighs, gzipped, and the budget of what a Sina page loads. It builds
// the Chrome extension with hidden source maps into .output/size-report (the code is byte for byte the
// normal build's) and attributes the content scripts' bytes to the packages they come from. Budget: every
// content-script byte a page can load — each script and stylesheet the manifest lists for the page, and
// each script they can load later (web-accessible scripts) — every package included, ≤ 30 kB gzipped:
// exit 1 above it. The document_start part is shown on its own (issue 12: ≤ 2 kB).
//
//   npm run bench:size                      # builds, then reads .output/size-report/chrome-mv3
//   npm run bench:size -- --dir .output/firefox-mv2 --json     # an existing build, no breakdown
//
// An entrypoint's files are what the manifest names (content script js/css, background, popup and options
// pages) plus everything they load: the pages' <script>/<link> tags and, transitively, the chunks a script
// imports statically. Sizes are gzip level 9 of each file, summed; 1 kB = 1000 bytes.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { buildSizeReport, packageOf, SIZE_REPORT_DIR } from './lib/size-report';

const CONTENT_SCRIPT_BUDGET = 30_000;
const DOCUMENT_START_BUDGET = 2_000;

type Manifest = {
  content_scripts?: { js?: string[]; css?: string[]; run_at?: string }[];
  web_accessible_resources?: (string | { resources?: string[] })[];
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
};

type FileSize = { file: string; raw: number; gzip: number };
type Entry = { name: string; kind: 'content-script' | 'background' | 'popup' | 'options'; files: FileSize[]; raw: number; gzip: number; runAt?: string };

function parseArgs(argv: string[]): { dir: string | null; json: boolean } {
  let dir: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i] ?? dir;
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: tsx tools/bench-size.ts [--dir .output/chrome-mv3] [--json]');
      process.exit(0);
    }
  }
  return { dir: dir && path.resolve(dir), json };
}

/** The package (or 'FinLens') each byte of a built script comes from, by its hidden source map. */
function bytesByPackage(file: string): Map<string, string> {
  const code = fs.readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const mappings: { line: number; column: number; source: string | null }[] = [];
  map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  const parts = new Map<string, string>();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.line - 1] ?? '';
    const end = next && next.line === m.line ? next.column : line.length;
    const pkg = packageOf(m.source) ?? 'bundler runtime and CSS';
    parts.set(pkg, (parts.get(pkg) ?? '') + line.slice(m.column, end));
  });
  return parts;
}

/** What each package adds to the gzipped scripts: for each file, the whole minus the whole without that package, summed. */
function packageShares(files: string[]): { pkg: string; raw: number; gzip: number }[] {
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const shares = new Map<string, { raw: number; gzip: number }>();
  for (const file of files) {
    const parts = bytesByPackage(file);
    const total = gz([...parts.values()].join(''));
    for (const [pkg, code] of parts) {
      const without = gz([...parts].filter(([p]) => p !== pkg).map(([, c]) => c).join(''));
      const share = shares.get(pkg) ?? { raw: 0, gzip: 0 };
      shares.set(pkg, { raw: share.raw + code.length, gzip: share.gzip + total - without });
    }
  }
  return [...shares].map(([pkg, s]) => ({ pkg, ...s })).sort((x, y) => y.raw - x.raw);
}

/** A manifest path ('/chunks/a.js', 'popup.html') as a path relative to the output folder. */
const clean = (p: string) => p.replace(/^\//, '').split(/[?#]/)[0]!;

/** The files a page or script loads: script/link tags of HTML, static imports of JS, transitively. */
function closure(root: string, start: string[]): string[] {
  const seen = new Set<string>();
  const queue = start.map(clean);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    seen.add(file);
    const text = fs.readFileSync(full, 'utf8');
    const refs: string[] = [];
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)) refs.push(m[1]!);
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) refs.push(m[1]!);
    }
    for (const ref of refs) {
      if (/^[a-z]+:/i.test(ref)) continue; // an absolute URL is not part of the package
      queue.push(ref.startsWith('/') ? clean(ref) : clean(path.posix.join(path.posix.dirname(file), ref)));
    }
  }
  return [...seen];
}

function measure(root: string, files: string[]): FileSize[] {
  return files.map((file) => {
    const bytes = fs.readFileSync(path.join(root, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

function entry(root: string, name: string, kind: Entry['kind'], start: string[]): Entry {
  const files = measure(root, closure(root, start));
  return { name, kind, files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip') };
}

const sum = (files: FileSize[], key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Scripts a content script can load later: the web-accessible ones (MV3 objects or MV2 strings). */
const webAccessibleScripts = (manifest: Manifest) =>
  (manifest.web_accessible_resources ?? []).flatMap((r) => (typeof r === 'string' ? [r] : (r.resources ?? []))).filter((f) => f.endsWith('.js'));

function benchSize(dir: string): Entry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entries: Entry[] = [];
  for (const cs of manifest.content_scripts ?? []) {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const name = files[0] ? path.posix.basename(files[0]).replace(/\.\w+$/, '') : '?';
    entries.push({ ...entry(dir, `content script ${name}`, 'content-script', files), runAt: cs.run_at ?? 'document_idle' });
  }
  for (const file of webAccessibleScripts(manifest)) {
    entries.push({ ...entry(dir, `content script ${path.posix.basename(file, '.js')}`, 'content-script', [file]), runAt: 'loaded later' });
  }
  const bg = manifest.background;
  const bgFiles = [bg?.service_worker, ...(bg?.scripts ?? []), bg?.page].filter((f): f is string => !!f);
  if (bgFiles.length) entries.push(entry(dir, 'background', 'background', bgFiles));
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) entries.push(entry(dir, 'popup', 'popup', [popup]));
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) entries.push(entry(dir, 'options', 'options', [options]));
  return entries;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.dir) {
    console.error('Building the Chrome extension with hidden source maps (.output/size-report) …');
    buildSizeReport();
  }
  const dir = args.dir ?? SIZE_REPORT_DIR;
  const json = args.json;
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`bench:size: no build at ${dir} (run \`npx wxt build\` first)`);
    process.exit(2);
  }
  const entries = benchSize(dir);
  // The budget is the whole: every content-script file a page can load, each counted once.
  const files = new Map<string, FileSize>();
  for (const e of entries.filter((e) => e.kind === 'content-script')) for (const f of e.files) files.set(f.file, f);
  const total = sum([...files.values()], 'gzip');
  const startFiles = new Set(entries.filter((e) => e.runAt === 'document_start').flatMap((e) => e.files.filter((f) => f.file.endsWith('.js')).map((f) => f.file)));
  const documentStart = sum([...files.values()].filter((f) => startFiles.has(f.file)), 'gzip');
  const scripts = [...files.keys()].filter((f) => f.endsWith('.js') && fs.existsSync(path.join(dir, `${f}.map`)));
  const shares = packageShares(scripts.map((f) => path.join(dir, f)));
  const ok = total <= CONTENT_SCRIPT_BUDGET && documentStart <= DOCUMENT_START_BUDGET;
  if (json) {
    console.log(JSON.stringify({ dir, budget: { contentScripts: CONTENT_SCRIPT_BUDGET, documentStart: DOCUMENT_START_BUDGET }, entries, contentScripts: { gzip: total, documentStart, shares }, ok }, null, 2));
  } else {
    console.log(`Gzipped size of each entrypoint in ${path.relative(process.cwd(), dir) || dir} (gzip -9, 1 kB = 1000 bytes)\n`);
    for (const e of entries) {
      console.log(`${`${e.name}${e.runAt ? ` (${e.runAt})` : ''}`.padEnd(48)} ${kb(e.raw).padStart(10)} raw ${kb(e.gzip).padStart(10)} gzip`);
      for (const f of e.files) console.log(`  ${f.file.padEnd(46)} ${kb(f.raw).padStart(10)}     ${kb(f.gzip).padStart(10)}`);
    }
    if (shares.length) {
      console.log(`\nContent scripts, by package (what each adds to the gzipped scripts; the stylesheet is FinLens's too):`);
      for (const s of shares) console.log(`  ${s.pkg.padEnd(46)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
    }
    const verdict = (n: number, budget: number) => `${kb(n)} of ${kb(budget)}: ${n > budget ? 'OVER BUDGET' : 'ok'}`;
    console.log(`\nAt document_start: ${verdict(documentStart, DOCUMENT_START_BUDGET)} (scripts; the stylesheet is the manifest's)`);
    console.log(`All content-script bytes a page can load, every package included: ${verdict(total, CONTENT_SCRIPT_BUDGET)}`);
  }
  if (!ok) process.exit(1);
}

main();
