// Dates (2023年9月14日, 9月14日 → XXXX-09-14, 2023财年 → FY2023) and periods:
// calendar spans (今年1至7月, 前三季度, 上半年, 2019年至今) and durations
// (3年期, 近三年, 未来6个月, 连续8日 → 8 天).
import { decToNumber } from './decimal';
import { RANGE_LINK, durationPrefix, qualifierSuffix, relativeMonth, relativeYear } from './lexicon';
import { CHAR_CLASS, C_ASCII, C_CN_BIG, type NumToken, scanNumber } from './numerals';
import { isAsciiDigit, isLatin, partOfTimeWord, touchingQualifier } from './context';
import type { Figure, Qualifier } from './types';

type Point = { y?: string; m?: number; d?: number; q?: number; h?: number; fy?: boolean; start: number; end: number };

const DURATION_UNITS: [string, string][] = [
  ['个半月', '月'], ['个多月', '月'], ['个交易日', '交易日'], ['交易日', '交易日'], ['个工作日', '工作日'], ['工作日', '工作日'], ['个月期', '月'], ['个月', '月'],
  ['年期', '年'], ['天期', '天'], ['个季度', '季度'], ['天', '天'], ['个星期', '周'], ['周', '周'], ['年', '年'],
  ['个半小时', '小时'], ['个小时', '小时'], ['小时', '小时'], ['分钟', '分钟'],
];
/** Units after which 半 is half of one more (4年半 = 4.5 年); not 周半 or 季度半. */
const HALF_AFTER = new Set(['年', '天', '小时']);
const SINGLE_ONE_BEFORE = new Set('上前下后同当每这那该次头首');
const MORE_NOT_AFTER = new Set('个家种次项名位万亿元少样');
const NOT_AFTER_YEAR = ['级', '龄', '代'];
/** Characters after 年代 that make 代 start another word (代理, 代表, 代码 …): then 年 is a year's. */
const WORDS_AFTER_DAI = new Set('理表替码价言办持购销扣缴际工');
const PERIOD_WORD_AFTER = new Set('间内');
// 30周均线 is a moving average, named like 5日均线.
const NOT_AFTER_WEEK = ['年', '岁', '一', '二', '三', '四', '五', '六', '日', '末', '边', '均'];

function tokenAt(text: string, pos: number): NumToken | null {
  const cls = CHAR_CLASS[text.charCodeAt(pos)] ?? 0;
  if (cls < C_ASCII || cls > C_CN_BIG) return null;
  const r = scanNumber(text, pos);
  return 'token' in r ? r.token : null;
}

function intOf(t: NumToken): number | null {
  if (t.atLeast || t.hi || t.decimals > 0) return null;
  const v = decToNumber(t.value);
  return Number.isInteger(v) ? v : null;
}

