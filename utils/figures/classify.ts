// Decides what a number with its unit is — money or price, percent or change,
// count, multiple — from the words around it, and builds the Figure.
import {
  WINDOW, clauseStart, growthNounSign, lastDirection, basisWithin, readPrefix, sentenceWindowStart, separatedPer,
  separatedQualifier, type Prefix,
} from './context';
import { type Dec, decShift, decToNumber } from './decimal';
import {
  CLAUSE_BREAK, areaPriceNouns, commodityPer, countFocusWords, fxWords, homePriceNouns, homeWords, implicitCountLinks, implicitCountNouns, moneyNounsAfter, moneyNounsTouching, moneySumNouns, moneyVerbs,
  quoteWords, selfQuotingSubjects, unitPriceWords,
  sharePriceNounsAfter,
} from './lexicon';
import { WordTable } from './lookup';
import type { NumToken } from './numerals';
import { fxCurrencies } from './unit-words';
import type { Figure, Qualifier } from './types';
import type { Unit } from './units';

/** A number with what follows it: the part of a figure right of its prefix. */
export type Quantity = {
  start: number;
  end: number;
  lo: Dec;
  hi?: Dec;
  unit: Unit | null;
  per?: string;
  atLeast: boolean;
  suffixQualifier?: Qualifier;
  token: NumToken;
  /** Largest 万/亿 power in the number(s), ranges included. */
  bigPow: number;
};

const QUOTE_IN_CLAUSE = ['股价', '目标价', '收盘价', '开盘价', '发行价', '最新价', '现价', '收盘报', '报收', '收报', '涨停价', '跌停价', '最高价', '最低价', '成交均价', '转股价', '行权价', '回购价'];
const STOCK_SUBJECTS = ['该股', '个股', '股票'];
const LEVEL_VERB = new Set('至到报于在');
const COUNT_NOUNS = /用户|人口|人数|户数|销量|产量|数量|股本|粉丝|会员|观众|游客|客流|单量|下载量|播放量|浏览量|次数|人次|存量房|辆|台/;
const FX_TRIGGER = /[报至到在为于破达上守及见]$/;
/** Measure words of how often something happens: after a direction verb they count the moves. */
const FREQUENCY_UNITS = new Set(['次', '回', '遍', '轮']);
/** What joins the two currencies of an FX pair (美元兑日元, 人民币对美元, 美元/日元). */
const PAIR_LINK = new Set('兑对/／');
const LIST_LINK = new Set(['和', '、', '及', '与', '以及', '、以及']);

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** X兑Y, X对Y or X/Y in [from, to): what a rate is per and in which currency it is quoted. */
function fxPair(text: string, from: number, to: number): { per: string; code: string } | null {
  for (let i = to - 1; i > from; i--) {
    const ch = text[i] as string;
    if (!PAIR_LINK.has(ch)) continue;
    const base = fxCurrencies.backward(text, i, from);
    const quote = fxCurrencies.forward(text, i + 1);
    if (!base || !quote) continue;
    if (base.data === 'CNY') return { per: quote.word, code: 'CNY' };
    if (quote.data === 'CNY') return { per: base.word, code: 'CNY' };
    return { per: base.word, code: quote.data };
  }
  return null;
}

/** What a money amount is per, when the text makes it a price (每股, 元/吨, 收盘报, 比特币价格). */
function priceOf(text: string, q: Quantity, pre: Prefix, clause: number, min: number, prev: Figure | undefined): string | null {
  if (q.per) return q.per;
  if (pre.per) return pre.per;
  const sep = separatedPer(text, clause, pre.start) ?? namedUnitPrice(text, pre.start, q.start);
  if (sep) return sep;
  if (q.bigPow >= 8) return null;
  const from = movedFromPrice(text, pre.start, prev) ?? expectedPrice(text, pre.start, prev);
  if (from) return from;
  const after = text[q.end] === '的' ? q.end + 1 : q.end;
  if (q.bigPow === 0 && sharePriceNounsAfter.forward(text, after)) return '股';
  const sw = sentenceWindowStart(text, pre.start);
  const touching = quoteWords.backward(text, pre.start, min);
  const clauseText = text.slice(clause, pre.start);
  let quoted = !!touching;
  for (const w of QUOTE_IN_CLAUSE) if (!quoted && clauseText.includes(w)) quoted = true;
  // 该股一度跌至约3.2元: a stock as the subject and a level verb before the amount.
  if (!quoted && q.bigPow === 0 && LEVEL_VERB.has(text[pre.start - 1] ?? '')) for (const w of STOCK_SUBJECTS) if (clauseText.includes(w)) quoted = true;
  const found = commodityPer.lastWithin(text, sw, pre.start);
  // A fund's unit value is a few yuan: an amount in 万 or 亿 near 基金 is no NAV (基金…起拍价仅20.34万元).
  const commodity = found && !(found.data === '份' && q.bigPow > 0) ? found : null;
  if (quoted) {
    const fx = fxPair(text, sw, pre.start);
    if (fx) return fx.per;
    if (commodity) return commodity.data;
    if (q.bigPow === 0) return '股';
  }
  if (commodity && (clauseText.includes('价') || selfQuotingSubjects.has(commodity.word))) return commodity.data;
  // 现货黄金一度跌至1980美元, 比特币跌破4万美元: a commodity in the clause reaching a level quotes its price.
  // Not when a money noun comes between: 黄金业务营收升至12万元 is money.
  if (commodity && commodity.start >= clause && q.bigPow <= 4 && reachesLevel(text, pre.start, q.start) && !MONEY_NOUNS.test(text.slice(commodity.end, pre.start))) {
    return commodity.data;
  }
  return null;
}

