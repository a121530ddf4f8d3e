// extractFigures: one left-to-right scan. A flat character table finds where a
// number (or 上半年 / 翻番) may start; each candidate is read with small, bounded
// look-aheads and look-behinds (units, qualifiers, context), so the cost is
// linear in the text and no regular expression can backtrack over it.
import { classify } from './classify';
import { EXPECTED } from './price-of';
import type { Quantity } from './quantity';
import { areaPriceBefore, fxTriggered, implicitCountUnit, indexReadingBefore, moneySumBefore } from './unwritten-units';
import { clauseStart, isAsciiDigit, isLatin, readPrefix, separatedQualifier, touchingQualifier } from './context';
import { type Dec, decAdd, decCompare, decIsZero, decShift, decToNumber } from './decimal';
import { dottedDate, halfYearFigure, temporalFigure } from './dates';
import { BONUS_VERBS, RANGE_LINK, basisWords, indexNamePrefixes, notFigureNames } from './lexicon';
import { countUnits, currencyPrefix, currencySuffix } from './unit-words';
import { CHAR_CLASS, C_ASCII, C_CN_BIG, C_TRIGGER, type NumToken, cnDigit, scanNumber } from './numerals';
import type { Figure } from './types';
import { type Unit, type UnitMatch, discountValue, readSuffixQualifier, readUnit } from './units';

const COLON = new Set(':：∶');

function tokenAt(text: string, pos: number): NumToken | null {
  const cls = CHAR_CLASS[text.charCodeAt(pos)] ?? 0;
  if (cls < C_ASCII || cls > C_CN_BIG) return null;
  const r = scanNumber(text, pos);
  return 'token' in r ? r.token : null;
}

function sameUnit(a: Unit, b: Unit): boolean {
  if (a.cls !== b.cls) return false;
  if (a.cls === 'currency' && b.cls === 'currency') return a.code === b.code && a.pow === b.pow;
  if (a.cls === 'percent' && b.cls === 'percent') return a.pow === b.pow;
  if (a.cls === 'count' && b.cls === 'count') return a.unit === b.unit;
  return true;
}

const JOINED = new Set('×+＋*');
const LEADING_ZERO = /^[0０][0-9０-９]/;

/** 10%至15%, 两到三万元, 3-4亿元, 6.55-6.60: a second number after a range link. */
function rangeAfter(
  text: string, t: NumToken, u1: UnitMatch | null, e1: number, min: number,
): { lo: Dec; hi: Dec; unit: UnitMatch | null; end: number; bigPow: number } | null {
  if (t.hi || t.atLeast) return null;
  let p = e1;
  if (text[p] === ' ') p++;
  if (!RANGE_LINK.has(text[p] ?? '')) return null;
  p++;
  if (text[p] === ' ') p++;
  const t2 = tokenAt(text, p);
  if (!t2 || t2.hi || t2.atLeast) return null;
  const u2 = readUnit(text, t2, t2.end);
  let lo = t.value;
  // The multiplier written once is shared: 两到三万 = 2万 to 3万.
  if (!u1 && t.tailPow === 0 && t2.tailPow > 0) lo = decShift(lo, t2.tailPow);
  const hi = t2.value;
  if (decCompare(lo, hi) >= 0) return null;
  // 上涨50元至3200元, 增加5.2吨至872.6吨: a change by one amount to a level ten times
  // larger is a movement and its result, not a range (增长35%至55% stays one).
  if (decCompare(decShift(lo, 1), hi) <= 0 && readPrefix(text, t.start, min, false).direction !== 0) return null;
  if (!u2) {
    if (u1 || isLatin(text.charCodeAt(t2.end))) return null;
    // 150万至200万: both ends with a multiplier are amounts too, for the context to name.
    if ((t.decimals > 0 && t2.decimals > 0) || t2.bigPow >= 8 || (t.bigPow >= 4 && t2.bigPow >= 4)) return { lo, hi, unit: null, end: t2.end, bigPow: t2.bigPow };
    return null;
  }
  if (u1 && !sameUnit(u1.unit, u2.unit)) return null;
  return { lo, hi, unit: u2, end: u2.end, bigPow: Math.max(t.bigPow, t2.bigPow) };
}

