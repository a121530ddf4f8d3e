// Asking the background for an article's figures without one long task on the page (issue 15).
// Sending a message copies it on the page's main thread: the 20,000 paragraphs of a very long
// article in one message took 30–290 ms (tests/e2e/hostile-pages.e2e.test.ts). A long article's
// paragraphs go in parts of bounded size instead, each its own task, and the analyze-article
// message carries the last part and names the ones before it; the background puts the article
// back together (summary/article-text-parts.ts) and analyses it whole, so sentences and stock
// mentions are found exactly as in one message. An article that fits in one part (every corpus
// page) is one message, as before.
import { LIMITS } from './message-limits';
import type { AnalyzeArticle, ArticleAnalysis, ArticleText, ErrorReply } from './messages';

/** Characters of text in one message: a few milliseconds of copying on a loaded machine. */
export const PART_CHARS = 50_000;

/** The paragraphs in order, in parts of at most PART_CHARS characters (a longer paragraph is a part alone). */
export function partsOf(paragraphs: readonly string[]): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (part.length && (chars + p.length > PART_CHARS || part.length === LIMITS.paragraphsPerPart)) {
      parts.push(part);
      [part, chars] = [[], 0];
    }
    part.push(p);
    chars += p.length;
  }
  parts.push(part);
  return parts;
}

/** Sends one message; the reply has passed its schema in the background (page-messaging.ts sendToBackground). */
export type FiguresTransport = {
  text: (message: ArticleText) => Promise<{ ok: true } | ErrorReply>;
  analyze: (message: AnalyzeArticle) => Promise<ArticleAnalysis | ErrorReply>;
};

/** Runs the synchronous part of one send (building and copying the message) as a timed slice of work. */
export type TimedSend = <R>(what: string, send: () => Promise<R>) => Promise<R | ErrorReply>;

/** An id for one article's parts (the background keys it by tab and frame too); Math.random: crypto.randomUUID needs a secure page. */
const newTextId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The figures of the article whose paragraphs are `paragraphs`; `request` is the rest of the analyze-article message. */
export async function askForFigures(
  paragraphs: readonly string[],
  request: Omit<AnalyzeArticle, 'type' | 'paragraphs' | 'earlier'>,
  send: FiguresTransport,
  timed: TimedSend,
): Promise<ArticleAnalysis | ErrorReply> {
  const parts = partsOf(paragraphs);
  const last = parts.pop()!;
  const article = newTextId();
  let from = 0;
  for (const part of parts) {
    const at = from;
    const ack = await timed('sending the article text', () => send.text({ type: 'finlens/article-text', article, from: at, paragraphs: part }));
    if (!ack.ok) return ack;
    from += part.length;
  }
  const earlier = from ? { earlier: { article, paragraphs: from } } : {};
  return timed('asking for the figures', () => send.analyze({ type: 'finlens/analyze-article', paragraphs: last, ...earlier, ...request }));
}
