// The stock keyword links Sina puts into an article body, as stocks with
// normalised codes, and every place the text mentions them again. Sina's
// keyword system links a name once (its first mention) by plain string
// matching (sina-dom.md §4), so the text names each stock again unlinked, and
// sometimes writes its code: 紫金矿业（601899） (zijin).
//
// Code scheme (the same as data-stock-code on the page's triggers):
//   A-shares   sh601298, sz300059, bj430047  lowercase market + 6 digits
//   Hong Kong  hk00700                       'hk' + 5 digits, zero-padded
//   US         us.AAPL                       'us.' + the ticker in upper case
//   funds      fund.110022                   'fund.' + the 6-digit fund code
//   futures    futures.RB0                   'futures.' + Sina's contract code in upper case
// Index codes are A-share codes (stock_sh000001 上证指数, stock_sz399001):
// Sina links them like stocks, to the same quote pages.
// Sources, in order: the keyword span's id (stock_sh601298, usstock_JPM,
// hkstock_00700), then the link's href (/realstock/company/sh601298/nc.shtml,
// /usstock/quotes/JPM.html, /hkstock/quotes/00700.html, /fund/quotes/110022/bc.shtml,
// /futures/quotes/RB0.shtml). No saved page shows a fund or futures keyword span
// (sina-dom.md §4, §6), so those two families are read from the link's quote page,
// whatever span is around it: the fund page's form is the one public fund tools
// request (e.g. finance.sina.com.cn/fund/quotes/159996/bc.shtml in akshare's
// fund_etf_hist_sina), the futures form is linked from the right column of
// sina-finance-desktop-doc-2018-12-28-roll-12306.html (futures/quotes/CFCTGC.shtml).
// A code that never traded (a withdrawn IPO) is still a code: the stock is read,
// and its panel shows what the article says (no live quote: Sina fills none).
//
// Names and hrefs are page text: they are kept as strings, never parsed as HTML.
//
// Two halves: reading the links needs the DOM (readStockLinks, in the page);
// finding the later names and the codes written as text is pure string work
// over the paragraphs' text (textMentions), so the content script leaves it to
// the background, and the CLI and tests run the same function.
import { indexInParagraph, type Paragraph } from './paragraph-text';
import type { Steps } from '../time-slices';

export type Market = 'sh' | 'sz' | 'bj' | 'hk' | 'us' | 'fund' | 'futures';
export type Mention = { paragraph: number; start: number; end: number; via: 'link' | 'name' | 'code' };

export type Stock = {
  code: string;
  market: Market;
  name: string;
  /** The quote page: the link's own http(s) href, or the canonical one for the code. */
  href: string;
  /** The first keyword link (Sina links the first mention) and every other link to the same code. */
  anchor: Element;
  anchors: Element[];
  /** The keyword span around the link (`span#stock_…`), when there is one. */
  span: Element | null;
  /** Sina's live-quote span (`span#quote_…`, filled by Sina's script), when there is one. */
  quote: Element | null;
  /** Where its keyword links sit in the paragraphs' text (all `via: 'link'`). */
  links: Mention[];
  /** Every mention in the paragraphs' text: the links, later unlinked names, codes written as text (textMentions). */
  mentions: Mention[];
};

/** A stock as read from its links, before the text is searched for its other mentions. */
export type LinkedStock = Omit<Stock, 'mentions'>;

/** What textMentions needs of a stock: no DOM (the background gets this in a message). */
export type NamedStock = { code: string; name: string; links: readonly Omit<Mention, 'via'>[] };

/** A code written in the text that no keyword link names (e.g. 天风期货（834277）, zijin). */
export type TextCode = { text: string; code: string | null; paragraph: number; start: number; end: number };

/** The news_keyword_pub comment compared with the links (disagreements are reported, not thrown). */
export type KeywordCheck = { listed: string[]; missing: string[]; unlisted: string[] };

export type Normalised = { code: string; market: Market };

