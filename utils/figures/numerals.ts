// Number tokens: Arabic (half/full width, grouped, decimal), Chinese numerals
// (小写, 大写 financial capitals, 〇), multipliers 十百千万亿, and 多/余/几 inside
// a number — scanned from a position and valued exactly (see decimal.ts).
import { type Dec, ONE, ZERO, decAdd, decFromDigits, decFromInt, decShift, decToNumber } from './decimal';

/** Character classes of the scanner (a flat table: one lookup per character). */
export const C_ASCII = 1;
export const C_WIDE = 2;
export const C_CN_DIGIT = 3;
export const C_CN_SMALL = 4;
export const C_CN_BIG = 5;
export const C_TRIGGER = 6;

const CN_DIGITS: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const CN_BIG: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
/** 千瓦, 千克, 千米, 百分点 …: a multiplier character that begins a unit word. */
const UNIT_AFTER_SMALL = new Set(['千瓦', '千克', '千米', '千伏', '千焦', '千卡', '千帕', '千字', '千兆', '百分', '千分', '十分']);
/** Characters that start a figure without a numeral: 上半年/下半年, 翻番. */
const TRIGGERS = '半翻';

export const CHAR_CLASS = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0x30; c <= 0x39; c++) t[c] = C_ASCII;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = C_WIDE;
  for (const ch of Object.keys(CN_DIGITS)) t[ch.charCodeAt(0)] = C_CN_DIGIT;
  for (const ch of Object.keys(CN_SMALL)) t[ch.charCodeAt(0)] = C_CN_SMALL;
  for (const ch of Object.keys(CN_BIG)) t[ch.charCodeAt(0)] = C_CN_BIG;
  for (const ch of TRIGGERS) t[ch.charCodeAt(0)] = C_TRIGGER;
  return t;
})();

export function cnDigit(ch: string): number | undefined {
  return CN_DIGITS[ch];
}

export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function digitOf(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 0x30;
}

/** Longest run of Arabic digits we treat as a number; longer runs are not figures. */
const MAX_DIGITS = 30;
/** Longest numeral token (characters); a longer run of numeral characters is not a figure. */
const MAX_TOKEN = 40;

type Element =
  | { t: 'lit'; v: Dec }
  | { t: 'digit'; d: number }
  | { t: 'small'; p: number }
  | { t: 'big'; p: number }
  | { t: 'mod' }
  | { t: 'point' };

export type NumToken = {
  start: number;
  end: number;
  value: Dec;
  /** Upper end of an 八九亿-style range. */
  hi?: Dec;
  /** 多, 余 or 几 inside the number. */
  atLeast: boolean;
  /** Total power of the multiplier characters after the last digit (亿 → 8, 千万 → 7, 万亿 → 12). */
  tailPow: number;
  /** Largest 万/亿 power used anywhere in the token. */
  bigPow: number;
  arabic: boolean;
  /** Digit string of a token made only of digits (2023, 二〇二五); '' otherwise. */
  digits: string;
  decimals: number;
  /** Starts with a multiplier (百亿, 万, 亿), no digit before it. */
  bareUnit: boolean;
  /** Starts with a multiplier including 十 (十几, 数十亿 take that path). */
  startsWithUnit: boolean;
  /** Exactly one Chinese character long (一, 两, 三 …). */
  single: boolean;
};

export type ScanResult = { token: NumToken } | { skipTo: number };

