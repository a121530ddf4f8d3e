// How much each built entrypoint weighs, gzipped, so the content script that runs on every Sina page
// stays small: it fails (exit 1) when the content script, Preact included, passes its 30 kB budget.
//
//   npm run bench:size                      # after `npx wxt build`; reads .output/chrome-mv3
//   npm run bench:size -- --dir .output/firefox-mv2 --json
//
// An entrypoint's files are what the manifest names (content script js/css, background, popup and options
// pages) plus everything they load: the pages' <script>/<link> tags and, transitively, the chunks a script
// imports statically. Sizes are gzip level 9 of each file, summed; 1 kB = 1000 bytes.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_SCRIPT_BUDGET = 30_000;

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

function parseArgs(argv: string[]): { dir: string; json: boolean } {
  let dir = '.output/chrome-mv3';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i] ?? dir;
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: tsx tools/bench-size.ts [--dir .output/chrome-mv3] [--json]');
      process.exit(0);
    }
  }
  return { dir: path.resolve(dir), json };
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
  const { dir, json } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`bench:size: no build at ${dir} (run \`npx wxt build\` first)`);
    process.exit(2);
  }
  const entries = benchSize(dir);
  const content = entries.filter((e) => e.kind === 'content-script');
  const over = content.filter((e) => e.gzip > CONTENT_SCRIPT_BUDGET);
  if (json) {
    console.log(JSON.stringify({ dir, budget: { contentScript: CONTENT_SCRIPT_BUDGET }, entries, ok: over.length === 0 }, null, 2));
  } else {
    console.log(`Gzipped size of each entrypoint in ${path.relative(process.cwd(), dir) || dir} (gzip -9, 1 kB = 1000 bytes)\n`);
    for (const e of entries) {
      console.log(`${e.name.padEnd(40)} ${kb(e.raw).padStart(10)} raw ${kb(e.gzip).padStart(10)} gzip`);
      for (const f of e.files) console.log(`  ${f.file.padEnd(38)} ${kb(f.raw).padStart(10)}     ${kb(f.gzip).padStart(10)}`);
    }
    console.log('');
    for (const e of content) {
      const verdict = e.gzip > CONTENT_SCRIPT_BUDGET ? 'OVER BUDGET' : 'ok';
      console.log(`${e.name}: ${kb(e.gzip)} (${e.gzip} bytes) of ${kb(CONTENT_SCRIPT_BUDGET)} gzipped: ${verdict}`);
    }
  }
  if (over.length) process.exit(1);
}

main();
