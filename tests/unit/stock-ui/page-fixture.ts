// Article markup for the mounting tests: Sina's stock keyword links exactly as the corpus has them
// (sina-dom.md §4: sco-demo-zone, dongcai-13stocks, the US form of usstock-bonds), read into the shape
// mountStockUi takes.
import { FIGURE_KINDS } from '@/utils/figure-kinds';
import type { FigureInContext } from '@/utils/figures';
import type { StockLinkInPage, StockUiOptions } from '@/utils/stock-ui';
import { DONGCAI_FIGURES, FALL, KEY_FIGURES, P_QINGDAO, QINGDAO_FIGURES } from './fixtures';

/** The CMS indent of every corpus paragraph: two ideographic spaces. */
const INDENT = '\u3000\u3000';

const A = (code: string, name: string) =>
  `<span id="stock_${code}"><a href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span>`;

export const ARTICLE_HTML = `<div id="artibody" class="article">
<p cms-style="font-L">${INDENT}${P_QINGDAO.replace('青岛港', `${A('sh601298', '青岛港')}<span id="quote_sh601298"></span>`)}</p>
<p cms-style="font-L">${INDENT}${A('sz300059', '东方财富')}<span id="quote_sz300059"></span>日前发布了旗下子公司东方财富证券2022年半年度未经审计非合并财务报表。数据显示，上半年，东方财富证券实现营业收入41.77亿元，同比增长34.15%；净利润28.48亿元，同比增长37.47%。</p>
<p>${INDENT}<font cms-style="font-L">周一，<span id="usstock_JPM"><a href="http://stock.finance.sina.com.cn/usstock/quotes/JPM.html" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">摩根大通</a></span><span id="quote_JPM">(<font color="green">115.395</font>, <font color="green">2.79</font>, <font color="green">2.47%</font>)</span>股价上涨。</font></p>
<p cms-style="font-L">${INDENT}吸引1800余家对外贸易企业加入，涵盖${A('sz000061', '农产品')}、纺织品、机电产品等多种品类。</p>
</div>`;

/** The stock links of a body, read the way the article model reads them (span id, link, paired quote span). */
export function stocksIn(root: ParentNode): StockLinkInPage[] {
  return Array.from(root.querySelectorAll('span[id^="stock_"], span[id^="usstock_"]')).map((span) => {
    const anchor = span.querySelector('a')!;
    const [family, raw] = span.id.split('_') as [string, string];
    const code = family === 'usstock' ? `us.${raw}` : raw;
    const next = span.nextElementSibling;
    return {
      code,
      market: family === 'usstock' ? 'us' : raw.slice(0, 2),
      name: anchor.textContent ?? '',
      href: anchor.getAttribute('href') ?? '',
      anchor,
      quote: next?.id.startsWith('quote_') ? next : null,
    };
  });
}

const FIGURES: Record<string, FigureInContext[]> = {
  sh601298: QINGDAO_FIGURES,
  sz300059: [...DONGCAI_FIGURES, FALL],
};

export function options(overrides: Partial<StockUiOptions> = {}): StockUiOptions {
  return {
    stocks: stocksIn(document),
    figuresFor: (code) => FIGURES[code] ?? [],
    keyFigures: KEY_FIGURES,
    settings: { openOn: 'click', colors: 'red-up', kinds: [...FIGURE_KINDS] },
    lang: 'zh',
    onReveal: () => {},
    ...overrides,
  };
}
