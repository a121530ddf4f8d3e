// Clean reading mechanics on a hand-written page, with real CSS evaluation
// (happy-dom): the stylesheet, the attribute gates, structural marks, the
// MutationObserver and its bounds, and dispose() leaving the page as it was.
import { afterEach, describe, expect, test } from 'vitest';
import { readArticle, type Article } from '@/utils/sina/article';
import { boilerplateRules, structuralRules, whyHidden } from '@/utils/sina/boilerplate-rules';
import { CATEGORIES } from '@/utils/sina/categories';
import {
  boilerplateCss,
  DEFAULT_KEEP,
  HIDE_ATTR,
  installCleaning,
  installManifestCleaning,
  KEEP_ATTR,
  STATE_ATTR,
  STYLE_ID,
  STYLESHEET_FILE,
  type Cleaning,
} from '@/utils/sina/clean';
import { manifestStylesheet } from '@/utils/sina/stylesheet';
import { fixture, parseHappyDom, parseLinkedom, protectedElements, snapshot, type HappyPage } from './load-page';

const URL = 'https://finance.sina.com.cn/stock/s/2024-01-02/doc-iabcdefg1234567.shtml';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let page: HappyPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function open(html = fixture('finance-desktop-stocks.html')): { page: HappyPage; article: Article } {
  page = parseHappyDom(html, URL);
  return { page, article: readArticle(page.doc, URL)! };
}
const $ = (sel: string) => page!.doc.querySelector(sel)!;

describe('boilerplateCss', () => {
  const css = boilerplateCss();
  const lines = css.split('\n');

  test('per category, one rule with its simple selectors in one :is() and one rule per selector with a combinator, each gated by data-finlens="on" and the category', () => {
    const categories = new Set(boilerplateRules.map((r) => r.category));
    const structural = new Set(structuralRules.map((r) => r.category));
    const combined = (s: string) => /[\s>+~]/.test(s.replace(/\[[^\]]*\]/g, ''));
    const selectors = boilerplateRules.flatMap((r) => r.selectors);
    expect(lines).toHaveLength(categories.size + selectors.filter(combined).length + structural.size);
    for (const line of lines) {
      expect(line).toMatch(/^html\[data-finlens="on"\]:not\(\[data-finlens-keep~="[a-z-]+"\]\) .+\{display:none!important\}$/);
    }
    const gated = (category: string, selector: string) =>
      `html[data-finlens="on"]:not([data-finlens-keep~="${category}"]) ${selector}:not([data-finlens-spare]){display:none!important}`;
    for (const category of categories) {
      const own = boilerplateRules.filter((r) => r.category === category).flatMap((r) => r.selectors);
      expect(lines, category).toContain(gated(category, `:is(${own.filter((s) => !combined(s)).join(',')})`));
      for (const s of own.filter(combined)) expect(lines, s).toContain(gated(category, s));
    }
  });

  test('the build writes this stylesheet and lists it with the content script (wxt.config.ts)', async () => {
    type Hooks = {
      'build:publicAssets': (wxt: unknown, files: { relativeDest: string; contents?: string }[]) => void;
      'build:manifestGenerated': (wxt: unknown, manifest: { content_scripts?: { js?: string[]; css?: string[] }[] }) => void;
    };
    const { hooks } = (await import('../../../wxt.config')).default as { hooks: Hooks };
    const files: { relativeDest: string; contents?: string }[] = [];
    hooks['build:publicAssets'](null, files);
    // clean reading's rules, then the inline quotes' colours (utils/sina/stylesheet.ts)
    expect(files).toEqual([{ relativeDest: STYLESHEET_FILE, contents: manifestStylesheet() }]);
    expect(manifestStylesheet().startsWith(`${css}\n`)).toBe(true);
    const manifest: { content_scripts: { js?: string[]; css?: string[] }[] } = { content_scripts: [{ js: ['content-scripts/article.js'] }] };
    hooks['build:manifestGenerated'](null, manifest);
    expect(manifest.content_scripts[0]!.css).toEqual([STYLESHEET_FILE]);
  });

  test('every selector is one selector (no comma list) that both test DOMs can parse', () => {
    const doc = parseLinkedom('<html><body></body></html>');
    for (const rule of boilerplateRules) {
      for (const s of rule.selectors) {
        expect(s.replace(/\([^)]*\)|\[[^\]]*\]/g, ''), `${rule.id}: "${s}"`).not.toContain(',');
        expect(() => doc.querySelectorAll(s), s).not.toThrow();
      }
    }
  });

  test('every rule has a category, selectors and a why', () => {
    const ids = new Set<string>();
    for (const rule of [...boilerplateRules, ...structuralRules]) {
      expect(CATEGORIES).toContain(rule.category);
      expect(whyHidden[rule.id]?.length ?? 0, rule.id).toBeGreaterThan(10);
      expect(ids.has(rule.id), `duplicate rule id ${rule.id}`).toBe(false);
      ids.add(rule.id);
    }
    for (const rule of boilerplateRules) expect(rule.selectors.length, rule.id).toBeGreaterThan(0);
    expect(Object.keys(whyHidden).sort(), 'a why for a rule that is not there').toEqual([...ids].sort());
  });
});

