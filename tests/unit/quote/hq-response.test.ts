// Sina's quote service's answer read per market layout; an unknown code, a code with no trade yet and
// malformed answers read as no quote. The answers here are written for the test in the service's layouts.
import { describe, expect, it } from 'vitest';
import { parseServiceResponse, serviceSymbol } from '@/utils/quote/hq-response';

const M = '\u2212';
const fields = (n: number, set: Record<number, string>) => Array.from({ length: n }, (_, i) => set[i] ?? '0').join(',');
/** An A-share answer: 33 fields, 0 name, 2 previous close, 3 current, 30 date, 31 time. */
const aShare = (prev: string, now: string) => fields(33, { 0: '青岛港', 1: '6.000', 2: prev, 3: now, 30: '2026-12-04', 31: '14:59:58', 32: '00' });
/** An HK answer: 1 name, 3 previous close, 6 current, 7 change, 8 change %, 17 date, 18 time. */
const hk = (now: string, change: string, percent: string) => fields(19, { 0: 'TENCENT', 1: '腾讯控股', 3: '380.000', 6: now, 7: change, 8: percent, 17: '2026/12/04', 18: '16:08:10' });
/** A US answer: 0 name, 1 current, 2 change %, 3 date and time, 4 change. */
const us = (now: string, percent: string, change: string) => fields(30, { 0: '摩根大通', 1: now, 2: percent, 3: '2026-12-04 16:00:00', 4: change });
const answer = (sym: string, body: string) => `var hq_str_${sym}="${body}";\n`;

describe('serviceSymbol', () => {
  it.each([
    ['sh601298', 'sh601298'],
    ['sz300059', 'sz300059'],
    ['bj430047', 'bj430047'],
    ['hk00700', 'rt_hk00700'],
    ['us.JPM', 'gb_jpm'],
    ['us.BRK.B', null],
    ['sh60129', null],
    ['hk700', null],
    ['us.', null],
    ['x', null],
  ])('%s → %s', (code, symbol) => expect(serviceSymbol(code)).toBe(symbol));
});

describe('parseServiceResponse', () => {
  it.each([
    ['an A-share rise', 'sh601298', aShare('6.000', '6.120'), { price: '6.12', change: '+0.12', percent: '+2.00%', direction: 'up', at: '2026-12-04 14:59:58' }],
    ['an A-share fall', 'sz300059', aShare('20.000', '19.500'), { price: '19.50', change: `${M}0.50`, percent: `${M}2.50%`, direction: 'down', at: '2026-12-04 14:59:58' }],
    ['an A-share unchanged', 'sh600000', aShare('9.990', '9.990'), { price: '9.99', change: '0.00', percent: '0.00%', direction: 'flat', at: '2026-12-04 14:59:58' }],
    ['an HK fall', 'rt_hk00700', hk('372.400', '-7.600', '-2.000'), { price: '372.400', change: `${M}7.600`, percent: `${M}2.000%`, direction: 'down', at: '2026/12/04 16:08:10' }],
    ['a US rise', 'gb_jpm', us('115.3950', '2.47', '2.7900'), { price: '115.3950', change: '+2.7900', percent: '+2.47%', direction: 'up', at: '2026-12-04 16:00:00' }],
  ])('reads %s', (_what, sym, body, quote) => {
    expect(parseServiceResponse(answer(sym, body))).toEqual(new Map([[sym, quote]]));
  });

  it('reads several statements in one answer, in order, with or without line breaks and semicolons', () => {
    const text = `${answer('sh601298', aShare('6.000', '6.120'))}var hq_str_gb_jpm="${us('115.3950', '2.47', '2.7900')}"var hq_str_x="";`;
    expect([...parseServiceResponse(text).keys()]).toEqual(['sh601298', 'gb_jpm', 'x']);
  });

  it.each([
    ['an unknown code', answer('sh999999', '')],
    ['an A-share with no trade yet (current price 0)', answer('sh601298', aShare('6.000', '0.000'))],
    ['an A-share with no previous close', answer('sh601298', aShare('0.000', '6.000'))],
    ['an HK answer cut short', answer('rt_hk00700', 'TENCENT,腾讯控股,380.000')],
    ['a US answer with words for numbers', answer('gb_jpm', us('n/a', '2.47', '2.79'))],
    ['a change and a percent of opposite signs', answer('gb_jpm', us('115.39', '-2.47', '2.79'))],
  ])('reads %s as no quote', (_what, text) => {
    const quotes = parseServiceResponse(text);
    expect(quotes.size).toBe(1);
    expect([...quotes.values()]).toEqual([null]);
  });

  it.each([
    ['nothing', ''],
    ['an error page', '<html><body>Forbidden</body></html>'],
    ['a statement without quotes', 'var hq_str_sh601298=6.12;'],
  ])('finds no statement in %s', (_what, text) => {
    expect(parseServiceResponse(text).size).toBe(0);
  });
});
