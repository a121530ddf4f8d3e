// The words around a number: what touches it on the left (qualifier, currency,
// sign, 每股, direction word, 同比) and what sits further back in its clause
// (约为, 上限, 增幅, 每股收益, 兑 …). All look-backs are bounded, so the cost per
// number is constant.
import {
  CLAUSE_BREAK, basisWords, directionWords, doneBeforeGuo, endsInTimeWord, growthNouns, notGuoBefore, notPoBefore, notYueBefore, qualifierPrefix, qualifierSeparated,
} from './lexicon';
import { currencyPrefix, perAfterMei } from './unit-words';
import type { Match } from './lookup';
import type { Qualifier } from './types';

const NOT_AFTER_BOUND = new Set('点水值纪记位价峰档级层法人者');
/** Verbs that 不到 completes (看不到, 找不到, 想不到): then it is no bound (看不到距港口仅40公里). */
const NOT_BEFORE_BUDAO = new Set('看找想做等买拿办受见听猜料意感');

/** How far back (characters) a clause-level look-back goes. */
export const WINDOW = 24;

export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Start of the clause that contains `pos`, looking back at most `limit` characters and never before `min`. */
export function clauseStart(text: string, pos: number, min: number, limit = WINDOW): number {
  const floor = Math.max(min, pos - limit);
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_BREAK.has(text[i] as string)) return i + 1;
  return floor;
}

/** Start of the sentence-ish span (stops at 。！？；and line breaks) that contains `pos`. */
export function sentenceWindowStart(text: string, pos: number, limit = 40): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === '。' || ch === '！' || ch === '？' || ch === '；' || ch === '\n' || ch === '!' || ch === '?') return i + 1;
  }
  return floor;
}

/** A qualifier prefix touching `end` (约, 超过, 不足 …), with the checks that keep 通过/合约 out. */
export function touchingQualifier(text: string, end: number, min: number): Match<Qualifier> | null {
  const m = qualifierPrefix.backward(text, end, min);
  if (!m) return null;
  const before = text[m.start - 1] ?? '';
  if (m.word === '过' && (notGuoBefore.has(before) || (doneBeforeGuo.has(before) && !BARE_MULTIPLIER.has(text[end] ?? '')))) return null;
  if (m.word === '破' && notPoBefore.has(before)) return null;
  if (m.word === '约' && notYueBefore.has(before)) return null;
  if (m.word === '近' && partOfTimeWord(text, m.end, min)) return null;
  // 不会超过1万美元: the bound is the whole 不会超过 (separatedQualifier), which does not touch the number.
  if (m.word.startsWith('超') && text[m.start - 2] === '不' && MODAL.has(before)) return null;
  return m;
}

const MODAL = new Set('会得能应可宜当');
const BARE_MULTIPLIER = new Set('百千万亿');

/** Is the 前, 后 or 近 ending at `end` the tail of another word (目前, 此前, 附近), not a prefix of the number? */
export function partOfTimeWord(text: string, end: number, min: number): boolean {
  const w = endsInTimeWord.backward(text, end, min);
  return !!w && w.start < end - 1;
}

export type Prefix = {
  start: number;
  qualifier?: Qualifier;
  currency?: string;
  /** -1 for a written minus or 负, +1 for a written plus, 0 otherwise. */
  sign: number;
  /** 每股 / 每10股 touching the number. */
  per?: string;
  /** +1 / -1 when a direction word touches the number (through 了 and a qualifier). */
  direction: number;
  basis?: 'yoy' | 'mom';
};

/** 每股, 每10股, 每桶 ending at `end`. */
export function meiPer(text: string, end: number, min: number): { per: string; start: number } | null {
  const noun = perAfterMei.backward(text, end, min);
  if (!noun) return null;
  let i = noun.start;
  while (i > min && isAsciiDigit(text.charCodeAt(i - 1)) && noun.start - i < 4) i--;
  if (i > min && text[i - 1] === '每') return { per: text.slice(i, end), start: i - 1 };
  return null;
}

