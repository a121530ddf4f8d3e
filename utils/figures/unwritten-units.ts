// Numbers with no written unit that the context still makes figures (README rule 12,
// implicit_unit): index levels, counts named by a noun, land prices, bare 亿 amounts, FX quotes.
import { clauseStart, sentenceWindowStart, type Prefix } from './context';
import { decToNumber } from './decimal';
import { areaPriceNouns, fxWords, implicitCountLinks, implicitCountNouns, moneyNounsAfter, moneyNounsTouching, moneySumNouns, moneyVerbs } from './lexicon';
import { WordTable } from './lookup';
import { expectedAfter, fxPair } from './price-of';
import { type Quantity, values } from './quantity';
import type { Figure, Qualifier } from './types';

const COUNT_NOUNS = /用户|人口|人数|户数|销量|产量|数量|股本|粉丝|会员|观众|游客|客流|单量|下载量|播放量|浏览量|次数|人次|存量房|辆|台/;

const FX_TRIGGER = /[报至到在为于破达上守及见]$/;

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function implicit(text: string, q: Quantity, pre: Prefix, qualifier: Qualifier, kind: Figure['kind'], unit: string, per?: string): Figure {
  // 营收增长3亿, 户籍人口降3.7万: a direction word touching the number makes it a change, as with a written unit.
  const moved = pre.direction !== 0 && kind !== 'price';
  const sign = moved ? (pre.sign !== 0 ? pre.sign : pre.direction) : pre.sign;
  const f: Figure = { surface: text.slice(pre.start, q.end), start: pre.start, end: q.end, kind: moved ? 'change' : kind, value: values(q, 0, sign), unit, qualifier };
  if (moved && pre.basis) f.basis = pre.basis;
  if (per) f.per = per;
  f.implicit_unit = true;
  return f;
}

/** 观影人次为1.87亿: the unit a count noun just before the number (through 为, 达到 …) gives it. */
export function implicitCountUnit(text: string, end: number, min: number): string | null {
  for (let nounEnd = end; nounEnd >= Math.max(min + 2, end - 3); nounEnd--) {
    if (!implicitCountLinks.has(text.slice(nounEnd, end))) continue;
    const noun = implicitCountNouns.backward(text, nounEnd, min);
    if (noun) return noun.data;
  }
  return null;
}

/** A noun of `nouns`, then 为, 达 … (or nothing), ending at `end`. */
function nounBefore(nouns: WordTable<true>, text: string, end: number, min: number): boolean {
  for (let nounEnd = end; nounEnd >= Math.max(min + 2, end - 3); nounEnd--) {
    if (implicitCountLinks.has(text.slice(nounEnd, end)) && nouns.backward(text, nounEnd, min)) return true;
  }
  return false;
}

/** 楼面价 or 房价, then 为, 达 … (or nothing), ending at `end`. */
export const areaPriceBefore = (text: string, end: number, min: number) => nounBefore(areaPriceNouns, text, end, min);

/** 总价, 首付, 月薪 …, then 为, 在 … (or nothing), ending at `end`: a sum of money is named. */
export const moneySumBefore = (text: string, end: number, min: number) => nounBefore(moneySumNouns, text, end, min);

/** 数百亿资金 but not 2亿投资者 or 1.2亿资金账户: a money noun right after the amount, not a word for people or accounts built on it. */
function moneyTouching(text: string, at: number): boolean {
  const m = moneyNounsTouching.forward(text, at);
  return !!m && !PEOPLE_OR_ACCOUNTS.has(text[m.end] ?? '');
}
const PEOPLE_OR_ACCOUNTS = new Set('者人户账');