function readLiteral(text: string, pos: number): { v: Dec; end: number; int: string; frac: string; grouped: boolean } | number {
  const n = text.length;
  let i = pos;
  let int = '';
  while (i < n && isDigitCode(text.charCodeAt(i))) {
    int += digitOf(text.charCodeAt(i));
    i++;
    if (int.length > MAX_DIGITS) break;
  }
  if (int.length > MAX_DIGITS) {
    // A run of digits too long to be a figure: skip all of it.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigitCode(c) || c === 0x2c || c === 0x2e || c === 0xff0c || c === 0xff0e) i++;
      else break;
    }
    return i;
  }
  let grouped = false;
  if (int.length <= 3) {
    // Thousands separators: , or ， followed by exactly three digits.
    while (i + 3 < n && (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0xff0c)) {
      let ok = true;
      for (let k = 1; k <= 3; k++) if (!isDigitCode(text.charCodeAt(i + k))) ok = false;
      if (!ok || isDigitCode(text.charCodeAt(i + 4))) break;
      for (let k = 1; k <= 3; k++) int += digitOf(text.charCodeAt(i + k));
      i += 4;
      grouped = true;
      if (int.length > MAX_DIGITS) return i;
    }
  }
  let frac = '';
  const dot = text.charCodeAt(i);
  if ((dot === 0x2e || dot === 0xff0e) && isDigitCode(text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isDigitCode(text.charCodeAt(i)) && frac.length <= MAX_DIGITS) {
      frac += digitOf(text.charCodeAt(i));
      i++;
    }
    const next = text.charCodeAt(i);
    if (frac.length > MAX_DIGITS || ((next === 0x2e || next === 0xff0e) && isDigitCode(text.charCodeAt(i + 1)))) {
      // 1.2.3 (a version or section number) or an absurd fraction: not a figure.
      while (i < n && (isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e || text.charCodeAt(i) === 0xff0e)) i++;
      return i;
    }
  }
  return { v: decFromDigits(int, frac), end: i, int, frac, grouped };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/** Scans the number token at `pos` (which holds a digit, a Chinese numeral or a multiplier). */