/** Everything that touches the number on its left, innermost first. */
export function readPrefix(text: string, start: number, min: number, allowSign: boolean): Prefix {
  const out: Prefix = { start, sign: 0, direction: 0 };
  let pos = start;
  if (allowSign && pos > min) {
    const ch = text[pos - 1];
    const before = text.charCodeAt(pos - 2);
    const free = !(isAsciiDigit(before) || isLatin(before) || (before >= 0xff10 && before <= 0xff19));
    if ((ch === '-' || ch === '－' || ch === '−') && free) {
      out.sign = -1;
      pos--;
    } else if ((ch === '+' || ch === '＋') && free) {
      out.sign = 1;
      pos--;
    } else if (ch === '负') {
      out.sign = -1;
      pos--;
    }
  }
  let cur = currencyPrefix.backward(text, pos, min);
  if (!cur && pos - 1 > min && text[pos - 1] === ' ') {
    const spaced = currencyPrefix.backward(text, pos - 1, min);
    if (spaced && spaced.word.length > 1) cur = spaced;
  }
  if (cur) {
    out.currency = cur.data;
    pos = cur.start;
  }
  const mei = meiPer(text, pos, min);
  if (mei) {
    out.per = mei.per;
    pos = mei.start;
  }
  // 约 30%, 下降 8.2%: one space between a word and the number still touches it (README rule 13).
  let q = splitFromDirection(text, touchingQualifier(text, pos, min), min);
  if (!q && isSpaceAt(text, pos - 1, min)) q = splitFromDirection(text, touchingQualifier(text, pos - 1, min), min);
  if (q) {
    out.qualifier = q.data;
    pos = q.start;
  }
  let dirEnd = pos;
  if (text[dirEnd - 1] === '了' && dirEnd - 1 > min) dirEnd--;
  let dir = directionWords.backward(text, dirEnd, min);
  if (!dir && isSpaceAt(text, dirEnd - 1, min)) {
    // 下降 8.2% across one space; a lone character before a space ends some other word (动能衰减 三条主线).
    const spaced = directionWords.backward(text, dirEnd - 1, min);
    if (spaced && spaced.word.length >= 2) dir = spaced;
  }
  // 比上年多3.41万亿元: a bare 多/少 is a direction only after a comparison.
  if (dir && Math.abs(dir.data) === 2 && !/[比较]/.test(text.slice(clauseStart(text, dir.start, min), dir.start))) dir = null;
  if (dir && dir.data !== 0) {
    dir = { ...dir, data: Math.sign(dir.data) };
    out.direction = dir.data;
    pos = dir.start;
    const b = basisWords.backward(text, pos, min);
    if (b && TOUCHING_BASIS.has(b.word)) {
      out.basis = b.data;
      pos = b.start;
    } else if (!b) {
      const period = periodBasis(text, dir.word, pos, min);
      if (period) {
        out.basis = period;
        pos--;
      }
    }
  }
  out.start = pos;
  return out;
}

function isSpaceAt(text: string, i: number, min: number): boolean {
  const c = text.charCodeAt(i);
  return i > min && (c === 0x20 || c === 0xa0 || c === 0x3000);
}

/** Basis words that join the surface of a change when they touch its direction word (同比增长, 按年增长). */
const TOUCHING_BASIS = new Set(['同比', '环比', '按年', '按月']);

/**
 * 年增22.3%, 月减5%, 季增3%: a bare 年/月/季 glued to 增/减 (Taiwan and Hong Kong
 * style) is the basis, unless it ends a time word (今年增长, 每月增加, 2024年增长).
 */
function periodBasis(text: string, dirWord: string, dirStart: number, min: number): 'yoy' | 'mom' | undefined {
  if (dirStart - 1 < min || !PERIOD_BASIS_DIRECTIONS.test(dirWord)) return undefined;
  const p = text[dirStart - 1] ?? '';
  const basis = p === '年' ? 'yoy' : p === '月' || p === '季' ? 'mom' : undefined;
  if (!basis) return undefined;
  const before = text.charCodeAt(dirStart - 2);
  if (NOT_BEFORE_PERIOD_BASIS.has(text[dirStart - 2] ?? '') || isAsciiDigit(before) || (before >= 0xff10 && before <= 0xff19)) return undefined;
  return basis;
}
const PERIOD_BASIS_DIRECTIONS = /^(?:增|减|成长|衰退)/;
/** Characters that make 年/月/季 part of a time word rather than a basis (今年, 每月, 三季, 第二年 …). */
const NOT_BEFORE_PERIOD_BASIS = new Set('今去明前后全每上下本当同该此近历往逐连次首末整半多数几隔跨头第周按个翌长新旧元财学一二三四五六七八九十两百千万亿〇零');

/**
 * 扩大约60亿美元: when a longer qualifier (大约) swallows the tail of a direction
 * word (扩大), the direction keeps its characters and the qualifier is the rest (约).
 */
