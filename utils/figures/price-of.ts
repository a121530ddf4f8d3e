// What a money amount is per when the text makes it a price: a share, a unit after a
// slash, a commodity's unit, an area for homes and land, or the base currency of an FX pair.
import { clauseStart, sentenceWindowStart, separatedPer, type Prefix } from './context';
import { CLAUSE_BREAK, commodityPer, homePriceNouns, homeWords, moneyVerbs, quoteWords, selfQuotingSubjects, sharePriceNounsAfter, unitPriceWords } from './lexicon';
import { WordTable } from './lookup';
import type { Quantity } from './quantity';
import { fxCurrencies } from './unit-words';
import type { Figure } from './types';

const QUOTE_IN_CLAUSE = ['股价', '目标价', '收盘价', '开盘价', '发行价', '最新价', '现价', '收盘报', '报收', '收报', '涨停价', '跌停价', '最高价', '最低价', '成交均价', '转股价', '行权价', '回购价'];

const STOCK_SUBJECTS = ['该股', '个股', '股票'];

const LEVEL_VERB = new Set('至到报于在');

/** What joins the two currencies of an FX pair (美元兑日元, 人民币对美元, 美元/日元). */
const PAIR_LINK = new Set('兑对/／');

/** Currencies worth well under a dollar, and the ones worth about a dollar or more. */
const WEAK_CURRENCIES = new Set(['JPY', 'KRW', 'INR', 'RUB', 'NGN', 'TWD', 'THB', 'HKD', 'IDR', 'VND', 'PHP', 'MXN', 'BRL', 'ZAR', 'TRY', 'MUR']);
const STRONG_CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CHF']);

/**
 * X兑Y, X对Y or X/Y in [from, to): what a rate is per and in which currency it is quoted. With the
 * rate's `value`: 日元兑美元跌至151.5 and 卢比兑美元报83.52 name the weak currency first but quote it
 * per dollar (a yen is no 151.5 dollars), so a rate above 1 of a weak currency against a strong one is read so.
 */
export function fxPair(text: string, from: number, to: number, value?: number): { per: string; code: string } | null {
  for (let i = to - 1; i > from; i--) {
    const ch = text[i] as string;
    if (!PAIR_LINK.has(ch)) continue;
    const base = fxCurrencies.backward(text, i, from);
    const quote = fxCurrencies.forward(text, i + 1);
    if (!base || !quote) continue;
    if (base.data === 'CNY') return { per: quote.word, code: 'CNY' };
    if (quote.data === 'CNY') return { per: base.word, code: 'CNY' };
    if (value !== undefined && value > 1.5 && WEAK_CURRENCIES.has(base.data) && STRONG_CURRENCIES.has(quote.data)) return { per: quote.word, code: base.data };
    return { per: base.word, code: quote.data };
  }
  return null;
}

/** What a money amount is per, when the text makes it a price (每股, 元/吨, 收盘报, 比特币价格). */
export function priceOf(text: string, q: Quantity, pre: Prefix, clause: number, min: number, prev: Figure | undefined): string | null {
  if (q.per) return q.per;
  if (pre.per) return pre.per;
  const each = q.bigPow === 0 ? oneOfAfter(text, q.end) : null;
  if (each) return each;
  const sep = separatedPer(text, clause, pre.start) ?? namedUnitPrice(text, pre.start, q.start);
  if (sep && !raisedEach(text, clause, pre.start)) return sep;
  if (q.bigPow >= 8) return null;
  const from = movedFromPrice(text, pre.start, prev) ?? expectedPrice(text, pre.start, prev);
  if (from) return from;
  const after = text[q.end] === '的' ? q.end + 1 : q.end;
  if (q.bigPow === 0 && sharePriceNounsAfter.forward(text, after)) return '股';
  const sw = sentenceWindowStart(text, pre.start);
  const touching = quoteWords.backward(text, pre.start, min);
  // 股价暴跌24%至33港元: the level a movement reached is read with the words before the movement.
  const reached = prev && prev.kind === 'change' && (text.slice(prev.end, pre.start) === '至' || text.slice(prev.end, pre.start) === '到');
  const clauseText = text.slice(reached ? clauseStart(text, pre.start, 0) : clause, pre.start);
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
  // 一度冲到276.99元的高位, 涨到208.99元的历史高点: an amount named a high or a low of its own is a share's quote
  // (人均收入达到5000元的新高 is money: a money noun names it).
  if (!commodity && q.bigPow === 0 && text[q.end] === '的' && QUOTE_LEVEL_AFTER.test(text.slice(q.end + 1, q.end + 5)) && !MONEY_NOUNS.test(clauseText)) return '股';
  return null;
}

