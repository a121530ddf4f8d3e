// @vitest-environment happy-dom
// mountStockUi on Sina's real keyword markup: one trigger host after each quote span, the page's text left
// alone, one panel at a time, focus in and back out, closing rules, settings, and a clean destroy().
import { within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stock } from '@/utils/sina/article';
import { mountStockUi, type MountOptions, type StockLinkInPage, type StockUi } from '@/utils/stock-ui';
import { HOSTILE, QINGDAO_FIGURES, testFormat } from './fixtures';
import { zh } from './l10n';
import { ARTICLE_HTML, options, stocksIn } from './page-fixture';

// The article model's stocks plug straight in.
const fromModel: (s: Stock) => StockLinkInPage = (s) => s;
void fromModel;

let ui: StockUi | null = null;
function mount(overrides: Partial<MountOptions> = {}): StockUi {
  ui = mountStockUi(document, { ...options(), t: zh, format: testFormat, ...overrides });
  return ui;
}

beforeEach(() => {
  document.body.innerHTML = ARTICLE_HTML;
  document.body.removeAttribute('style');
});
afterEach(() => {
  ui?.destroy();
  ui = null;
  vi.useRealTimers();
});

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('finlens-trigger'));
const hostOf = (code: string) => document.querySelector<HTMLElement>(`finlens-trigger[data-code="${code}"]`)!;
const buttonOf = (code: string) => hostOf(code).shadowRoot!.querySelector('button')!;
const panelHost = () => document.querySelector<HTMLElement>('finlens-panel');
const panelRoot = () => panelHost()?.shadowRoot ?? null;
const dialog = () => panelRoot()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
/** The element that has focus, looking through open shadow roots. */
function focused(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
const key = (target: EventTarget, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const pointer = (target: EventTarget, type: string, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: type === 'pointerdown', composed: true, pointerType }));

