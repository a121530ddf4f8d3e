// @vitest-environment happy-dom
// Revealing a figure's sentence: offsets map to text nodes (indent dropped or not, quote text skipped), the
// page scrolls, and the sentence is highlighted for a moment by the Custom Highlight API or an overlay,
// with the page's text nodes untouched either way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  articleTextNodes,
  HIGHLIGHT_NAME,
  HIGHLIGHT_STYLE_ID,
  locateSpan,
  OVERLAY_TAG,
  pointAt,
  revealSentence,
} from '@/utils/stock-ui/highlight';
import { P_DONGCAI, QINGDAO_FIGURES } from './fixtures';
import { ARTICLE_HTML } from './page-fixture';

const SENTENCE = '数据显示，上半年，东方财富证券实现营业收入41.77亿元，同比增长34.15%；净利润28.48亿元，同比增长37.47%。';

/** A stand-in for CSS.highlights and Highlight, which happy-dom does not have. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  document.body.innerHTML = ARTICLE_HTML;
  document.getElementById(HIGHLIGHT_STYLE_ID)?.remove();
  vi.useFakeTimers();
  registry = new Map();
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const CSS_DESCRIPTOR = Object.getOwnPropertyDescriptor(window, 'CSS')!;
function withHighlightApi(Highlight: unknown = FakeHighlight) {
  Object.defineProperty(window, 'Highlight', { value: Highlight, configurable: true, writable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
}
function withoutHighlightApi() {
  delete (window as unknown as { Highlight?: unknown }).Highlight;
  Object.defineProperty(window, 'CSS', CSS_DESCRIPTOR);
}
afterEach(withoutHighlightApi);

const para = (i: number) => document.querySelectorAll('#artibody p')[i]!;
const snapshot = (el: Element) => articleTextNodes(el).map((n) => [n, n.data] as const);

describe('offsets to text nodes', () => {
  it.each([
    [0, 'start', 'a', 0],
    [2, 'start', 'a', 2],
    [3, 'start', 'b', 0], // a start at a boundary begins the next node
    [3, 'end', 'a', 3], // an end at a boundary closes the previous one
    [5, 'end', 'b', 2],
    [6, 'end', 'c', 1],
  ] as const)('offset %i as %s → node %s at %i', (offset, edge, node, at) => {
    const nodes = ['abc', 'de', 'f'].map((s) => document.createTextNode(s));
    const point = pointAt(nodes, offset, edge)!;
    expect(point.node.data).toBe({ a: 'abc', b: 'de', c: 'f' }[node]);
    expect(point.offset).toBe(at);
  });

  it('is null past the end', () => {
    expect(pointAt([document.createTextNode('ab')], 3, 'end')).toBeNull();
  });

  it.each([
    ['finds the text nearest to start', '甲乙丙甲乙丙', 3, 5, { text: '甲乙' }, [3, 5]],
    ['adds the base when there is no text', '　　甲乙丙', 0, 2, { offsetBase: 2 }, [2, 4]],
    ['falls back to the base when the text is missing', '　　甲乙丙', 0, 2, { text: '丁', offsetBase: 2 }, [2, 4]],
    ['refuses offsets past the end', '甲乙', 1, 5, {}, null],
  ] as const)('%s', (_name, full, start, end, options, expected) => {
    expect(locateSpan(full, start, end, options)).toEqual(expected);
  });

  it("walks the article's text, leaving Sina's live quote out", () => {
    const text = articleTextNodes(para(2)).map((n) => n.data).join('');
    expect(text).toBe('　　周一，摩根大通股价上涨。');
  });
});

describe('revealSentence', () => {
  it('highlights the sentence with the Custom Highlight API, once styled, without touching text nodes', () => {
    withHighlightApi();
    const before = snapshot(para(1));
    const sStart = P_DONGCAI.indexOf(SENTENCE); // the model's offset; the sentence text is searched for
    const reveal = revealSentence(document, para(1), sStart, sStart + SENTENCE.length, { text: SENTENCE })!;
    expect(reveal.method).toBe('highlight');
    expect(reveal.range.toString()).toBe(SENTENCE);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual([SENTENCE]);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)?.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    revealSentence(document, para(1), 0, 4, { text: SENTENCE });
    expect(document.querySelectorAll(`#${HIGHLIGHT_STYLE_ID}`)).toHaveLength(1);
    expect(snapshot(para(1))).toEqual(before);
    vi.advanceTimersByTime(2500);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('maps model offsets (indent dropped) with offsetBase, across the stock link', () => {
    withHighlightApi();
    // In the model's text of paragraph 0 (no indent), 青岛港 starts where P_QINGDAO has it.
    const model = QINGDAO_FIGURES[1]!.sentence.text;
    const at = model.indexOf('青岛港出发');
    const reveal = revealSentence(document, para(0), at, at + 5, { offsetBase: 2 })!;
    expect(reveal.range.toString()).toBe('青岛港出发');
    expect(reveal.range.startContainer.parentElement?.localName).toBe('a');
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['青岛港', '出发']);
  });

  it("marks the article's text only: not Sina's live quote inside the sentence", () => {
    withHighlightApi();
    const reveal = revealSentence(document, para(2), 0, 9, { text: '周一，摩根大通股价上涨。' })!;
    expect(reveal.range.toString()).toBe('周一，摩根大通(115.395, 2.79, 2.47%)股价上涨。');
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['周一，', '摩根大通', '股价上涨。']);
  });

  it('falls back to an overlay of the range rects where there is no Highlight API', () => {
    withoutHighlightApi();
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
      { top: 100, left: 20, width: 300, height: 24 },
      { top: 124, left: 20, width: 120, height: 24 },
      { top: 0, left: 0, width: 0, height: 0 },
    ] as unknown as DOMRectList);
    const before = snapshot(para(1));
    const reveal = revealSentence(document, para(1), 0, SENTENCE.length, { text: SENTENCE })!;
    expect(reveal.method).toBe('overlay');
    const host = document.querySelector(OVERLAY_TAG)!;
    const marks = Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('.fl-mark'));
    expect(marks.map((m) => [m.style.top, m.style.left, m.style.width])).toEqual([
      ['100px', '20px', '300px'],
      ['124px', '20px', '120px'],
    ]);
    expect(snapshot(para(1))).toEqual(before);
    vi.advanceTimersByTime(2500);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('falls back to the overlay when the Highlight API throws', () => {
    withHighlightApi(function Broken() {
      throw new Error('sandbox');
    });
    expect(revealSentence(document, para(1), 0, 4, { text: SENTENCE })?.method).toBe('overlay');
  });

  it('scrolls the sentence into view', () => {
    withHighlightApi();
    revealSentence(document, para(1), 0, 4, { text: SENTENCE });
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
  });

  it('replaces the previous reveal, and clear() ends it early', () => {
    withoutHighlightApi();
    revealSentence(document, para(1), 0, 4, { text: SENTENCE });
    const second = revealSentence(document, para(0), 0, 4, { offsetBase: 2 })!;
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(1);
    second.clear();
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(0);
  });

  it('returns null for offsets that do not fit the paragraph', () => {
    expect(revealSentence(document, para(3), 500, 520)).toBeNull();
  });
});