/** Normalises a code of one of Sina's keyword families ('stock', 'usstock', 'hkstock', 'fund', 'futures'). */
export function normaliseCode(raw: string, family: string = 'stock'): Normalised | null {
  const s = raw.trim();
  if (family === 'fund') {
    const d = /^(?:fund\.|of|f_)?(\d{6})$/i.exec(s)?.[1];
    return d ? { code: `fund.${d}`, market: 'fund' } : null;
  }
  if (family === 'futures') {
    const c = /^(?:futures\.|nf_|hf_)?([A-Za-z]{1,8}\d{0,4})$/i.exec(s)?.[1];
    return c ? { code: `futures.${c.toUpperCase()}`, market: 'futures' } : null;
  }
  if (family === 'usstock' || family === 'us' || family === 'gb') {
    const t = s.replace(/^(?:us\.|gb_)/i, '');
    return /^[A-Za-z][A-Za-z0-9.-]{0,9}$/.test(t) ? { code: `us.${t.toUpperCase()}`, market: 'us' } : null;
  }
  if (family === 'hkstock' || family === 'hk') {
    const d = /^(?:hk)?(\d{1,5})$/i.exec(s)?.[1];
    return d ? { code: `hk${d.padStart(5, '0')}`, market: 'hk' } : null;
  }
  const a = /^(sh|sz|bj)(\d{6})$/i.exec(s);
  if (a) return { code: `${a[1]!.toLowerCase()}${a[2]}`, market: a[1]!.toLowerCase() as Market };
  if (/^hk\d{1,5}$/i.test(s)) return normaliseCode(s, 'hkstock');
  if (/^(?:gb_|us\.)/i.test(s)) return normaliseCode(s, 'usstock');
  return null;
}

/** The code named by a keyword span id: stock_sh601298, usstock_JPM, hkstock_00700. */
export function codeFromSpanId(id: string): Normalised | null {
  const m = /^(stock|usstock|hkstock)_(.+)$/.exec(id);
  return m ? normaliseCode(m[2]!, m[1]) : null;
}

/** The code a quote-page link points at. */
export function codeFromHref(href: string): Normalised | null {
  const a = /\/realstock\/company\/((?:sh|sz|bj)\d{6})\//i.exec(href);
  if (a) return normaliseCode(a[1]!);
  const us = /\/usstock\/quotes\/([A-Za-z0-9.-]+)\.html/.exec(href);
  if (us) return normaliseCode(us[1]!, 'usstock');
  const hk = /\/hkstock\/quotes\/(\d{1,5})\.html/.exec(href);
  if (hk) return normaliseCode(hk[1]!, 'hkstock');
  const fund = /\/fund\/quotes\/(\d{6})\/bc\.shtml/.exec(href);
  if (fund) return normaliseCode(fund[1]!, 'fund');
  const futures = /\/futures\/quotes\/([A-Za-z]{1,8}\d{0,4})\.shtml/.exec(href);
  return futures ? normaliseCode(futures[1]!, 'futures') : null;
}

/** Sina's quote page for a normalised code. */
export function quoteUrlOf(code: string): string {
  if (code.startsWith('us.')) return `https://stock.finance.sina.com.cn/usstock/quotes/${code.slice(3)}.html`;
  if (code.startsWith('hk')) return `https://stock.finance.sina.com.cn/hkstock/quotes/${code.slice(2)}.html`;
  if (code.startsWith('fund.')) return `https://finance.sina.com.cn/fund/quotes/${code.slice(5)}/bc.shtml`;
  if (code.startsWith('futures.')) return `https://finance.sina.com.cn/futures/quotes/${code.slice(8)}.shtml`;
  return `https://finance.sina.com.cn/realstock/company/${code}/nc.shtml`;
}

// Every family of keyword link (sina-dom.md §4): spans by id prefix, a.keyword,
// and links by quote-page href. One selector per family.
const KEYWORD_LINKS = [
  'span[id^="stock_"] a', // A-shares (dongcai, zijin, sco-demo-zone, catl)
  'span[id^="usstock_"] a', // US (bonds, iphone11)
  'span[id^="hkstock_"] a', // HK (sina-dom.md §4: not observed, same family)
  'a.keyword', // class of every keyword link (bonds; "keyword f_st" in iphone11)
  'a[href*="/realstock/company/"]', // A-share quote links
  'a[href*="/usstock/quotes/"]', // US quote links
  'a[href*="/hkstock/quotes/"]', // HK quote links
  'a[href*="/fund/quotes/"]', // fund quote links (see the top of this file)
  'a[href*="/futures/quotes/"]', // futures quote links
].join(', ');

function safeHref(anchor: Element, baseUrl: string, code: string): string {
  try {
    const u = new URL(anchor.getAttribute('href') ?? '', baseUrl);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through to the canonical quote page
  }
  return quoteUrlOf(code);
}

