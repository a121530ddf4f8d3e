// How much each built entrypoint weighs, gzipped, so the content script that runs on Sina pages stays
// small. It builds the Chrome extension with hidden source maps into .output/size-report (the code is
// byte for byte the normal build's) and attributes the content script's bytes to the packages they come
// from. Budget: FinLens's own code plus Preact ≤ 30 kB gzipped. zod (the message and settings schemas)
// and webextension-polyfill are required by the project's stack and are reported on top: exit 1 when the
// budget is passed.
//
//   npm run bench:size                      # builds, then reads .output/size-report/chrome-mv3
//   npm run bench:size -- --dir .output/firefox-mv2 --json     # an existing build, no breakdown
//
// An entrypoint's files are what the manifest names (content script js/css, background, popup and options
// pages) plus everything they load: the pages' <script>/<link> tags and, transitively, the chunks a script
// imports statically. Sizes are gzip level 9 of each file, summed; 1 kB = 1000 bytes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { PROJECT_ROOT } from './lib/project';

const CONTENT_SCRIPT_BUDGET = 30_000;
/** Packages the stack requires in every context that talks or stores: counted apart from the budget. */
const STACK_PACKAGES = ['zod', 'webextension-polyfill'];
const REPORT_DIR = path.join(PROJECT_ROOT, '.output/size-report/chrome-mv3');

type Manifest = {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
};

type FileSize = { file: string; raw: number; gzip: number };
type Entry = { name: string; kind: 'content-script' | 'background' | 'popup' | 'options'; files: FileSize[]; raw: number; gzip: number };

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
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m.source ?? '')?.[1] ?? (m.source ? 'FinLens' : 'bundler runtime and CSS');
    parts.set(pkg, (parts.get(pkg) ?? '') + line.slice(m.column, end));
  });
  return parts;
}

/** What each package adds to the gzipped script: the whole, minus the whole without that package. */
function packageShares(file: string): { pkg: string; raw: number; gzip: number }[] {
  const parts = bytesByPackage(file);
  const gz = (s: string) => gzipSync(s, { level: 9 }).length;
  const all = [...parts.values()].join('');
  const total = gz(all);
  return [...parts.entries()]
    .map(([pkg, code]) => ({ pkg, raw: code.length, gzip: total - gz([...parts].filter(([p]) => p !== pkg).map(([, c]) => c).join('')) }))
    .sort((a, b) => b.raw - a.raw);
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

function benchSize(dir: string): Entry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entries: Entry[] = [];
  for (const cs of manifest.content_scripts ?? []) {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const name = files[0] ? path.posix.basename(files[0]).replace(/\.\w+$/, '') : '?';
    entries.push(entry(dir, `content script ${name}`, 'content-script', files));
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
    execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FINLENS_SIZE_REPORT: '1' } });
  }
  const dir = args.dir ?? REPORT_DIR;
  const json = args.json;
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`bench:size: no build at ${dir} (run \`npx wxt build\` first)`);
    process.exit(2);
  }
  const entries = benchSize(dir);
  const content = entries.filter((e) => e.kind === 'content-script');
  // Budget: everything but the stack's required packages (when a source map tells them apart).
  const budgets = content.map((e) => {
    const js = e.files.find((f) => f.file.endsWith('.js'));
    const mapped = js && fs.existsSync(path.join(dir, `${js.file}.map`));
    const shares = mapped ? packageShares(path.join(dir, js.file)) : [];
    const stack = shares.filter((s) => STACK_PACKAGES.includes(s.pkg)).reduce((n, s) => n + s.gzip, 0);
    return { entry: e, shares, stack, counted: e.gzip - stack };
  });
  const over = budgets.filter((b) => b.counted > CONTENT_SCRIPT_BUDGET);
  if (json) {
    console.log(JSON.stringify({ dir, budget: { contentScript: CONTENT_SCRIPT_BUDGET, excludes: STACK_PACKAGES }, entries, budgets: budgets.map((b) => ({ name: b.entry.name, gzip: b.entry.gzip, stack: b.stack, counted: b.counted, shares: b.shares })), ok: over.length === 0 }, null, 2));
  } else {
    console.log(`Gzipped size of each entrypoint in ${path.relative(process.cwd(), dir) || dir} (gzip -9, 1 kB = 1000 bytes)\n`);
    for (const e of entries) {
      console.log(`${e.name.padEnd(40)} ${kb(e.raw).padStart(10)} raw ${kb(e.gzip).padStart(10)} gzip`);
      for (const f of e.files) console.log(`  ${f.file.padEnd(38)} ${kb(f.raw).padStart(10)}     ${kb(f.gzip).padStart(10)}`);
    }
    for (const { entry: e, shares, stack, counted } of budgets) {
      console.log('');
      if (shares.length) {
        console.log(`${e.name}, by package (what each adds to the gzipped whole):`);
        for (const s of shares) console.log(`  ${s.pkg.padEnd(38)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
        console.log(`  required by the stack (${STACK_PACKAGES.join(', ')}): ${kb(stack)} gzipped, outside the budget`);
      }
      const verdict = counted > CONTENT_SCRIPT_BUDGET ? 'OVER BUDGET' : 'ok';
      console.log(`${e.name}: ${kb(e.gzip)} gzipped in all; FinLens with Preact ${kb(counted)} of ${kb(CONTENT_SCRIPT_BUDGET)}: ${verdict}`);
    }
  }
  if (over.length) process.exit(1);
}

main();
