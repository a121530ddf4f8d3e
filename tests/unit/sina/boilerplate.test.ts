// Structural rules: what CSS cannot select, found by comments and text.
import { describe, expect, test } from 'vitest';
import { structuralRules } from '@/utils/sina/boilerplate-rules';
import { structuralUnder } from '@/utils/sina/boilerplate';
import { parseLinkedom } from './load-page';

const rule = (id: string) => structuralRules.find((r) => r.id === id)!;
/** What the one rule `id` finds under `root`. */
const structuralMatches = (root: Element, id: string) => structuralUnder(root, [rule(id)])[0]!.elements;
const body = (inner: string) => parseLinkedom(`<html><body><div id="artibody">${inner}</div></body></html>`).getElementById('artibody')!;
const texts = (els: Element[]) => els.map((el) => el.textContent!.trim());

describe('between-comments rules', () => {
  test.each([
    ['a pair around the disclaimer (bonds)', '<p>正文</p><!-- 总声明--><p>免责声明：仅供参考</p><!-- 总声明--><p class="article-editor">责任编辑</p>', ['免责声明：仅供参考']],
    ['an empty pair (12306, mirror posts)', '<p>正文</p><!-- 总声明-->\n\n<!-- 总声明-->', []],
    ['start/end spelling', '<!--总声明 start--><div>声明</div><!--总声明 end-->', ['声明']],
    ['a lone comment marks nothing (forex)', '<p>正文</p><!--总声明--><p>正文二</p>', []],
    ['comments under different parents mark nothing', '<div><!-- 总声明--><p>a</p></div><p>b</p><!-- 总声明-->', []],
    ['more text than the budget is content, not a disclaimer', `<!-- 总声明--><p>${'长'.repeat(1200)}</p><!-- 总声明-->`, []],
    ['style and script text do not count against the budget', `<!-- 总声明--><style>${'x'.repeat(2000)}</style><p>声明</p><!-- 总声明-->`, ['声明']],
  ])('%s', (_name, inner, expected) => {
    expect(texts(structuralMatches(body(inner), 'disclaimer-block'))).toEqual(expected);
  });

  test('the quote chart between 行情图 start and end (forex)', () => {
    const root = body('<!--行情图 start--><div class="ct_hqimg"><img src="x.png"></div><!--行情图 end--><p>正文</p>');
    expect(structuralMatches(root, 'quote-chart-block').map((el) => el.className)).toEqual(['ct_hqimg']);
  });
});

describe('element-text rules', () => {
  test('the 金麒麟 promo blockquote, not a quotation of the article (catl)', () => {
    const root = body('<blockquote><p>炒股就看金麒麟分析师研报</p></blockquote><blockquote><p>专家说：市场会好</p></blockquote>');
    expect(texts(structuralMatches(root, 'promo-blockquote'))).toEqual(['炒股就看金麒麟分析师研报']);
  });
});