/** The `quote_…` span Sina pairs with a keyword span: its next sibling, else by id. */
function quoteSpanOf(span: Element | null, body: Element): Element | null {
  if (!span) return null;
  const next = span.nextElementSibling;
  if (next && next.tagName.toLowerCase() === 'span' && (next.getAttribute('id') ?? '').startsWith('quote_')) return next;
  const suffix = (span.getAttribute('id') ?? '').replace(/^(?:us|hk)?stock_/, '');
  for (const el of Array.from(body.querySelectorAll('span[id^="quote_"]'))) {
    if (el.getAttribute('id') === `quote_${suffix}`) return el;
  }
  return null;
}

/** Links, and paragraphs indexed, between two points where the sliced reader may pause (article.ts). */
const LINKS_PER_STEP = 16;
const PARAGRAPHS_PER_STEP = 1_024;

/**
 * The keyword links of the body as stocks (one per code, in order of first link), with where the
 * links sit in the text; in steps (utils/time-slices.ts).
 */
export function* readStockLinks(
  body: Element,
  paragraphs: Paragraph[],
  isBoilerplate: (el: Element) => boolean,
  baseUrl: string,
): Steps<LinkedStock[]> {
  const byCode = new Map<string, LinkedStock>();
  let anchors: Element[];
  try {
    anchors = Array.from(body.querySelectorAll(KEYWORD_LINKS));
  } catch {
    return [];
  }
  if (anchors.length === 0) return []; // most articles: nothing more to set up
  yield;
  const paragraphIndex = new Map<Element, number>();
  for (let i = 0; i < paragraphs.length; i++) {
    paragraphIndex.set(paragraphs[i]!.el, i);
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
  }
  const paragraphOfAnchor = (anchor: Element) => {
    for (let n: Element | null = anchor; n && n !== body; n = n.parentElement) {
      const i = paragraphIndex.get(n);
      if (i !== undefined) return i;
    }
    return -1;
  };
  for (let k = 0; k < anchors.length; k++) {
    if (k % LINKS_PER_STEP === LINKS_PER_STEP - 1) yield;
    const anchor = anchors[k]!;
    if (isBoilerplate(anchor)) continue;
    const span = anchor.closest('span[id^="stock_"], span[id^="usstock_"], span[id^="hkstock_"]');
    const spanInBody = span && body.contains(span) ? span : null;
    const found =
      (spanInBody && codeFromSpanId(spanInBody.getAttribute('id') ?? '')) ?? codeFromHref(anchor.getAttribute('href') ?? '');
    const name = (anchor.textContent ?? '').trim();
    if (!found || !name) continue;
    const mentions: Mention[] = [];
    const p = paragraphOfAnchor(anchor);
    if (p >= 0) {
      const text = paragraphs[p]!.text;
      const start = indexInParagraph(paragraphs[p]!, anchor);
      // The anchor's text may start with spaces the paragraph trimmed: find the name itself.
      const at = start >= 0 ? text.indexOf(name, start) : -1;
      if (at >= 0) mentions.push({ paragraph: p, start: at, end: at + name.length, via: 'link' });
    }
    const known = byCode.get(found.code);
    if (known) {
      known.anchors.push(anchor);
      known.links.push(...mentions);
      continue;
    }
    byCode.set(found.code, {
      ...found,
      name,
      href: safeHref(anchor, baseUrl, found.code),
      anchor,
      anchors: [anchor],
      span: spanInBody,
      quote: quoteSpanOf(spanInBody, body),
      links: mentions,
    });
  }
  return [...byCode.values()];
}

// Codes written as text, inside brackets: （601899）, (601899.SH), （sz300059）,
// （00700.HK）, (AAPL.O); or after 股票代码/证券代码.
const BRACKETS = /[（(]([^（）()]{1,40})[)）]/g;
const A_CODE = /(?<![\dA-Za-z])(?:(sh|sz|bj)[.:]?)?(\d{6})(?:\.(sh|sz|bj|ss))?(?![\dA-Za-z])/gi;
const HK_CODE = /(?<![\dA-Za-z])(?:(\d{4,5})\.hk|hk[.:]?(\d{4,5}))(?![\dA-Za-z])/gi;
const US_CODE = /(?<![A-Za-z])([A-Z]{1,5})\.(?:US|O|N|OQ|NYSE|NASDAQ)(?![A-Za-z])/g;
const LABELLED = /(?:股票|证券)代码[:：]\s*(\d{6})/g;

