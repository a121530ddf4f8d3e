// Asks Sina's quote service for one stock's quote, from the background: the service's symbol for the
// code, one GET, the GBK answer decoded and parsed (hq-response.ts). The answer for a symbol is reused for
// REFRESH_MS, so however many panels and tabs ask, the service gets at most one request per stock per 5 s.
// The Referer the service insists on is set by a declarativeNetRequest rule (referer-rule.ts), not here:
// fetch() may not set it.
import { parseServiceResponse, serviceSymbol, type ServiceQuote } from './hq-response';
import { REFRESH_MS } from './refresh';

export const SERVICE_URL = 'https://hq.sinajs.cn/list=';

export type QuoteAnswer = { ok: true; quote: ServiceQuote | null } | { ok: false; error: string };

export type QuoteServiceDeps = {
  fetch: (url: string) => Promise<Response>;
  now: () => number;
};

/** How many symbols' answers are kept at most (a reader opens a few panels, not thousands). */
const CACHE_LIMIT = 100;

export function createQuoteService(deps: QuoteServiceDeps): (code: string) => Promise<QuoteAnswer> {
  const cache = new Map<string, { at: number; answer: Promise<QuoteAnswer> }>();
  return (code) => {
    const symbol = serviceSymbol(code);
    if (!symbol) return Promise.resolve({ ok: false, error: 'no-service-code' });
    const now = deps.now();
    const hit = cache.get(symbol);
    if (hit && now - hit.at < REFRESH_MS) return hit.answer;
    const answer = ask(deps, symbol);
    cache.delete(symbol);
    cache.set(symbol, { at: now, answer });
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return answer;
  };
}

async function ask(deps: QuoteServiceDeps, symbol: string): Promise<QuoteAnswer> {
  try {
    const response = await deps.fetch(`${SERVICE_URL}${symbol}`);
    // 403: the service saw no Sina Referer (the rule is missing, or the browser did not apply it)
    if (!response.ok) return { ok: false, error: `http-${response.status}` };
    const text = new TextDecoder('gbk').decode(await response.arrayBuffer());
    const quotes = parseServiceResponse(text);
    if (!quotes.has(symbol)) return { ok: false, error: 'bad-answer' };
    return { ok: true, quote: quotes.get(symbol) ?? null };
  } catch {
    return { ok: false, error: 'network' };
  }
}