describe('installCleaning', () => {
  test('sets the attributes and injects the stylesheet; boilerplate hides, the article stays', () => {
    const { page, article } = open();
    const cleaning = installCleaning(page.doc);
    cleaning.markStructure(article);
    const html = page.doc.documentElement;
    expect(html.getAttribute(STATE_ATTR)).toBe('on');
    expect(html.getAttribute(KEEP_ATTR)).toBe(DEFAULT_KEEP.join(' '));
    expect(page.doc.getElementById(STYLE_ID)?.parentElement).toBe(html);
    for (const el of protectedElements(article)) expect(page.visible(el), el.outerHTML.slice(0, 60)).toBe(true);
    for (const sel of ['ins.sinaads', '.page-tools', '.appendQr_wrap', '.article-editor', '.sina-comment-wrap', '.article-content-right', '.sina-header', 'blockquote', 'iframe']) {
      expect(page.display($(sel)), sel).toBe('none');
    }
    // Shown by default: the disclaimer between the 总声明 comments (marked, not hidden).
    const disclaimer = page.doc.querySelector(`[${HIDE_ATTR}~="disclaimer"]`)!;
    expect(disclaimer.textContent).toContain('免责声明');
    expect(page.display(disclaimer)).not.toBe('none');
    // The sticky top bar holds the date and source: its tools go, the bar stays.
    expect(page.visible($('#top_bar .date-source'))).toBe(true);
  });

  test('"show original" and per-category toggles: the CSS of each state, evaluated for real', async () => {
    // happy-dom caches selector matches and misses attribute flips on <html>, so each state gets a fresh page.
    const displayIn = async (state: Parameters<typeof installCleaning>[1], selectors: string[]) => {
      const { page, article } = open();
      installCleaning(page.doc, state).markStructure(article);
      const out = selectors.map((sel) => page.display($(sel)));
      await page.close();
      return out;
    };
    const probes = ['.top-ad ins.sinaads', 'blockquote', '.page-tools', `[${HIDE_ATTR}~="disclaimer"]`];
    expect(await displayIn({ enabled: false }, probes)).not.toContain('none');
    expect((await displayIn({ keep: ['ads', 'app-promo'] }, probes)).map((d) => d === 'none')).toEqual([false, false, true, true]);
  });

  test('update() flips the attributes, and the stylesheet follows them', () => {
    const doc = parseLinkedom(fixture('finance-desktop-stocks.html'));
    const cleaning = installCleaning(doc);
    cleaning.markStructure(readArticle(doc, URL)!);
    const gated = boilerplateCss()
      .split('\n')
      .map((line) => line.slice(0, line.indexOf('{')));
    const hiddenEl = (el: Element | null) => {
      for (let n = el; n; n = n.parentElement) if (gated.some((g) => n!.matches(g))) return true;
      return false;
    };
    const hidden = (sel: string) => hiddenEl(doc.querySelector(sel));
    const html = doc.documentElement;
    expect([hidden('.page-tools'), hidden('blockquote'), hidden('.article-editor'), hidden(`[${HIDE_ATTR}~="disclaimer"]`)]).toEqual([true, true, true, false]);
    cleaning.update({ enabled: false });
    expect(html.getAttribute(STATE_ATTR)).toBe('off');
    expect([hidden('.page-tools'), hidden('blockquote'), hidden('.article-editor')]).toEqual([false, false, false]);
    cleaning.update({ enabled: true, keep: ['editor', 'share'] });
    expect(html.getAttribute(KEEP_ATTR)).toBe('editor share');
    expect([hidden('.page-tools'), hidden('blockquote'), hidden('.article-editor'), hidden(`[${HIDE_ATTR}~="disclaimer"]`)]).toEqual([false, true, false, true]);
    cleaning.update({ keep: [] });
    for (const el of protectedElements(readArticle(doc, URL)!)) expect(hiddenEl(el)).toBe(false);
  });

  test.each([
    ['installCleaning(…, { stylesheetInManifest: true })', (doc: Document) => installCleaning(doc, {}, { stylesheetInManifest: true })],
    ['installManifestCleaning (the content script)', (doc: Document) => installManifestCleaning(doc, {})],
  ])('with the stylesheet in the manifest, %s adds nothing to the DOM but the attributes, and takes them back', (_name, install) => {
    const { page, article } = open();
    const before = page.doc.documentElement.outerHTML;
    const cleaning = install(page.doc);
    expect(page.doc.getElementById(STYLE_ID)).toBeNull();
    expect(page.doc.documentElement.getAttribute(STATE_ATTR)).toBe('on');
    expect(cleaning.markStructure(article)).toBeGreaterThan(0);
    cleaning.dispose();
    expect(page.doc.documentElement.outerHTML).toBe(before);
  });

  test('can start at document_start, before <head> exists', () => {
    page = parseHappyDom('', URL);
    const html = page.doc.documentElement;
    while (html.firstChild) html.firstChild.remove();
    const cleaning = installCleaning(page.doc);
    expect(html.firstElementChild?.id).toBe(STYLE_ID);
    cleaning.dispose();
    expect(html.childNodes.length).toBe(0);
  });

  test('dispose() leaves the page exactly as it was: no attribute, no style, no marks', () => {
    const { page, article } = open();
    const before = snapshot(page.doc);
    const cleaning = installCleaning(page.doc, { keep: [] });
    expect(cleaning.markStructure(article)).toBeGreaterThan(0);
    cleaning.observe();
    cleaning.dispose();
    expect(snapshot(page.doc)).toBe(before);
    cleaning.update({ enabled: true }); // after dispose: no effect
    expect(snapshot(page.doc)).toBe(before);
  });
});

