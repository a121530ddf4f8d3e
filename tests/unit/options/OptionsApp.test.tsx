// @vitest-environment happy-dom
// The options page: every setting has a labelled native control, each change
// is saved at once and confirmed, storage is the source of truth, and the
// page works in both languages and by keyboard.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsProps } from '@/components/options/OptionsApp';
import { L10nProvider } from '@/components/shared/l10n';
import { defaultSettings, loadSettings, saveSettings, watchSettings, type Settings } from '@/utils/settings';
import { CATEGORIES } from '@/utils/sina/categories';
import { FIGURE_KINDS } from '@/utils/figure-kinds';
import { componentLocales } from '../component-locales';
import { tabOrder } from '../popup/tab-order';

const locales = componentLocales();

function renderOptions(props: Partial<OptionsProps> = {}, l10n = locales.zh, initial: Settings = defaultSettings()) {
  const utils = render(
    <L10nProvider value={l10n}>
      <OptionsApp
        initial={initial}
        save={saveSettings}
        reset={() => saveSettings(defaultSettings())}
        subscribe={watchSettings}
        {...props}
      />
    </L10nProvider>,
  );
  return { ...utils, $: <T extends Element = HTMLInputElement>(selector: string) => utils.container.querySelector<T>(selector)! };
}

const saved = () => waitFor(() => expect(screen.getByRole('status').textContent).toBe('已保存。'));

