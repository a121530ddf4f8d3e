// The length bounds of what FinLens messages carry from the page, on their own
// (no zod): the schemas (messages.ts) check them, and the content script, which
// carries no zod, clamps what it sends to them (summary/article-summary.ts).
/** Bounds for strings that come from the page. */
export const LIMITS = {
  url: 2048,
  title: 500,
  source: 200,
  date: 64,
  /** The article model's clues to its publication time (metas, date line, CMS comment). */
  publishedClues: 4,
  sentence: 2000,
  surface: 200,
  label: 200,
  display: 200,
  unit: 32,
  id: 64,
  stockName: 100,
  stockCode: 32,
  error: 200,
  figures: 200,
  stocks: 200,
  /** An article sent for analysis: paragraphs, characters in one paragraph, figures found. */
  paragraphs: 50_000,
  paragraphChars: 2_000_000,
  analyzedFigures: 100_000,
  /** Paragraphs in one part of a long article's text (issue 15: messages.ts ArticleTextMessage). */
  paragraphsPerPart: 5_000,
  /** Characters of article text the background holds for articles whose analysis has not been asked yet. */
  heldTextChars: 20_000_000,
} as const;
