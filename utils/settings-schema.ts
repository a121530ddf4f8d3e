// The reader's settings, as data: their shape, defaults, the zod schema that
// repairs a stored value field by field (so a corrupt, foreign or half-migrated
// value never breaks a page), and the migrations. No browser API here: the
// storage item lives in settings.ts, and the content script reads the same
// stored value through settingsFromStorage (page-settings.ts).
import * as z from 'zod/mini';
import { CATEGORIES, DEFAULT_HIDDEN, type Category } from './sina/categories';
import { FIGURE_KINDS, isFigureKind } from './figure-kinds';
import type { FigureKind } from './figures';
import { buildReadingSchema, defaultReading, type ReadingSettings } from './reading-settings';
import { defaultQuoteSettings, quoteSettingsSchema, type QuoteSettings } from './settings-quotes';

export const SETTINGS_VERSION = 2;
export { SETTINGS_KEY } from './settings-key';
export const KEY_FIGURES_MIN = 1;
export const KEY_FIGURES_MAX = 20;
export const KEY_FIGURES_DEFAULT = 8;

export const COLOR_CONVENTIONS = ['red-up', 'green-up', 'neutral'] as const;
export type ColorConvention = (typeof COLOR_CONVENTIONS)[number];
export const PANEL_OPEN_ON = ['click', 'hover'] as const;
export type PanelOpenOn = (typeof PANEL_OPEN_ON)[number];

export type Settings = {
  cleaning: { enabled: boolean; hidden: Record<Category, boolean> };
  panel: { openOn: PanelOpenOn };
  /** Red for up is the convention in mainland China, so it is the default. */
  colors: ColorConvention;
  /** Which figure kinds the summary, the popup and the panel show, in display order. */
  kinds: FigureKind[];
  /** How many key figures a summary keeps. */
  keyFigures: number;
  /** Clean reading's column and theme (issue 10). */
  reading: ReadingSettings;
  quotes: QuoteSettings;
};

export function defaultSettings(): Settings {
  return {
    cleaning: { enabled: true, hidden: { ...DEFAULT_HIDDEN } },
    panel: { openOn: 'click' },
    colors: 'red-up',
    kinds: [...FIGURE_KINDS],
    keyFigures: KEY_FIGURES_DEFAULT,
    reading: defaultReading(),
    quotes: defaultQuoteSettings(),
  };
}

// Every field catches its own failure, so one bad field costs only that field.
// (zod/mini, as in messages.ts: the content script reads settings too.) Built
// on first use, not when the module loads: the content script loads this
// module before the page's first paint, and parses only once storage answers.
function buildSettingsSchema(): z.ZodMiniType<Settings, unknown> {
  const hiddenShape = Object.fromEntries(
    CATEGORIES.map((category) => [category, z.catch(z.boolean(), DEFAULT_HIDDEN[category])]),
  ) as { [C in Category]: z.ZodMiniCatch<z.ZodMiniBoolean<boolean>> };

  const kindsSchema = z.pipe(
    z.transform((value: unknown) => {
      if (!Array.isArray(value)) return value;
      const kinds = FIGURE_KINDS.filter((kind) => value.includes(kind));
      // an array of nothing but junk is corruption, not a choice of "no kinds"
      return kinds.length === 0 && value.some((item) => !isFigureKind(item)) ? undefined : kinds;
    }),
    z.array(z.enum(FIGURE_KINDS)),
  );

  const keyFiguresSchema = z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'number' && Number.isFinite(value)
        ? Math.min(KEY_FIGURES_MAX, Math.max(KEY_FIGURES_MIN, Math.round(value)))
        : value,
    ),
    z.int(),
  );

  return z.catch(
    z.object({
      cleaning: z.catch(
        z.object({
          enabled: z.catch(z.boolean(), true),
          hidden: z.catch(z.object(hiddenShape), () => ({ ...DEFAULT_HIDDEN })),
        }),
        () => defaultSettings().cleaning,
      ),
      panel: z.catch(z.object({ openOn: z.catch(z.enum(PANEL_OPEN_ON), 'click') }), () => ({ openOn: 'click' as const })),
      colors: z.catch(z.enum(COLOR_CONVENTIONS), 'red-up'),
      kinds: z.catch(kindsSchema, () => [...FIGURE_KINDS]),
      keyFigures: z.catch(keyFiguresSchema, KEY_FIGURES_DEFAULT),
      reading: buildReadingSchema(),
      quotes: quoteSettingsSchema(),
    }),
    () => defaultSettings(),
  );
}
let settingsSchema: z.ZodMiniType<Settings, unknown> | undefined;

/** Any stored value → valid settings. Never throws. */
export const parseSettings = (value: unknown): Settings => (settingsSchema ??= buildSettingsSchema()).parse(value);

/** Version 1 (FinLens 0.0.x): a flat object. Kept to migrate readers' stored choices. */
export type SettingsV1 = {
  clean?: boolean;
  /** categories hidden when clean reading is on; absent = the defaults */
  hide?: string[];
  panelOnHover?: boolean;
  greenUp?: boolean;
};

export function migrateV1toV2(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // an unversioned value that already has the current shape is not a v1 value
  if ('cleaning' in value) return value;
  const v1 = value as SettingsV1;
  const defaults = defaultSettings();
  const hide = Array.isArray(v1.hide) ? v1.hide : null;
  return parseSettings({
    ...defaults,
    cleaning: {
      enabled: typeof v1.clean === 'boolean' ? v1.clean : defaults.cleaning.enabled,
      hidden: hide
        ? Object.fromEntries(CATEGORIES.map((category) => [category, hide.includes(category)]))
        : defaults.cleaning.hidden,
    },
    panel: { openOn: v1.panelOnHover === true ? 'hover' : 'click' },
    colors: v1.greenUp === true ? 'green-up' : 'red-up',
  });
}

/** A change to some settings; `hidden` may name only the categories that change. */
export type SettingsPatch = {
  cleaning?: { enabled?: boolean; hidden?: Partial<Record<Category, boolean>> };
  panel?: Partial<Settings['panel']>;
  colors?: ColorConvention;
  kinds?: FigureKind[];
  keyFigures?: number;
  reading?: Partial<ReadingSettings>;
  quotes?: Partial<QuoteSettings>;
};

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return parseSettings({
    ...current,
    ...patch,
    cleaning: {
      enabled: patch.cleaning?.enabled ?? current.cleaning.enabled,
      hidden: { ...current.cleaning.hidden, ...patch.cleaning?.hidden },
    },
    panel: { ...current.panel, ...patch.panel },
    reading: { ...current.reading, ...patch.reading },
    quotes: { ...current.quotes, ...patch.quotes },
  });
}

/** A stored value, whatever its version or state, as current settings. */
export const settingsFromStorage = (raw: unknown): Settings => parseSettings(migrateV1toV2(raw ?? defaultSettings()));