describe('mountStockUi: triggers', () => {
  it("asks for the page's computed style only once it mounts a host: a page with no stock links pays no style recalculation", () => {
    const computed = vi.spyOn(window, 'getComputedStyle');
    mount({ stocks: [] });
    expect(computed).not.toHaveBeenCalled();
    ui!.destroy();
    mount();
    expect(computed).toHaveBeenCalled();
    computed.mockRestore();
  });

  it('puts exactly one host per stock link right after its quote span (or its stock span)', () => {
    mount();
    expect(hosts().map((h) => h.dataset.code)).toEqual(['sh601298', 'sz300059', 'us.JPM', 'sz000061']);
    expect(hostOf('sh601298').previousElementSibling?.id).toBe('quote_sh601298');
    expect(hostOf('us.JPM').previousElementSibling?.id).toBe('quote_JPM');
    expect(hostOf('sz000061').previousElementSibling?.id).toBe('stock_sz000061');
    for (const host of hosts()) {
      expect(host.closest('span')).toBeNull(); // never inside Sina's spans
      expect(host.shadowRoot?.mode).toBe('open');
      expect(host.shadowRoot?.querySelector('style')).not.toBeNull();
    }
  });

  it('gives each trigger a real button with data-stock-code and a name with the stock and its count', () => {
    mount();
    const root = hostOf('sh601298').shadowRoot!;
    const button = within(root as unknown as HTMLElement).getByRole('button', { name: '青岛港 sh601298：3 个数据' });
    expect(button.getAttribute('data-stock-code')).toBe('sh601298');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(buttonOf('sz300059').getAttribute('aria-label')).toBe('东方财富 sz300059：3 个数据');
    expect(buttonOf('us.JPM').getAttribute('aria-label')).toBe('摩根大通 us.JPM：没有相关数据');
  });

  it("leaves the page's text and Sina's spans as they were", () => {
    const text = document.body.textContent;
    const spans = Array.from(document.querySelectorAll('span[id]')).map((s) => s.outerHTML);
    mount();
    expect(document.body.textContent).toBe(text);
    expect(Array.from(document.querySelectorAll('span[id]')).map((s) => s.outerHTML)).toEqual(spans);
  });

  const quoteIn = () => {
    const line = dialog()?.querySelector('[data-quote="quote"]');
    if (!line) return null;
    const part = (name: string) => line.querySelector(`[data-quote="${name}"]`)?.textContent;
    return [part('price'), part('change'), part('percent'), line.getAttribute('data-direction')].join(' ');
  };
  /** Lets the MutationObserver's callback run. */
  const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("keeps Sina's quote span working: its script can fill it later, and the panel reads it then", () => {
    mount();
    document.getElementById('quote_sh601298')!.textContent = '(3.55, 0.02, 0.57%)';
    expect(hostOf('sh601298').previousElementSibling?.id).toBe('quote_sh601298');
    buttonOf('sh601298').click();
    expect(quoteIn()).toBe('3.55 +0.02 +0.57% up');
  });

  it('reads the US quote into price, change and percent', () => {
    mount();
    buttonOf('us.JPM').click();
    expect(quoteIn()).toBe('115.395 +2.79 +2.47% up');
  });

  it('shows no quote while the span is empty', () => {
    mount();
    buttonOf('sh601298').click();
    expect(dialog()).not.toBeNull();
    expect(quoteIn()).toBeNull();
  });

  it("follows Sina's updates of the span while the panel is open, and stops when it closes", async () => {
    mount();
    const span = document.getElementById('quote_sh601298')!;
    buttonOf('sh601298').click();
    // as Sina's script does: coloured <font> tags, rewritten in place
    span.append('(', Object.assign(document.createElement('font'), { textContent: '3.55' }), ', -0.02, -0.56%)');
    await mutationsDelivered();
    expect(quoteIn()).toBe('3.55 \u22120.02 \u22120.56% down');
    span.querySelector('font')!.textContent = '3.60';
    await mutationsDelivered();
    expect(quoteIn()).toBe('3.60 \u22120.02 \u22120.56% down');
    span.textContent = '';
    await mutationsDelivered();
    expect(quoteIn()).toBeNull();

    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    ui!.close();
    expect(disconnect).toHaveBeenCalledTimes(1);
    buttonOf('us.JPM').click();
    expect(observe).toHaveBeenCalledTimes(1);
    expect(observe.mock.calls[0]![0]).toBe(document.getElementById('quote_JPM'));
    ui!.destroy();
    // the second quote watch, and the host keeper's observer (utils/stock-ui/host-keeper.ts)
    expect(disconnect).toHaveBeenCalledTimes(3);
    observe.mockRestore();
    disconnect.mockRestore();
  });

  it("uses the quote service only for a stock whose span holds no quote, and stops it when the panel closes", async () => {
    const stops: string[] = [];
    const serviceQuote = vi.fn((stock: { code: string }, onQuote: (q: { price: string; change: string; percent: string; direction: 'down' }) => void) => {
      onQuote({ price: '3.50', change: '\u22120.05', percent: '\u22121.41%', direction: 'down' });
      return () => stops.push(stock.code);
    });
    mount({ serviceQuote });
    buttonOf('us.JPM').click(); // Sina's span holds a quote: the service is not asked
    expect(quoteIn()).toBe('115.395 +2.79 +2.47% up');
    buttonOf('sh601298').click(); // an empty span: the service's quote is shown
    expect(serviceQuote).toHaveBeenCalledTimes(1);
    expect(quoteIn()).toBe('3.50 \u22120.05 \u22121.41% down');
    // Sina's own quote, once its script fills the span, wins
    document.getElementById('quote_sh601298')!.textContent = '(3.55, 0.02, 0.57%)';
    await mutationsDelivered();
    expect(quoteIn()).toBe('3.55 +0.02 +0.57% up');
    ui!.close();
    expect(stops).toEqual(['sh601298']);
  });

  it('destroy() removes every host it added', () => {
    mount();
    buttonOf('sh601298').click();
    expect(document.querySelectorAll('finlens-trigger, finlens-panel')).toHaveLength(5);
    ui!.destroy();
    expect(document.querySelectorAll('finlens-trigger, finlens-panel')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(ARTICLE_HTML);
    key(document.body, 'Escape'); // listeners are gone too: nothing to throw
    ui!.destroy(); // twice is harmless
  });
});

describe('mountStockUi: the panel', () => {
  it('opens a dialog named after the stock, with its figures carrying data-kind, and moves focus into it', () => {
    mount();
    buttonOf('sh601298').click();
    const root = panelRoot()!;
    expect(panelHost()!.parentElement).toBe(document.body);
    expect(panelHost()!.hidden).toBe(false);
    const d = within(root as unknown as HTMLElement).getByRole('dialog', { name: /青岛港/ });
    expect(Array.from(d.querySelectorAll('[data-kind]')).map((el) => el.getAttribute('data-kind'))).toEqual(['date', 'money', 'period']);
    expect(buttonOf('sh601298').getAttribute('aria-expanded')).toBe('true');
    expect(root.contains(focused())).toBe(true);
    expect(focused()?.id).toBe('fl-panel-title');
  });

  it('places the panel host in the viewport with inline px', () => {
    mount();
    buttonOf('sh601298').click();
    const style = panelHost()!.style;
    expect(style.top).toMatch(/^\d+(\.\d+)?px$/);
    expect(style.left).toMatch(/^\d+(\.\d+)?px$/);
    expect(style.width).toBe('360px');
    expect(style.getPropertyValue('--fl-panel-max-height')).toMatch(/px$/);
  });

  it('closes on Escape and gives focus back to the trigger', () => {
    mount();
    buttonOf('sh601298').click();
    key(focused()!, 'Escape');
    expect(dialog()).toBeNull();
    expect(panelHost()!.hidden).toBe(true);
    expect(focused()).toBe(buttonOf('sh601298'));
    expect(buttonOf('sh601298').getAttribute('aria-expanded')).toBe('false');
  });

  it('closes from its close button, focus back on the trigger', () => {
    mount();
    buttonOf('sz300059').click();
    (dialog()!.querySelector('.fl-close') as HTMLButtonElement).click();
    expect(dialog()).toBeNull();
    expect(focused()).toBe(buttonOf('sz300059'));
  });

  it('closes on a press outside, not on a press inside', () => {
    mount();
    buttonOf('sh601298').click();
    pointer(dialog()!.querySelector('.fl-sentence')!, 'pointerdown');
    expect(dialog()).not.toBeNull();
    pointer(document.querySelector('#artibody p')!, 'pointerdown');
    expect(dialog()).toBeNull();
  });

  it('toggles closed when its trigger is activated again', () => {
    mount();
    buttonOf('sh601298').click();
    buttonOf('sh601298').click();
    expect(dialog()).toBeNull();
    expect(focused()).toBe(buttonOf('sh601298'));
  });

  it('shows one panel at a time: opening another closes the first', () => {
    mount();
    buttonOf('sh601298').click();
    buttonOf('sz300059').click();
    expect(document.querySelectorAll('finlens-panel')).toHaveLength(1);
    expect(panelRoot()!.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(within(panelRoot() as unknown as HTMLElement).getByRole('dialog', { name: /东方财富/ })).toBeTruthy();
    expect(buttonOf('sh601298').getAttribute('aria-expanded')).toBe('false');
    expect(buttonOf('sz300059').getAttribute('aria-expanded')).toBe('true');
  });

  it("shows the article's key figures when nothing concerns the stock", () => {
    mount();
    buttonOf('sz000061').click();
    expect(dialog()!.querySelector('.fl-empty')?.textContent).toBe('文中没有关于农产品的数据。');
    expect(Array.from(dialog()!.querySelectorAll('[data-kind]')).map((el) => el.getAttribute('data-kind'))).toEqual(['money', 'change']);
  });

  it('asks the page to reveal an activated figure, closing the panel', () => {
    const onReveal = vi.fn();
    mount({ onReveal });
    buttonOf('sh601298').click();
    (dialog()!.querySelector('[data-kind="money"] button') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith(QINGDAO_FIGURES[1]);
    expect(dialog()).toBeNull();
  });

  it('opens and closes through its API', () => {
    const api = mount();
    expect(api.open('nope')).toBe(false);
    expect(api.open('sz300059')).toBe(true);
    expect(within(panelRoot() as unknown as HTMLElement).getByRole('dialog', { name: /东方财富/ })).toBeTruthy();
    api.close();
    expect(dialog()).toBeNull();
    expect(focused()).toBe(buttonOf('sz300059'));
  });
});

describe('mountStockUi: settings', () => {
  it('counts and lists only the kinds the reader wants, and follows the colour setting', () => {
    const api = mount();
    buttonOf('sz300059').click();
    expect(dialog()!.getAttribute('data-colors')).toBe('red-up');
    api.update({ kinds: ['change'], colors: 'green-up' });
    expect(buttonOf('sz300059').getAttribute('aria-label')).toBe('东方财富 sz300059：2 个数据');
    expect(buttonOf('sh601298').getAttribute('aria-label')).toBe('青岛港 sh601298：没有相关数据');
    expect(dialog()!.getAttribute('data-colors')).toBe('green-up');
    expect(Array.from(dialog()!.querySelectorAll('[data-kind]')).map((el) => el.getAttribute('data-direction'))).toEqual(['rise', 'fall']);
  });

  it('hover mode: opens after a short delay without taking focus, and closes after the pointer leaves both', () => {
    vi.useFakeTimers();
    mount({ settings: { ...options().settings, openOn: 'hover' }, hoverDelay: { open: 200, close: 300 } });
    pointer(hostOf('sh601298'), 'pointerenter');
    vi.advanceTimersByTime(150);
    expect(dialog()).toBeNull();
    vi.advanceTimersByTime(100);
    expect(dialog()).not.toBeNull();
    expect(panelRoot()!.contains(focused())).toBe(false);
    pointer(hostOf('sh601298'), 'pointerleave');
    pointer(panelHost()!, 'pointerenter'); // travelling into the panel keeps it open
    vi.advanceTimersByTime(1000);
    expect(dialog()).not.toBeNull();
    pointer(panelHost()!, 'pointerleave');
    vi.advanceTimersByTime(350);
    expect(dialog()).toBeNull();
  });

  it('hover mode: touch does not hover, and the keyboard still works', () => {
    vi.useFakeTimers();
    mount({ settings: { ...options().settings, openOn: 'hover' } });
    pointer(hostOf('sh601298'), 'pointerenter', 'touch');
    vi.advanceTimersByTime(1000);
    expect(dialog()).toBeNull();
    buttonOf('sh601298').focus();
    vi.advanceTimersByTime(1000);
    expect(dialog()).not.toBeNull(); // focus opened it …
    buttonOf('sh601298').click(); // … and Enter/Space/click moves into it
    expect(panelRoot()!.contains(focused())).toBe(true);
    key(focused()!, 'Escape');
    vi.advanceTimersByTime(1000);
    expect(dialog()).toBeNull(); // focus handed back does not reopen it
    expect(focused()).toBe(buttonOf('sh601298'));
  });

  it('click mode ignores hover', () => {
    vi.useFakeTimers();
    mount();
    pointer(hostOf('sh601298'), 'pointerenter');
    vi.advanceTimersByTime(1000);
    expect(dialog()).toBeNull();
  });
});

describe('mountStockUi: the page', () => {
  it.each([
    ['rgb(24, 26, 27)', 'finlens-dark'],
    ['rgb(255, 255, 255)', 'finlens-light'],
    ['rgba(0, 0, 0, 0)', null],
  ])('matches a page background of %s with %s', (bg, cls) => {
    document.body.style.backgroundColor = bg;
    mount();
    buttonOf('sh601298').click();
    for (const host of [hostOf('sh601298'), panelHost()!]) {
      expect(host.classList.contains('finlens-dark')).toBe(cls === 'finlens-dark');
      expect(host.classList.contains('finlens-light')).toBe(cls === 'finlens-light');
    }
  });

  it('shows a hostile stock name as text', () => {
    document.querySelector('#stock_sh601298 a')!.textContent = HOSTILE;
    mount({ stocks: stocksIn(document) });
    expect(buttonOf('sh601298').getAttribute('aria-label')).toBe(`${HOSTILE} sh601298：3 个数据`);
    buttonOf('sh601298').click();
    expect(panelRoot()!.querySelector('img')).toBeNull();
    expect(hostOf('sh601298').shadowRoot!.querySelector('img')).toBeNull();
    expect(dialog()!.querySelector('.fl-name')?.textContent).toBe(HOSTILE);
  });
});
