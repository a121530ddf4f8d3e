// What follows a number: its unit (currency, %, 个百分点, 倍, 成, measure word …),
// the sub-units of money (元7角8分), 整, a per-unit suffix (元/吨) and a
// qualifier suffix (左右, 以上). Forward look-ahead only, bounded by the words.
import { type Dec, ZERO, decAdd, decFromDigits, decFromInt, decShift } from './decimal';
import { notSuffixWords, qualifierSuffix } from './lexicon';
import {
  countUnits, currencySuffix, notAfterTimesCi, notUnitWords, perNouns, timesCompoundBases, unitNounsAfterGe,
} from './unit-words';
import { cnDigit, isDigitCode, type NumToken } from './numerals';
import { isAsciiDigit, isLatin } from './context';
import type { Qualifier } from './types';

export type Unit =
  | { cls: 'currency'; code: string; pow: number; /** 元/块: the currency may be named before the number. */ generic: boolean }
  | { cls: 'percent'; pow: number; discount?: boolean }
  | { cls: 'pp' }
  | { cls: 'bp' }
  | { cls: 'multiple' }
  | { cls: 'point' }
  | { cls: 'count'; unit: string };

export type UnitMatch = {
  unit: Unit;
  end: number;
  /** Money sub-units added to the amount (456元7角8分 → 0.78). */
  extra?: Dec;
  /** 元/吨 → 吨. */
  per?: string;
  /** 3倍多: 多 after the unit. */
  atLeast?: boolean;
};

const IDEOGRAPH = /[\u4e00-\u9fff]/;
const TIME_OF_DAY = /(?:上午|下午|晚上|早上|凌晨|中午|傍晚|夜间|晚间|早间|时间|今晚|今早)$/;

function smallDigitAt(text: string, pos: number): { d: number; end: number } | null {
  const c = text.charCodeAt(pos);
  if (isDigitCode(c) && !isDigitCode(text.charCodeAt(pos + 1))) return { d: c >= 0xff10 ? c - 0xff10 : c - 0x30, end: pos + 1 };
  const d = cnDigit(text[pos] ?? '');
  return d !== undefined ? { d, end: pos + 1 } : null;
}

/** 元7角8分, 元五毛: sub-units after 元/块. */
function subUnits(text: string, pos: number): { extra: Dec; end: number } | null {
  let end = pos;
  let extra = ZERO;
  const jiao = smallDigitAt(text, end);
  if (jiao && (text[jiao.end] === '角' || text[jiao.end] === '毛')) {
    extra = decAdd(extra, decShift(decFromInt(jiao.d), -1));
    end = jiao.end + 1;
  }
  const fen = smallDigitAt(text, end);
  if (fen && text[fen.end] === '分' && text[fen.end + 1] !== '之' && text[fen.end + 1] !== '别') {
    extra = decAdd(extra, decShift(decFromInt(fen.d), -2));
    end = fen.end + 1;
  }
  return end > pos ? { extra, end } : null;
}

/** Upper-case unit acronyms after a slash (3.5美元/ADS, 10美元/MWh). */
const PER_ACRONYM = /^[A-Z][A-Za-z]{1,4}(?![A-Za-z])/;

/**
 * What a slash is followed by when it says "per": a per noun, any measure word (850万元/套,
 * 1200万元/栋) or an acronym, maybe after a lot size (3500元/500千克, as 每10股 is per 10股).
 */
function perNounAt(text: string, pos: number): { end: number } | null {
  let from = pos;
  while (from < pos + 4 && isAsciiDigit(text.charCodeAt(from))) from++;
  const noun = perNouns.forward(text, from) ?? countUnits.forward(text, from);
  if (noun) return noun;
  const acr = PER_ACRONYM.exec(text.slice(pos, pos + 6));
  return acr ? { end: pos + acr[0].length } : null;
}

