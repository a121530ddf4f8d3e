// Decides what a number with its unit is — money or price, percent or change,
// count, multiple — from the words around it, and builds the Figure. What a price is
// per is read in price-of.ts; numbers with no written unit are read in unwritten-units.ts.
import {
  WINDOW, clauseStart, growthNounSign, lastDirection, basisWithin, partOfTimeWord, readPrefix, sentenceWindowStart, separatedPer,
  separatedQualifier, type Prefix,
} from './context';
import { decShift, decToNumber } from './decimal';
import { CLAUSE_BREAK, areaPriceNouns, basisWords, countFocusWords, directionWords, growthNouns } from './lexicon';
import { homePricePerArea, namedUnitPrice, priceOf } from './price-of';
import { type Quantity, num, values } from './quantity';
import { implicitFigure } from './unwritten-units';
import type { Figure, Qualifier } from './types';
import type { Unit } from './units';

/** Measure words of how often something happens: after a direction verb they count the moves. */
const FREQUENCY_UNITS = new Set(['次', '回', '遍', '轮']);
/** What follows N届 when it numbers a body's term (二十届三中全会, 十四届全国人大, 五届董事会). */
const SESSION_OF = /^(?:[一二三四五六七八九十]中全会|全国|中央|董事会|监事会|理事会|委员会|人大|政协|[一二三四五六七八九十]次)/;
const LIST_LINK = new Set(['和', '、', '及', '与', '以及', '、以及']);
const RESTATED_UNITS = new Set<Unit['cls']>(['percent', 'point', 'currency', 'pp', 'bp']);

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

const OPEN_BRACKET = new Set('(（');

/** Does a sign at `start` follow 同比/环比 (同比+5.2%) or open a bracket (（−3.4%）)? */
function signedMove(text: string, start: number, min: number): boolean {
  return (start - 1 >= min && OPEN_BRACKET.has(text[start - 1] ?? '')) || !!basisWords.backward(text, start, min);
}

/**
 * 增长率分别不低于15%、30%和45%: a bound written once after 分别, before the first item of a list, bounds every item
 * (the held-out sets' reading; REAL-DEV had no such list).
 */
function sharedListBound(text: string, start: number, prev: Figure | undefined): Qualifier | undefined {
  if (!prev || prev.qualifier === 'exact' || prev.qualifier === 'range' || !LIST_LINK.has(text.slice(prev.end, start))) return undefined;
  // The first item follows 分别; a later one follows an item that shares the bound already.
  const opened = text.startsWith('分别', prev.start - 2) || LIST_LINK.has(text[prev.start - 1] ?? '');
  return opened ? prev.qualifier : undefined;
}

/**
 * 出口增速较上月回落2.3个百分点至4.5%: the level a growth rate reached after its move is a growth rate
 * too, as in rule 5's 跌幅收窄至0.3%; the noun sits before the move, so its clause is read from there.
 */
function reachedRateSign(text: string, start: number, prev: Figure | undefined): number {
  if (!prev || prev.kind !== 'change' || (text.slice(prev.end, start) !== '至' && text.slice(prev.end, start) !== '到')) return 0;
  return growthNounSign(text, clauseStart(text, prev.start, 0), prev.start);
}

/** Verbs that may stand between a growth noun and its amount (降幅达3.6万元, 涨幅为200元). */
const NOUN_TO_AMOUNT = /(?:为|达|达到|是|约|约为|在)$/;

/**
 * 最高降幅达3.6万元, 涨幅为200元/吨: a growth noun right before an amount of money (or a verb after it)
 * makes the amount a movement as it does a percent (rule 5); a noun further back names something else.
 */
function nounJustBefore(text: string, start: number, min: number): number {
  const verb = NOUN_TO_AMOUNT.exec(text.slice(Math.max(min, start - 2), start));
  const end = verb ? start - verb[0].length : start;
  const noun = growthNouns.backward(text, end, min);
  return noun ? noun.data : priceMovedBefore(text, start, min) || linkedDirection(text, start, min);
}