function splitFromDirection(text: string, q: Match<Qualifier> | null, min: number): Match<Qualifier> | null {
  if (!q || q.word.length < 2) return q;
  for (let k = 1; k < q.word.length; k++) {
    const rest = qualifierPrefix.forward(text, q.start + k);
    if (!rest || rest.end !== q.end) continue;
    const d = directionWords.backward(text, q.start + k, min);
    if (d && d.start < q.start && d.data !== 0) return rest;
  }
  return q;
}

/** A qualifier in the clause before the number that does not touch it (约为135亿元, 上限为每股32.5元). */
export function separatedQualifier(text: string, from: number, to: number): Qualifier | undefined {
  let nominal: Qualifier | undefined;
  for (let end = to; end > from; end--) {
    const m = qualifierSeparated.backward(text, end, from);
    if (!m) continue;
    end = m.start + 1;
    if (m.word.startsWith('约') && notYueBefore.has(text[m.start - 1] ?? '')) continue;
    // 最低点, 最高水平, 最高法院: nouns, not bounds.
    if ((m.word === '最高' || m.word === '最低') && NOT_AFTER_BOUND.has(text[m.end] ?? '')) continue;
    // 最高时的276.99元, 最低时仅有七成: the level at its peak or trough (最低时薪 stays a bound).
    if ((m.word === '最高' || m.word === '最低') && text[m.end] === '时' && text[m.end + 1] !== '薪') continue;
    if (m.word === '不到' && NOT_BEFORE_BUDAO.has(text[m.start - 1] ?? '')) continue;
    // 提高贷款最高额度、降低首付比例等五项措施: a bound inside a list of measures bounds none of them.
    if (NOMINAL_BOUNDS.has(m.word) && LISTED_MEASURES.test(text.slice(m.end, to))) continue;
    // 不低于回购方案上限金额的80%: in "A的N%" a 上限 or 最高 inside A describes A; a
    // bounding verb before A (不低于) decides. Without one, the noun does (上限为…的30%).
    if (NOMINAL_BOUNDS.has(m.word) && text.slice(m.end, to).includes('的')) {
      nominal ??= m.data;
      continue;
    }
    return m.data;
  }
  return nominal;
}
const NOMINAL_BOUNDS = new Set(['上限', '下限', '最高', '最低', '最长', '最短']);
const LISTED_MEASURES = /、[^、]*等$/;

/** The last growth-rate noun (增幅, 跌幅 …) in [from, to): its sign. */
export function growthNounSign(text: string, from: number, to: number): number {
  const m = growthNouns.lastWithin(text, from, to);
  return m ? m.data : 0;
}

/** The last real direction word in [from, to): its sign (0 when none). */
export function lastDirection(text: string, from: number, to: number): number {
  for (let end = to; end > from; end--) {
    const m = directionWords.backward(text, end, from);
    if (m && m.data !== 0) return Math.sign(m.data);
    if (m) end = m.start + 1;
  }
  return 0;
}

/** 同比/环比/比上年/较上月 in [from, to), unless it names a point in time (较上年末). */
export function basisWithin(text: string, from: number, to: number): 'yoy' | 'mom' | undefined {
  for (let end = to; end > from; end--) {
    const m = basisWords.backward(text, end, from);
    if (!m) continue;
    const next = text[m.end];
    if (next === '末' || next === '底' || next === '初') return undefined;
    // 比去年12月份扩大: a comparison with a named month is no basis (REAL-DEV); 环比6月 still is one.
    if (!m.word.endsWith('比') && /[0-9０-９一二三四五六七八九十]/.test(next ?? '')) {
      // …unless 同比 or 环比 heads it (同比去年7月减少48只).
      const head = text[m.start - 1];
      return m.word[0] === '比' && (head === '同' || head === '环') && m.start - 1 >= from ? (head === '同' ? 'yoy' : 'mom') : undefined;
    }
    return m.data;
  }
  return undefined;
}

/** A 每X in [from, to) that the amount is per (每股发行价定在16美元). */
export function separatedPer(text: string, from: number, to: number): string | undefined {
  for (let i = to - 1; i >= from; i--) {
    if (text[i] !== '每') continue;
    let j = i + 1;
    while (j < to && isAsciiDigit(text.charCodeAt(j)) && j - i < 4) j++;
    const noun = perAfterMei.forward(text, j);
    if (noun && noun.end <= to) return text.slice(i + 1, noun.end);
    return undefined;
  }
  return undefined;
}