/**
 * 最低时薪从15美元上调至16美元, 额度上限由60万元提高至80万元: a bound noun before 从/由A…至B bounds B as it bounds A (REAL-DEV
 * follows rule 1's 最低认购金额 for both). Only A's own clause is read, so the look-back stays short.
 */
function movedBound(text: string, start: number, prev: Figure | undefined): Qualifier | undefined {
  if (!prev || (text[prev.start - 1] !== '从' && text[prev.start - 1] !== '由') || (prev.qualifier !== 'at_least' && prev.qualifier !== 'at_most')) return undefined;
  if (start - prev.end > 8) return undefined;
  const gap = text.slice(prev.end, start);
  if ([...gap].some((ch) => CLAUSE_BREAK.has(ch))) return undefined;
  return gap.endsWith('至') || gap.endsWith('到') ? prev.qualifier : undefined;
}

/**
 * 该楼盘开盘价不低于3万元: a home's 开盘价 or 均价 in yuan per 平方米 — a home's total price
 * (售价300万元) is far above the band and stays money.
 */
function homePricePerArea(text: string, v: number, clause: number, start: number): boolean {
  if (v < 1000 || v > 300000 || !homePriceNouns.lastWithin(text, clause, start)) return false;
  return !!homeWords.lastWithin(text, sentenceWindowStart(text, start), start);
}

/**
 * 折合升价，0号柴油下调0.09元: the unit of a unit-price word earlier in the sentence. The word
 * must not touch the number: 升价10元 reads as a verb (raised the price by 10 yuan).
 */
function namedUnitPrice(text: string, start: number, numStart: number): string | undefined {
  const m = unitPriceWords.lastWithin(text, sentenceWindowStart(text, start), start);
  return m && m.end < numStart ? m.data : undefined;
}

/** 跌至, 报, 收于 just before the amount, or a level-crossing word (跌破, 突破) heading it. */
function reachesLevel(text: string, start: number, numStart: number): boolean {
  return LEVEL_VERB.has(text[start - 1] ?? '') || LEVEL_CROSSING.test(text.slice(start, numStart));
}
const MONEY_NOUNS = /额|营收|收入|利润|规模|市值|业务|资金|投资|支出|成本|费用|工资|薪/;
const LEVEL_CROSSING = /^(?:跌破|突破|涨破|升破|站上|失守|逼近|触及)/;

/**
 * 股价从68.2元一路回落至不足30元, 每吨上涨50元至3200元: an amount that a price moved to,
 * in the same clause, is a price per the same thing (the look-back for 股价 or 每吨 stops
 * at the figure before).
 */
function movedFromPrice(text: string, start: number, prev: Figure | undefined): string | null {
  if (!prev || (prev.kind !== 'price' && prev.kind !== 'change') || !prev.per || start - prev.end > 12) return null;
  let link = false;
  for (let i = prev.end; i < start; i++) {
    const ch = text[i] as string;
    if (CLAUSE_BREAK.has(ch)) return null;
    if (ch === '至' || ch === '到') link = true;
  }
  return link ? prev.per : null;
}

/** 每股收益为0.42美元，预期0.38美元: the expected or prior value of a price is per the same thing. */
function expectedPrice(text: string, start: number, prev: Figure | undefined): string | null {
  return prev && prev.kind === 'price' && prev.per && expectedAfter(text, prev, start) ? prev.per : null;
}