/** Words that join the items of a list of numbers (25、50和25个基点). */
const LIST_JOINS = ['、', '和', '及', '与', '或', '以及'];
/** Units a list may write once, after its last item: amounts, shares, moves and counts, not dates. */
const LISTABLE = new Set<Unit['cls']>(['currency', 'percent', 'pp', 'bp', 'multiple', 'point', 'count']);
const SENTENCE_END = new Set('。！？!?\n\r');
/** How many items after a number the look for the list's one unit may read (keeps the scan linear). */
const LIST_ITEMS = 6;

function neighbourDigits(a: NumToken, b: NumToken): boolean {
  const x = decToNumber(a.value);
  const y = decToNumber(b.value);
  return a.decimals === 0 && b.decimals === 0 && x >= 1 && y <= 9 && y === x + 1;
}

function listJoinAt(text: string, p: number): number {
  for (const w of LIST_JOINS) if (text.startsWith(w, p)) return p + w.length;
  return -1;
}

/**
 * 分别下调25、50和60个基点, 分别为1.2、3.4亿元: a bare number in a list whose last item writes the
 * unit has that unit, and its multiplier when it has none of its own (the unit is read once, rule 1).
 * Not a list label (1、…) at the start of a sentence: the first item must follow some text of its clause.
 */
function listUnit(text: string, t: NumToken): { unit: UnitMatch; tailPow: number } | null {
  if (t.hi || t.atLeast) return null;
  if (t.start === 0 || SENTENCE_END.has(text[t.start - 1] ?? '')) return null;
  let p = t.end;
  for (let n = 0; n < LIST_ITEMS; n++) {
    const q = listJoinAt(text, p);
    if (q < 0) return null;
    const t2 = tokenAt(text, q);
    if (!t2 || t2.hi || t2.arabic !== t.arabic) return null;
    const u2 = readUnit(text, t2, t2.end);
    // 三、四家 and 3、4天 say "three or four": two neighbouring digits are a rough range, not a list.
    if (n === 0 && u2 && neighbourDigits(t, t2)) return null;
    if (u2) {
      if (!LISTABLE.has(u2.unit.cls) || u2.extra) return null;
      return { unit: { unit: u2.unit, end: t.end, per: u2.per }, tailPow: t.tailPow === 0 ? t2.tailPow : 0 };
    }
    p = t2.end;
  }
  return null;
}

/**
 * 高7.5个和4.5个百分点, 分别下调10个、15个基点: an item that writes only 个 takes the 百分点 or
 * 基点 the list's last item writes after its own 个. Reads at most LIST_ITEMS items.
 */
function pointsAfterGe(text: string, geEnd: number): UnitMatch | null {
  let p = geEnd;
  for (let n = 0; n < LIST_ITEMS; n++) {
    const q = listJoinAt(text, p);
    const t2 = q < 0 ? null : tokenAt(text, q);
    if (!t2 || text[t2.end] !== '个') return null;
    if (text.startsWith('个百分点', t2.end)) return { unit: { cls: 'pp' }, end: geEnd };
    if (text.startsWith('个基点', t2.end)) return { unit: { cls: 'bp' }, end: geEnd };
    p = t2.end + 1;
  }
  return null;
}

/** 第1、2、3名, 第21-27例: an item of a list or range that 第 opens is an ordinal like the first (rule 12). Reads back at most LIST_ITEMS items. */
function inOrdinalList(text: string, t: NumToken): boolean {
  let p = t.start;
  for (let n = 0; n < LIST_ITEMS; n++) {
    if (text[p - 1] !== '、' && !RANGE_LINK.has(text[p - 1] ?? '')) return false;
    const itemEnd = p - 1;
    p = itemEnd;
    while (p > 0 && p > itemEnd - 8 && ((CHAR_CLASS[text.charCodeAt(p - 1)] as number) >= C_ASCII && (CHAR_CLASS[text.charCodeAt(p - 1)] as number) <= C_CN_BIG)) p--;
    if (p === itemEnd) return false;
    if (text[p - 1] === '第') return true;
  }
  return false;
}

function ratio(text: string, start: number, end: number, a: number, b: number): Figure {
  return { surface: text.slice(start, end), start, end, kind: 'ratio', value: b / a, unit: 'ratio', qualifier: 'exact', terms: [a, b] };
}

