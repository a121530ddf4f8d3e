// The background's side of a long article's text sent in parts (issue 15): the content script
// sends the paragraphs of a long article in article-text messages, each copied on the page's main
// thread in a few milliseconds, then asks for the analysis with the last part, naming what it sent
// before (messages.ts). Here the parts wait, in order, per sender and article, within bounds: a
// sender that never asks, or sends too much, costs the background a bounded amount of memory for a
// bounded time, and a part out of order or a missing one gets an error, never a wrong analysis.
import { LIMITS } from '@/utils/message-limits';
import type { ArticleText, ErrorReply } from '@/utils/messages';

/** How long the parts of an article wait for their analysis after the last part came. */
export const HELD_TEXT_MS = 60_000;
/** Articles held at once (all tabs): the oldest goes first. */
export const HELD_ARTICLES = 8;

type Held = { paragraphs: string[]; chars: number; at: number };

export type ArticleTextParts = {
  /** Adds a part from `sender` (a tab and frame); it must follow the parts before it. */
  add(sender: string, part: Omit<ArticleText, 'type'>): { ok: true } | ErrorReply;
  /** The `count` paragraphs held for `article` from `sender`, forgotten as they are taken; null when they are not all there. */
  take(sender: string, article: string, count: number): string[] | null;
};

export function createArticleTextParts(now: () => number = Date.now): ArticleTextParts {
  const held = new Map<string, Held>();
  let chars = 0;
  const drop = (key: string) => {
    chars -= held.get(key)?.chars ?? 0;
    held.delete(key);
  };
  const dropStale = () => {
    for (const [key, h] of held) if (now() - h.at > HELD_TEXT_MS) drop(key);
  };
  return {
    add(sender, { article, from, paragraphs }) {
      dropStale();
      const key = `${sender} ${article}`;
      const h = held.get(key) ?? { paragraphs: [], chars: 0, at: now() };
      if (from !== h.paragraphs.length) return { ok: false, error: 'article-text: part out of order' };
      if (from + paragraphs.length > LIMITS.paragraphs) return { ok: false, error: 'article-text: too many paragraphs' };
      const size = paragraphs.reduce((n, p) => n + p.length, 0);
      if (size > LIMITS.heldTextChars) return { ok: false, error: 'article-text: too long' };
      // out while room is made; back in last: the Map's order is the order of last use
      held.delete(key);
      chars -= h.chars;
      for (const oldest of held.keys()) {
        if (chars + h.chars + size <= LIMITS.heldTextChars && held.size < HELD_ARTICLES) break;
        drop(oldest);
      }
      if (h.chars + size > LIMITS.heldTextChars) return { ok: false, error: 'article-text: too long' };
      h.paragraphs.push(...paragraphs);
      h.chars += size;
      h.at = now();
      held.set(key, h);
      chars += h.chars;
      return { ok: true };
    },
    take(sender, article, count) {
      dropStale();
      const key = `${sender} ${article}`;
      const h = held.get(key);
      drop(key);
      return h && h.paragraphs.length === count ? h.paragraphs : null;
    },
  };
}

/** Who sent a part: a tab and a frame (the router has checked that it is a content script in a tab). */
export const textSender = (sender: { tab?: { id?: number }; frameId?: number }) => `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}`;

/** The whole article's paragraphs for an analyze-article message: the parts held before it, then its own; null when some are missing. */
export function articleParagraphs(
  parts: ArticleTextParts,
  sender: string,
  { paragraphs, earlier }: { paragraphs: string[]; earlier?: { article: string; paragraphs: number } },
): string[] | null {
  if (!earlier) return paragraphs;
  const before = parts.take(sender, earlier.article, earlier.paragraphs);
  return before && before.length + paragraphs.length <= LIMITS.paragraphs ? [...before, ...paragraphs] : null;
}
