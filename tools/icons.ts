// `npx tsx tools/icons.ts`: the toolbar and store icons, rasterised from the one drawing in assets/icon.svg
// by Debian's headless Chromium (puppeteer-core), into public/icons/: <size>.png in colour (the manifest's
// icons and the toolbar on tabs where FinLens is at work) and dim-<size>.png, the same drawing greyed and
// faded (the toolbar elsewhere). The PNGs are committed; run this again after changing the drawing.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ICON_SIZES } from '../utils/toolbar-icon';
import { PROJECT_ROOT } from './lib/project';

const SVG = fs.readFileSync(path.join(PROJECT_ROOT, 'assets/icon.svg'), 'utf8');
const OUT = path.join(PROJECT_ROOT, 'public/icons');
/** The dimmed state: no colour and faded, as browsers draw a disabled action. */
const DIM = 'filter: grayscale(1); opacity: 0.45;';

const page = (size: number, style: string) =>
  `<!doctype html><html><body style="margin:0;background:transparent">` +
  `<img style="display:block;width:${size}px;height:${size}px;${style}" src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}">` +
  `</body></html>`;

fs.mkdirSync(OUT, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND'],
});
try {
  const tab = await browser.newPage();
  for (const size of ICON_SIZES) {
    await tab.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    for (const [prefix, style] of [['', ''], ['dim-', DIM]] as const) {
      await tab.setContent(page(size, style), { waitUntil: 'load' });
      await tab.screenshot({ path: path.join(OUT, `${prefix}${size}.png`) as `${string}.png`, omitBackground: true });
    }
  }
  console.log(`wrote ${fs.readdirSync(OUT).sort().map((f) => `public/icons/${f}`).join(', ')}`);
} finally {
  await browser.close();
}
