// Sina's quote service, hq.sinajs.cn (sina-dom.md §5): `GET https://hq.sinajs.cn/list=<sym>,<sym>…` answers
// one JavaScript statement per symbol, `var hq_str_<sym>="f0,f1,…";`, in GBK (the caller decodes), and
// `var hq_str_<sym>="";` for a symbol it does not know. Each market has its own field layout; the ones read
// here, as third-party clients of the service read them (found with the project's code search):
//   A-share  sh601298 / sz300059 / bj430047: 0 name, 2 previous close, 3 current, 30 date, 31 time
//            (shidenggui/easyquotation · easyquotation/sina.py; wangdingwei/wangdingwei.github.io · js/util.js)
//   HK       rt_hk00700: 1 Chinese name, 3 previous close, 6 current, 7 change, 8 change %, 17 date, 18 time
//            (wangdingwei/wangdingwei.github.io · js/util.js, and a commented client that lists the layout)
//   US       gb_aapl: 0 name, 1 current, 2 change %, 3 date and time, 4 change (the same commented client)
// Pure: strings in, quotes out.
import { makeQuote, readDecimal, written, type Quote } from './quote';

export type ServiceQuote = Quote & {
  /** When the service says the price is from, as it writes it ("2026-12-04 15:00:03"); '' when it does not say. */
  at: string;
};

/** The service's symbol for a FinLens stock code; null for a code it has no layout for here. */
export function serviceSymbol(code: string): string | null {
  if (/^(?:sh|sz|bj)\d{6}$/.test(code)) return code;
  const hk = /^hk(\d{5})$/.exec(code);
  if (hk) return `rt_hk${hk[1]}`;
  const us = /^us\.([A-Za-z][A-Za-z0-9]{0,9})$/.exec(code);
  if (us) return `gb_${us[1]!.toLowerCase()}`;
  return null;
}

const STATEMENT = /var\s+hq_str_([A-Za-z0-9_$.]+)\s*=\s*"([^"]*)"\s*;?/g;

/** symbol → its quote, or null when the service knows it but gives no price (unknown code, no trade yet). */
export function parseServiceResponse(text: string): Map<string, ServiceQuote | null> {
  const quotes = new Map<string, ServiceQuote | null>();
  for (const m of text.matchAll(STATEMENT)) quotes.set(m[1]!, quoteOf(m[1]!, m[2]!.split(',')));
  return quotes;
}

function quoteOf(symbol: string, f: string[]): ServiceQuote | null {
  if (f.length < 2) return null; // "" for an unknown code
  if (symbol.startsWith('rt_hk')) return given(f[6], f[7], f[8], join(f[17], f[18]));
  if (symbol.startsWith('gb_')) return given(f[1], f[4], f[2], f[3] ?? '');
  return computed(f[3], f[2], join(f[30], f[31]));
}

const join = (date = '', time = '') => [date, time].filter(Boolean).join(' ');

/** HK and US: the service gives the change and the change % itself. */
function given(price = '', change = '', percent = '', at: string): ServiceQuote | null {
  const [p, c, pc] = [price, change, percent].map(readDecimal);
  if (!p || !c || !pc) return null;
  const quote = makeQuote(p, c, pc);
  return quote && { ...quote, at };
}

/** A-shares: current and previous close only; 0 as the current price means no trade yet today. */
function computed(current = '', previous = '', at: string): ServiceQuote | null {
  const [now, prev] = [readDecimal(current), readDecimal(previous)];
  if (!now || !prev || !(prev.value > 0)) return null;
  const change = now.value - prev.value;
  const quote = makeQuote(written(now.value, 2), written(change, 2), written((change / prev.value) * 100, 2));
  return quote && { ...quote, at };
}
