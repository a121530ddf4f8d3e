// Proves the Firefox sources zip (what addons.mozilla.org reviewers get) rebuilds
// to the same extension: unpack it into a temporary folder, build it there with
// the project's own installed packages (same lockfile), and compare every file
// of the result with .output/firefox-mv2 byte for byte. Run by `npm run zip`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, '.output');
const zipFile = fs.readdirSync(out).find((f) => f.endsWith('-sources.zip'));
if (!zipFile) {
  console.error('no *-sources.zip in .output: run `wxt zip -b firefox` first');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'finlens-sources-'));
try {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, zipFile)));
  for (const entry of Object.values(zip.files)) {
    const dest = path.join(tmp, entry.name);
    if (!dest.startsWith(tmp + path.sep)) throw new Error(`unsafe path in zip: ${entry.name}`);
    if (entry.dir) continue;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, await entry.async('nodebuffer'));
  }
  // Reviewers run `npm ci`; the lockfile is in the zip, so the project's own
  // node_modules (installed from the same lockfile) stands in for it here.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: tmp, stdio: 'ignore' });

  const list = (dir) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name)))
      .sort();
  const mine = path.join(out, 'firefox-mv2');
  const theirs = path.join(tmp, '.output/firefox-mv2');
  const a = list(mine);
  const b = list(theirs);
  const differ = [...new Set([...a, ...b])].filter((f) => {
    const x = path.join(mine, f);
    const y = path.join(theirs, f);
    return !fs.existsSync(x) || !fs.existsSync(y) || !fs.readFileSync(x).equals(fs.readFileSync(y));
  });
  if (differ.length) {
    console.error(`sources zip does not rebuild to the same extension; differing files:\n  ${differ.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`sources zip ${zipFile} rebuilds to the same firefox-mv2 build (${a.length} files identical)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
