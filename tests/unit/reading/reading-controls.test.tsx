// @vitest-environment happy-dom
// The reading controls: the popup's compact row saves each step at once (and
// stops at the ends of the ranges, and rolls back when saving fails), and the
// options page's section saves its sliders and choices and previews them.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp, type ReadingControl } from '@/components/popup/PopupApp';
import { OptionsApp } from '@/components/options/OptionsApp';
import { L10nProvider } from '@/components/shared/l10n';
import type { PopupApi } from '@/utils/popup-connection';
import { DEFAULT_READING, type ReadingSettings } from '@/utils/reading-values';
import { PALETTES } from '@/utils/reading-themes';
import { defaultSettings, loadSettings, saveSettings } from '@/utils/settings';
import { componentLocales } from '../component-locales';
import { sampleSummary } from '../popup/summary-fixture';

const locales = componentLocales();

const api: PopupApi = {
  getSummary: async () => ({ status: 'ready', summary: sampleSummary() }),
  setCleaning: async () => null,
  revealFigure: async () => true,
  openStock: async () => true,
  copyText: async () => {},
  openOptions: () => {},
};

function renderPopup(value: ReadingSettings, save: ReadingControl['save'], l10n = locales.zh) {
  const utils = render(
    <L10nProvider value={l10n}>
      <PopupApp api={api} reading={{ value, save }} />
    </L10nProvider>,
  );
  return { ...utils, $: (s: string) => utils.container.querySelector<HTMLButtonElement>(s)! };
}

const saving = () => vi.fn(async (patch: Partial<ReadingSettings>) => (await saveSettings({ reading: patch })).reading);

describe('the popup reading row', () => {
  it.each([
    ['larger text', 'size+', { size: 19 }],
    ['smaller text', 'size-', { size: 17 }],
    ['wider lines', 'width+', { width: 37 }],
    ['narrower lines', 'width-', { width: 35 }],
  ])('%s is one step, saved at once', async (_name, control, patch) => {
    const save = saving();
    const { $ } = renderPopup(DEFAULT_READING, save);
    await screen.findByRole('heading', { name: '阅读版式' });
    fireEvent.click($(`[data-reading="${control}"]`));
    await waitFor(() => expect(save).toHaveBeenCalledWith(patch));
    await waitFor(async () => expect((await loadSettings()).reading).toEqual({ ...DEFAULT_READING, ...patch }));
  });

  it.each([
    ['the largest size', { size: 26 }, 'size+'],
    ['the smallest size', { size: 14 }, 'size-'],
    ['the widest line', { width: 48 }, 'width+'],
    ['the narrowest line', { width: 28 }, 'width-'],
  ])('stops at %s', async (_name, at, control) => {
    const { $ } = renderPopup({ ...DEFAULT_READING, ...at }, saving());
    await screen.findByRole('heading', { name: '阅读版式' });
    expect($(`[data-reading="${control}"]`).disabled).toBe(true);
  });

  it('chooses the theme, and names every control in English too', async () => {
    const save = saving();
    renderPopup(DEFAULT_READING, save, locales.en);
    const theme = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Theme' });
    fireEvent.change(theme, { target: { value: 'dark' } });
    await waitFor(() => expect(save).toHaveBeenCalledWith({ theme: 'dark' }));
    for (const name of ['Smaller text', 'Larger text', 'Narrower lines', 'Wider lines']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('rolls back and says so when saving fails', async () => {
    const { $ } = renderPopup(DEFAULT_READING, async () => Promise.reject(new Error('storage')));
    await screen.findByRole('heading', { name: '阅读版式' });
    fireEvent.click($('[data-reading="size+"]'));
    await waitFor(() => expect($('.fl-status').textContent).not.toBe(''));
    expect($('[data-reading-value="size"]').textContent).toBe('18 像素');
  });
});

describe('the options page reading defaults', () => {
  const renderOptions = () =>
    render(
      <L10nProvider value={locales.zh}>
        <OptionsApp initial={defaultSettings()} save={saveSettings} reset={() => saveSettings(defaultSettings())} />
      </L10nProvider>,
    );

  it.each([
    ['#reading-size', '22', { size: 22 }],
    ['#reading-width', '40', { width: 40 }],
    ['#reading-lineHeight', '2', { lineHeight: 2 }],
  ] as [string, string, Partial<ReadingSettings>][])('saves the slider %s and previews it', async (selector, value, patch) => {
    const { container } = renderOptions();
    fireEvent.change(container.querySelector(selector)!, { target: { value } });
    await waitFor(async () => expect((await loadSettings()).reading).toEqual({ ...DEFAULT_READING, ...patch }));
    const preview = container.querySelector<HTMLElement>('#reading-preview')!;
    expect([preview.style.fontSize, preview.style.maxWidth, preview.style.lineHeight]).toEqual([
      `${patch.size ?? 18}px`,
      `${patch.width ?? 36}em`,
      String(patch.lineHeight ?? 1.8),
    ]);
  });

  it.each([
    ['宋体（衬线）', { font: 'serif' }],
    ['护眼', { theme: 'sepia' }],
  ])('saves the choice %s', async (label, patch) => {
    renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: label }));
    await waitFor(async () => expect((await loadSettings()).reading).toEqual({ ...DEFAULT_READING, ...patch }));
  });

  it('previews the sepia theme in its own colours', async () => {
    const { container } = renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: '护眼' }));
    await waitFor(() => expect(container.querySelector('#reading-preview')!.getAttribute('data-theme')).toBe('sepia'));
    const figure = container.querySelector<HTMLElement>('.fl-reading-preview')!;
    expect(figure.style.background.replace(/\s/g, '')).toMatch(new RegExp(`${PALETTES.sepia.background}|rgb\\(244,236,216\\)`, 'i'));
  });
});