/** 1:0.8562, 8:2 (not 16:30), 每10股转增4股, 8比2. */
function ratioFigure(text: string, t: NumToken, min: number): Figure | null | 'skip' {
  const sep = text[t.end] ?? '';
  if (COLON.has(sep) || (sep === '比' && t.arabic)) {
    const t2 = tokenAt(text, t.end + 1);
    if (!t2 || t2.hi || t2.atLeast || (sep === '比' && !t2.arabic)) return null;
    if (isLatin(text.charCodeAt(t2.end)) || isLatin(text.charCodeAt(t.start - 1))) return 'skip';
    const a = decToNumber(t.value);
    const b = decToNumber(t2.value);
    // 16:30 is a time of day, unless the words around call it a ratio (按1:10的比例).
    const around = text.slice(Math.max(min, t.start - 6), t.start) + text.slice(t2.end, t2.end + 4);
    const minutes = Number(t2.digits.slice(0, 2));
    if (t.digits.length > 0 && t.digits.length <= 2 && a <= 24 && t2.digits.length >= 2 && minutes <= 59 && !around.includes('比')) return 'skip';
    if (a === 0 || (sep === '比' && readUnit(text, t2, t2.end))) return null;
    return ratio(text, t.start, t2.end, a, b);
  }
  // 每股转增0.4股: the first term is the 1 of 每股.
  const verbBefore = BONUS_VERBS.backward(text, t.start, min);
  if (verbBefore && sep === '股' && text.slice(Math.max(min, verbBefore.start - 2), verbBefore.start) === '每股') {
    return ratio(text, verbBefore.start - 2, t.end + 1, 1, decToNumber(t.value));
  }
  // 每10股转增4股, 10股送3股, 10送3.
  const mei = text[t.start - 1] === '每' && t.start - 1 >= min;
  const verbAt = sep === '股' ? t.end + 1 : t.end;
  const verb = BONUS_VERBS.forward(text, verbAt);
  const t2 = verb ? tokenAt(text, verb.end) : null;
  if (t2 && t2.arabic === t.arabic && !decIsZero(t.value) && (sep === '股' || decToNumber(t.value) === 10)) {
    const end = text[t2.end] === '股' ? t2.end + 1 : t2.end;
    if (sep === '股' && text[t2.end] !== '股') return null;
    if (text[end] === '元' || (sep !== '股' && text[end] === '股')) return null;
    return ratio(text, mei ? t.start - 1 : t.start, end, decToNumber(t.value), decToNumber(t2.value));
  }
  return null;
}

/** 约3:2 (surface 约3:2) and 之比约为3:2: a ratio takes qualifiers like any other figure. */
function qualifiedRatio(text: string, f: Figure, min: number): Figure {
  const q = touchingQualifier(text, f.start, min);
  if (q) {
    f.qualifier = q.data;
    f.start = q.start;
    f.surface = text.slice(f.start, f.end);
    return f;
  }
  const sep = separatedQualifier(text, clauseStart(text, f.start, min), f.start);
  if (sep) f.qualifier = sep;
  return f;
}

/** 百分之三十五点六 → 35.6 %, 千分之一 → 0.1 %, 万分之二 → 0.02 %. */
function partsPer(text: string, t: NumToken, min: number, prev: Figure | undefined): Figure | null | undefined {
  const ch = text[t.start];
  if (t.end - t.start !== 1 || !text.startsWith('分之', t.end) || (ch !== '百' && ch !== '千' && ch !== '万')) return undefined;
  const t2 = tokenAt(text, t.end + 2);
  if (!t2) return null;
  let end = t2.end;
  const sq = readSuffixQualifier(text, end);
  if (sq) end = sq.end;
  const pow = ch === '百' ? 0 : ch === '千' ? -1 : -2;
  const q: Quantity = {
    start: t.start, end, lo: t2.value, unit: { cls: 'percent', pow }, atLeast: t2.atLeast, suffixQualifier: sq?.qualifier, token: t2, bigPow: 0,
  };
  return classify(text, q, min, prev);
}

