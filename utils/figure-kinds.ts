// The figure kinds as a runtime list, in the order the popup and the options
// page show them. The figure engine exports only the `FigureKind` type; the
// settings schema, the message schemas and the UI need the values, and the
// assertion below keeps this list and the engine's type in step.
import type { FigureKind, Qualifier } from './figures';

export const FIGURE_KINDS = [
  'money',
  'price',
  'percent',
  'change',
  'ratio',
  'multiple',
  'count',
  'date',
  'period',
] as const satisfies readonly FigureKind[];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const satisfies readonly Qualifier[];

// Compile-time: every FigureKind / Qualifier of the engine is listed above.
type Missing<All, Listed> = Exclude<All, Listed>;
const kindsComplete: Missing<FigureKind, (typeof FIGURE_KINDS)[number]> extends never ? true : false = true;
const qualifiersComplete: Missing<Qualifier, (typeof QUALIFIERS)[number]> extends never ? true : false = true;
void kindsComplete;
void qualifiersComplete;

export const isFigureKind = (value: unknown): value is FigureKind =>
  typeof value === 'string' && (FIGURE_KINDS as readonly string[]).includes(value);
