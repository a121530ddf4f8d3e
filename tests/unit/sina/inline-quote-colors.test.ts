// @vitest-environment happy-dom
// Sina's inline quote recoloured by the reader's convention: the span carries the direction its numbers
// say (followed as Sina's script rewrites it), the CSS colours by it only where <html> says so, and
// dispose() leaves the page as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLORS_ATTR, DIRECTION_ATTR, inlineQuoteCss, recolorInlineQuotes } from '@/utils/sina/inline-quote-colors';

const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));
// the page's markup as Sina's script leaves it (written for this test, in the corpus page's layout)
const font = (color: string, text: string) => `<font color="${color}">${text}</font>`;
const quoteHtml = (price: string, change: string, percent: string, color = 'green') =>
  `(${font(color, price)}, ${font(color, change)}, ${font(color, percent)})`;

function page(): Element[] {
  document.body.innerHTML = `<p><span id="quote_JPM">${quoteHtml('115.395', '2.79', '2.47%')}</span>
    <span id="quote_sh601298"></span><span id="quote_PMTG">${quoteHtml('0', '0.00', '0.00%', 'black')}</span></p>`;
  return Array.from(document.querySelectorAll('span[id^="quote_"]'));
}
const directions = (spans: Element[]) => spans.map((s) => s.getAttribute(DIRECTION_ATTR));

afterEach(() => {
  document.documentElement.removeAttribute(COLORS_ATTR);
  document.body.innerHTML = '';
});

describe('inlineQuoteCss', () => {
  it.each([
    ['red-up', 'up', '#d9272e'],
    ['red-up', 'down', '#13883a'],
    ['green-up', 'up', '#13883a'],
    ['green-up', 'down', '#d9272e'],
    ['neutral', 'up', 'inherit'],
    ['neutral', 'down', 'inherit'],
    ['red-up', 'flat', 'inherit'],
  ])('under %s colours a %s quote %s, only while clean reading is on', (convention, direction, color) => {
    expect(inlineQuoteCss().split('\n')).toContain(
      `html[data-finlens="on"][data-finlens-colors="${convention}"] [data-finlens-direction="${direction}"] font{color:${color}!important}`,
    );
  });

  it('has no rule that is not gated on <html>', () => {
    for (const line of inlineQuoteCss().split('\n')) expect(line).toMatch(/^html\[data-finlens="on"\]\[data-finlens-colors="[a-z-]+"\] /);
  });
});

describe('recolorInlineQuotes', () => {
  it("marks each span with its numbers' direction and <html> with the convention", () => {
    const spans = page();
    const before = document.body.innerHTML;
    recolorInlineQuotes(document, spans, 'green-up');
    expect(directions(spans)).toEqual(['up', null, null]);
    expect(document.documentElement.getAttribute(COLORS_ATTR)).toBe('green-up');
    // nothing but the attribute: Sina's <font> tags and text are as they were
    expect(document.body.innerHTML.replaceAll(` ${DIRECTION_ATTR}="up"`, '')).toBe(before);
  });

  it("follows Sina's script as it fills and rewrites the spans", async () => {
    const spans = page();
    recolorInlineQuotes(document, spans, 'red-up');
    spans[1]!.innerHTML = quoteHtml('3.55', '-0.02', '-0.56%', 'red');
    await delivered();
    expect(directions(spans)).toEqual(['up', 'down', null]);
    spans[0]!.querySelectorAll('font')[1]!.textContent = '0.00';
    spans[0]!.querySelectorAll('font')[2]!.textContent = '0.00%';
    await delivered();
    expect(directions(spans)).toEqual(['flat', 'down', null]);
    spans[1]!.textContent = '';
    await delivered();
    expect(directions(spans)).toEqual(['flat', null, null]);
  });

  it('follows a rewrite of every span at once, each record traced to its own span', async () => {
    document.body.innerHTML = Array.from({ length: 500 }, (_, i) => `<p><span id="quote_sh${600000 + i}">${quoteHtml('1', '0.01', '1%')}</span></p>`).join('');
    const spans = Array.from(document.querySelectorAll('span[id^="quote_"]'));
    recolorInlineQuotes(document, spans, 'red-up');
    // marked in slices of main-thread time (issue 15): every span once the page has given it back
    await vi.waitFor(() => expect(new Set(directions(spans))).toEqual(new Set(['up'])));
    spans.forEach((span, i) => {
      if (i % 2) {
        span.querySelectorAll('font')[1]!.textContent = '-0.01';
        span.querySelectorAll('font')[2]!.textContent = '-1%';
      } else span.innerHTML = quoteHtml('1', '0.00', '0.00%');
    });
    await delivered();
    expect(directions(spans)).toEqual(spans.map((_, i) => (i % 2 ? 'down' : 'flat')));
  });

  it('stops marking when disposed between two slices', async () => {
    document.body.innerHTML = Array.from({ length: 2_000 }, (_, i) => `<p><span id="quote_sh${600000 + i}">${quoteHtml('1', '0.01', '1%')}</span></p>`).join('');
    const spans = Array.from(document.querySelectorAll('span[id^="quote_"]'));
    recolorInlineQuotes(document, spans, 'red-up').dispose();
    await new Promise((r) => setTimeout(r, 50));
    expect(directions(spans).filter((d) => d !== null)).toEqual([]);
  });

  it('switches convention with one attribute, and dispose() or the abort signal undoes everything', async () => {
    const spans = page();
    const done = new AbortController();
    const colors = recolorInlineQuotes(document, spans, 'red-up', done.signal);
    colors.setColors('neutral');
    expect(document.documentElement.getAttribute(COLORS_ATTR)).toBe('neutral');
    done.abort();
    expect(document.documentElement.hasAttribute(COLORS_ATTR)).toBe(false);
    expect(directions(spans)).toEqual([null, null, null]);
    spans[1]!.innerHTML = quoteHtml('3.55', '-0.02', '-0.56%', 'red');
    await delivered();
    expect(directions(spans)).toEqual([null, null, null]);
  });
});
