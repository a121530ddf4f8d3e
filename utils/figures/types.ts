// The Figure contract of docs/architecture.md, shared by the engine, the CLI
// tools, the summary and the UI. Field meanings follow corpus/figures/README.md.

export type FigureKind =
  | 'money'
  | 'percent'
  | 'change'
  | 'count'
  | 'date'
  | 'period'
  | 'price'
  | 'ratio'
  | 'multiple';

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most' | 'range';

export type Figure = {
  /** Exact substring of the input text. */
  surface: string;
  /** UTF-16 index of `surface` in the text; `end = start + surface.length`. */
  start: number;
  end: number;
  kind: FigureKind;
  /** A number, `[lo, hi]` for ranges, or an ISO-like string for dates and calendar periods. */
  value: number | [number, number] | string;
  /** ISO 4217 for money/price, '%', 'pp', 'bp', 'x', 'ratio', 'date', '点', or the measure word. */
  unit: string;
  qualifier: Qualifier;
  basis?: 'yoy' | 'mom';
  per?: string;
  terms?: [number, number];
  implicit_unit?: boolean;
};

/** A sentence of a text, with offsets in that text. */
export type Sentence = { text: string; start: number; end: number };

/** A figure of an article paragraph, with its sentence and (when the text names it) what it measures. */
export type FigureInContext = Figure & {
  paragraph: number;
  sentence: Sentence;
  label?: string;
};

export type FigureSummary = {
  key: FigureInContext[];
  byKind: { kind: FigureKind; figures: FigureInContext[] }[];
};