/** 翻番, 翻了一番 → 2 x; 翻两番 → 4 x. */
function doublingFigure(text: string, pos: number, min: number): Figure | null {
  let p = pos + 1;
  if (text[p] === '了') p++;
  let times = 1;
  let end: number;
  // 翻番, 翻倍 = ×2; 翻一倍, 翻了一倍 = ×2 as well.
  if ((text[p] === '番' || text[p] === '倍') && p === pos + 1) end = p + 1;
  else if ((text[p] === '一' || text[p] === '1') && text[p + 1] === '倍') end = p + 2;
  else {
    const d = cnDigit(text[p] ?? '') ?? (isAsciiDigit(text.charCodeAt(p)) ? text.charCodeAt(p) - 0x30 : undefined);
    if (d === undefined || d < 1 || d > 5 || text[p + 1] !== '番') return null;
    times = d;
    end = p + 2;
  }
  let start = pos;
  const b = basisWords.backward(text, start, min);
  const f: Figure = { surface: '', start, end, kind: 'multiple', value: 2 ** times, unit: 'x', qualifier: 'exact' };
  if (b && (b.word === '同比' || b.word === '环比')) {
    start = b.start;
    f.basis = b.data;
  }
  f.start = start;
  f.surface = text.slice(start, end);
  return f;
}

/** Is the token at `pos` part of a name or set phrase (三只松鼠, 八项规定)? */
function namedAt(text: string, pos: number, min: number): boolean {
  for (let s = pos; s >= Math.max(min, pos - 2); s--) {
    const m = notFigureNames.forward(text, s);
    if (m && m.end > pos) return true;
  }
  return false;
}

/** ETF, LOF, REITs: an upper-case word ending at `end` (iPhone, Mate and Pro are product names). */
function isAcronymBefore(text: string, end: number): boolean {
  let i = end;
  if (text[i - 1] === 's') i--;
  let n = 0;
  while (i > 0 && n < 8) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c < 0x41 || c > 0x5a) break;
    i--;
    n++;
  }
  return n >= 2 && !isLatin(text.charCodeAt(i - 1));
}

/** Is the hyphen at `pos` inside a code: Latin letters right before it, or digits that follow Latin letters or another hyphen? */
function isCodeBefore(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  return isLatin(c) || (i < pos && (c === 0x2d || c === 0xff0d));
}

const ENGLISH_SCALE = /^ ?(million|billion|trillion|mn|bn)(?![A-Za-z])/i;
const SCALE_POW: Record<string, number> = { million: 6, mn: 6, billion: 9, bn: 9, trillion: 12 };

/** A currency written before `start`, touching it or across one space (US$1.5亿, USD 10). */
const currencyBefore = (text: string, start: number, min: number) =>
  currencyPrefix.backward(text, start, min) ?? (text[start - 1] === ' ' ? currencyPrefix.backward(text, start - 1, min) : null);

/** $200 million, US$1.5 billion: an English scale word after an amount whose currency is written before it multiplies it. */
function englishScale(text: string, t: NumToken, min: number): { pow: number; end: number } | null {
  if (!t.arabic || t.bigPow > 0) return null;
  const m = ENGLISH_SCALE.exec(text.slice(t.end, t.end + 9));
  if (!m || !currencyBefore(text, t.start, min)) return null;
  return { pow: SCALE_POW[(m[1] as string).toLowerCase()] as number, end: t.end + m[0].length };
}

