// @vitest-environment happy-dom
// The quote-service option: turning it on asks for the host permission in the same click and saves "on"
// only when the browser grants it; a refusal (or a failing request) leaves it off with a plain message;
// turning it off gives the permission back.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { QuotePermission } from '@/components/options/QuoteServiceSection';
import { L10nProvider } from '@/components/shared/l10n';
import { defaultSettings, loadSettings, saveSettings, type Settings } from '@/utils/settings';
import { componentLocales } from '../component-locales';

const locales = componentLocales();

function renderWith(permission: QuotePermission, l10n = locales.zh, initial: Settings = defaultSettings()) {
  render(
    <L10nProvider value={l10n}>
      <OptionsApp initial={initial} save={saveSettings} reset={() => saveSettings(defaultSettings())} quotePermission={permission} />
    </L10nProvider>,
  );
  return screen.getByRole('switch', { name: l10n === locales.zh ? '向新浪行情服务查询股价' : "Ask Sina's quote service for a stock's price" }) as HTMLInputElement;
}

describe('the quote-service option', () => {
  it('is off by default, labelled and explained in both languages', () => {
    const permission = { request: vi.fn(), remove: vi.fn() };
    for (const l10n of [locales.zh, locales.en]) {
      const input = renderWith(permission, l10n);
      expect(input.checked).toBe(false);
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toContain('hq.sinajs.cn');
      cleanup();
    }
    expect(permission.request).not.toHaveBeenCalled();
  });

  it('asks for the permission in the click itself and is saved on when granted', async () => {
    const permission = { request: vi.fn(async () => true), remove: vi.fn(async () => true) };
    const input = renderWith(permission);
    fireEvent.click(input);
    expect(permission.request).toHaveBeenCalledTimes(1); // synchronously, within the gesture
    await waitFor(async () => expect((await loadSettings()).quotes.service).toBe(true));
    expect(input.checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays off while the browser is still asking the reader', async () => {
    const permission = { request: vi.fn(() => new Promise<boolean>(() => {})), remove: vi.fn(async () => true) };
    const input = renderWith(permission);
    fireEvent.click(input);
    await waitFor(() => expect(input.getAttribute('data-asking')).toBe('true'));
    expect(input.checked).toBe(false);
    expect((await loadSettings()).quotes.service).toBe(false);
  });

  it.each([
    ['refused', async () => false],
    ['failing', async () => Promise.reject(new Error('permissions.request may only be called from a user input handler'))],
  ])('stays off with a plain message when the request is %s', async (_what, request) => {
    const permission = { request: vi.fn(request), remove: vi.fn(async () => true) };
    const input = renderWith(permission);
    fireEvent.click(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('浏览器没有允许 FinLens 访问 hq.sinajs.cn，此选项保持关闭。'));
    expect(input.checked).toBe(false);
    expect((await loadSettings()).quotes.service).toBe(false);
  });

  it('turns off without asking, and gives the permission back', async () => {
    await saveSettings({ quotes: { service: true } });
    const permission = { request: vi.fn(async () => true), remove: vi.fn(async () => true) };
    const input = renderWith(permission, locales.zh, await loadSettings());
    expect(input.checked).toBe(true);
    fireEvent.click(input);
    await waitFor(async () => expect((await loadSettings()).quotes.service).toBe(false));
    expect(permission.request).not.toHaveBeenCalled();
    expect(permission.remove).toHaveBeenCalledTimes(1);
  });
});
