// Public API of the figure engine: pure functions over strings.
export type { Figure, FigureKind, Qualifier, Sentence, FigureInContext, FigureSummary } from './types';
export { extractFigures } from './extract';
