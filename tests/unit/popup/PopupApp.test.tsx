// @vitest-environment happy-dom
// The popup: the summary of the article tab, the friendly states, the
// switches acting on the tab, "copy summary", and keyboard reachability.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/popup/PopupApp';
type PopupProps = Parameters<typeof PopupApp>[0];
import { L10nProvider } from '@/components/shared/l10n';
import type { PopupApi } from '@/utils/popup-connection';
import type { Localization } from '@/utils/i18n-keys';
import type { ArticleSummary, CleaningReply } from '@/utils/messages';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';
import { localization } from '../l10n-fixture';
import { sampleSummary } from './summary-fixture';
import { tabOrder } from './tab-order';

let zh: Localization;
let en: Localization;
beforeAll(async () => {
  [zh, en] = await Promise.all([localization('zh_CN'), localization('en')]);
});
afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

function fakeApi(overrides: Partial<PopupApi> = {}, summary: ArticleSummary = sampleSummary()) {
  return {
    getSummary: vi.fn(async () => ({ status: 'ready' as const, summary })),
    setCleaning: vi.fn(
      async (enabled: boolean, hidden?: Partial<Record<string, boolean>>): Promise<CleaningReply | null> => ({
        ok: true,
        cleaning: { enabled, hidden: { ...summary.cleaning.hidden, ...hidden } },
        hiddenCounts: { ...summary.hiddenCounts, ads: 4 },
      }),
    ),
    revealFigure: vi.fn(async () => true),
    openStock: vi.fn(async () => true),
    copyText: vi.fn(async () => {}),
    openOptions: vi.fn(),
    ...overrides,
  } satisfies PopupApi;
}

function renderPopup(api: PopupApi, l10n = zh, colors?: 'red-up' | 'green-up' | 'neutral', folds?: Partial<PopupProps>) {
  return render(
    <L10nProvider value={l10n}>
      <PopupApp api={api} colors={colors} {...folds} />
    </L10nProvider>,
  );
}

const ready = () => screen.findByRole('heading', { level: 1, name: sampleSummary().title });