/** Numbers with no written unit that the context still makes figures: 奖池滚存至12.8亿, 中间价报7.1028. */
export function implicitFigure(text: string, q: Quantity, pre: Prefix, min: number, qualifier: Qualifier, prev: Figure | undefined): Figure | null {
  const t = q.token;
  const after = text.charCodeAt(q.end);
  const ends = !isIdeograph(after) && !(after >= 0x30 && after <= 0x39) && !/[A-Za-z]/.test(text[q.end] ?? '');
  const index = t.arabic && q.bigPow === 0 ? indexLevel(text, q, pre, min, prev, ends) : null;
  if (index) return implicit(text, q, pre, qualifier, index, '点');
  const countUnit = ends && !t.single ? implicitCountUnit(text, pre.start, min) : null;
  if (countUnit) return implicit(text, q, pre, qualifier, 'count', countUnit);
  // 楼面价超一万八: a bare land or house price right after its noun is yuan per 平方米 (REAL-DEV).
  if (!pre.direction && q.bigPow <= 4 && decToNumber(q.lo) >= 100 && areaPriceBefore(text, pre.start, min)) {
    return implicit(text, q, pre, qualifier, 'price', 'CNY', '平方米');
  }
  // 总价在150万至200万之间, 首付30万: a bare amount right after a noun naming a sum of money is yuan.
  if ((q.bigPow >= 4 || ends) && moneySumBefore(text, pre.start, min)) return implicit(text, q, pre, qualifier, 'money', 'CNY');
  // 斥资近63亿入股, 8.5亿的底价, 数百亿资金: a spending verb before, or a money noun after, make 亿 money even inside a sentence.
  const moneyBound = ends || moneyVerbs.backward(text, pre.start, min) || moneyNounsAfter.forward(text, text[q.end] === '的' ? q.end + 1 : -1) || moneyTouching(text, q.end);
  if (q.bigPow >= 8 && moneyBound) {
    const clause = text.slice(clauseStart(text, pre.start, min), pre.start);
    if (COUNT_NOUNS.test(clause)) return null;
    return implicit(text, q, pre, qualifier, 'money', 'CNY');
  }
  if (t.arabic && q.bigPow === 0 && fxTriggered(text, pre.start, q.start, min)) {
    const sw = sentenceWindowStart(text, pre.start);
    const v = decToNumber(t.value);
    const pair = fxPair(text, sw, pre.start, v);
    if (!pair && !fxWords.lastWithin(text, sw, pre.start)) return null;
    // 7.1028 is a rate. A whole number is one only in a named pair with a far weaker
    // currency (美元兑奈拉1580, 美元兑韩元1385, 美元兑日元跌破140关口), and never a year.
    const whole = ends || LEVEL_MARK.test(text.slice(q.end, q.end + 4));
    if (!(t.decimals > 0 && v < 1000) && !(pair && whole && v < 100000 && (v < 1900 || v > 2100))) return null;
    return implicit(text, q, pre, qualifier, 'price', pair ? pair.code : 'CNY', pair ? pair.per : '美元');
  }
  return null;
}

/**
 * CFETS人民币汇率指数报97.96, 美元指数跌0.2%，报104.5: a bare number quoted after an index
 * is its level in 点 (a price); 环比涨0.19 after such a level is its move (REAL-DEV), and
 * 预期47.5，前值46.8 its expected and prior levels, as for any price. A whole number is a
 * level only when nothing follows it (指数初值为69，), so 指数为2024年 stays a year, and
 * only in the index's own clause.
 */
function indexLevel(text: string, q: Quantity, pre: Prefix, min: number, prev: Figure | undefined, ends: boolean): 'price' | 'change' | null {
  const sw = sentenceWindowStart(text, pre.start);
  const afterLevel = !!prev && prev.unit === '点' && prev.start >= sw;
  if (pre.direction) return afterLevel ? 'change' : null;
  if (q.token.decimals === 0 && !ends) return null;
  if (afterLevel && prev.kind === 'price' && expectedAfter(text, prev, pre.start)) return 'price';
  // 美国8月ISM制造业指数47.2: a reading may also touch the index's name.
  const touching = indexWord.backward(text, pre.start, min);
  const reading = READING.test(text.slice(Math.max(min, pre.start - 2), pre.start));
  if (!touching && !reading && !fxTriggered(text, pre.start, q.start, min)) return null;
  // The index must be the last thing named: 美元指数走弱，人民币中间价报7.1 is an FX quote.
  const index = indexWord.lastWithin(text, sw, pre.start);
  if (!index || fxWords.lastWithin(text, index.end, pre.start)) return null;
  // A whole number must be quoted in the index's own clause (…指数为跟踪标的，交易代码为563800 is a
  // code), or be named a reading of it (服务业PMI初值为55.2，7月终值55).
  return q.token.decimals > 0 || reading || index.start >= clauseStart(text, pre.start, min) ? 'price' : null;
}

/** A first or final reading of an index (PMI终值55.7, 初值69), or one it recorded (PMI录得46.8). */
const READING = /(?:初值|终值|录得)$/;

/** A round level named as a barrier after the number (140关口, 7.3大关). */
const LEVEL_MARK = /^(?:整数)?(?:关口|大关|关)/;

// PMI is a purchasing managers' index (美国8月Markit服务业PMI终值55.7).
const indexWord = new WordTable<true>([['指数', true], ['PMI', true]]);

/**
 * 制造业指数-7，PMI终值55: a whole number (after its sign) that an index's name or a
 * reading word touches may be the index's level, so the scan must not pass it by.
 */
export function indexReadingBefore(text: string, at: number): boolean {
  const min = Math.max(0, at - 3);
  return !!indexWord.backward(text, at, min) || READING.test(text.slice(Math.max(0, at - 2), at));
}

/** An FX verb (报, 至, 跌破, 触及 …) just before the number or its qualifier. */
export function fxTriggered(text: string, start: number, numStart: number, min: number): boolean {
  return FX_TRIGGER.test(text.slice(Math.max(min, start - 2), start)) || FX_TRIGGER.test(text.slice(Math.max(min, numStart - 2), numStart));
}
