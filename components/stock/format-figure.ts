// How the panel writes a figure's normalised value and its qualifier. The engine owns the formatting
// (formatFigure in utils/figures); in the page the values arrive already formatted from the background,
// so the panel takes the formatter as a prop and never imports the engine.
import type { FigureInContext } from '@/utils/figures';
import type { FigureLang } from '@/utils/stock-ui/types';

/** The readable value ("1,300 万美元（≈1.3×10⁷ USD）", "+86.2%，同比") and the qualifier word, null when exact. */
export type FormatFigure = (fig: FigureInContext, lang: FigureLang) => { value: string; qualifier: string | null };