export function scanNumber(text: string, pos: number): ScanResult {
  const n = text.length;
  const els: Element[] = [];
  let i = pos;
  let arabic = false;
  let litInt = '';
  let litFrac = '';
  let litGrouped = false;
  while (i < n && i - pos <= MAX_TOKEN) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    const prev = els.length ? els[els.length - 1] : undefined;
    if (cls === C_ASCII || cls === C_WIDE) {
      // 1亿零500万: a 零 between a multiplier and more digits only marks the gap.
      const before = els[els.length - 2];
      if (prev && prev.t === 'digit' && prev.d === 0 && before && (before.t === 'small' || before.t === 'big') && text[i - 1] === '零') els.pop();
      else if (prev && prev.t !== 'small' && prev.t !== 'big') break;
      const lit = readLiteral(text, i);
      if (typeof lit === 'number') return { skipTo: lit };
      // 1亿2000万 is one amount; in 亏1571亿2015/07/01 the digits after 亿 with no multiplier of their own start a new number.
      const after = CHAR_CLASS[text.charCodeAt(lit.end)];
      if (prev && prev.t === 'big' && prev.p >= 8 && after !== C_CN_SMALL && after !== C_CN_BIG) break;
      els.push({ t: 'lit', v: lit.v });
      if (!arabic) {
        litInt = lit.int;
        litFrac = lit.frac;
        litGrouped = lit.grouped;
      }
      arabic = true;
      i = lit.end;
      // 新台币 1952.1 亿元: one space may sit between the digits and a multiplier.
      if (isSpace(text.charCodeAt(i)) && CHAR_CLASS[text.charCodeAt(i + 1)] === C_CN_BIG) i++;
      continue;
    }
    const ch = text[i] as string;
    if (cls === C_CN_DIGIT) {
      if (prev && prev.t === 'lit') break;
      // 市值增1.27万亿七成股民, 170万四倍融资: a digit after 万/亿 that takes 成, 折 or 倍 is a new number, not the tail of this one.
      if (prev && prev.t === 'big' && (text[i + 1] === '成' || text[i + 1] === '折' || text[i + 1] === '倍')) break;
      if ((ch === '两' || ch === '兩') && prev && prev.t === 'digit' && prev.d !== 1) break;
      els.push({ t: 'digit', d: CN_DIGITS[ch] as number });
    } else if (cls === C_CN_SMALL) {
      if (prev && prev.t === 'small' && (CN_SMALL[ch] as number) >= prev.p) break;
      // 亿千瓦时, 万千克, 5百分点: 千/百 starting a unit word is not a multiplier.
      if (prev && UNIT_AFTER_SMALL.has(ch + (text[i + 1] ?? ''))) break;
      els.push({ t: 'small', p: CN_SMALL[ch] as number });
    } else if (cls === C_CN_BIG) {
      els.push({ t: 'big', p: CN_BIG[ch] as number });
    } else if ((ch === '多' || ch === '余' || ch === '餘') && prev && prev.t !== 'mod' && prev.t !== 'point') {
      els.push({ t: 'mod' });
    } else if (ch === '个' && text[i + 1] === '亿' && prev && prev.t !== 'big' && prev.t !== 'point') {
      // 十个亿, 3个亿: spoken 亿 with 个 between the number and it; 个 is skipped, not counted.
    } else if (ch === '几' && prev && (prev.t === 'small' || prev.t === 'big')) {
      els.push({ t: 'mod' });
    } else if (ch === '点' && prev && (prev.t === 'digit' || prev.t === 'small') && CHAR_CLASS[text.charCodeAt(i + 1)] === C_CN_DIGIT) {
      els.push({ t: 'point' });
    } else break;
    i++;
  }
  if (i - pos > MAX_TOKEN) {
    // An absurd run of numeral characters (亿亿亿…): skip to its end.
    while (i < n) {
      const k = CHAR_CLASS[text.charCodeAt(i)] as number;
      if (k < C_ASCII || k > C_CN_BIG) break;
      i++;
    }
    return { skipTo: i };
  }
  if (els.length === 0) return { skipTo: pos + 1 };

  const allDigits = els.every((e) => e.t === 'digit');
  if (allDigits && els.length >= 2) {
    const d0 = (els[0] as { d: number }).d;
    const d1 = (els[1] as { d: number }).d;
    const next = text[i];
    const isRange = els.length === 2 && pairedDigits(d0, d1, next);
    const isYear = els.length === 4 && next === '年';
    const isDiscount = els.length === 2 && next === '折';
    if (!isRange && !isYear && !isDiscount) return scanNumber(text, i - 1);
  }
  // 八九亿, 三四十万, 七八成: two neighbouring digits that share what follows.
  let hi: Dec | undefined;
  let body = els;
  if (els.length >= 2 && els[0]?.t === 'digit' && els[1]?.t === 'digit') {
    const d0 = els[0].d;
    const d1 = els[1].d;
    const third = els[2];
    if (pairedDigits(d0, d1, text[i]) && (!third || third.t === 'small' || third.t === 'big')) {
      hi = evaluate([els[1], ...els.slice(2)]).value;
      body = [els[0], ...els.slice(2)];
    }
  }
  const ev = evaluate(body);
  let tailPow = 0;
  for (let k = els.length - 1; k >= 0; k--) {
    const e = els[k] as Element;
    if (e.t === 'small' || e.t === 'big') tailPow += e.p;
    else if (e.t !== 'mod') break;
  }
  const first = els[0] as Element;
  const digits = allDigits
    ? els.map((e) => (e as { d: number }).d).join('')
    : els.length === 1 && first.t === 'lit' && !litGrouped && litFrac === ''
      ? litInt
      : '';
  return {
    token: {
      start: pos,
      end: i,
      value: ev.value,
      hi,
      atLeast: ev.atLeast,
      tailPow,
      bigPow: ev.bigPow,
      arabic,
      digits,
      decimals: arabic ? litFrac.length : ev.decimals,
      bareUnit: first.t === 'small' || first.t === 'big' ? text[pos] !== '十' && text[pos] !== '拾' : false,
      startsWithUnit: first.t === 'small' || first.t === 'big',
      single: !arabic && i - pos === 1,
    },
  };
}

