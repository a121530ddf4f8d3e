// How the panel writes a figure's normalised value and its qualifier. The engine owns the formatting
// (formatFigure in utils/figures); the panel takes it as a prop so tests can pin what they check.
import { formatFigure } from '@/utils/figures';
import type { FigureInContext } from '@/utils/figures';
import type { FigureLang } from '@/utils/stock-ui/types';

/** The readable value ("1,300 万美元（≈1.3×10⁷ USD）", "+86.2%，同比") and the qualifier word, null when exact. */
export type FormatFigure = (fig: FigureInContext, lang: FigureLang) => { value: string; qualifier: string | null };

export const defaultFormatFigure: FormatFigure = formatFigure;
