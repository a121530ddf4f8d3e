// A long article's text in parts (issue 15): the content script cuts it into bounded messages,
// the background holds them per sender and article, within bounds, and analyses the whole
// article exactly as from one message.
import { describe, expect, test } from 'vitest';
import { askForFigures, PART_CHARS, partsOf, type FiguresTransport } from '@/utils/figures-request';
import { LIMITS } from '@/utils/message-limits';
import { AnalyzeArticleMessage, ArticleTextMessage, type AnalyzeArticle, type ArticleText } from '@/utils/messages';
import { analyzeArticle } from '@/utils/summary/analyze-article';
import { articleParagraphs, createArticleTextParts, HELD_ARTICLES, HELD_TEXT_MS, textSender } from '@/utils/summary/article-text-parts';

const para = (chars: number, i = 0) => `第${i}段`.padEnd(chars, '文');

describe('partsOf: parts of at most PART_CHARS characters, in order', () => {
  test.each([
    // paragraphs (characters each), parts expected (paragraphs in each)
    ['no paragraph', [], [0]],
    ['one short paragraph', [10], [1]],
    ['exactly one part', [PART_CHARS / 2, PART_CHARS / 2], [2]],
    ['one character over', [PART_CHARS / 2, PART_CHARS / 2 + 1], [1, 1]],
    ['a paragraph longer than a part goes alone', [10, PART_CHARS * 3, 10], [1, 1, 1]],
    ['many small paragraphs', Array<number>(20_000).fill(45), [1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 1_111, 2]],
    ['never more paragraphs than a part may carry', Array<number>(LIMITS.paragraphsPerPart + 1).fill(1), [LIMITS.paragraphsPerPart, 1]],
  ] as const)('%s', (_name, sizes, expected) => {
    const paragraphs = sizes.map((n, i) => para(n, i));
    const parts = partsOf(paragraphs);
    expect(parts.map((p) => p.length)).toEqual(expected);
    expect(parts.flat()).toEqual(paragraphs);
  });
});

describe('held parts', () => {
  const A = textSender({ tab: { id: 1 }, frameId: 0 });
  const B = textSender({ tab: { id: 2 }, frameId: 0 });

  test('parts in order make the article; out of order, missing or from another sender they are refused', () => {
    const held = createArticleTextParts();
    expect(held.add(A, { article: 'x', from: 0, paragraphs: ['一', '二'] })).toEqual({ ok: true });
    expect(held.add(A, { article: 'x', from: 3, paragraphs: ['四'] })).toEqual({ ok: false, error: 'article-text: part out of order' });
    expect(held.add(A, { article: 'x', from: 2, paragraphs: ['三'] })).toEqual({ ok: true });
    expect(held.take(B, 'x', 3)).toBeNull(); // another tab cannot take them …
    expect(held.take(A, 'x', 2)).toBeNull(); // … nor can a count that does not match (and they are dropped)
    expect(held.take(A, 'x', 3)).toBeNull();
    held.add(A, { article: 'y', from: 0, paragraphs: ['一', '二', '三'] });
    expect(held.take(A, 'y', 3)).toEqual(['一', '二', '三']);
    expect(held.take(A, 'y', 3)).toBeNull(); // taken once
  });

  test(`parts wait ${HELD_TEXT_MS} ms after the last one came`, () => {
    let now = 0;
    const held = createArticleTextParts(() => now);
    held.add(A, { article: 'x', from: 0, paragraphs: ['一'] });
    now = HELD_TEXT_MS;
    held.add(A, { article: 'x', from: 1, paragraphs: ['二'] });
    now += HELD_TEXT_MS;
    expect(held.take(A, 'x', 2)).toEqual(['一', '二']);
    held.add(A, { article: 'y', from: 0, paragraphs: ['一'] });
    now += HELD_TEXT_MS + 1;
    expect(held.take(A, 'y', 1)).toBeNull();
  });

  test(`at most ${HELD_ARTICLES} articles and ${LIMITS.heldTextChars.toLocaleString('en')} characters are held: the oldest go first`, () => {
    const held = createArticleTextParts();
    for (let i = 0; i <= HELD_ARTICLES; i++) held.add(A, { article: `a${i}`, from: 0, paragraphs: ['一'] });
    expect(held.take(A, 'a0', 1)).toBeNull();
    expect(held.take(A, 'a1', 1)).toEqual(['一']);
    const half = '文'.repeat(LIMITS.heldTextChars / 2);
    held.add(B, { article: 'big1', from: 0, paragraphs: [half] });
    held.add(B, { article: 'big2', from: 0, paragraphs: [half] });
    held.add(B, { article: 'big3', from: 0, paragraphs: ['一'] });
    expect(held.take(B, 'big1', 1)).toBeNull();
    expect(held.take(B, 'big2', 1)).toEqual([half]);
    expect(held.add(B, { article: 'huge', from: 0, paragraphs: [half, half, '一'] })).toEqual({ ok: false, error: 'article-text: too long' });
    expect(held.add(B, { article: 'many', from: LIMITS.paragraphs, paragraphs: ['一'] })).toMatchObject({ ok: false });
  });

  test('an analyze-article message without earlier parts is its own paragraphs; with missing ones, null', () => {
    const held = createArticleTextParts();
    expect(articleParagraphs(held, A, { paragraphs: ['一'] })).toEqual(['一']);
    expect(articleParagraphs(held, A, { paragraphs: ['二'], earlier: { article: 'x', paragraphs: 1 } })).toBeNull();
    held.add(A, { article: 'x', from: 0, paragraphs: ['一'] });
    expect(articleParagraphs(held, A, { paragraphs: ['二'], earlier: { article: 'x', paragraphs: 1 } })).toEqual(['一', '二']);
  });
});