function yearOf(t: NumToken): string | null {
  if (t.digits.length !== 4) return null;
  if (t.arabic) {
    const y = Number(t.digits);
    // From 1800: 1860年第二次鸦片战争时 is a year, not a duration of 1860 years (3000年前 still is one).
    return y >= 1800 && y <= 2100 ? t.digits : null;
  }
  return t.digits;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function lastDay(m: number, y?: string): number {
  if (m === 2) {
    const yr = y ? Number(y) : NaN;
    return Number.isFinite(yr) && ((yr % 4 === 0 && yr % 100 !== 0) || yr % 400 === 0) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function pointString(p: Point): string {
  if (p.fy) return `FY${p.y}`;
  const y = p.y ?? 'XXXX';
  if (p.h) return `${y}-H${p.h}`;
  if (p.q) return `${y}-Q${p.q}`;
  if (p.m === undefined) return p.d === undefined ? y : `${y}-XX-${pad(p.d)}`;
  return p.d === undefined ? `${y}-${pad(p.m)}` : `${y}-${pad(p.m)}-${pad(p.d)}`;
}

/** Quarter number of 一季度/第三季度/1季度 when the token is followed by 季度. */
function quarterAfter(text: string, t: NumToken): number | null {
  if (!text.startsWith('季度', t.end)) return null;
  const v = intOf(t);
  return v !== null && v >= 1 && v <= 4 ? v : null;
}

/** Month (and day, 末/底) after a month token; `t` is followed by 月. */
function monthPoint(text: string, t: NumToken, y: string | undefined, start: number): Point | null {
  const m = intOf(t);
  // 两月 is two months, never February (二月).
  if (m === null || m < 1 || m > 12 || text[t.end] !== '月' || text[t.start] === '两') return null;
  let end = t.end + 1;
  // 美油11月合约, 布油12月合约: a contract's name, like IF2406 (REAL-DEV), not a month.
  if (text.startsWith('合约', end)) return null;
  const p: Point = { y, m, start, end };
  if (text[end] === '份') end++;
  const c = text[end];
  if (c === '末' || c === '底') {
    p.d = lastDay(m, y);
    end++;
  } else {
    const dt = tokenAt(text, end);
    const d = dt ? intOf(dt) : null;
    if (dt && d !== null && d >= 1 && d <= 31 && (text[dt.end] === '日' || text[dt.end] === '号')) {
      p.d = d;
      end = dt.end + 1;
    } else if (dt && d !== null && d >= 1 && d <= 31 && dayAfterLink(text, dt.end, d)) {
      // 5月10-12日, 9月1至3日: the first day ends before the link; secondPoint reads the last one.
      p.d = d;
      end = dt.end;
    }
  }
  p.end = end;
  return p;
}

/** A link, then a later day of the same month with its 日 (the -12日 of 5月10-12日). */
function dayAfterLink(text: string, pos: number, first: number): boolean {
  if (!RANGE_LINK.has(text[pos] ?? '')) return false;
  const t = tokenAt(text, pos + 1);
  const d = t ? intOf(t) : null;
  return !!t && d !== null && d > first && d <= 31 && text[t.end] === '日';
}

/** Items of a year list after `pos` (a 、) up to the one that writes 年; at most six are read. */
function yearListAhead(text: string, pos: number): boolean {
  let p = pos;
  for (let n = 0; n < 6 && text[p] === '、'; n++) {
    const t = tokenAt(text, p + 1);
    if (!t || !t.arabic || !yearOf(t)) return false;
    if (text[t.end] === '年') return true;
    p = t.end;
  }
  return false;
}

/** 前8个月, 前11月, 前5月份 after 前: the first N months of a year (REAL-DEV: 2015年前8月). */
function firstMonths(text: string, t: NumToken): { m: number; end: number } | null {
  const m = intOf(t);
  if (m === null || m < 1 || m > 12) return null;
  if (text.startsWith('个月', t.end)) return { m, end: t.end + 2 };
  if (text[t.end] !== '月' || t.single) return null;
  return { m, end: text[t.end + 1] === '份' ? t.end + 2 : t.end + 1 };
}

/** 前三个季度 after 前: the first N quarters, as 前三季度 (not 前一个季度, the one before). */
function firstQuarters(text: string, t: NumToken): { q: number; end: number } | null {
  const q = intOf(t);
  return q !== null && q >= 2 && q <= 4 && text.startsWith('个季度', t.end) ? { q, end: t.end + 3 } : null;
}

/** What follows 2023年: 上半年, 一季度, 前三季度, 前8个月, 1至7月, 9月14日, 底 … */
function afterYear(text: string, y: string, start: number, pos: number): { point?: Point; span?: [Point, Point]; end: number } {
  const c = text[pos];
  if ((c === '上' || c === '下') && text.startsWith('半年', pos + 1)) return { point: { y, h: c === '上' ? 1 : 2, start, end: pos + 3 }, end: pos + 3 };
  if (c === '底' || c === '末') return { point: { y, m: 12, d: 31, start, end: pos + 1 }, end: pos + 1 };
  // 2025年年底 = 2025年底.
  if (c === '年' && (text[pos + 1] === '底' || text[pos + 1] === '末')) return { point: { y, m: 12, d: 31, start, end: pos + 2 }, end: pos + 2 };
  if (c === 'Q' || c === 'q') {
    const q = Number(text[pos + 1]);
    if (q >= 1 && q <= 4 && !isAsciiDigit(text.charCodeAt(pos + 2))) return { point: { y, q, start, end: pos + 2 }, end: pos + 2 };
  }
  let p = pos;
  const first = c === '第';
  if (first || c === '前') p++;
  const t = tokenAt(text, p);
  if (t) {
    const q = quarterAfter(text, t);
    if (q !== null) {
      const end = t.end + 2;
      if (c === '前') return { span: [{ y, q: 1, start, end }, { y, q, start, end }], end };
      return { point: { y, q, start, end }, end };
    }
    const quarters = c === '前' ? firstQuarters(text, t) : null;
    if (quarters) return { span: [{ y, q: 1, start, end: quarters.end }, { y, q: quarters.q, start, end: quarters.end }], end: quarters.end };
    const months = c === '前' ? firstMonths(text, t) : null;
    if (months) return { span: [{ y, m: 1, start, end: months.end }, { y, m: months.m, start, end: months.end }], end: months.end };
    if (!first && c !== '前') {
      const mp = monthPoint(text, t, y, start);
      if (mp) return { point: mp, end: mp.end };
      const span = monthSpan(text, t, y, start);
      if (span) return { span, end: span[1].end };
    }
  }
  return { point: { y, start, end: pos }, end: pos };
}

/** 1至7月, 1-10月: a bare month number, a link, then a month. */
function monthSpan(text: string, t: NumToken, y: string | undefined, start: number): [Point, Point] | null {
  const a = intOf(t);
  if (a === null || a < 1 || a > 12 || !RANGE_LINK.has(text[t.end] ?? '')) return null;
  const t2 = tokenAt(text, t.end + 1);
  if (!t2) return null;
  const b = monthPoint(text, t2, y, start);
  if (!b || b.d !== undefined || (b.m as number) <= a) return null;
  return [{ y, m: a, start, end: t.end }, b];
}

/** A second point after a range link (2022年至2024年, 1月至7月, 2019年至今). */
function secondPoint(text: string, first: Point, pos: number): Point | 'NOW' | null {
  if (!RANGE_LINK.has(text[pos] ?? '')) return null;
  let p = pos + 1;
  // 至今 is "until now"; 至今年6月 runs to a month of this year, read after its relative word.
  if (text[pos] === '至' && text[p] === '今' && text[p + 1] !== '年') return 'NOW';
  const rel = relativeYear.forward(text, p);
  if (rel && first.y === undefined && first.m !== undefined) p = rel.end;
  if (text[p] === ' ') p++;
  const t = tokenAt(text, p);
  if (!t) return null;
  const y = yearOf(t);
  if (first.y && first.m === undefined && first.q === undefined && y && text[t.end] === '年') {
    const rest = afterYear(text, y, p, t.end + 1);
    return rest.point && rest.point.m === undefined && rest.point.q === undefined ? { y, start: p, end: t.end + 1 } : null;
  }
  if (first.m !== undefined && first.d === undefined) {
    if (y && text[t.end] === '年') {
      const r = afterYear(text, y, p, t.end + 1);
      return r.point && r.point.m !== undefined && r.point.d === undefined ? r.point : null;
    }
    const mp = monthPoint(text, t, first.y, p);
    return mp && mp.d === undefined ? mp : null;
  }
  if (first.d !== undefined) {
    // 2024年3月1日至2024年5月31日: the second day written in full.
    if (y && text[t.end] === '年') {
      const r = afterYear(text, y, p, t.end + 1);
      return r.point && r.point.d !== undefined && r.point.m !== undefined ? r.point : null;
    }
    const mp = monthPoint(text, t, first.y, p);
    if (mp && mp.d !== undefined) return mp;
    const d = intOf(t);
    if (d !== null && d >= 1 && d <= 31 && text[t.end] === '日') return { y: first.y, m: first.m, d, start: p, end: t.end + 1 };
  }
  return null;
}

function dateFigure(text: string, start: number, end: number, kind: 'date' | 'period', value: string): Figure {
  return { surface: text.slice(start, end), start, end, kind, value, unit: 'date', qualifier: 'exact' };
}

/** Extends a year-less date or calendar period over 今年/明年/去年 just before it. */
function withRelative(text: string, start: number, min: number, hasYear: boolean, dayOnly = false): number {
  if (hasYear) return start;
  const r = (dayOnly ? relativeMonth : relativeYear).backward(text, start, min);
  return r ? r.start : start;
}

function finishPoint(text: string, p: Point, min: number): Figure {
  const second = secondPoint(text, p, p.end);
  let start = p.start;
  if (second === 'NOW') {
    start = withRelative(text, start, min, !!p.y);
    return dateFigure(text, start, p.end + 2, 'period', `${pointString(p)}/NOW`);
  }
  if (second) {
    start = withRelative(text, start, min, !!p.y);
    return dateFigure(text, start, second.end, 'period', `${pointString(p)}/${pointString(second)}`);
  }
  start = withRelative(text, start, min, !!p.y, p.m === undefined && p.d !== undefined);
  const kind = p.q !== undefined || p.h !== undefined ? 'period' : 'date';
  return dateFigure(text, start, p.end, kind, pointString(p));
}

/** 近, 过去, 未来, 前 … before a duration, unless the 前 or 近 ends another word (目前, 此前, 附近). */
function timePrefix(text: string, start: number, min: number): { start: number } | null {
  const pre = durationPrefix.backward(text, start, min);
  return pre && !(pre.word.length === 1 && partOfTimeWord(text, start, min)) ? pre : null;
}

/** A duration: the number `t` followed by 年/个月/天/交易日 …, with 近/未来/前 and qualifiers around it. */
function duration(text: string, t: NumToken, min: number): Figure | null {
  let unit: string | null = null;
  let end = t.end;
  for (const [w, u] of DURATION_UNITS) {
    // 三年期间, 两年期内: 期 starts 期间 or 期内 there, no tenor (3年期国债); the unit is read without it.
    if (text.startsWith(w, t.end) && !(w.endsWith('期') && PERIOD_WORD_AFTER.has(text[t.end + w.length] ?? ''))) {
      unit = u;
      end = t.end + w.length;
      break;
    }
  }
  const daysBefore = text.slice(Math.max(min, t.start - 2), t.start);
  // 连跌5日 and 结束10日连涨 alike are runs of days (REAL-DEV: 连跌5日 → 5 天).
  const dayContext =
    text[t.end] === '日' &&
    (/连续$|连[涨跌升降增减]$|近$|过去$|未来$|前$|最近$/.test(daysBefore) || /^日(?:以内|之内|内|连[涨跌升降增减阳阴])/.test(text.slice(t.end, t.end + 3)));
  if (!unit && dayContext) {
    unit = '天';
    end = t.end + 1;
  }
  // 近两月, 两月内: 两 before a bare 月 counts months.
  if (!unit && text[t.end] === '月' && text[t.start] === '两' && t.single) {
    unit = '月';
    end = t.end + 1;
  }
  if (!unit || t.bareUnit) return null;
  if (unit === '年' && ((NOT_AFTER_YEAR.includes(text[end] ?? '') && !(text[end] === '代' && WORDS_AFTER_DAI.has(text[end + 1] ?? ''))) || yearOf(t))) return null;
  if (unit === '周' && NOT_AFTER_WEEK.includes(text[end] ?? '')) return null;
  // 前一交易日, 上一年: "the previous one", not a duration.
  if (t.single && decToNumber(t.value) === 1 && SINGLE_ONE_BEFORE.has(text[t.start - 1] ?? '')) return null;
  // 一年半, 4年半, 3个半月, 一个半小时: 半 after the unit (or between 个 and it) adds a half.
  let half = 0;
  if (!t.hi && (text.startsWith('个半', t.end) || (text[end] === '半' && HALF_AFTER.has(unit)))) {
    half = 0.5;
    if (text[end] === '半') end++;
  }
  let start = t.start;
  let qualifier: Qualifier = t.atLeast || text.startsWith('个多月', t.end) ? 'at_least' : 'exact';
  const pre = timePrefix(text, start, min);
  if (pre) start = pre.start;
  else {
    const q = touchingQualifier(text, start, min);
    if (q) {
      qualifier = q.data;
      start = q.start;
    }
  }
  // 10年至20年: the same unit on both ends.
  const second = RANGE_LINK.has(text[end] ?? '') && !t.hi ? tokenAt(text, end + 1) : null;
  if (second && !second.hi) {
    const d2 = duration(text, second, second.start);
    if (d2 && d2.unit === unit && typeof d2.value === 'number' && d2.start === second.start && d2.value > decToNumber(t.value) + half) {
      return { surface: text.slice(start, d2.end), start, end: d2.end, kind: 'period', value: [decToNumber(t.value) + half, d2.value], unit, qualifier: 'range' };
    }
  }
  // 2年多: 多 after the unit.
  if (text[end] === '多' && !MORE_NOT_AFTER.has(text[end + 1] ?? '')) {
    qualifier = 'at_least';
    end++;
  }
  const suf = qualifierSuffix.forward(text, end);
  if (suf) {
    qualifier = suf.data;
    end = suf.end;
  }
  const v = decToNumber(t.value) + half;
  // 数十个交易日, 几十年: 数 or 几 before 十/百/千 spans one power of ten, as 数十亿元 does (rule 11).
  if (!t.hi && start === t.start && t.startsWithUnit && start - 1 >= min && (text[start - 1] === '数' || text[start - 1] === '几')) {
    const from = timePrefix(text, start - 1, min)?.start ?? start - 1;
    return { surface: text.slice(from, end), start: from, end, kind: 'period', value: [v, v * 10], unit, qualifier: 'range' };
  }
  if (t.hi) return { surface: text.slice(start, end), start, end, kind: 'period', value: [v, decToNumber(t.hi)], unit, qualifier: 'range' };
  return { surface: text.slice(start, end), start, end, kind: 'period', value: v, unit, qualifier };
}

/** 3至5年: a duration range with the unit written once. */
function durationRange(text: string, t: NumToken, min: number): Figure | null {
  if (!RANGE_LINK.has(text[t.end] ?? '') || t.atLeast) return null;
  const t2 = tokenAt(text, t.end + 1);
  if (!t2) return null;
  const d = duration(text, t2, t2.start);
  if (!d || typeof d.value !== 'number' || d.qualifier !== 'exact' || d.start !== t2.start) return null;
  const lo = decToNumber(t.value);
  if (lo >= d.value) return null;
  const pre = timePrefix(text, t.start, min);
  const start = pre ? pre.start : t.start;
  return { surface: text.slice(start, d.end), start, end: d.end, kind: 'period', value: [lo, d.value], unit: d.unit, qualifier: 'range' };
}

/** Dates and periods that start with the number token `t`; null when it is not one. */
export function temporalFigure(text: string, t: NumToken, min: number): Figure | null {
  const before = text[t.start - 1] ?? '';
  // 前三季度, 前8个月, 前11月: the first N; not the 前 of 目前 or 此前.
  const first = before === '前' && !partOfTimeWord(text, t.start, min);
  // Q1 … Q4 (and 2024Q1, 2024年Q1, 24Q2); 2024H1 and 24H2 name a half like 2024年上半年.
  const half = before === 'H' || before === 'h';
  if ((before === 'Q' || before === 'q' || half) && t.arabic && !isLatin(text.charCodeAt(t.start - 2)) && !isLatin(text.charCodeAt(t.end))) {
    const n = intOf(t);
    if (n !== null && n >= 1 && n <= (half ? 2 : 4) && t.end - t.start === 1) {
      let start = t.start - 1;
      let y: string | undefined;
      const m = /(?:^|[^\d])(\d{4}|\d{2})(年?)$/.exec(text.slice(Math.max(min, start - 6), start));
      if (m) {
        y = (m[1] as string).length === 2 ? `20${m[1]}` : m[1];
        start -= (m[1] as string).length + (m[2] as string).length;
      }
      if (half && !y) return null;
      return finishPoint(text, half ? { y, h: n, start, end: t.end } : { y, q: n, start, end: t.end }, min);
    }
  }
  // 1H24, 3Q24: the half or quarter first and the year's last two digits after, as brokers write them.
  const shortYear = t.arabic && t.end - t.start === 1 ? /^([HhQq])(\d{2})(?![\dA-Za-z])/.exec(text.slice(t.end, t.end + 4)) : null;
  if (shortYear && !isLatin(text.charCodeAt(t.start - 1)) && !isAsciiDigit(text.charCodeAt(t.start - 1))) {
    const n = intOf(t) ?? 0;
    const isHalf = (shortYear[1] as string).toUpperCase() === 'H';
    if (n >= 1 && n <= (isHalf ? 2 : 4)) {
      const y = `20${shortYear[2]}`;
      return finishPoint(text, isHalf ? { y, h: n, start: t.start, end: t.end + 3 } : { y, q: n, start: t.start, end: t.end + 3 }, min);
    }
  }
  // FY2024 is 2024财年 written in English.
  const fy = t.start >= 2 && text.startsWith('FY', t.start - 2) && !isLatin(text.charCodeAt(t.start - 3)) ? yearOf(t) : null;
  if (fy && t.arabic && !isLatin(text.charCodeAt(t.end))) return dateFigure(text, t.start - 2, t.end, 'date', `FY${fy}`);
  // 02年, 09年: a two-digit year written with its leading zero is a year, never a duration of 2 or 9 years.
  if (t.arabic && t.digits.length === 2 && t.digits[0] === '0' && text[t.end] === '年' && !isAsciiDigit(text.charCodeAt(t.start - 1))) {
    const r = afterYear(text, `20${t.digits}`, t.start, t.end + 1);
    if (r.span) return dateFigure(text, t.start, r.end, 'period', `${pointString(r.span[0])}/${pointString(r.span[1])}`);
    if (r.point) return finishPoint(text, r.point, min);
  }
  // 24年一季度, 25年上半年, 09年9月: a two-digit year (not 过去10年, a duration) before a quarter, half or month of it.
  if (t.arabic && t.digits.length === 2 && text[t.end] === '年' && !isAsciiDigit(text.charCodeAt(t.start - 1)) && Number(t.digits) <= 39 && !timePrefix(text, t.start, min)) {
    const r = afterYear(text, `20${t.digits}`, t.start, t.end + 1);
    if (r.span) return dateFigure(text, t.start, r.end, 'period', `${pointString(r.span[0])}/${pointString(r.span[1])}`);
    if (r.point && (r.point.q !== undefined || r.point.h !== undefined || r.point.m !== undefined)) return finishPoint(text, r.point, min);
  }
  const y = yearOf(t);
  if (y && text.startsWith('财年', t.end)) return dateFigure(text, t.start, t.end + 2, 'date', `FY${y}`);
  // 2005、2006年: a year in a list that writes 年 once, after its last item.
  if (y && t.arabic && text[t.end] === '、' && yearListAhead(text, t.end)) return dateFigure(text, t.start, t.end, 'date', y);
  if (y && t.arabic) {
    // 2024-05-10, 2024/5/10 (not 2024-017, an announcement number).
    const m = /^([-/])(\d{1,2})\1(\d{1,2})(?![\d:])/.exec(text.slice(t.end, t.end + 7));
    const mo = m ? Number(m[2]) : 0;
    const d = m ? Number(m[3]) : 0;
    if (m && mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(mo, y)) {
      return dateFigure(text, t.start, t.end + m[0].length, 'date', `${y}-${pad(mo)}-${pad(d)}`);
    }
  }
  // 1990年代, 90年代: a decade, neither a year nor a duration (the rules name none); not 1992年代理人, where 代 starts a word.
  if (text.startsWith('年代', t.end) && !WORDS_AFTER_DAI.has(text[t.end + 2] ?? '')) return null;
  if (y && text[t.end] === '年') {
    const r = afterYear(text, y, t.start, t.end + 1);
    if (r.span) return dateFigure(text, t.start, r.end, 'period', `${pointString(r.span[0])}/${pointString(r.span[1])}`);
    if (r.point) return finishPoint(text, r.point, min);
  }
  // 2019-2022年: a bare year, a link, a year.
  if (y && t.arabic && RANGE_LINK.has(text[t.end] ?? '')) {
    const t2 = tokenAt(text, t.end + 1);
    const y2 = t2 ? yearOf(t2) : null;
    if (t2 && y2 && text[t2.end] === '年' && Number(y2) > Number(y)) return dateFigure(text, t.start, t2.end + 1, 'period', `${y}/${y2}`);
  }
  const q = quarterAfter(text, t);
  // 较前一季度, 比前一个月: "the previous one", a point of comparison, not a span.
  if (before === '前' && t.single && decToNumber(t.value) === 1 && (q === 1 || text.startsWith('个月', t.end) || text[t.end] === '月')) return null;
  if (q !== null) {
    const end = t.end + 2;
    if (first) {
      const start = withRelative(text, t.start - 1, min, false);
      return dateFigure(text, start, end, 'period', `XXXX-Q1/XXXX-Q${q}`);
    }
    const start = before === '第' ? t.start - 1 : t.start;
    return finishPoint(text, { q, start, end }, min);
  }
  const quarters = first ? firstQuarters(text, t) : null;
  if (quarters) return dateFigure(text, withRelative(text, t.start - 1, min, false), quarters.end, 'period', `XXXX-Q1/XXXX-Q${quarters.q}`);
  const months = first ? firstMonths(text, t) : null;
  if (months) {
    const start = withRelative(text, t.start - 1, min, false);
    return dateFigure(text, start, months.end, 'period', `XXXX-01/XXXX-${pad(months.m)}`);
  }
  if (before === '第') return null;
  const span = monthSpan(text, t, undefined, t.start);
  if (span) return dateFigure(text, withRelative(text, t.start, min, false), span[1].end, 'period', `${pointString(span[0])}/${pointString(span[1])}`);
  if (text[t.end] === '月') {
    const mp = monthPoint(text, t, undefined, t.start);
    if (mp) return finishPoint(text, mp, min);
  }
  const dr = durationRange(text, t, min);
  if (dr) return dr;
  const dur = duration(text, t, min);
  if (dur) return dur;
  // 22日 is a day of the month; 七日年化 and 一日之内 are not (a bare Chinese day needs its month).
  if (text[t.end] === '日' && t.arabic) {
    const d = intOf(t);
    if (d !== null && d >= 1 && d <= 31 && !text.startsWith('均线', t.end + 1) && !text.startsWith('线', t.end + 1)) {
      return finishPoint(text, { d, start: t.start, end: t.end + 1 }, min);
    }
  }
  return null;
}

/** 2024.12.31 at `pos`: a dotted full date, which the scanner would skip as a version number. */
export function dottedDate(text: string, pos: number): Figure | null {
  if (text[pos + 4] !== '.') return null;
  const b = text.charCodeAt(pos - 1);
  if (isAsciiDigit(b) || isLatin(b) || b === 0x2e) return null;
  const m = /^((?:19|20)\d\d)\.(\d{1,2})\.(\d{1,2})(?![\d.])/.exec(text.slice(pos, pos + 11));
  if (!m) return null;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay(mo, m[1])) return null;
  return dateFigure(text, pos, pos + m[0].length, 'date', `${m[1]}-${pad(mo)}-${pad(d)}`);
}

/** 上半年 / 下半年 (the scanner stops at 半); with 今年/2024年 before it. */
export function halfYearFigure(text: string, pos: number, min: number): Figure | null {
  const c = text[pos - 1];
  if ((c !== '上' && c !== '下') || text[pos + 1] !== '年' || pos - 1 < min) return null;
  const start = withRelative(text, pos - 1, min, false);
  return dateFigure(text, start, pos + 2, 'period', `XXXX-H${c === '上' ? 1 : 2}`);
}
