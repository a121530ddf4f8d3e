// Which of the popup's folding sections the reader left open (the cleaning switches; issue 10's reading
// controls join as another section). UI state, not a setting: its own storage item, read through a zod
// schema that repairs each field, so a corrupt value only folds a section.
import { storage } from '#imports';
import * as z from 'zod/mini';

export const FOLD_SECTIONS = ['cleaning'] as const;
export type FoldSection = (typeof FOLD_SECTIONS)[number];
export type Folds = Record<FoldSection, boolean>;

/** Folded by default: the popup opens on the article, its key figures and its stocks. */
export const defaultFolds = (): Folds => ({ cleaning: false });

const foldsSchema = z.catch(
  z.object(Object.fromEntries(FOLD_SECTIONS.map((s) => [s, z.catch(z.boolean(), false)])) as Record<FoldSection, z.ZodMiniCatch<z.ZodMiniBoolean<boolean>>>),
  defaultFolds,
);

/** Any stored value → valid folds. Never throws. */
export const parseFolds = (value: unknown): Folds => foldsSchema.parse(value);

const foldsItem = storage.defineItem<unknown>('local:popupFolds', { fallback: defaultFolds() });

export async function loadFolds(): Promise<Folds> {
  try {
    return parseFolds(await foldsItem.getValue());
  } catch {
    return defaultFolds();
  }
}

export async function saveFolds(folds: Folds): Promise<void> {
  try {
    await foldsItem.setValue(parseFolds(folds));
  } catch {
    // storage refused: the section still opens and closes, it just is not remembered
  }
}
