// @vitest-environment happy-dom
// The panel: a dialog named after the stock, each sentence once with its figures (data-kind), page text kept as text.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StockPanel, type StockPanelProps } from '@/components/stock/StockPanel';
import { formatFigure } from '@/utils/figures';
import { DONGCAI_FIGURES, FALL, HOSTILE, KEY_FIGURES, QINGDAO_FIGURES, RANGE, testFormat } from './fixtures';
import { en, zh } from './l10n';

afterEach(cleanup);

const QINGDAO = { code: 'sh601298', market: 'sh', name: '青岛港', href: 'https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml' };

function renderPanel(props: Partial<StockPanelProps> = {}) {
  const onReveal = vi.fn();
  const onClose = vi.fn();
  const all: StockPanelProps = {
    stock: QINGDAO,
    figures: QINGDAO_FIGURES,
    keyFigures: KEY_FIGURES,
    onReveal,
    onClose,
    format: testFormat,
    t: zh,
    ...props,
  };
  const view = render(<StockPanel {...all} />);
  return { ...view, onReveal, onClose, dialog: screen.getByRole('dialog') };
}

describe('StockPanel', () => {
  it('is a non-modal dialog named after the stock', () => {
    const { dialog } = renderPanel();
    expect(screen.getByRole('dialog', { name: /青岛港/ })).toBe(dialog);
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('青岛港 sh601298');
  });

  it.each([
    ['sh', zh, '沪'],
    ['sz', zh, '深'],
    ['bj', zh, '北'],
    ['hk', zh, '港'],
    ['us', zh, '美'],
    ['sh', en, 'Shanghai'],
    ['us', en, 'US'],
    ['xx', zh, 'xx'],
  ])('shows market %s as %s', (market, t, label) => {
    const { container } = renderPanel({ stock: { ...QINGDAO, market }, t });
    expect(container.querySelector('.fl-market')?.textContent).toBe(label);
  });

  it('lists each sentence once, its figures with data-kind, value, qualifier and label above it, every figure marked', () => {
    const { container } = renderPanel({ format: formatFigure });
    const sentences = Array.from(container.querySelectorAll('[data-sentence]'));
    expect(sentences.map((el) => el.getAttribute('data-sentence'))).toEqual(['p0:0']);
    const items = Array.from(sentences[0]!.querySelectorAll('[data-kind]'));
    expect(items.map((el) => el.getAttribute('data-kind'))).toEqual(['date', 'money', 'period']);
    const money = items[1]!;
    expect(money.querySelector('.fl-value')?.textContent).toBe('1,300 万美元');
    expect(money.querySelector('.fl-qualifier')?.textContent).toBe('约');
    expect(money.querySelector('.fl-label')?.textContent).toBe('货值');
    expect(money.querySelector('button')?.getAttribute('title')).toBe('= 13,000,000 USD · 金额 · 在文中定位这句话');
    expect(items[2]!.querySelector('.fl-kind')?.textContent).toBe('时期');
    expect(Array.from(sentences[0]!.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['9月14日', '约1300万美元', '4天']);
    expect(sentences[0]!.querySelector('.fl-sentence')?.textContent).toBe(QINGDAO_FIGURES[1]!.sentence.text);
    expect(items[0]!.querySelector('.fl-qualifier')).toBeNull();
  });

  it('lists sentences in the article order, whatever order the figures come in', () => {
    const { container } = renderPanel({ figures: [FALL, DONGCAI_FIGURES[1]!, QINGDAO_FIGURES[0]!, DONGCAI_FIGURES[0]!] });
    const sentences = Array.from(container.querySelectorAll('[data-sentence]'));
    expect(sentences.map((el) => el.getAttribute('data-sentence'))).toEqual(['p0:0', 'p1:40', 'p2:0']);
    expect(sentences.map((el) => el.querySelectorAll('[data-kind]').length)).toEqual([1, 2, 1]);
  });

  it('activating a sentence asks to reveal its first figure', () => {
    const { onReveal, container } = renderPanel();
    fireEvent.click(container.querySelector<HTMLButtonElement>('button.fl-sentence')!);
    expect(onReveal).toHaveBeenCalledWith(QINGDAO_FIGURES[0]);
  });

  it.each([
    [QINGDAO_FIGURES[1]!, 'zh', '1,300 万美元', '约'],
    [QINGDAO_FIGURES[1]!, 'en', 'US$13 million', 'approx'],
    [KEY_FIGURES[1]!, 'zh', '+86.2%，同比', null],
    [KEY_FIGURES[1]!, 'en', '+86.2% YoY', null],
    [FALL, 'zh', '−4.8%，同比', null],
    [RANGE, 'zh', '3–4 亿元', '区间'],
    [{ ...FALL, qualifier: 'at_least' as const }, 'zh', '−4.8%，同比', '超'],
    [{ ...FALL, qualifier: 'at_most' as const }, 'en', '−4.8% YoY', 'under'],
  ] as const)("writes %#: the engine's value and qualifier in %s", (f, lang, value, qualifier) => {
    const { container } = renderPanel({ figures: [f], lang, format: formatFigure });
    expect(container.querySelector('.fl-value')?.textContent).toBe(value);
    expect(container.querySelector('.fl-qualifier')?.textContent ?? null).toBe(qualifier);
  });

  it('takes the formatter as a prop, called with the panel language', () => {
    const format = vi.fn(() => ({ value: 'V', qualifier: 'Q' }));
    const { container } = renderPanel({ format, lang: 'en', figures: [QINGDAO_FIGURES[1]!] });
    expect(format).toHaveBeenCalledWith(QINGDAO_FIGURES[1], 'en');
    expect(container.querySelector('.fl-value')?.textContent).toBe('V');
    expect(container.querySelector('.fl-qualifier')?.textContent).toBe('Q');
  });

  it.each([
    ['red-up', undefined],
    ['green-up', 'green-up'],
    ['neutral', 'neutral'],
  ] as const)('follows the %s colour setting and marks rises and falls', (expected, colors) => {
    const { dialog, container } = renderPanel({ figures: [DONGCAI_FIGURES[1]!, FALL, DONGCAI_FIGURES[0]!], colors });
    expect(dialog.getAttribute('data-colors')).toBe(expected);
    const directions = Array.from(container.querySelectorAll('[data-kind]')).map((el) => el.getAttribute('data-direction'));
    expect(directions).toEqual(['flat', 'rise', 'fall']); // reading order
  });

  it('activating a figure asks to reveal it', () => {
    const { onReveal, container } = renderPanel();
    const button = container.querySelector<HTMLButtonElement>('[data-kind="money"] button')!;
    expect(button.getAttribute('type')).toBe('button'); // Enter and Space activate a real button
    fireEvent.click(button);
    expect(onReveal).toHaveBeenCalledWith(QINGDAO_FIGURES[1]);
  });

  it('closes from its close button and on Escape', () => {
    const { onClose, dialog } = renderPanel();
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says plainly when nothing concerns the stock, and shows the key figures instead', () => {
    const { container } = renderPanel({ figures: [] });
    expect(screen.getByText('文中没有关于青岛港的数据。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '全文关键数据' })).toBeTruthy();
    const kinds = Array.from(container.querySelectorAll('[data-kind]')).map((el) => el.getAttribute('data-kind'));
    expect(kinds).toEqual(['money', 'change']);
  });

  it('says so when the article has no figures at all', () => {
    const { container } = renderPanel({ figures: [], keyFigures: [], t: en });
    expect(screen.getByText('The article gives no figures about 青岛港.')).toBeTruthy();
    expect(screen.getByText('No figures found in this article.')).toBeTruthy();
    expect(container.querySelector('[data-kind]')).toBeNull();
  });

  it.each([
    [{ price: '115.395', change: '+2.79', percent: '+2.47%', direction: 'up' }, '▲'],
    [{ price: '3.55', change: '\u22120.02', percent: '\u22120.56%', direction: 'down' }, '▼'],
    [{ price: '8.10', change: '0.00', percent: '0.00%', direction: 'flat' }, ''],
  ] as const)('shows the live quote %j in the header: price, change, percent, direction', (quote, arrow) => {
    const { container } = renderPanel({ quote });
    const line = container.querySelector('[data-quote="quote"]')!;
    expect(line.getAttribute('data-direction')).toBe(quote.direction);
    expect(line.querySelector('[data-quote="price"]')?.textContent).toBe(quote.price);
    expect(line.querySelector('[data-quote="change"]')?.textContent).toBe(quote.change);
    expect(line.querySelector('[data-quote="percent"]')?.textContent).toBe(quote.percent);
    expect(line.textContent).toBe(`行情 ${quote.price} ${arrow}${quote.change} ${quote.percent}`);
  });

  it.each([null, undefined])('shows no quote line without a quote (%s)', (quote) => {
    const { container } = renderPanel({ quote });
    expect(container.querySelector('[data-quote]')).toBeNull();
  });

  it.each([
    ['https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml', true],
    ['http://stock.finance.sina.com.cn/usstock/quotes/JPM.html', true],
    ['https://finance.sina.cn/stock/sh601298', true],
    ['javascript:alert(1)', false],
    ['https://evil.example/sina.com.cn/', false],
    ['https://sina.com.cn.evil.example/', false],
    ['https://user:pw@finance.sina.com.cn/', false],
    ['data:text/html,<script>alert(1)</script>', false],
  ])('makes %s a link: %s', (href, isLink) => {
    const { container } = renderPanel({ stock: { ...QINGDAO, href } });
    const link = container.querySelector('a');
    if (isLink) {
      expect(link?.getAttribute('href')).toBe(new URL(href).href);
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    } else {
      expect(link).toBeNull();
      expect(container.querySelector('.fl-href')?.textContent).toBe(href);
    }
  });

  it('renders hostile names, sentences, labels and quotes literally', () => {
    const hostileFig = {
      ...QINGDAO_FIGURES[1]!,
      label: HOSTILE,
      sentence: { ...QINGDAO_FIGURES[1]!.sentence, text: `${HOSTILE}${QINGDAO_FIGURES[1]!.sentence.text}` },
      start: QINGDAO_FIGURES[1]!.start + HOSTILE.length,
      end: QINGDAO_FIGURES[1]!.end + HOSTILE.length,
    };
    const { container } = renderPanel({
      stock: { ...QINGDAO, name: HOSTILE, href: `https://finance.sina.com.cn/"><img src=x onerror=alert(1)>` },
      figures: [hostileFig],
      quote: { price: HOSTILE, change: HOSTILE, percent: HOSTILE, direction: 'up' },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('dialog', { name: `${HOSTILE} sh601298` })).toBeTruthy();
    expect(container.querySelector('.fl-label')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('.fl-sentence')?.textContent?.startsWith(HOSTILE)).toBe(true);
    expect(container.querySelector('mark')?.textContent).toBe('约1300万美元');
    expect(container.querySelector('[data-quote="price"]')?.textContent).toBe(HOSTILE);
  });
});