/** Measure words of goods that 一 names after a price (16元一份, 5元一斤, 800元一晚). */
const ONE_OF = new WordTable<true>(
  ['份', '斤', '公斤', '千克', '克', '吨', '个', '张', '件', '只', '瓶', '盒', '包', '袋', '箱', '套', '台', '辆', '桶', '支', '杯',
    '碗', '双', '股', '枚', '颗', '粒', '片', '本', '平方米', '平米', '晚'].map((w) => [w, true] as const),
);

/** 16元一份, 5元一斤: 一 and a measure word right after an amount make it a price per that measure (rule 3), not 一个月 or 一次性. */
function oneOfAfter(text: string, end: number): string | null {
  if (text[end] !== '一') return null;
  const m = ONE_OF.forward(text, end + 1);
  return m && !'月性人'.includes(text[m.end] ?? '') ? m.word : null;
}

/**
 * 每只基金募集19.3亿元, 每个项目投资5000万元: a verb of raising or spending after 每X makes the amount
 * what each one raised or spent, money, not a price per X.
 */
function raisedEach(text: string, from: number, to: number): boolean {
  const verb = moneyVerbs.lastWithin(text, from, to);
  if (!verb) return false;
  // The last 每 of the clause, read back no further than the clause (never over the whole text).
  let mei = to - 1;
  while (mei >= from && text[mei] !== '每') mei--;
  return mei >= from && mei < verb.start;
}

/**
 * 该楼盘开盘价不低于3万元: a home's 开盘价 or 均价 in yuan per 平方米 — a home's total price
 * (售价300万元) is far above the band and stays money.
 */
export function homePricePerArea(text: string, v: number, clause: number, start: number): boolean {
  if (v < 1000 || v > 300000 || !homePriceNouns.lastWithin(text, clause, start)) return false;
  return !!homeWords.lastWithin(text, sentenceWindowStart(text, start), start);
}

/**
 * 折合升价，0号柴油下调0.09元: the unit of a unit-price word earlier in the sentence. The word
 * must not touch the number: 升价10元 reads as a verb (raised the price by 10 yuan).
 */
export function namedUnitPrice(text: string, start: number, numStart: number): string | undefined {
  const m = unitPriceWords.lastWithin(text, sentenceWindowStart(text, start), start);
  return m && m.end < numStart ? m.data : undefined;
}

/** 跌至, 报, 收于 just before the amount, or a level-crossing word (跌破, 突破) heading it. */
function reachesLevel(text: string, start: number, numStart: number): boolean {
  return LEVEL_VERB.has(text[start - 1] ?? '') || LEVEL_CROSSING.test(text.slice(start, numStart));
}

const QUOTE_LEVEL_AFTER = /^(?:历史)?(?:高位|低位|高点|低点|新高|新低)/;

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
export function expectedAfter(text: string, prev: Figure, start: number): boolean {
  if (start - prev.end > 12) return false;
  const between = text.slice(prev.end, start);
  return !/[。；;]/.test(between) && EXPECTED.test(between);
}

// 好于预期的51: 的 may link the word to the value.
export const EXPECTED = /(?:预期|预估|预计|前值|市场预期|分析师预期|此前|去年同期)(?:为|是|的)?$/;