/**
 * Two digits that name a rough range together: neighbours (八九, 七八) and the colloquial
 * 三五 (三五年, 三五天), but not in the idiom 三五成群.
 */
function pairedDigits(d0: number, d1: number, next: string | undefined): boolean {
  return d0 >= 1 && (d1 === d0 + 1 || (d0 === 3 && d1 === 5 && next !== '成'));
}

/** Values a sequence of numeral elements: 叁亿柒仟伍佰万 → 375000000, 1.2万亿 → 1.2e12. */
function evaluate(els: Element[]): { value: Dec; atLeast: boolean; bigPow: number; decimals: number } {
  const groups: { v: Dec; p: number }[] = [];
  let section = ZERO;
  let cur: Dec | null = null;
  let curIsLoneDigit = false;
  let lastUnitPow = 0;
  let zeroSeen = false;
  let prevT = '';
  let frac = '';
  let fracMode = false;
  let atLeast = false;
  let bigPow = 0;
  for (const e of els) {
    switch (e.t) {
      case 'lit':
        cur = e.v;
        curIsLoneDigit = false;
        break;
      case 'digit':
        if (fracMode) frac += String(e.d);
        else if (prevT === 'digit' && cur) {
          cur = decAdd(decShift(cur, 1), decFromInt(e.d));
          curIsLoneDigit = false;
        } else {
          cur = decFromInt(e.d);
          curIsLoneDigit = prevT === 'small' || prevT === 'big';
          if (e.d === 0) zeroSeen = true;
        }
        break;
      case 'point':
        fracMode = true;
        break;
      case 'small':
        if (fracMode) {
          // 三点五千 = 3.5 × 1000: the fraction belongs to the number before the multiplier.
          cur = decAdd(cur ?? ZERO, decFromDigits('0', frac));
          fracMode = false;
          frac = '';
        }
        section = decAdd(section, decShift(cur ?? ONE, e.p));
        cur = null;
        lastUnitPow = e.p;
        zeroSeen = false;
        break;
      case 'big': {
        if (fracMode) {
          cur = decAdd(cur ?? ZERO, decFromDigits('0', frac));
          fracMode = false;
          frac = '';
        }
        let v = decAdd(section, cur ?? ZERO);
        let popped = false;
        while (groups.length && (groups[groups.length - 1] as { p: number }).p < e.p) {
          v = decAdd(v, (groups.pop() as { v: Dec }).v);
          popped = true;
        }
        if (v.n === 0n && !popped && cur === null) v = ONE;
        groups.push({ v: decShift(v, e.p), p: e.p });
        if (e.p > bigPow) bigPow = e.p;
        section = ZERO;
        cur = null;
        lastUnitPow = e.p;
        zeroSeen = false;
        break;
      }
      case 'mod':
        atLeast = true;
        break;
    }
    prevT = e.t;
  }
  let tail = cur ?? ZERO;
  if (fracMode) tail = decAdd(tail, decFromDigits('0', frac));
  // 三万五 = 35000, 两千五 = 2500: a lone digit right after a multiplier scales one step down.
  if (!fracMode && cur && curIsLoneDigit && prevT === 'digit' && lastUnitPow >= 2 && !zeroSeen) {
    tail = decShift(cur, lastUnitPow === 8 ? 7 : lastUnitPow - 1);
  }
  let total = decAdd(section, tail);
  for (const g of groups) total = decAdd(total, g.v);
  return { value: total, atLeast, bigPow, decimals: frac.length };
}

/** The value of a whole numeral string (三千亿, 两万三千六百, 1.2万亿), or null if it is not one. */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  // 二〇二五: digits read one by one.
  if (s.length > 1 && [...s].every((ch) => CN_DIGITS[ch] !== undefined)) return Number([...s].map((ch) => CN_DIGITS[ch]).join(''));
  const r = scanNumber(s, 0);
  if (!('token' in r) || r.token.end !== s.length || r.token.start !== 0) return null;
  return decToNumber(r.token.value);
}
