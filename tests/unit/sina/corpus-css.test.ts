// The hiding for real, with CSS evaluated by happy-dom, on every positive
// corpus page: with cleaning on, boilerplate of the hidden-by-default
// categories has display: none while the title, date/source, every paragraph
// and image stays visible; with cleaning off, every element displays as on the
// untouched page. happy-dom parses like a browser (linkedom does not quite), so
// the article model is checked against the expectations here too. Needs ../shared (skipped, saying so, without it).
import { describe, expect, test } from 'vitest';
import { expectations, type ArticleExpectation } from '../../corpus/expectations';
import { corpusPages, type CorpusPage } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { articleImages, readArticle } from '@/utils/sina/article';
import { findBoilerplate } from '@/utils/sina/boilerplate';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';
import { installCleaning, type CleaningState } from '@/utils/sina/clean';
import { corpusHtml, parseHappyDom, protectedElements } from './load-page';

const SAMPLE_PER_RULE = 4;

/** The page in happy-dom, cleaned with `state` (or untouched), and the displays of what it is asked about. */
async function displays(page: CorpusPage, state: Partial<CleaningState> | null) {
  const happy = parseHappyDom(corpusHtml(page), page.url);
  try {
    const article = readArticle(happy.doc, page.url)!;
    // A spec-like parser reads the same article as linkedom (tests/corpus/expectations.ts).
    const want = expectations[page.file] as ArticleExpectation;
    expect([article.template, article.paragraphs.length, articleImages(article).length, article.stocks.map((s) => `${s.code} ${s.name}`)]).toEqual([
      want.template,
      want.paragraphs,
      want.images,
      want.stocks,
    ]);
    if (state) installCleaning(happy.doc, state).markStructure(article);
    const all = Array.from(happy.doc.getElementsByTagName('*'));
    const samples = findBoilerplate(happy.doc, article.body).flatMap((m) =>
      m.elements.slice(0, SAMPLE_PER_RULE).map((el) => ({ rule: m.rule, category: m.category, index: all.indexOf(el), display: happy.display(el) })),
    );
    const kept = protectedElements(article).map((el) => ({ el: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`, visible: happy.visible(el) }));
    return { samples, kept };
  } finally {
    await happy.close();
  }
}

describe.skipIf(!hasShared)(`hiding on corpus pages, CSS evaluated${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  describe.each(corpusPages.filter((p) => p.kind === 'positive'))('$file', (page) => {
    test('on: boilerplate hidden, article visible; off: everything as on the untouched page', async () => {
      const untouched = await displays(page, null);
      const on = await displays(page, {});
      const off = await displays(page, { enabled: false });

      expect(on.kept.filter((k) => !k.visible), 'hidden article parts').toEqual([]);
      expect(off.kept.filter((k) => !k.visible), 'hidden article parts').toEqual([]);

      const shownBoilerplate = on.samples.filter((s) => DEFAULT_HIDDEN[s.category] && s.display !== 'none');
      expect(shownBoilerplate, 'boilerplate of hidden-by-default categories that still displays').toEqual([]);

      expect(off.samples.map((s) => [s.rule, s.index, s.display])).toEqual(untouched.samples.map((s) => [s.rule, s.index, s.display]));
    });
  });
});
