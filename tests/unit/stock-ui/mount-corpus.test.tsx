// @vitest-environment happy-dom
// On corpus pages, read by the real article model: one trigger per linked stock (13 on dongcai-13stocks),
// each right after Sina's quote span, and the article's text unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from '@/utils/sina/article';
import { mountStockUi, type StockUi } from '@/utils/stock-ui';
import { corpusPages, SEED_ARTICLE } from '../../corpus/pages';
import { hasShared, readPage, SKIP_NO_SHARED } from '../../corpus/shared';
import { wrapMirrorPost } from '../../corpus/sina-shell';
import { formatFigure } from '@/utils/figures';
import { zh } from './l10n';

const PAGES: [string, number][] = [
  ['sina-mirror-post-finance-2022-07-17-dongcai-13stocks.html', 13],
  [SEED_ARTICLE, 4],
];

let ui: StockUi | null = null;
afterEach(() => {
  ui?.destroy();
  ui = null;
});

function load(file: string) {
  const page = corpusPages.find((p) => p.file === file)!;
  const html = page.mirror ? wrapMirrorPost(readPage(file), page.url) : readPage(file);
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1] ?? html;
  document.documentElement.innerHTML = inner;
  return readArticle(document, page.url);
}

/** The stock UI over a corpus article, with no figures (the triggers and panel are what is checked here). */
const mountWithoutFigures = (article: NonNullable<ReturnType<typeof load>>) =>
  mountStockUi(document, {
    stocks: article.stocks,
    figuresFor: () => [],
    keyFigures: [],
    settings: { openOn: 'click', colors: 'red-up', kinds: ['money'] },
    lang: 'zh',
    onReveal: () => {},
    format: formatFigure,
    t: zh,
  });

describe.skipIf(!hasShared)(`corpus pages ${hasShared ? '' : SKIP_NO_SHARED}`, () => {
  it.each(PAGES)('%s: one trigger per linked stock, after its quote span, text unchanged', (file, count) => {
    const article = load(file);
    expect(article).not.toBeNull();
    const text = article!.body.textContent;
    ui = mountWithoutFigures(article!);
    const hosts = Array.from(document.querySelectorAll('finlens-trigger'));
    expect(hosts).toHaveLength(count);
    for (const stock of article!.stocks) {
      const host = document.querySelector(`finlens-trigger[data-code="${stock.code}"]`)!;
      expect(host.previousElementSibling).toBe(stock.quote);
      expect(host.shadowRoot!.querySelector(`button[data-stock-code="${stock.code}"]`)).not.toBeNull();
    }
    expect(article!.body.textContent).toBe(text);
  });

  it('the seed article: 青岛港 opens a dialog named after it', () => {
    const article = load(SEED_ARTICLE);
    ui = mountWithoutFigures(article!);
    document.querySelector('finlens-trigger[data-code="sh601298"]')!.shadowRoot!.querySelector('button')!.click();
    const dialog = document.querySelector('finlens-panel')!.shadowRoot!.querySelector('[role="dialog"]')!;
    const labelledBy = dialog.getAttribute('aria-labelledby')!;
    expect((dialog.getRootNode() as ShadowRoot).getElementById(labelledBy)?.textContent).toContain('青岛港');
  });
});