/** A per-unit suffix: /吨, /股, /公里·日 (the last for compound count units). */
function perSuffix(text: string, pos: number): { per: string; end: number } | null {
  const slash = text[pos];
  if (slash !== '/' && slash !== '／') return null;
  const noun = perNounAt(text, pos + 1);
  if (!noun || (isLatin(text.charCodeAt(noun.end - 1)) && isLatin(text.charCodeAt(noun.end)))) return null;
  let end = noun.end;
  while ((text[end] === '·' || text[end] === '•') && perNouns.forward(text, end + 1)) end = (perNouns.forward(text, end + 1) as { end: number }).end;
  return { per: text.slice(pos + 1, end), end };
}

/** The unit right after the number token `t` (at `pos`), or null. */
export function readUnit(text: string, t: NumToken, pos: number): UnitMatch | null {
  let p = pos;
  if (t.arabic && (text[p] === ' ' || text[p] === '\u00a0' || text[p] === '\u3000') && text[p + 1] !== ' ') p++;
  const ch = text[p] ?? '';
  if (ch === '%' || ch === '％') return { unit: { cls: 'percent', pow: 0 }, ...moreAfter(text, p + 1) };
  if (ch === '‰') return { unit: { cls: 'percent', pow: -1 }, end: p + 1 };
  if (text.startsWith('个百分点', p)) return { unit: { cls: 'pp' }, end: p + 4 };
  // 1个多百分点, 20个多基点: 多 between 个 and the unit is at least, as in 3个多月.
  if (text.startsWith('个多百分点', p)) return { unit: { cls: 'pp' }, end: p + 5, atLeast: true };
  if (text.startsWith('个多基点', p)) return { unit: { cls: 'bp' }, end: p + 4, atLeast: true };
  if (text.startsWith('百分点', p)) return { unit: { cls: 'pp' }, end: p + 3 };
  if (text.startsWith('个基点', p)) return { unit: { cls: 'bp' }, end: p + 3 };
  if (text.startsWith('基点', p)) return { unit: { cls: 'bp' }, end: p + 2 };
  const latin = /^(?:bps|BPs|bp|BP|pcts|pct|ppt|PCT|PPT)(?![A-Za-z])/.exec(text.slice(p, p + 5));
  if (latin && t.arabic) return { unit: { cls: /^b/i.test(latin[0]) ? 'bp' : 'pp' }, end: p + latin[0].length };
  if (notUnitWords.forward(text, p)) return null;

  const cur = currencySuffix.forward(text, p);
  if (cur) {
    let end = cur.end;
    let extra: Dec | undefined;
    let code = cur.data.code;
    if (cur.word === '元' || cur.word === '块' || cur.word === '块钱') {
      const sub = subUnits(text, end);
      if (sub) {
        extra = sub.extra;
        end = sub.end;
      } else if (cur.word === '块') {
        // 三块五 = 3.5; 三块屏幕 and 10块GPU are counts of pieces, not money (涨到8块我… is money: a pronoun is no noun of pieces).
        const d = smallDigitAt(text, end);
        if (d && !IDEOGRAPH.test(text[d.end] ?? '')) {
          extra = decShift(decFromInt(d.d), -1);
          end = d.end;
        } else if ((IDEOGRAPH.test(text[end] ?? '') && !'多左以上我你他她钱'.includes(text[end] ?? '')) || isLatin(text.charCodeAt(end)) || t.bigPow >= 8) {
          // 产量1739亿块: hundreds of millions of 块 are pieces (chips, panels); 3000块 and 1万块 stay money.
          return { unit: { cls: 'count', unit: '块' }, end };
        }
      }
    }
    if (text[end] === '整' && (cur.word.endsWith('元') || cur.word === '人民币')) end++;
    if (cur.word === '元' && text.startsWith('人民币', end)) {
      end += 3;
      code = 'CNY';
    }
    const per = perSuffix(text, end);
    const generic = cur.word === '元' || cur.word === '元钱' || cur.word.startsWith('块');
    return { unit: { cls: 'currency', code, pow: cur.data.pow, generic }, end: per ? per.end : end, extra, per: per?.per };
  }
  // 3倍多: 多 after 倍 is part of the multiple (extract.ts reads it as at_least).
  if (ch === '倍') return { unit: { cls: 'multiple' }, end: text[p + 1] === '多' ? p + 2 : p + 1, atLeast: text[p + 1] === '多' };
  // 25x, 1.5X: a multiple; 777X, 737X: a whole number of three digits or more before X names a model.
  if ((ch === 'x' || ch === 'X') && t.arabic && !isLatin(text.charCodeAt(p + 1)) && (t.decimals > 0 || t.digits.length < 3)) {
    return { unit: { cls: 'multiple' }, end: p + 1 };
  }
  if (ch === '成' && !t.bareUnit) return { unit: { cls: 'percent', pow: 1 }, ...moreAfter(text, p + 1) };
  if (ch === '折' && !t.bareUnit) return { unit: { cls: 'percent', pow: 1, discount: true }, end: p + 1 };
  if (ch === '点' && t.arabic) {
    const before = text.slice(Math.max(0, t.start - 4), t.start);
    const next = text[p + 1] ?? '';
    const v = Number(t.digits || '100');
    // 3点半, 10点整: a time of day; 3000点整数关口 is an index level (no hour reaches 30).
    const clock = v <= 24 && t.decimals === 0 && next !== '' && '半钟整多'.includes(next);
    if (!TIME_OF_DAY.test(before) && !clock && (t.decimals > 0 || v >= 30 || t.bigPow > 0)) {
      return { unit: { cls: 'point' }, end: p + 1 };
    }
    return null;
  }
  // 亏2个点: colloquial points of a return, neither a count nor a sure unit.
  if (ch === '个' && text[p + 1] === '点') return null;
  if (ch === '个') {
    const noun = unitNounsAfterGe.forward(text, p + 1);
    if (noun) return { unit: { cls: 'count', unit: noun.word }, end: noun.end };
    return { unit: { cls: 'count', unit: '个' }, end: p + 1 };
  }
  const cu = countUnits.forward(text, p);
  if (cu) {
    if (cu.data.arabicOnly && !t.arabic && t.bigPow === 0) return null;
    if (/^[A-Za-z]/.test(cu.word) && isLatin(text.charCodeAt(cu.end))) return null;
    // 3143万 双色球: after a space, a one-character measure word that starts a word is no unit of this number.
    if (p > pos && cu.word.length === 1 && IDEOGRAPH.test(text[cu.end] ?? '')) return null;
    // 10.78万起: 起 after a fraction or a multiplier is "from" (a starting price), not a count of cases.
    if (cu.word === '起' && (t.decimals > 0 || t.bigPow > 0)) return null;
    let unit = cu.data.unit;
    let end = cu.end;
    // 12.6万家次, 300艘次: a classifier with 次 counts occurrences.
    if (cu.word.length === 1 && text[end] === '次' && timesCompoundBases.has(cu.word) && !notAfterTimesCi.has(text[end + 1] ?? '')) {
      unit += '次';
      end++;
    }
    const per = perSuffix(text, end);
    if (per) {
      unit = `${unit}/${per.per}`;
      end = per.end;
    }
    return { unit: { cls: 'count', unit }, end };
  }
  return null;
}

/** 两成多, 20%多: 多 after the unit is at_least and in the surface, as after 倍 (REAL-DEV); not 多数, 多家. */
function moreAfter(text: string, end: number): { end: number; atLeast: boolean } {
  const more = text[end] === '多' && !NOT_AFTER_MORE.has(text[end + 1] ?? '');
  return more ? { end: end + 1, atLeast: true } : { end, atLeast: false };
}
const NOT_AFTER_MORE = new Set('数家个只种项名位');

/** 左右, 以上, （含）以上 … right after `pos`. */
export function readSuffixQualifier(text: string, pos: number): { qualifier: Qualifier; end: number } | null {
  if (notSuffixWords.forward(text, pos)) return null;
  const m = qualifierSuffix.forward(text, pos);
  return m ? { qualifier: m.data, end: m.end } : null;
}

/** 八五折 → 85, 九折 → 90, 7.5折 → 75: the percent value of a discount. */
export function discountValue(t: NumToken): Dec {
  if (!t.arabic && t.digits.length === 2) return decFromDigits(t.digits);
  return decShift(t.value, 1);
}