describe('late content (MutationObserver)', () => {
  let cleaning: Cleaning;

  test('ads inserted later are hidden by the live CSS; late promo blocks outside the body get marked', async () => {
    const { page, article } = open();
    cleaning = installCleaning(page.doc);
    cleaning.markStructure(article);
    cleaning.observe();
    const ad = page.doc.createElement('ins');
    ad.className = 'sinaads';
    page.doc.body.appendChild(ad);
    const promo = page.doc.createElement('div');
    const quote = page.doc.createElement('blockquote');
    quote.textContent = '炒股就看金麒麟分析师研报';
    promo.appendChild(quote);
    $('.article-content-left').appendChild(promo);
    await flush();
    expect(page.display(ad)).toBe('none');
    expect(quote.getAttribute(HIDE_ATTR)).toBe('app-promo');
    expect(page.display(quote)).toBe('none');
    cleaning.dispose();
  });

  test('mutations inside the article body are ignored (quote scripts rewrite it constantly), except ad containers', async () => {
    const { page, article } = open();
    cleaning = installCleaning(page.doc);
    cleaning.markStructure(article);
    cleaning.observe();
    const inBody = page.doc.createElement('blockquote');
    inBody.textContent = '炒股就看金麒麟';
    article.body.appendChild(inBody);
    const slot = page.doc.createElement('div');
    slot.className = 'otherContent_01';
    article.body.appendChild(slot);
    const inSlot = page.doc.createElement('blockquote');
    inSlot.textContent = '炒股就看金麒麟';
    await flush();
    slot.appendChild(inSlot);
    await flush();
    expect(inBody.hasAttribute(HIDE_ATTR)).toBe(false);
    expect(inSlot.getAttribute(HIDE_ATTR)).toBe('app-promo');
    cleaning.dispose();
  });

  test("the page removing FinLens's style or attributes gets them back, a bounded number of times", async () => {
    const { page } = open();
    cleaning = installCleaning(page.doc);
    cleaning.observe(undefined, { repairs: 2 });
    const html = page.doc.documentElement;
    for (let i = 0; i < 2; i++) {
      page.doc.getElementById(STYLE_ID)!.remove();
      html.removeAttribute(STATE_ATTR);
      await flush();
      expect(page.doc.getElementById(STYLE_ID)).not.toBeNull();
      expect(html.getAttribute(STATE_ATTR)).toBe('on');
    }
    page.doc.getElementById(STYLE_ID)!.remove();
    await flush();
    expect(page.doc.getElementById(STYLE_ID), 'no tug of war after the repair budget').toBeNull();
    cleaning.dispose();
  });

  test('stops after its element budget, and when its signal aborts', async () => {
    const { page } = open();
    cleaning = installCleaning(page.doc);
    cleaning.observe(undefined, { elementsTotal: 5 });
    const burst = page.doc.createElement('div');
    for (let i = 0; i < 10; i++) burst.appendChild(page.doc.createElement('span'));
    page.doc.body.appendChild(burst);
    await flush();
    const late = page.doc.createElement('blockquote');
    late.textContent = '炒股就看';
    page.doc.body.appendChild(late);
    await flush();
    expect(late.hasAttribute(HIDE_ATTR), 'budget spent: observer disconnected').toBe(false);
    cleaning.dispose();

    const second = installCleaning(page.doc);
    const controller = new AbortController();
    second.observe(controller.signal);
    controller.abort();
    const after = page.doc.createElement('blockquote');
    after.textContent = '炒股就看';
    page.doc.body.appendChild(after);
    await flush();
    expect(after.hasAttribute(HIDE_ATTR)).toBe(false);
    second.dispose();
  });

  test('stops after its lifetime', async () => {
    const { page } = open();
    cleaning = installCleaning(page.doc);
    cleaning.observe(undefined, { lifetimeMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const late = page.doc.createElement('blockquote');
    late.textContent = '炒股就看';
    page.doc.body.appendChild(late);
    await flush();
    expect(late.hasAttribute(HIDE_ATTR)).toBe(false);
    cleaning.dispose();
  });
});
