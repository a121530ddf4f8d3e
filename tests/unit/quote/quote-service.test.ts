// The background's client of Sina's quote service: the right URL per market, the GBK answer decoded, one
// request per stock per 5 s however often it is asked, and every failure an answer, never an exception.
import { describe, expect, it, vi } from 'vitest';
import { createQuoteAnswerer } from '@/utils/quote/answer-quote';
import { createQuoteService, SERVICE_URL } from '@/utils/quote/quote-service';
import { REFRESH_MS } from '@/utils/quote/refresh';
import { defaultSettings } from '@/utils/settings-schema';
import { encodeGbk } from '../../../tools/lib/gbk';

// written for the test, in the service's A-share layout (0 name, 2 previous close, 3 current, 30–31 date and time)
const A_SHARE = `var hq_str_sh601298="青岛港,6.000,6.000,6.120${',0'.repeat(26)},2026-12-04,14:59:58,00";\n`;
const gbkResponse = (text: string, status = 200) => new Response(new Uint8Array(encodeGbk(text)), { status, headers: { 'content-type': 'application/javascript; charset=GBK' } });

function service(respond: (url: string) => Promise<Response>) {
  let now = 1_000_000;
  const fetch = vi.fn(respond);
  const ask = createQuoteService({ fetch, now: () => now });
  return { ask, fetch, later: (ms: number) => (now += ms) };
}

describe('createQuoteService', () => {
  it.each([
    ['sh601298', 'sh601298'],
    ['hk00700', 'rt_hk00700'],
    ['us.JPM', 'gb_jpm'],
  ])('asks for %s as %s', async (code, symbol) => {
    const { ask, fetch } = service(async () => gbkResponse(`var hq_str_${symbol}="";`));
    expect(await ask(code)).toEqual({ ok: true, quote: null });
    expect(fetch).toHaveBeenCalledWith(`${SERVICE_URL}${symbol}`);
  });

  it('decodes the GBK answer and reads the quote', async () => {
    const { ask } = service(async () => gbkResponse(A_SHARE));
    expect(await ask('sh601298')).toEqual({ ok: true, quote: { price: '6.12', change: '+0.12', percent: '+2.00%', direction: 'up', at: '2026-12-04 14:59:58' } });
  });

  it('asks the service at most once per stock per 5 s, whoever asks', async () => {
    const { ask, fetch, later } = service(async () => gbkResponse(A_SHARE));
    await Promise.all([ask('sh601298'), ask('sh601298'), ask('sh601298')]);
    later(REFRESH_MS - 1);
    await ask('sh601298');
    expect(fetch).toHaveBeenCalledTimes(1);
    later(1);
    await ask('sh601298');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a 403 (no Referer)', async () => gbkResponse('Forbidden', 403), { ok: false, error: 'http-403' }],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), { ok: false, error: 'network' }],
    ['an answer about another code', async () => gbkResponse('var hq_str_sh600000="";'), { ok: false, error: 'bad-answer' }],
    ['an answer that is no quote statement', async () => gbkResponse('<html></html>'), { ok: false, error: 'bad-answer' }],
  ])('answers %s with an error', async (_what, respond, answer) => {
    const { ask } = service(respond);
    expect(await ask('sh601298')).toEqual(answer);
  });

  it('asks nothing for a code the service has no layout for', async () => {
    const { ask, fetch } = service(async () => gbkResponse(''));
    expect(await ask('us.BRK.B')).toEqual({ ok: false, error: 'no-service-code' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('createQuoteAnswerer', () => {
  const on = { ...defaultSettings(), quotes: { service: true } };
  const deps = (over: Partial<Parameters<typeof createQuoteAnswerer>[0]> = {}) => ({
    settings: async () => on,
    granted: async () => true,
    installRule: vi.fn(async () => {}),
    ask: vi.fn(async () => ({ ok: true as const, quote: null })),
    ...over,
  });

  it.each([
    ['the option is off', { settings: async () => defaultSettings() }, 'off'],
    ['the permission was withdrawn', { granted: async () => false }, 'no-permission'],
    ['the Referer rule cannot be set', { installRule: vi.fn(async () => Promise.reject(new Error('no dnr'))) }, 'no-rule'],
  ])('asks nothing when %s', async (_what, over, error) => {
    const d = deps(over);
    expect(await createQuoteAnswerer(d)('sh601298')).toEqual({ ok: false, error });
    expect(d.ask).not.toHaveBeenCalled();
  });

  it('sets the Referer rule once, then asks the service', async () => {
    const ask = vi.fn(async (_code: string) => ({ ok: true as const, quote: null }));
    const d = deps({ ask });
    const answer = createQuoteAnswerer(d);
    expect(await answer('sh601298')).toEqual({ ok: true, quote: null });
    await answer('hk00700');
    expect(d.installRule).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls).toEqual([['sh601298'], ['hk00700']]);
  });

  it('tries the rule again after a failure', async () => {
    const installRule = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(undefined);
    const answer = createQuoteAnswerer(deps({ installRule }));
    expect(await answer('sh601298')).toEqual({ ok: false, error: 'no-rule' });
    expect(await answer('sh601298')).toEqual({ ok: true, quote: null });
  });
});