/** 预期, 前值 … just before `start`, in the clause after figure `prev` (the expected or prior value of it). */
function expectedAfter(text: string, prev: Figure, start: number): boolean {
  if (start - prev.end > 12) return false;
  const between = text.slice(prev.end, start);
  return !/[。；;]/.test(between) && EXPECTED.test(between);
}
export const EXPECTED = /(?:预期|预估|预计|前值|市场预期|分析师预期|此前|去年同期)(?:为|是)?$/;

/**
 * 同比上涨的城市包括：海口35.1%、广州22.4%: a list after a colon whose head names a
 * movement gives each item that movement and its basis (REAL-DEV's lists).
 */
function listHeadDirection(text: string, start: number): { sign: number; basis?: 'yoy' | 'mom' } | null {
  const sw = sentenceWindowStart(text, start, 60);
  let colon = -1;
  for (let i = start - 1; i >= sw; i--) {
    const ch = text[i] as string;
    if (ch === '：' || ch === ':') {
      colon = i;
      break;
    }
    if (CLAUSE_BREAK.has(ch)) return null;
  }
  if (colon < 0) return null;
  const headStart = clauseStart(text, colon, sw, 40);
  const sign = lastDirection(text, headStart, colon);
  return sign ? { sign, basis: basisWithin(text, headStart, colon) } : null;
}

function num(d: Dec): number {
  return decToNumber(d);
}

function values(q: Quantity, pow: number, sign: number): number | [number, number] {
  const lo = num(decShift(q.lo, pow));
  if (!q.hi) return sign < 0 ? -lo : lo;
  const hi = num(decShift(q.hi, pow));
  return sign < 0 ? [-hi, -lo] : [lo, hi];
}

type Ctx = { text: string; q: Quantity; pre: Prefix; clause: number; qualifier: Qualifier; prev?: Figure };

function make(c: Ctx, kind: Figure['kind'], value: Figure['value'], unit: string): Figure {
  return { surface: c.text.slice(c.pre.start, c.q.end), start: c.pre.start, end: c.q.end, kind, value, unit, qualifier: c.qualifier };
}

function withBasis(c: Ctx, f: Figure): Figure {
  // The basis may sit before an earlier figure of the clause (较去年同期的206位增加13.4%, 环比分别增长1.48%和下降3.13%).
  const b = c.pre.basis ?? basisWithin(c.text, clauseStart(c.text, c.pre.start, 0), c.pre.start) ?? carriedBasis(c);
  if (b) f.basis = b;
  return f;
}

/**
 * 环比6月减少35只，发行份额减少48%: a change in the clause right after one with a basis
 * shares it, as the later items of a list do (REAL-DEV's basis rule), unless a new time
 * or comparison word comes between.
 */
function carriedBasis(c: Ctx): 'yoy' | 'mom' | undefined {
  const p = c.prev;
  if (!p || p.kind !== 'change' || !p.basis || c.pre.start - p.end > WINDOW) return undefined;
  let commas = 0;
  for (let i = p.end; i < c.pre.start; i++) {
    const ch = c.text[i] as string;
    if (ch === '，' || ch === ',') commas++;
    else if (CLAUSE_BREAK.has(ch) || CARRY_BLOCKERS.has(ch)) return undefined;
  }
  return commas <= 1 ? p.basis : undefined;
}
/** Characters between two changes that stop a basis carrying over: a comparison (比, 较) or a time (年, 月, 季). */
const CARRY_BLOCKERS = new Set('比较年月季日周前预值');

/** Sign of a change: a written sign wins over the direction word (净值增长率为-12.6%). */
function changeSign(c: Ctx, d: number): number {
  return c.pre.sign !== 0 ? c.pre.sign : d < 0 ? -1 : 1;
}

function isDecrease(f: Figure): boolean {
  return (typeof f.value === 'number' && f.value < 0) || (Array.isArray(f.value) && f.value[1] < 0);
}

/** The Figure unit a unit gives a change (CNY, %, pp, 吨 …). */
function listedUnit(u: Unit): string {
  switch (u.cls) {
    case 'currency':
      return u.code;
    case 'percent':
      return '%';
    case 'pp':
    case 'bp':
      return u.cls;
    case 'point':
      return '点';
    case 'count':
      return u.unit;
    case 'multiple':
      return 'x';
  }
}

function unitPow(u: Unit): number {
  return u.cls === 'currency' || u.cls === 'percent' ? u.pow : 0;
}

