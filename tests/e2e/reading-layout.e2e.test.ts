// Clean reading reads well, in real headless Chromium and Firefox ESR: on one
// page of every template, at a laptop, a desktop and a phone window, the
// title, date line and body form one centred column of the set width, size and
// line height; the themes paint the page with 7:1 body text; "show original"
// gives back Sina's computed styles exactly; and (Chromium, which reports
// layout-shift entries) the reader's settings move nothing after the first
// contentful paint with the defaults, and at most 0.05 with others.
// One browser session per browser; the templates × viewports loop inside a test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { hasShared, SKIP_NO_SHARED } from '../corpus/shared';
import { artifact, BROWSERS, launch, visit, waitInPage, type Session } from '../../tools/lib/browsers';
import { startFakeWeb, type FakeWeb } from '../../tools/lib/fake-web';
import { isSinaArticleUrl } from '../../utils/sina/detect';
import { BODIES, COLUMN } from '../../utils/sina/reading-css';
import { PALETTES } from '../../utils/reading-themes';
import { luminance, parseCssColor } from '../../utils/stock-ui/page-scheme';
import { DEFAULT_READING, type ReadingSettings } from '../../utils/reading-values';
import { LAYOUT_PAGES, layoutRoutes, measureColumn, storeReading, stylesOnOffWithout, type ColumnMeasure } from './harness/reading';

const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
const PHONE_MARGIN = 16;
// a page load takes 1–3 s on the shared 2-core machine, and a test loads up to 21
const TEST_TIMEOUT = 300_000;
/** Shifts this long after the settings land on <html> are counted as theirs (a few frames). */
const SETTINGS_WINDOW_MS = 300;
const pages = LAYOUT_PAGES.filter((p) => isSinaArticleUrl(p.url));
// 看点 and 财经头条 pages are detected from issue 11 on; until then they are left out here (and said so).
const later = LAYOUT_PAGES.filter((p) => !isSinaArticleUrl(p.url));
if (later.length) console.log(`[reading] not an article on this build yet, not laid out: ${later.map((p) => p.template).join(', ')}`);

/** Opens `url` and waits until the reader's settings are on <html> (written as storage answers). */
async function openReading(session: Session, url: string, viewport: { width: number; height: number }, size: number): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport(viewport);
  await visit(page, url);
  // the first load after the settings were written has them: no second chance here
  await waitInPage(page, (px: string) => document.documentElement.getAttribute('data-finlens') === 'on' && document.documentElement.style.getPropertyValue('--finlens-size') === px, [`${size}px`], {
    what: `clean reading with the reader’s settings on ${url}`,
    timeout: 20_000,
  });
  return page;
}

/** What is wrong with a measured column, as readable lines (empty when all is as set). */
function layoutProblems(m: ColumnMeasure | null, r: ReadingSettings): string[] {
  if (!m) return ['no visible body paragraph'];
  const out: string[] = [];
  const phone = m.viewport < r.width * r.size + 2 * PHONE_MARGIN;
  if (phone) {
    if (Math.abs(m.paragraphWidth - (m.viewport - 2 * PHONE_MARGIN)) > 2) out.push(`phone paragraph ${m.paragraphWidth}px, window ${m.viewport}px`);
  } else if (Math.abs(m.chars - r.width) > 2) out.push(`${m.chars.toFixed(1)} characters a line, set ${r.width}`);
  if (m.fontSize !== r.size) out.push(`text ${m.fontSize}px, set ${r.size}px`);
  if (Math.abs(m.lineHeight - r.size * r.lineHeight) > 0.5) out.push(`line height ${m.lineHeight}px, set ${r.lineHeight}`);
  for (const c of m.offCentre) if (c.off > 8) out.push(`${c.el} off centre by ${c.off.toFixed(1)}px`);
  if (m.overflowing.length) out.push(`column content wider than the column or the window: ${m.overflowing.join(' ')}`);
  if (m.badImages.length) out.push(`images too wide or upscaled: ${m.badImages.join(' ')}`);
  if (m.clippedTables) out.push(`${m.clippedTables} wide tables clipped`);
  if (m.strayTriggers) out.push(`${m.strayTriggers} stock triggers outside the column`);
  return out;
}