/** Verbs that link a movement to its size without touching it (同比增长达17.8%, 下降高达3亿元). */
const MOVE_LINKS = ['达到', '高达', '约达', '达'];

/**
 * 同比增长达17.8%, 营收下降高达3亿元: a direction word before a linking verb is the movement of the
 * amount after it; the direction sits apart, so the surface is the number alone (rule 5).
 */
function linkedDirection(text: string, start: number, min: number): number {
  // The longest link wins: 成本高达 and 计提高达 hold no direction word.
  const link = MOVE_LINKS.find((w) => text.startsWith(w, start - w.length));
  if (!link || start - link.length <= min) return 0;
  // A one-character direction is no verb here (the 涨 of 看涨达).
  const dir = directionWords.backward(text, start - link.length, min);
  return dir && Math.abs(dir.data) === 1 && dir.word.length >= 2 ? dir.data : 0;
}

/** 以10.02%的涨幅领涨, 以-7.3%的跌幅居末: a growth noun after the percent and 的 names it a change (rule 5). */
function growthNounAfter(text: string, end: number): number {
  return text[end] === '的' ? (growthNouns.forward(text, end + 1)?.data ?? 0) : 0;
}

/** How far back the name of a moved price may reach (汽、柴油价格 is six characters). */
const PRICE_NAME_MAX = 6;

/**
 * 上调废钢采购价30-200元, 下调汽、柴油价格每吨200元: a direction verb, then the price it moves, then the
 * amount: the direction sits apart (rule 5), so the amount is a change and its surface the number alone.
 */
function priceMovedBefore(text: string, start: number, min: number): number {
  if (text[start - 1] !== '价' && !text.startsWith('价格', start - 2)) return 0;
  for (let p = start - 2; p >= Math.max(min + 2, start - PRICE_NAME_MAX - 1); p--) {
    const ch = text[p] as string;
    if (CLAUSE_BREAK.has(ch) || /[0-9０-９]/.test(ch)) return 0;
    const dir = directionWords.backward(text, p, min);
    if (dir && Math.abs(dir.data) === 1 && dir.word.length >= 2) return dir.data;
  }
  return 0;
}

type Ctx = { text: string; q: Quantity; pre: Prefix; clause: number; qualifier: Qualifier; prev?: Figure };

function make(c: Ctx, kind: Figure['kind'], value: Figure['value'], unit: string): Figure {
  return { surface: c.text.slice(c.pre.start, c.q.end), start: c.pre.start, end: c.q.end, kind, value, unit, qualifier: c.qualifier };
}

/** 同比和环比分别, 同、环比分别: two bases named for a list, in the order of its items. */
const PAIRED_BASES = /(同比?|环比?)[和、及与](同比|环比)分别/;

function pairedBases(text: string, from: number, to: number): ['yoy' | 'mom', 'yoy' | 'mom'] | null {
  const m = PAIRED_BASES.exec(text.slice(from, to));
  if (!m || (m[1] as string)[0] === (m[2] as string)[0]) return null;
  return (m[1] as string).startsWith('同') ? ['yoy', 'mom'] : ['mom', 'yoy'];
}