describe('controls', () => {
  it('has a title and one labelled control per setting', () => {
    const { container, $ } = renderOptions();
    expect(screen.getByRole('heading', { level: 1, name: 'FinLens 设置' }).id).toBe('options-title');
    expect([...container.querySelectorAll('[data-category]')].map((e) => e.getAttribute('data-category'))).toEqual([
      ...CATEGORIES,
    ]);
    expect([...container.querySelectorAll('[data-kind]')].map((e) => e.getAttribute('data-kind'))).toEqual([...FIGURE_KINDS]);
    expect([...container.querySelectorAll<HTMLInputElement>('[name=colors]')].map((e) => [e.value, e.checked])).toEqual([
      ['red-up', true],
      ['green-up', false],
      ['neutral', false],
    ]);
    expect([...container.querySelectorAll<HTMLInputElement>('[name=openOn]')].map((e) => [e.value, e.checked])).toEqual([
      ['click', true],
      ['hover', false],
    ]);
    expect($('#key-figures').value).toBe('8');
    expect(screen.getByRole('spinbutton', { name: '摘要里显示几个关键数据' })).toBe($('#key-figures'));
    expect(screen.getByRole('radiogroup', { name: '用哪种颜色表示涨跌' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '红涨绿跌（中国大陆习惯）' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: '免责声明' })).toBe($('[data-category=disclaimer]'));
    expect($('[data-category=disclaimer]').checked).toBe(false);
    expect(screen.getByRole('checkbox', { name: '倍数' })).toBe($('[data-kind=multiple]'));
  });

  it('speaks English in the English locale', () => {
    renderOptions({}, locales.en);
    expect(screen.getByRole('heading', { level: 1, name: 'FinLens settings' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Green for up, red for down (international)' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Comments' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Key figures in a summary' })).toBeTruthy();
  });

  it('shows what is stored, not the defaults', () => {
    const { $ } = renderOptions({}, locales.zh, { ...defaultSettings(), colors: 'neutral', keyFigures: 3, kinds: ['money'] });
    expect($('[name=colors][value=neutral]').checked).toBe(true);
    expect($('#key-figures').value).toBe('3');
    expect($('[data-kind=money]').checked).toBe(true);
    expect($('[data-kind=date]').checked).toBe(false);
  });
});

describe('saving', () => {
  it.each<[string, (get: (s: string) => HTMLInputElement) => void, (s: Settings) => unknown, unknown]>([
    ['a colour convention', (get) => fireEvent.click(get('[name=colors][value=green-up]')), (s) => s.colors, 'green-up'],
    ['how the panel opens', (get) => fireEvent.click(get('[name=openOn][value=hover]')), (s) => s.panel.openOn, 'hover'],
    ['a category default', (get) => fireEvent.click(get('[data-category=comments]')), (s) => s.cleaning.hidden.comments, false],
    ['clean reading by default', (get) => fireEvent.click(get('#clean-default')), (s) => s.cleaning.enabled, false],
    ['a figure kind', (get) => fireEvent.click(get('[data-kind=date]')), (s) => s.kinds.includes('date'), false],
    [
      'the number of key figures',
      (get) => {
        fireEvent.input(get('#key-figures'), { target: { value: '5' } });
        fireEvent.change(get('#key-figures'));
      },
      (s) => s.keyFigures,
      5,
    ],
  ])('saves %s at once and says so', async (_name, act, pick, expected) => {
    const { $ } = renderOptions();
    act($);
    await saved();
    expect(pick(await loadSettings())).toEqual(expected);
  });

  it('keeps the other settings when one changes', async () => {
    await saveSettings({ colors: 'neutral' });
    const { $ } = renderOptions({}, locales.zh, await loadSettings());
    fireEvent.click($('[data-category=ads]'));
    await saved();
    const settings = await loadSettings();
    expect([settings.colors, settings.cleaning.hidden.ads, settings.cleaning.hidden.share]).toEqual(['neutral', false, true]);
  });

  it('clamps the number of key figures and shows what was stored', async () => {
    const { $ } = renderOptions();
    fireEvent.input($('#key-figures'), { target: { value: '50' } });
    fireEvent.change($('#key-figures'));
    await saved();
    expect((await loadSettings()).keyFigures).toBe(20);
    await waitFor(() => expect($('#key-figures').value).toBe('20'));
  });

  it('puts back the stored number when the field is emptied', async () => {
    const save = vi.fn(saveSettings);
    const { $ } = renderOptions({ save });
    fireEvent.input($('#key-figures'), { target: { value: '' } });
    fireEvent.change($('#key-figures'));
    await waitFor(() => expect($('#key-figures').value).toBe('8'));
    expect(save).not.toHaveBeenCalled();
  });

  it('warns when no kind is left', async () => {
    const { $ } = renderOptions({}, locales.zh, { ...defaultSettings(), kinds: ['money'] });
    fireEvent.click($('[data-kind=money]'));
    await saved();
    expect(screen.getByText('没有选择任何类型，摘要里将没有数据。')).toBeTruthy();
    expect((await loadSettings()).kinds).toEqual([]);
  });

  it('rolls back and says so when saving fails', async () => {
    const { $ } = renderOptions({ save: () => Promise.reject(new Error('quota')) });
    fireEvent.click($('[name=colors][value=neutral]'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('保存失败，请再试一次。'));
    expect($('[name=colors][value=red-up]').checked).toBe(true);
  });

  it('restores the defaults', async () => {
    await saveSettings({ colors: 'neutral', keyFigures: 3 });
    const { $ } = renderOptions({}, locales.zh, await loadSettings());
    fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已恢复默认设置。'));
    expect(await loadSettings()).toEqual(defaultSettings());
    expect($('[name=colors][value=red-up]').checked).toBe(true);
    expect($('#key-figures').value).toBe('8');
  });

  it('follows a change saved elsewhere', async () => {
    const { $ } = renderOptions();
    await saveSettings({ panel: { openOn: 'hover' } });
    await waitFor(() => expect($('[name=openOn][value=hover]').checked).toBe(true));
  });
});

describe('keyboard', () => {
  it('reaches every control with Tab, in page order, radio groups as one stop', () => {
    const { container } = renderOptions();
    const order = tabOrder(container);
    expect(order[0]).toBe('input:打开文章时自动开启清爽阅读');
    expect(order.slice(1, 11)).toEqual(CATEGORIES.map((c) => `input:${zhCategory(c)}`));
    // the reading layout (issue 10): three sliders, then the font and the theme as one stop each
    expect(order.slice(11, 16)).toEqual(['input:字号', 'input:行宽（每行字数）', 'input:行高', 'input:网页字体', 'input:跟随系统']);
    expect(order.slice(16, 18)).toEqual(['input:点击股票旁的按钮时', 'input:红涨绿跌（中国大陆习惯）']);
    expect(order.slice(18, 27)).toEqual(['金额', '价格', '百分比', '涨跌与增减', '比率', '倍数', '数量', '日期', '时期'].map((k) => `input:${k}`));
    expect(order.slice(27)).toEqual(['input:摘要里显示几个关键数据', 'button:恢复默认设置']);
  });
});

function zhCategory(category: (typeof CATEGORIES)[number]): string {
  return {
    ads: '广告',
    'app-promo': 'App 推广、二维码与开户推广',
    share: '分享工具栏',
    related: '相关与推荐列表',
    comments: '评论',
    sidebar: '侧边栏',
    header: '顶部导航与面包屑',
    'quote-chart': '通用行情图',
    editor: '责任编辑署名',
    disclaimer: '免责声明',
  }[category];
}