/** The figure that starts with number token `t`, or null. */
function fromToken(text: string, t: NumToken, min: number, prev: Figure | undefined): Figure | null {
  if (namedAt(text, t.start, min)) return null;
  // 上证50成分股, 沪深300指数: the number ends an index name (上证3000点 is a level, 创业板9只 a count of its stocks).
  if (t.arabic && indexNamePrefixes.backward(text, t.start, Math.max(0, t.start - 4)) && text[t.end] !== '点' && readUnit(text, t, t.end)?.unit.cls !== 'count') return null;
  // 15:00, 9：45: the minutes of a time of day are no figure.
  const b1 = text[t.start - 1] ?? '';
  if ((b1 === ':' || b1 === '：') && isAsciiDigit(text.charCodeAt(t.start - 2))) return null;
  // 7×24小时, 3+2年: a number joined to another by × or + is part of a formula or a bond's structure.
  if (JOINED.has(b1) && isAsciiDigit(text.charCodeAt(t.start - 2))) return null;
  if (t.arabic && JOINED.has(text[t.end] ?? '') && isAsciiDigit(text.charCodeAt(t.end + 1))) return null;
  // ABC-00123, X-200, 2024-05号文: digits hyphened to a Latin code or to other digits belong to a code or document number.
  if ((b1 === '-' || b1 === '－') && isCodeBefore(text, t.start - 1)) return null;
  // T+1日, T+0: a settlement day is named by the letter it is added to (REAL-DEV's T+0/T+2 are no figures).
  if (JOINED.has(b1) && isLatin(text.charCodeAt(t.start - 2))) return null;
  const temporal = temporalFigure(text, t, min);
  if (temporal && temporal.start >= min) return temporal;
  // 055型, 10-0812:00: a whole number written with a leading zero is a code or a clock, never an amount
  // (a date such as 02年 or 09月 was read just above).
  if (t.arabic && t.decimals === 0 && LEADING_ZERO.test(text.slice(t.start, t.start + 2))) return null;
  const before = text.charCodeAt(t.start - 1);
  if (text[t.start - 1] === '第' || inOrdinalList(text, t)) return null;
  // iPhone 15, IF2406, Mate 70: a number after a Latin word names a product. After a
  // space it may still be an amount of money (Model Y 2.99万元) or, after an acronym,
  // a count or percent of its things (ETF 715只, PMI 49.5%); iPhone 11支持 stays a name.
  const spacedLatin = before === 0x20 && isLatin(text.charCodeAt(t.start - 2));
  if ((isLatin(before) || spacedLatin) && !currencyBefore(text, t.start, min)) {
    const u = spacedLatin && t.arabic && !isLatin(text.charCodeAt(t.end)) ? readUnit(text, t, t.end) : null;
    if (!u || u.unit.cls === 'multiple' || (u.unit.cls !== 'currency' && !isAcronymBefore(text, t.start - 1))) return null;
  }
  const pp = partsPer(text, t, min, prev);
  if (pp !== undefined) return pp;
  const ratio = ratioFigure(text, t, min);
  if (ratio === 'skip') return null;
  if (ratio) return qualifiedRatio(text, ratio, min);

  let start = t.start;
  let lo = t.value;
  let hi = t.hi;
  let atLeast = t.atLeast;
  // 二十来万元: a multiplier after a number and 来 ("or so") is the tail of that number, no amount of its own.
  if (t.startsWithUnit && b1 === '来' && /[0-9０-９一二两三四五六七八九十百千]/.test(text[t.start - 2] ?? '')) return null;
  if (t.startsWithUnit && start - 1 >= min) {
    const c = text[start - 1];
    if (c === '上' && t.bareUnit) {
      atLeast = true;
      start--;
    } else if ((c === '数' || c === '几') && !hi) {
      // 数十亿元 = 10亿 to 100亿.
      hi = decShift(lo, 1);
      start--;
    }
  }
  let u = readUnit(text, t, t.end);
  if (u && u.unit.cls === 'count' && u.unit.unit === '个' && u.end === t.end + 1) u = pointsAfterGe(text, u.end) ?? u;
  const scale = u ? null : englishScale(text, t, min);
  if (scale) lo = decShift(lo, scale.pow);
  if (!u && !scale && isLatin(text.charCodeAt(t.end))) return null;
  if (!u && !hi) {
    const listed = listUnit(text, t);
    if (listed) {
      u = listed.unit;
      lo = decShift(lo, listed.tailPow);
    }
  }
  let end = u ? u.end : scale ? scale.end : t.end;
  let bigPow = scale ? scale.pow : t.bigPow;
  if (!hi) {
    const r = rangeAfter(text, t, u, end, min);
    if (r) {
      lo = r.lo;
      hi = r.hi;
      u = r.unit;
      end = r.end;
      bigPow = r.bigPow;
    }
  }
  if (u?.atLeast) atLeast = true;
  let unit = u?.unit ?? null;
  if (u?.extra && !hi) lo = decAdd(lo, u.extra);
  if (unit?.cls === 'percent' && unit.discount) {
    lo = discountValue(t);
    unit = { cls: 'percent', pow: 0 };
  }
  const sq = readSuffixQualifier(text, end);
  if (sq) end = sq.end;
  const q: Quantity = { start, end, lo, hi, unit, per: u?.per, atLeast, suffixQualifier: sq?.qualifier, token: t, bigPow };
  const f = classify(text, q, min, prev);
  if (f && start < t.start && text[start] === '上' && f.qualifier === 'exact') f.qualifier = 'at_least';
  return f;
}

