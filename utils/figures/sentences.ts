// Sentence splitting for figure context: ends at 。！？；(and ASCII !?; and a
// '.' before a space), keeps closing quotes and brackets with the sentence they
// close (“营收增长10%。” stays one sentence), and splits at line breaks.
import type { Sentence } from './types';

const TERMINATORS = new Set('。！？；!?;');
const CLOSERS = new Set('”’」』）)】》"\'〕');

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r' || ch === '\n';
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s] as string)) s++;
  while (e > s && isSpace(text[e - 1] as string)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** The sentences of `text`, with their offsets in it. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    let end = -1;
    if (TERMINATORS.has(ch)) end = i + 1;
    else if (ch === '…' && text[i + 1] === '…' && (i + 2 >= n || CLOSERS.has(text[i + 2] as string) || isSpace(text[i + 2] as string))) end = i + 2;
    else if (ch === '.' && (i + 1 >= n || isSpace(text[i + 1] as string)) && i > 0 && !/[A-Z]/.test(text[i - 1] as string)) end = i + 1;
    else if (ch === '\n') end = i;
    if (end < 0) {
      i++;
      continue;
    }
    // Absorb repeated terminators (？！) and the quotes/brackets they close.
    while (end < n && (TERMINATORS.has(text[end] as string) || CLOSERS.has(text[end] as string))) end++;
    push(out, text, start, end);
    start = ch === '\n' ? i + 1 : end;
    i = Math.max(end, i + 1);
  }
  push(out, text, start, n);
  return out;
}

/** Index of the sentence holding offset `pos` (sentences sorted by start), or -1. */
export function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (s.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