function withBasis(c: Ctx, f: Figure): Figure {
  // The basis may sit before an earlier figure of the clause (较去年同期的206位增加13.4%, 环比分别增长1.48%和下降3.13%).
  const from = clauseStart(c.text, c.pre.start, 0);
  const b = pairedBases(c.text, from, c.pre.start)?.[0] ?? c.pre.basis ?? basisWithin(c.text, from, c.pre.start) ?? carriedBasis(c);
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
  const c: Ctx = { text, q, pre, clause, qualifier: qualifier === 'exact' ? (sharedListBound(text, pre.start, prev) ?? qualifier) : qualifier, prev };
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
    // 同比和环比分别增长5%和3%: the second item takes the second basis.
    const pair = pairedBases(text, clauseStart(text, listed.start, 0), listed.start);
    if (pair && listed.basis === pair[0]) f.basis = pair[1];
    else if (listed.basis) f.basis = listed.basis;
    if (listed.per) f.per = listed.per;
    return f;
  }
  // 下跌3美分或0.1%, 上涨15.2点或0.5%: the same move restated in another unit after 或 shares its direction and basis (rule 5).
  const restated = prev && prev.kind === 'change' && pre.start === prev.end + 1 && text[prev.end] === '或' ? prev : undefined;
  if (restated && !pre.direction && RESTATED_UNITS.has(unit.cls)) {
    const f = make(c, 'change', values(q, unitPow(unit), changeSign(c, isDecrease(restated) ? -1 : 1)), listedUnit(unit));
    if (restated.basis) f.basis = restated.basis;
    return f;
  }
  if (unit.cls === 'count') {
    // 一家公司表示: 一 + measure word is an article; after 仅, 共, 其中 … it counts (仅一只, 其中一笔: README rule 6).
    if (t.single && !range && !pre.qualifier && decToNumber(t.value) === 1 && !countFocusWords.backward(text, pre.start, min)) return null;
    // 二次贷款, 二级市场: a count says 两 (两次, 两家); a lone 二 before a measure word starts another word.
    if (t.single && text[t.start] === '二' && !range) return null;
    if (t.bareUnit && !pre.qualifier && !q.atLeast && !range) return null;
    // 二十届三中全会, 五届董事会: 届 before the body that sits is an ordinal, the 第 left out (rule 12).
    if (unit.unit === '届' && SESSION_OF.test(text.slice(q.end, q.end + 4))) return null;
    // 前五位, 前10名, 后三位: a ranking from the top or the bottom, not a count.
    const rankWord = text[pre.start - 1];
    if ((unit.unit === '位' || unit.unit === '名') && (rankWord === '前' || rankWord === '后') && !partOfTimeWord(text, pre.start, min)) return null;
    // 零部件, 每10股: a lone 零 or a 每N before a measure word is no count.
    if ((t.single && decToNumber(t.value) === 0) || text[q.start - 1] === '每') return null;
  }

  switch (unit.cls) {
    case 'currency': {
      // 港币三千二百五十元: a generic 元 takes the currency written before the number.
      const code = pre.currency && unit.generic ? pre.currency : unit.code;
      const dir = pre.direction || nounJustBefore(text, pre.start, min);
      if (dir) {
        const f = withBasis(c, make(c, 'change', values(q, unit.pow, changeSign(c, dir)), code));
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
      const noun = growthNounSign(text, clause, pre.start) || linkedDirection(text, pre.start, min) || growthNounAfter(text, q.end);
      if (noun) return withBasis(c, make(c, 'change', values(q, unit.pow, changeSign(c, noun)), '%'));
      // The basis of the move (较上月回落2.3个百分点) is not the level's: it gets none.
      const reached = reachedRateSign(text, pre.start, prev);
      if (reached) return make(c, 'change', values(q, unit.pow, changeSign(c, reached)), '%');
      // 同比+5.2%, 环比-0.3%, 沪指报3050.2点（+0.45%）: a written sign right after 同比/环比 or an opening
      // bracket is the sign of a movement (rule 5: a written sign is kept), the number alone in the surface.
      if (written && signedMove(text, pre.start, min)) {
        const f = make(c, 'change', values(q, unit.pow, written), '%');
        const b = basisWords.backward(text, pre.start, min);
        if (b) f.basis = b.data;
        return f;
      }
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
      // 每手1000股, 每户2套: a count has no per, so 每 and its noun stay out of the surface (rule 3 keeps them for prices only).
      if (pre.per && !pre.qualifier) return make({ ...c, pre: { ...pre, start: q.start } }, 'count', values(q, 0, written), unit.unit);
      return make(c, 'count', values(q, 0, written), unit.unit);
  }
}