const contrast = (a: string, b: string) => {
  const [la, lb] = [parseCssColor(a), parseCssColor(b)].map((c) => luminance(c ?? [0, 0, 0]));
  return (Math.max(la!, lb!) + 0.05) / (Math.min(la!, lb!) + 0.05);
};

describe.skipIf(!hasShared).each(BROWSERS)('%s', (name) => {
  let web: FakeWeb;
  let session: Session;
  beforeAll(async () => {
    web = await startFakeWeb(layoutRoutes());
    session = await launch(name, web);
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it.each([
    ['the defaults', DEFAULT_READING],
    ['a large, narrow, airy column', { ...DEFAULT_READING, size: 22, width: 30, lineHeight: 2.1, font: 'serif' as const }],
  ])('lays out every template at every window size with %s', async (_what, reading) => {
    await storeReading(session, reading);
    const problems: string[] = [];
    for (const p of pages) {
      for (const viewport of VIEWPORTS) {
        const page = await openReading(session, p.url, viewport, reading.size);
        const m = await page.evaluate(measureColumn, COLUMN, BODIES);
        for (const line of layoutProblems(m, reading)) problems.push(`${p.template} ${viewport.width}×${viewport.height}: ${line}`);
        if (m?.pageOverflowX) console.log(`[reading] ${name} ${p.template} ${viewport.width}: Sina's chrome outside the column is wider than the window`);
        if (reading === DEFAULT_READING && p.template === 'mirror-shell') {
          await page.screenshot({ path: artifact(`${name}-reading-${viewport.width === 390 ? 'phone' : `light-${viewport.width}`}.png`) });
        }
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  }, TEST_TIMEOUT);

  it.each(['light', 'sepia', 'dark'] as const)('paints the page in the %s theme with body text at 7:1 or better', async (theme) => {
    await storeReading(session, { theme });
    const problems: string[] = [];
    for (const p of pages) {
      const page = await openReading(session, p.url, VIEWPORTS[0]!, DEFAULT_READING.size);
      const seen = await page.evaluate((bodies: string[]) => {
        const body = bodies.map((s) => document.querySelector(s)).find(Boolean)!;
        const para = body.querySelector('p') ?? body;
        const link = document.querySelector('a.keyword, #artibody a, .article a');
        const img = body.querySelector('img');
        return {
          background: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(para).color,
          link: link ? getComputedStyle(link).color : null,
          imgFilter: img ? getComputedStyle(img).filter : null,
        };
      }, BODIES);
      const palette = PALETTES[theme];
      const ratio = contrast(seen.text, seen.background);
      if (ratio < 7) problems.push(`${p.template}: body text contrast ${ratio.toFixed(2)}:1`);
      const expectedBg = parseCssColor(seen.background)?.join();
      if (expectedBg !== hexToRgb(palette.background)) problems.push(`${p.template}: background ${seen.background}, theme ${palette.background}`);
      if (seen.link && seen.link.replace(/\s/g, '') !== `rgb(${hexToRgb(palette.link)})`) problems.push(`${p.template}: link ${seen.link}`);
      if (seen.imgFilter !== null && (theme === 'dark') !== seen.imgFilter.startsWith('brightness')) problems.push(`${p.template}: image filter ${seen.imgFilter}`);
      if (p.template === 'mirror-shell') await page.screenshot({ path: artifact(`${name}-reading-${theme}.png`) });
      await page.close();
    }
    expect(problems).toEqual([]);
  }, TEST_TIMEOUT);

  it('"show original" gives back the computed styles of the title, paragraphs and containers exactly', async () => {
    await storeReading(session, { size: 22, width: 30, theme: 'sepia', font: 'sans' });
    const changed: string[] = [];
    for (const p of pages) {
      const page = await openReading(session, p.url, VIEWPORTS[0]!, 22);
      const { on, off, without } = await page.evaluate(stylesOnOffWithout, [...COLUMN, 'body']);
      expect(on, `${p.template}: clean reading changes the layout`).not.toEqual(without);
      off.forEach((style, i) => {
        if (style !== without[i]) changed.push(`${p.template} element ${i}: ${diff(style, without[i]!)}`);
      });
      await page.close();
    }
    expect(changed).toEqual([]);
  }, TEST_TIMEOUT);

  it.runIf(name === 'chromium').each([
    ['the defaults', DEFAULT_READING, 0],
    ['other settings', { ...DEFAULT_READING, size: 22, width: 30, lineHeight: 2, font: 'serif' as const, theme: 'dark' as const }, 0.05],
  ])('layout shift after the first contentful paint with %s', async (_what, reading, limit) => {
    await storeReading(session, reading);
    const figures: string[] = [];
    let worst = 0;
    for (const p of pages) {
      for (const viewport of [VIEWPORTS[0]!, VIEWPORTS[2]!]) {
        const page = await session.browser.newPage();
        await page.setViewport(viewport);
        await page.evaluateOnNewDocument(() => {
          const w = window as unknown as { __shifts: { t: number; v: number }[]; __settingsAt: number[] };
          w.__shifts = [];
          w.__settingsAt = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shifts.push({ t: e.startTime, v: e.value });
          }).observe({ type: 'layout-shift', buffered: true });
          // each time the reader's layout on <html> changes (the document_start script writes the stored
          // one as storage answers; the later script writes the schema-checked one, normally the same)
          const root = document.documentElement;
          let last = '';
          new MutationObserver(() => {
            const now = ['--finlens-size', '--finlens-measure', '--finlens-line-height'].map((p) => root.style.getPropertyValue(p)).join();
            if (now !== last) w.__settingsAt.push(performance.now());
            last = now;
          }).observe(root, { attributes: true, attributeFilter: ['style'] });
        });
        await visit(page, p.url);
        await waitInPage(page, (px: string) => document.documentElement.style.getPropertyValue('--finlens-size') === px, [`${reading.size}px`], { what: 'the settings', timeout: 45_000 });
        await new Promise((r) => setTimeout(r, 500));
        const { shift, total, before } = await page.evaluate((windowMs: number) => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
          const w = window as unknown as { __shifts: { t: number; v: number }[]; __settingsAt: number[] };
          const after = w.__shifts.filter((s) => s.t > fcp);
          const sum = (list: { v: number }[]) => list.reduce((a, s) => a + s.v, 0);
          const landed = w.__settingsAt.filter((t) => t > fcp);
          return {
            // shifts after the first contentful paint in the frames that follow a change of the layout after it
            shift: sum(after.filter((s) => landed.some((t) => s.t >= t && s.t <= t + windowMs))),
            // every shift after it, whatever its cause (the triggers FinLens mounts, images, the page's scripts)
            total: sum(after),
            before: landed.length === 0,
          };
        }, SETTINGS_WINDOW_MS);
        worst = Math.max(worst, shift);
        figures.push(`${p.template} ${viewport.width}: ${shift.toFixed(4)} (all shifts after FCP ${total.toFixed(4)}; settings ${before ? 'before' : 'after'} FCP)`);
        await page.close();
      }
    }
    console.log(`[reading] layout shift after FCP with ${_what}: worst ${worst.toFixed(4)}\n  ${figures.join('\n  ')}`);
    expect(worst).toBeLessThanOrEqual(limit);
  }, TEST_TIMEOUT);
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].join();
}

function diff(a: string, b: string): string {
  const left = new Map(a.split(';').map((kv) => [kv.slice(0, kv.indexOf(':')), kv] as const));
  return b
    .split(';')
    .filter((kv) => left.get(kv.slice(0, kv.indexOf(':'))) !== kv)
    .slice(0, 5)
    .map((kv) => `${left.get(kv.slice(0, kv.indexOf(':')))} vs ${kv}`)
    .join(', ');
}

if (!hasShared) describe.skip(`reading layout end-to-end: ${SKIP_NO_SHARED}`, () => {});