describe('the article summary', () => {
  it('shows title, source, time and reading time', async () => {
    renderPopup(fakeApi());
    const title = await ready();
    expect(title.id).toBe('popup-title');
    const meta = screen.getByRole('list', { name: '文章信息' });
    expect(within(meta).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '来源：证券时报',
      '发布时间：2024年4月30日 09:15',
      '约 2 分钟读完',
    ]);
    expect(meta.querySelector('time')?.getAttribute('datetime')).toBe('2024-04-30T09:15:00+08:00');
  });

  it('groups key figures by kind, with label, sentence and the figure marked', async () => {
    const { container } = renderPopup(fakeApi());
    await ready();
    expect(screen.getByRole('heading', { level: 2, name: '关键数据' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['金额', '涨跌与增减']);
    const items = [...container.querySelectorAll('[data-figure-kind]')];
    expect(items.map((item) => item.getAttribute('data-figure-kind'))).toEqual(['money', 'change']);
    const money = screen.getByRole('button', { name: '13.7 亿元 净利润' });
    expect(money.getAttribute('aria-describedby')).toBe('fl-sentence-p0-f0');
    const sentence = container.querySelector('#fl-sentence-p0-f0')!;
    expect(sentence.textContent).toBe('青岛港一季度实现净利润13.7亿元，同比增长8.2%。');
    expect(sentence.querySelector('mark')?.textContent).toBe('13.7亿元');
    // one line per sentence: it starts close enough to the figure for the figure to show, the whole in its title
    const second = container.querySelector('#fl-sentence-p0-f1')!;
    expect(second.textContent).toBe('…实现净利润13.7亿元，同比增长8.2%。');
    expect(second.getAttribute('title')).toBe('青岛港一季度实现净利润13.7亿元，同比增长8.2%。');
    expect(items[1]!.getAttribute('data-direction')).toBe('rise');
  });

  it('lists the stocks with how many figures concern each', async () => {
    const { container } = renderPopup(fakeApi());
    await ready();
    const codes = [...container.querySelectorAll('[data-stock-code]')].map((li) => li.getAttribute('data-stock-code'));
    expect(codes).toEqual(['sh601298', 'sz001872']);
    expect(screen.getByRole('button', { name: '青岛港 沪 sh601298 2 个数据' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '招商港口 深 sz001872 1 个数据' })).toBeTruthy();
  });

  it('speaks English in the English locale', async () => {
    renderPopup(fakeApi(), en);
    await ready();
    expect(screen.getByRole('heading', { level: 2, name: 'Key figures' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '招商港口 Shenzhen sz001872 1 figure' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /^Ads 3 on this page$/ })).toBeTruthy();
    expect(screen.getByText('about 2 minutes to read')).toBeTruthy();
  });

  it('says so when there are no figures or stocks', async () => {
    renderPopup(fakeApi({}, { ...sampleSummary(), figures: [], stocks: [] }));
    await ready();
    expect(screen.getByText('这篇文章里没有找到要显示的关键数据。')).toBeTruthy();
    expect(screen.getByText('这篇文章里没有股票链接。')).toBeTruthy();
  });

  it('says so when the page kept undoing clean reading (issue 15), and only then', async () => {
    const { unmount } = renderPopup(fakeApi({}, { ...sampleSummary(), cleaningUndone: true }));
    await ready();
    const message = screen.getByText('这个页面一再撤销清爽阅读，FinLens 已停止，页面保持新浪原样。');
    expect(message.getAttribute('role')).toBe('status');
    unmount();
    renderPopup(fakeApi());
    await ready();
    expect(screen.queryByText(/一再撤销清爽阅读/)).toBeNull();
  });

  it('shows page text with markup literally', async () => {
    const summary = sampleSummary();
    summary.title = HOSTILE;
    summary.source = HOSTILE;
    summary.figures[0]!.label = HOSTILE;
    summary.figures[0]!.sentence = `${HOSTILE} 13.7亿元`;
    summary.figures[0]!.display = HOSTILE;
    summary.stocks[0]!.name = HOSTILE;
    const { container } = renderPopup(fakeApi({}, summary));
    expect((await screen.findByRole('heading', { level: 1, name: HOSTILE })).id).toBe('popup-title');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(`来源：${HOSTILE}`);
    expect(container.querySelector('#fl-sentence-p0-f0 mark')?.textContent).toBe('13.7亿元');
  });
});

describe('friendly states', () => {
  it('shows a loading message first', () => {
    renderPopup(fakeApi({ getSummary: () => new Promise(() => {}) }));
    expect(screen.getByRole('status').textContent).toBe('正在读取这篇文章…');
    expect(document.querySelector('main')?.getAttribute('data-state')).toBe('loading');
  });

  it.each([
    ['not-article', 'zh', '这里没有新浪财经文章', /只在新浪财经的文章页上工作/],
    ['no-answer', 'zh', '页面还没有准备好', /请刷新页面后再试/],
    ['not-article', 'en', 'No Sina Finance article here', /works on Sina Finance article pages/],
  ] as const)('%s (%s): a plain heading and an explanation', async (status, lang, heading, body) => {
    const api = fakeApi({ getSummary: async () => ({ status }) });
    const l10n = lang === 'zh' ? zh : en;
    renderPopup(api, l10n);
    const title = await screen.findByRole('heading', { level: 1, name: heading });
    expect(title.id).toBe('popup-title');
    expect(screen.getByText(body)).toBeTruthy();
    expect(document.querySelector('[data-figure-kind], #clean-toggle, #copy-summary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: l10n === zh ? '设置' : 'Settings' }));
    expect(api.openOptions).toHaveBeenCalledOnce();
  });

  it('treats a failed request as no answer, not as a crash', async () => {
    renderPopup(fakeApi({ getSummary: () => Promise.reject(new Error('boom')) }));
    expect(await screen.findByRole('heading', { level: 1, name: '页面还没有准备好' })).toBeTruthy();
  });
});

describe('acting on the tab', () => {
  it('reveals a figure and opens a stock', async () => {
    const api = fakeApi();
    renderPopup(api);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: /^\+8\.2%，同比/ }));
    expect(api.revealFigure).toHaveBeenCalledWith('p0-f1');
    fireEvent.click(screen.getByRole('button', { name: /^青岛港/ }));
    expect(api.openStock).toHaveBeenCalledWith('sh601298');
  });

  it('says so when the page does not respond', async () => {
    renderPopup(fakeApi({ revealFigure: async () => false }));
    await ready();
    fireEvent.click(screen.getByRole('button', { name: /^13\.7/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('页面没有响应，请刷新文章页后再试。'));
  });

  it('turns clean reading off and on in the tab', async () => {
    const api = fakeApi();
    renderPopup(api);
    await ready();
    const toggle = screen.getByRole('switch', { name: '清爽阅读' }) as HTMLInputElement;
    expect(toggle.id).toBe('clean-toggle');
    expect(toggle.type).toBe('checkbox');
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(api.setCleaning).toHaveBeenLastCalledWith(false, undefined);
    await waitFor(() => expect(toggle.checked).toBe(false));
    // with clean reading off, the category switches wait for it
    expect((document.querySelector('[data-category="ads"]') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('开启清爽阅读后可逐项选择。')).toBeTruthy();
    fireEvent.click(toggle);
    expect(api.setCleaning).toHaveBeenLastCalledWith(true, undefined);
    await waitFor(() => expect(toggle.checked).toBe(true));
  });

  it('switches one category, and shows the counts the tab reports', async () => {
    const api = fakeApi();
    const { container } = renderPopup(api);
    await ready();
    const switches = [...container.querySelectorAll<HTMLInputElement>('[data-category]')];
    expect(switches.map((s) => s.getAttribute('data-category'))).toEqual(Object.keys(DEFAULT_HIDDEN));
    expect(switches.every((s) => s.getAttribute('role') === 'switch')).toBe(true);
    const comments = screen.getByRole('switch', { name: '评论 页面上有 1 处' }) as HTMLInputElement;
    expect(screen.getByRole('switch', { name: '通用行情图' })).toBeTruthy(); // no count known
    expect(screen.getByRole('switch', { name: '相关与推荐列表 页面上没有' })).toBeTruthy();
    fireEvent.click(comments);
    expect(api.setCleaning).toHaveBeenLastCalledWith(true, { comments: false });
    await waitFor(() => expect(comments.checked).toBe(false));
    expect(screen.getByRole('switch', { name: '广告 页面上有 4 处' })).toBeTruthy();
  });

  it('rolls a switch back when the tab does not do it', async () => {
    renderPopup(fakeApi({ setCleaning: async () => null }));
    await ready();
    const toggle = screen.getByRole('switch', { name: '清爽阅读' }) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('页面没有响应，请刷新文章页后再试。'));
    expect(toggle.checked).toBe(true);
  });

  it('copies the summary as Markdown', async () => {
    const api = fakeApi();
    renderPopup(api);
    await ready();
    fireEvent.click(document.getElementById('copy-summary')!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('摘要已复制。'));
    const markdown = vi.mocked(api.copyText).mock.calls[0]![0];
    expect(markdown.startsWith(`# [${sampleSummary().title}](${sampleSummary().url})`)).toBe(true);
    expect(markdown).toContain('## 关键数据');
  });

  it('says so when copying fails', async () => {
    renderPopup(fakeApi({ copyText: () => Promise.reject(new Error('denied')) }));
    await ready();
    fireEvent.click(screen.getByRole('button', { name: '复制摘要（Markdown）' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('无法复制到剪贴板，请再试一次。'));
  });
});

describe('keyboard and colours', () => {
  const CATEGORY_STOPS = [
    'input:广告 页面上有 3 处',
    'input:App 推广、二维码与开户推广',
    'input:分享工具栏',
    'input:相关与推荐列表 页面上没有',
    'input:评论 页面上有 1 处',
    'input:侧边栏',
    'input:顶部导航与面包屑',
    'input:通用行情图',
    'input:责任编辑署名',
    'input:免责声明',
  ];
  it.each([
    ['folded (the default)', undefined, []],
    ['open', { cleaning: true }, CATEGORY_STOPS],
  ])('reaches every control with Tab, in reading order, each a native control with a name: cleaning %s', async (_name, folds, categories) => {
    const { container } = renderPopup(fakeApi(), zh, undefined, { folds });
    await ready();
    expect(tabOrder(container)).toEqual([
      'button:13.7 亿元 净利润',
      'button:+8.2%，同比 净利润', // the ▲ is decoration (aria-hidden); the sign is in the text
      'button:青岛港 沪 sh601298 2 个数据',
      'button:招商港口 深 sz001872 1 个数据',
      'input:清爽阅读', // the main switch stays in view, after what the reader came for
      'summary:清爽阅读',
      ...categories,
      'button:复制摘要（Markdown）',
      'button:设置',
    ]);
  });

  it('marks the colour convention for the stylesheet', async () => {
    renderPopup(fakeApi(), zh, 'green-up');
    await ready();
    expect(document.querySelector('main')?.getAttribute('data-colors')).toBe('green-up');
  });
});

describe('the folding cleaning section', () => {
  it('opens as the reader left it, and reports each change so the popup remembers it', async () => {
    const onFoldsChange = vi.fn();
    const { container } = renderPopup(fakeApi(), zh, undefined, { folds: { cleaning: false }, onFoldsChange });
    await ready();
    const fold = container.querySelector<HTMLDetailsElement>('details[data-fold="cleaning"]')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')?.textContent).toBe('清爽阅读');
    fold.open = true;
    fireEvent(fold, new Event('toggle'));
    expect(onFoldsChange).toHaveBeenLastCalledWith({ cleaning: true });
    fold.open = false;
    fireEvent(fold, new Event('toggle'));
    expect(onFoldsChange).toHaveBeenLastCalledWith({ cleaning: false });
  });

  it('keeps the main clean-reading switch in view when folded', async () => {
    const { container } = renderPopup(fakeApi());
    await ready();
    expect(container.querySelector('#clean-toggle')?.closest('details')).toBeNull();
    expect(container.querySelector('[data-category]')?.closest('details')?.open).toBe(false);
  });
});