type RawCode = { text: string; start: number; end: number; digits?: string; code: string | null };

function codesInText(text: string): RawCode[] {
  const out: RawCode[] = [];
  for (const b of text.matchAll(BRACKETS)) {
    const inner = b[1]!;
    const base = b.index! + 1;
    for (const m of inner.matchAll(A_CODE)) {
      const market = (m[1] ?? m[3] ?? '').toLowerCase().replace('ss', 'sh');
      out.push({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length, digits: m[2], code: market ? `${market}${m[2]}` : null });
    }
    for (const m of inner.matchAll(HK_CODE)) {
      out.push({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length, code: normaliseCode(m[1] ?? m[2]!, 'hk')!.code });
    }
    for (const m of inner.matchAll(US_CODE)) {
      out.push({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length, code: `us.${m[1]}` });
    }
  }
  for (const m of text.matchAll(LABELLED)) {
    const start = m.index! + m[0].length - 6;
    if (!out.some((c) => c.start === start)) out.push({ text: m[1]!, start, end: start + 6, digits: m[1], code: null });
  }
  return out;
}

/**
 * Every mention of each stock in the paragraphs' text: its links, every later
 * mention of its name and every code written as text naming it (per stock, in
 * text order); and the codes that name no linked stock. Where names overlap
 * (东方证券 in 东方证券股份), the longer match wins. Pure over strings.
 */
export function textMentions(
  stocks: readonly NamedStock[],
  paragraphs: readonly string[],
): { mentions: Mention[][]; textCodes: TextCode[] } {
  const textCodes: TextCode[] = [];
  const mentions: Mention[][] = stocks.map((s) => s.links.map(({ paragraph, start, end }) => ({ paragraph, start, end, via: 'link' as const })));
  const byDigits = new Map<string, number>();
  stocks.forEach((s, k) => {
    if (/^(?:sh|sz|bj)\d{6}$/.test(s.code)) byDigits.set(s.code.slice(2), k);
  });
  const byCode = new Map(stocks.map((s, k) => [s.code, k]));
  const linkedAt = new Set(stocks.flatMap((s) => s.links.map((m) => `${s.code}@${m.paragraph}:${m.start}`)));
  paragraphs.forEach((text, p) => {
    const found: { stock: number; start: number; end: number; via: Mention['via'] }[] = [];
    stocks.forEach(({ name }, stock) => {
      if (name.length < 2) return; // a one-character "name" would match everywhere
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
        found.push({ stock, start: i, end: i + name.length, via: 'name' });
      }
    });
    for (const c of codesInText(text)) {
      const stock = (c.code ? byCode.get(c.code) : undefined) ?? (c.digits ? byDigits.get(c.digits) : undefined);
      if (stock !== undefined) found.push({ stock, start: c.start, end: c.end, via: 'code' });
      else textCodes.push({ text: c.text, code: c.code, paragraph: p, start: c.start, end: c.end });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      if (!linkedAt.has(`${stocks[f.stock]!.code}@${p}:${f.start}`)) mentions[f.stock]!.push({ paragraph: p, start: f.start, end: f.end, via: f.via });
    }
  });
  for (const m of mentions) m.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { mentions, textCodes };
}

const KEYWORD_COMMENT = /^\s*news_keyword_pub\s*,\s*([a-z]+)\s*,\s*([^]*?)\s*$/i;

/** Compares the <!-- news_keyword_pub,<family>,<codes> --> comments of the body with the links; null when there is none. */
export function checkKeywordComment(body: Element, stocks: readonly { code: string }[]): KeywordCheck | null {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 0x80);
  const listed: string[] = [];
  let seen = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = KEYWORD_COMMENT.exec(n.nodeValue ?? '');
    if (!m) continue;
    seen = true;
    for (const raw of m[2]!.split(/[&,\s]+/).filter(Boolean)) {
      const code = normaliseCode(raw, m[1]!.toLowerCase())?.code;
      if (code && !listed.includes(code)) listed.push(code);
    }
  }
  if (!seen) return null;
  const linked = stocks.map((s) => s.code);
  return {
    listed,
    missing: listed.filter((c) => !linked.includes(c)),
    unlisted: linked.filter((c) => !listed.includes(c)),
  };
}