/** Builds the figure of quantity `q`, or null when it is not one. `prev` is the figure before it. */
export function classify(text: string, q: Quantity, min: number, prev: Figure | undefined): Figure | null {
  const t = q.token;
  const pre = readPrefix(text, q.start, min, true);
  const clause = clauseStart(text, pre.start, min);
  // 不低于2024年度净利润的80%, 下调一年期存款利率10个基点: a date or period between a qualifier
  // or direction word and its number claims neither, so the look-back for one may reach across it.
  const reach = prev && (prev.kind === 'date' || prev.kind === 'period') && prev.end === min ? clauseStart(text, pre.start, 0) : clause;
  const range = !!q.hi;
  const qualifier: Qualifier = range
    ? 'range'
    : (pre.qualifier ?? q.suffixQualifier ?? (q.atLeast ? 'at_least' : (separatedQualifier(text, reach, pre.start) ?? movedBound(text, pre.start, prev) ?? 'exact')));
  const c: Ctx = { text, q, pre, clause, qualifier, prev };
  const listed = prev && prev.kind === 'change' && pre.start - prev.end <= 3 && LIST_LINK.has(text.slice(prev.end, pre.start)) ? prev : undefined;
  const written = pre.sign;
  // 人民币5000万: a currency written only before the number; not 美元一度走强 (一度 is an idiom).
  const prefixCurrency = pre.currency && !(t.single && !q.hi) ? pre.currency : undefined;
  const unit = q.unit ?? (prefixCurrency ? ({ cls: 'currency', code: prefixCurrency, pow: 0, generic: false } as Unit) : null);

  if (!unit) return implicitFigure(text, q, pre, min, qualifier, prev);
  // 分别降低130元和125元, 分别增长12.5%和8.3%: a listed second number shares the first one's
  // direction, basis and per when it has the same unit.
  if (listed && !pre.direction && listedUnit(unit) === listed.unit) {
    const f = make(c, 'change', values(q, unitPow(unit), changeSign(c, isDecrease(listed) ? -1 : 1)), listed.unit);
    if (listed.basis) f.basis = listed.basis;
    if (listed.per) f.per = listed.per;
    return f;
  }
  if (unit.cls === 'count') {
    // 一家公司表示: 一 + measure word is an article; after 仅, 共, 其中 … it counts (仅一只, 其中一笔: README rule 6).
    if (t.single && !range && !pre.qualifier && decToNumber(t.value) === 1 && !countFocusWords.backward(text, pre.start, min)) return null;
    // 二次贷款, 二级市场: a count says 两 (两次, 两家); a lone 二 before a measure word starts another word.
    if (t.single && text[t.start] === '二' && !range) return null;
    if (t.bareUnit && !pre.qualifier && !q.atLeast && !range) return null;
    // 前五位, 前10名: a ranking, not a count.
    if ((unit.unit === '位' || unit.unit === '名') && text[pre.start - 1] === '前') return null;
    // 零部件, 每10股: a lone 零 or a 每N before a measure word is no count.
    if ((t.single && decToNumber(t.value) === 0) || text[q.start - 1] === '每') return null;
  }

  switch (unit.cls) {
    case 'currency': {
      // 港币三千二百五十元: a generic 元 takes the currency written before the number.
      const code = pre.currency && unit.generic ? pre.currency : unit.code;
      if (pre.direction) {
        const f = withBasis(c, make(c, 'change', values(q, unit.pow, changeSign(c, pre.direction)), code));
        // 上涨28元/吨, 每吨上涨240元: a change of a price keeps what it is per.
        const per = q.per ?? pre.per ?? separatedPer(text, clause, pre.start) ?? namedUnitPrice(text, pre.start, q.start);
        if (per) f.per = per;
        return f;
      }
      // 楼面地价达7000元: a land or house price is per 平方米 without saying so (REAL-DEV); a land total is in 亿.
      if (q.bigPow <= 4 && !q.per && !pre.per && (areaPriceNouns.lastWithin(text, clause, pre.start) || homePricePerArea(text, num(decShift(q.lo, unit.pow)), clause, pre.start))) {
        const f = make(c, 'price', values(q, unit.pow, written), code);
        f.per = '平方米';
        f.implicit_unit = true;
        return f;
      }
      const per = priceOf(text, q, pre, clause, min, prev);
      if (per) {
        const f = make(c, 'price', values(q, unit.pow, written), code);
        f.per = per;
        return f;
      }
      return make(c, 'money', values(q, unit.pow, written), code);
    }
    case 'percent': {
      if (pre.direction) return withBasis(c, make(c, 'change', values(q, unit.pow, changeSign(c, pre.direction)), '%'));
      const noun = growthNounSign(text, clause, pre.start);
      if (noun) return withBasis(c, make(c, 'change', values(q, unit.pow, changeSign(c, noun)), '%'));
      const listed = listHeadDirection(text, pre.start);
      if (listed) {
        const f = make(c, 'change', values(q, unit.pow, changeSign(c, listed.sign)), '%');
        if (listed.basis) f.basis = listed.basis;
        return f;
      }
      return make(c, 'percent', values(q, unit.pow, written), '%');
    }
    case 'pp':
    case 'bp': {
      // LPR加15个基点: a spread over a base rate is a plus, 加 in the surface (REAL-DEV).
      if (!pre.direction && text[pre.start - 1] === '加' && pre.start - 1 >= min) {
        pre.start--;
        pre.direction = 1;
      }
      const d = pre.direction || lastDirection(text, reach, pre.start) || growthNounSign(text, clause, pre.start) || 1;
      return withBasis(c, make(c, 'change', values(q, 0, changeSign(c, d)), unit.cls));
    }
    case 'multiple': {
      const f = make(c, 'multiple', values(q, 0, written), 'x');
      return pre.direction ? withBasis(c, f) : f;
    }
    case 'point':
      if (pre.direction) return withBasis(c, make(c, 'change', values(q, 0, changeSign(c, pre.direction)), '点'));
      return make(c, 'price', values(q, 0, written), '点');
    case 'count':
      // 下调两到三次, 加息三次: how many times a move is made is a count, not a movement.
      if (pre.direction && FREQUENCY_UNITS.has(unit.unit)) return make({ ...c, pre: { ...pre, start: q.start } }, 'count', values(q, 0, written), unit.unit);
      if (pre.direction) return withBasis(c, make(c, 'change', values(q, 0, changeSign(c, pre.direction)), unit.unit));
      return make(c, 'count', values(q, 0, written), unit.unit);
  }
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

/** Numbers with no written unit that the context still makes figures: 奖池滚存至12.8亿, 中间价报7.1028. */
function implicitFigure(text: string, q: Quantity, pre: Prefix, min: number, qualifier: Qualifier, prev: Figure | undefined): Figure | null {
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
  const moneyBound = ends || moneyVerbs.backward(text, pre.start, min) || moneyNounsAfter.forward(text, text[q.end] === '的' ? q.end + 1 : -1) || moneyNounsTouching.forward(text, q.end);
  if (q.bigPow >= 8 && moneyBound) {
    const clause = text.slice(clauseStart(text, pre.start, min), pre.start);
    if (COUNT_NOUNS.test(clause)) return null;
    return implicit(text, q, pre, qualifier, 'money', 'CNY');
  }
  if (t.arabic && q.bigPow === 0 && fxTriggered(text, pre.start, q.start, min)) {
    const sw = sentenceWindowStart(text, pre.start);
    const pair = fxPair(text, sw, pre.start);
    if (!pair && !fxWords.lastWithin(text, sw, pre.start)) return null;
    const v = decToNumber(t.value);
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
  if (!fxTriggered(text, pre.start, q.start, min) && !READING.test(text.slice(Math.max(min, pre.start - 2), pre.start))) return null;
  // The index must be the last thing named: 美元指数走弱，人民币中间价报7.1 is an FX quote.
  const index = indexWord.lastWithin(text, sw, pre.start);
  if (!index || fxWords.lastWithin(text, index.end, pre.start)) return null;
  // A whole number must be quoted in the index's own clause: …指数为跟踪标的，交易代码为563800 is a code.
  return q.token.decimals > 0 || index.start >= clauseStart(text, pre.start, min) ? 'price' : null;
}

/** A first or final reading of an index (PMI终值55.7, 初值69). */
const READING = /(?:初值|终值)$/;
/** A round level named as a barrier after the number (140关口, 7.3大关). */
const LEVEL_MARK = /^(?:整数)?(?:关口|大关|关)/;
// PMI is a purchasing managers' index (美国8月Markit服务业PMI终值55.7).
const indexWord = new WordTable<true>([['指数', true], ['PMI', true]]);

/** An FX verb (报, 至, 跌破, 触及 …) just before the number or its qualifier. */
export function fxTriggered(text: string, start: number, numStart: number, min: number): boolean {
  return FX_TRIGGER.test(text.slice(Math.max(min, start - 2), start)) || FX_TRIGGER.test(text.slice(Math.max(min, numStart - 2), numStart));
}