describe('askForFigures, end to end through the schemas', () => {
  const options = { kinds: ['money', 'percent', 'change'] as const, keyFigures: 5, lang: 'zh' as const };
  /** A background that parses every message with its schema, as the router does, and records them. */
  function background() {
    const held = createArticleTextParts();
    const sent: (ArticleText | AnalyzeArticle)[] = [];
    const transport: FiguresTransport = {
      text: async (message) => {
        const m = ArticleTextMessage.parse(message);
        sent.push(m);
        return held.add(A, m);
      },
      analyze: async (message) => {
        const m = AnalyzeArticleMessage.parse(message);
        sent.push(m);
        const paragraphs = articleParagraphs(held, A, m);
        return paragraphs ? analyzeArticle({ paragraphs, stocks: m.stocks }, options) : { ok: false, error: 'article-text: parts missing' };
      },
    };
    return { transport, sent };
  }
  const A = 'tab';
  const timedNames: string[] = [];
  const timed = <R>(what: string, send: () => Promise<R>) => {
    timedNames.push(what);
    return send();
  };

  test.each([
    // paragraphs, messages (about 80 characters a paragraph)
    [3, 'one message'],
    [300, 'one message'],
    [3_000, 'parts'],
  ])('%d paragraphs: %s, and the same analysis as one message', async (count, how) => {
    // a stock linked in the first paragraph and named again in a later part: its mentions cross parts
    const paragraphs = Array.from({ length: count }, (_, i) => `${i === 0 ? '测试1号' : ''}第${i}段：测试1号营业收入${(i % 97) + 3}亿元，同比增长${i % 40}.5%。${'正文'.repeat(25)}`);
    const stocks = [{ code: 'sh600000', name: '测试1号', links: [{ paragraph: 0, start: 0, end: 4 }] }];
    const { transport, sent } = background();
    timedNames.length = 0;
    const reply = await askForFigures(paragraphs, { stocks, ...options, kinds: [...options.kinds] }, transport, timed);
    const messages = sent.length;
    if (how === 'one message') expect(messages).toBe(1);
    else expect(messages).toBeGreaterThan(3);
    expect(timedNames).toEqual([...Array<string>(messages - 1).fill('sending the article text'), 'asking for the figures']);
    for (const m of sent) expect(m.paragraphs.reduce((n, p) => n + p.length, 0)).toBeLessThanOrEqual(PART_CHARS);
    expect(reply).toEqual(analyzeArticle({ paragraphs, stocks }, options));
    expect(reply.ok && reply.byStock.sh600000!.length).toBe(count * 2);
  });

  test('a part refused is the answer, and no analysis is asked', async () => {
    const sent: string[] = [];
    const transport: FiguresTransport = {
      text: async () => (sent.push('text'), { ok: false, error: 'no-answer' }),
      analyze: async () => (sent.push('analyze'), { ok: true, figures: [], byStock: {}, key: [] }),
    };
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => para(45, i));
    expect(await askForFigures(paragraphs, { stocks: [], ...options, kinds: [] }, transport, timed)).toEqual({ ok: false, error: 'no-answer' });
    expect(sent).toEqual(['text']);
  });
});
