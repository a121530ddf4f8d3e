// Every page of ../shared/corpus/pages, table-driven (tests/corpus/expectations.ts):
// detected or not, template, title, source, time, paragraphs, images, stocks,
// hidden categories; and zero content loss: no hide rule — CSS selector or
// structural mark — matches the title, the date/source, a body paragraph or
// image, or any of their ancestors. Needs ../shared (skipped, saying so, without it).
import { describe, expect, test } from 'vitest';
import { expectations, type ArticleExpectation } from '../../corpus/expectations';
import { corpusPages, type CorpusPage } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { articleImages, articleKeywordCheck, articleMentions, articlePublishedAt, readArticle, type Article } from '@/utils/sina/article';
import { boilerplateRules } from '@/utils/sina/boilerplate-rules';
import { countMatches, findBoilerplate } from '@/utils/sina/boilerplate';
import { detectArticle } from '@/utils/sina/detect';
import { corpusHtml, parseLinkedom, protectedElements } from './load-page';

const positives = corpusPages.filter((p) => p.kind === 'positive');
const negatives = corpusPages.filter((p) => p.kind === 'negative');
const A_SINA_ARTICLE_URL = 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml';

const cache = new Map<string, { doc: Document; article: Article | null }>();
function load(page: CorpusPage) {
  let hit = cache.get(page.file);
  if (!hit) {
    const doc = parseLinkedom(corpusHtml(page));
    hit = { doc, article: readArticle(doc, page.url) };
    cache.set(page.file, hit);
  }
  return hit;
}

const describeLabel = (el: Element) => `<${el.tagName.toLowerCase()} id="${el.id}" class="${el.getAttribute('class') ?? ''}">`;

describe.skipIf(!hasShared)(`corpus pages${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  test('every corpus page has an expectation line, and every line a page', () => {
    expect(Object.keys(expectations).sort()).toEqual(corpusPages.map((p) => p.file).sort());
    expect(positives.length).toBe(27);
    expect(negatives.length).toBe(16);
  });

  describe.each(negatives)('$file', (page) => {
    test('is not detected under its own URL', () => {
      expect(detectArticle(load(page).doc, page.url)).toBeNull();
      expect(load(page).article).toBeNull();
    });
    test('is not detected by its DOM even under a Sina article URL', () => {
      expect(detectArticle(load(page).doc, A_SINA_ARTICLE_URL)).toBeNull();
    });
  });

  describe.each(positives)('$file', (page) => {
    const want = expectations[page.file] as ArticleExpectation;

    test('is detected with its template', () => {
      expect(detectArticle(load(page).doc, page.url)).toBe(want.template);
    });

    test('title, source, published time, paragraphs and images', () => {
      const a = load(page).article!;
      expect({ title: a.title, source: a.source, publishedAt: articlePublishedAt(a) }).toEqual({
        title: want.title,
        source: want.source,
        publishedAt: want.publishedAt,
      });
      expect(a.paragraphs.length, 'paragraphs').toBe(want.paragraphs);
      expect(articleImages(a).length, 'images').toBe(want.images);
      for (const p of a.paragraphs) {
        expect(p.text, 'no indent or surrounding space is left').toBe(p.text.trim());
        expect(p.text.startsWith('\u3000')).toBe(false);
      }
    });

    test('stocks: codes and names in link order, agreeing with the news_keyword_pub comment', () => {
      const a = load(page).article!;
      expect(a.stocks.map((s) => `${s.code} ${s.name}`)).toEqual(want.stocks);
      const keywordCheck = articleKeywordCheck(a);
      if (keywordCheck) {
        expect(keywordCheck.missing, 'listed in the comment, not linked').toEqual([]);
        expect(keywordCheck.unlisted, 'linked, not listed in the comment').toEqual([]);
      }
      for (const s of articleMentions(a).stocks) {
        expect(s.mentions.filter((m) => m.via === 'link'), `${s.code}: its link is a mention`).toHaveLength(1);
        for (const m of s.mentions) {
          const text = a.paragraphs[m.paragraph]!.text.slice(m.start, m.end);
          if (m.via === 'code') expect(text).toMatch(/\d/);
          else expect(text).toBe(s.name);
        }
      }
    });

    test('hidden categories', () => {
      const { doc, article } = load(page);
      const categories = [...new Set(countMatches(findBoilerplate(doc, article!.body)).map((c) => c.category))].sort();
      expect(categories).toEqual([...want.hidden].sort());
    });

    test('zero content loss: no rule matches the title, date/source, a paragraph, an image, or their ancestors', () => {
      const { doc, article } = load(page);
      const structural = new Set(findBoilerplate(doc, article!.body, []).flatMap((m) => m.elements));
      const problems: string[] = [];
      for (const el of protectedElements(article!)) {
        for (let n: Element | null = el; n; n = n.parentElement) {
          for (const rule of boilerplateRules) {
            for (const selector of rule.selectors) {
              if (n.matches(selector)) problems.push(`rule ${rule.id} selector "${selector}" matches ${describeLabel(n)}, which holds ${describeLabel(el)}`);
            }
          }
          if (structural.has(n)) problems.push(`a structural rule marks ${describeLabel(n)}, which holds ${describeLabel(el)}`);
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  });
});
