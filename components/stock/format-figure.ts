// How the panel writes a figure's normalised value. The engine owns the formatting (formatFigure in
// utils/figures); the panel takes it as a prop so tests can pin what they check.
import type { FigureInContext } from '@/utils/figures';
import type { FigureLang } from '@/utils/stock-ui/types';

export type FormatFigure = (fig: FigureInContext, lang: FigureLang) => string;

// Placeholder until utils/figures exports formatFigure: the figure as the article writes it.
export const defaultFormatFigure: FormatFigure = (fig) => fig.surface;
