// Reading the article in slices of main-thread time (issue 15, point 4) gives the same article as
// reading it at once: on every corpus page and on generated pages, pausing after every step (a
// budget of 0) or never. A page of a few hundred paragraphs is one slice with no pause.
import { describe, expect, test } from 'vitest';
import { corpusPages } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { sinaArticle } from '../../e2e/harness/hostile-pages';
import { readArticle, readArticleInSlices, type Article } from '@/utils/sina/article';
import { matchingUnder } from '@/utils/sina/boilerplate';
import { boilerplateRules } from '@/utils/sina/boilerplate-rules';
import { runAtOnce } from '@/utils/time-slices';
import { corpusHtml, parseLinkedom } from './load-page';

/** Each element of the page as it was loaded: its index in document order (reading may make linkedom add one). */
const elementIndex = (doc: Document) => new Map(Array.from(doc.querySelectorAll('*')).map((el, i) => [el, i]));

/** Everything the article says, its elements as their index in document order: comparable with toEqual. */
function described(at: Map<Element, number>, article: Article | null) {
  if (!article) return null;
  const all = [...at.keys()];
  const el = (e: Element | null) => (e ? (at.get(e) ?? -1) : null);
  return {
    template: article.template,
    title: article.title,
    titleEl: el(article.titleEl),
    source: article.source,
    sourceEl: el(article.sourceEl),
    published: article.published,
    dateEl: el(article.dateEl),
    body: el(article.body),
    paragraphs: article.paragraphs.map((p) => ({ el: el(p.el), text: p.text, offset: p.offset })),
    boilerplate: all.filter((e) => article.body.contains(e) && article.isBoilerplate(e)).map(el),
    stocks: article.stocks.map((s) => ({ ...s, anchor: el(s.anchor), anchors: s.anchors.map(el), span: el(s.span), quote: el(s.quote) })),
    structural: article.structural.map((m) => ({ ...m, elements: m.elements.map(el) })),
    spared: article.spared.map(el),
  };
}

/** The sliced read with a budget of `budgetMs`, and how many times it paused. */
async function sliced(doc: Document, url: string, budgetMs: number) {
  let pauses = 0;
  const article = await readArticleInSlices(doc, url, { budgetMs, measure: 'finlens:test', pause: async () => void pauses++ });
  return { article, pauses };
}

const RULES = boilerplateRules.flatMap((r) => r.selectors).join(',');

/** The body's boilerplate walked element by element (as on a very long page) is what one query finds. */
function expectSameMatches(article: Article | null) {
  if (!article) return;
  const walked = runAtOnce(matchingUnder(article.body, RULES, 0));
  const queried = Array.from(article.body.querySelectorAll(RULES));
  expect(walked.length).toBe(queried.length);
  expect(walked.every((el, i) => el === queried[i])).toBe(true);
}

async function expectSameArticle(html: string, url: string) {
  const doc = parseLinkedom(html);
  const at = elementIndex(doc);
  const read = readArticle(doc, url);
  expectSameMatches(read);
  const atOnce = described(at, read);
  const everyStep = await sliced(doc, url, 0);
  expect(described(at, everyStep.article)).toEqual(atOnce);
  const oneSlice = await sliced(doc, url, Infinity);
  expect(described(at, oneSlice.article)).toEqual(atOnce);
  expect(oneSlice.pauses).toBe(0);
  return { atOnce, pauses: everyStep.pauses };
}

describe.skipIf(!hasShared)(`every corpus page${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  test.each(corpusPages.map((p) => [p.file, p] as const))('%s: the same article, sliced or not', async (_file, page) => {
    const { atOnce } = await expectSameArticle(corpusHtml(page), page.url);
    expect(atOnce === null).toBe(page.kind === 'negative');
  });
});

const URL_OF = (id: string) => sinaArticle({ id, paragraphs: 1, links: 0 }).url;

describe('generated pages', () => {
  test.each([
    // paragraphs, keyword links, damage
    [12, 3, 'none'],
    [300, 30, 'none'],
    [3_000, 300, 'none'],
    [3_000, 300, 'every </p> missing'],
    [1_000, 100, 'every </div> missing'],
  ] as const)('%d paragraphs, %d links, %s: the same article, paused between steps', async (paragraphs, links, damage) => {
    const page = sinaArticle({ id: `slice${String(paragraphs * 1000 + links).padStart(6, '0')}`, paragraphs, links });
    const html = damage === 'none' ? page.html : page.html.replace(damage === 'every </p> missing' ? /<\/p>/g : /<\/div>/g, '');
    const { atOnce, pauses } = await expectSameArticle(html, page.url);
    expect(atOnce?.paragraphs).toHaveLength(paragraphs);
    expect(atOnce?.stocks).toHaveLength(links);
    // paused at least once per 32 blocks read and per 16 links (article.ts, stocks.ts)
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(paragraphs / 32) + Math.floor(links / 16));
  });

  test('a page that is not an article is null, sliced or not', async () => {
    const doc = parseLinkedom('<!DOCTYPE html><html><head><title>x</title></head><body><p>不是文章</p></body></html>');
    expect((await sliced(doc, URL_OF('notart0001'), 0)).article).toBeNull();
    expect(readArticle(doc, URL_OF('notart0001'))).toBeNull();
  });
});

test('each slice is its own User Timing measure, and a page of a few hundred paragraphs is one', async () => {
  const measures = () => performance.getEntriesByName('finlens:reading test', 'measure').length;
  performance.clearMeasures('finlens:reading test');
  const long = sinaArticle({ id: 'measure0001', paragraphs: 2_000, links: 10 });
  await readArticleInSlices(parseLinkedom(long.html), long.url, { budgetMs: 0, measure: 'finlens:reading test', pause: async () => {} });
  expect(measures()).toBeGreaterThan(2_000 / 32);
  performance.clearMeasures('finlens:reading test');
  const usual = sinaArticle({ id: 'measure0002', paragraphs: 300, links: 10 });
  await readArticleInSlices(parseLinkedom(usual.html), usual.url, { budgetMs: 1_000, measure: 'finlens:reading test' });
  expect(measures()).toBe(1);
});
