// Longest-match lookup of short words at a position of a text, forwards or
// backwards. The lexicon tables are data; this is the one way they are applied.

export type Match<T> = { word: string; data: T; start: number; end: number };

export class WordTable<T> {
  private readonly map = new Map<string, T>();
  private readonly firsts = new Set<number>();
  private readonly lasts = new Set<number>();
  private readonly maxLen: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    let max = 0;
    for (const [word, data] of entries) {
      if (word.length === 0) continue;
      this.map.set(word, data);
      this.firsts.add(word.charCodeAt(0));
      this.lasts.add(word.charCodeAt(word.length - 1));
      if (word.length > max) max = word.length;
    }
    this.maxLen = max;
  }

  /** The longest word starting at `pos`. */
  forward(text: string, pos: number): Match<T> | null {
    if (pos >= text.length || !this.firsts.has(text.charCodeAt(pos))) return null;
    for (let len = Math.min(this.maxLen, text.length - pos); len > 0; len--) {
      const word = text.slice(pos, pos + len);
      const data = this.map.get(word);
      if (data !== undefined) return { word, data, start: pos, end: pos + len };
    }
    return null;
  }

  /** The longest word ending at `end` and starting at or after `min`. */
  backward(text: string, end: number, min = 0): Match<T> | null {
    if (end <= min || !this.lasts.has(text.charCodeAt(end - 1))) return null;
    for (let len = Math.min(this.maxLen, end - min); len > 0; len--) {
      const word = text.slice(end - len, end);
      const data = this.map.get(word);
      if (data !== undefined) return { word, data, start: end - len, end };
    }
    return null;
  }

  /** The last occurrence of any word inside [from, to) (bounded scan, right to left). */
  lastWithin(text: string, from: number, to: number): Match<T> | null {
    for (let end = to; end > from; end--) {
      const m = this.backward(text, end, from);
      if (m) return m;
    }
    return null;
  }

  /** Char codes that start a word of the table. */
  firstChars(): ReadonlySet<number> {
    return this.firsts;
  }

  has(word: string): boolean {
    return this.map.has(word);
  }
}
