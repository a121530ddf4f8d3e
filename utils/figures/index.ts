// Public API of the figure engine: pure functions over strings (no DOM, no browser API).
export type { Figure, FigureKind, Qualifier, Sentence, FigureInContext, FigureSummary } from './types';
export { extractFigures } from './extract';
export { splitSentences } from './sentences';
export { analyzeParagraphs } from './analyze';
export { summarizeFigures } from './summarize';
export { formatFigure } from './format';
export { parseChineseNumber } from './numerals';