/**
 * Characters that may follow a number for it to be any figure at all (a unit, a
 * date word, a range link, a ratio colon). A plain token followed by anything
 * else is skipped without the full look-around: most Chinese numerals in running
 * text (一些, 万科) end here.
 */
const FOLLOWERS = (() => {
  const set = new Set<number>([...currencySuffix.firstChars(), ...countUnits.firstChars()]);
  for (const ch of '%％‰倍成折点个年月日号天周季交工财分小星至到-－~～〜—–:：∶比/ \u00a0xXbBGMkKTpPHhQq、和及与或以') set.add(ch.charCodeAt(0));
  return set;
})();
const CLASS = CHAR_CLASS;

function plainDeadEnd(text: string, t: NumToken): boolean {
  if (t.bigPow >= 8 || t.decimals > 0 || t.hi || FOLLOWERS.has(text.charCodeAt(t.end))) return false;
  const before = text[t.start - 1];
  if (before === 'Q' || before === 'q' || before === 'H' || before === 'h' || before === 'Y' || before === '数' || before === '几' || before === '上') return false;
  // 人民币5000万, ￥405: the currency may stand before the number alone.
  const curEnd = before === ' ' ? t.start - 1 : t.start;
  if (currencyPrefix.backward(text, curEnd, Math.max(0, curEnd - 4))) return false;
  // A sign may stand between the number and the word before it (指数为-7).
  const lead = before === '-' || before === '－' ? t.start - 1 : t.start;
  // 美元兑奈拉汇率跌至1580: a whole-number FX quote.
  if (t.arabic && fxTriggered(text, lead, lead, Math.max(0, lead - 4))) return false;
  // 预期17，前值87, 预期-6: an expected or prior value is what the figure before it is;
  // 制造业指数-7, 终值55: a whole-number reading of an index.
  if (EXPECTED.test(text.slice(Math.max(0, lead - 7), lead)) || (t.arabic && indexReadingBefore(text, lead))) return false;
  // 常住人口达2100万, 参与人数约3000: a count noun before the number gives it a unit.
  // 楼面价超一万八: so does a land-price noun, and 首付30万 a noun naming a sum of money.
  for (let end = t.start; end >= Math.max(0, t.start - 2); end--) {
    const from = Math.max(0, end - 8);
    if (implicitCountUnit(text, end, Math.max(0, end - 6)) || areaPriceBefore(text, end, from) || moneySumBefore(text, end, from)) return false;
  }
  return true;
}

/** Every figure of `text`, in text order, non-overlapping (see corpus/figures/README.md for what counts). */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (typeof text !== 'string') return out;
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)] as number;
    if (cls === 0) {
      i++;
      continue;
    }
    let fig: Figure | null = null;
    let next = i + 1;
    if (cls === C_TRIGGER) {
      fig = text[i] === '半' ? halfYearFigure(text, i, prevEnd) : doublingFigure(text, i, prevEnd);
    } else if (cls === C_ASCII && text.charCodeAt(i + 4) === 0x2e && (fig = dottedDate(text, i))) {
      next = fig.end;
    } else {
      const r = scanNumber(text, i);
      if ('skipTo' in r) {
        // The rest of an absurd number (1111…1亿元) is no figure either.
        next = r.skipTo;
        while (next < n && (CLASS[text.charCodeAt(next)] as number) >= C_ASCII && (CLASS[text.charCodeAt(next)] as number) <= C_CN_BIG) next++;
      } else if (plainDeadEnd(text, r.token)) next = r.token.end;
      else {
        fig = fromToken(text, r.token, prevEnd, out[out.length - 1]);
        next = r.token.end;
      }
    }
    if (fig && fig.start >= prevEnd && fig.end > fig.start) {
      out.push(fig);
      prevEnd = fig.end;
      next = Math.max(next, fig.end);
    }
    i = Math.max(next, i + 1);
  }
  return out;
}
