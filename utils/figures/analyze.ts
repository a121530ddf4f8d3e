// Figures of an article in context: each paragraph's figures with the sentence
// they sit in and, where the text names it, what they measure.
import { extractFigures } from './extract';
import { labelFor } from './labels';
import { sentenceIndexAt, splitSentences } from './sentences';
import type { FigureInContext, Sentence } from './types';

export function analyzeParagraphs(paragraphs: string[]): FigureInContext[] {
  const out: FigureInContext[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (typeof text !== 'string' || text.length === 0) return;
    const figures = extractFigures(text);
    if (figures.length === 0) return;
    const sentences = splitSentences(text);
    let prevEnd = 0;
    let prev: FigureInContext | undefined;
    for (const fig of figures) {
      const k = sentenceIndexAt(sentences, fig.start);
      const sentence: Sentence = k >= 0 ? (sentences[k] as Sentence) : { text, start: 0, end: text.length };
      const temporal = fig.kind === 'date' || fig.kind === 'period';
      let label = temporal ? undefined : labelFor(text, fig, Math.max(prevEnd, sentence.start));
      // 净利润9.35亿元，同比下降4.8%: a change right after an amount measures the same thing.
      if (!label && (fig.kind === 'change' || fig.kind === 'multiple') && prev?.label && prev.sentence.start === sentence.start) {
        label = prev.label;
      }
      const item: FigureInContext = { ...fig, paragraph, sentence };
      if (label) item.label = label;
      out.push(item);
      prevEnd = fig.end;
      if (!temporal) prev = item;
    }
  });
  return out;
}
