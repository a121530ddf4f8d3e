// A fake of Sina's quote service (hq.sinajs.cn) for the fake web: each market's layout (hq-response.ts
// lists them), GBK bytes, `var hq_str_<sym>="";` for a code it does not know, and 403 without a Referer
// from a sina.com.cn page, as the real service answers (sina-dom.md §5). The values are made up.
import { encodeGbk } from './gbk';
import type { Route } from './fake-web';

const zeros = (n: number) => Array.from({ length: n }, () => '0');
const fields = (n: number, set: Record<number, string>) => zeros(n).map((z, i) => set[i] ?? z).join(',');

/** What the fake answers for each symbol: ''  for one it does not know. */
export const FAKE_QUOTES: Record<string, string> = {
  // A-share: 0 name, 2 previous close, 3 current, 30 date, 31 time → 6.12, +0.12, +2.00%
  sh601298: fields(33, { 0: '青岛港', 1: '6.010', 2: '6.000', 3: '6.120', 30: '2026-12-04', 31: '15:00:03', 32: '00' }),
  // HK: 1 name, 3 previous close, 6 current, 7 change, 8 change %, 17 date, 18 time → 372.400, −7.600, −2.000%
  rt_hk00700: fields(19, { 0: 'TENCENT', 1: '腾讯控股', 3: '380.000', 6: '372.400', 7: '-7.600', 8: '-2.000', 17: '2026/12/04', 18: '16:08:10' }),
  // US: 0 name, 1 current, 2 change %, 3 date and time, 4 change → 115.395, +2.790, +2.47%
  gb_jpm: fields(30, { 0: '摩根大通', 1: '115.395', 2: '2.47', 3: '2026-12-04 16:00:00', 4: '2.790' }),
  sh999999: '',
};

const SINA_PAGE = /^https?:\/\/([a-z0-9-]+\.)*sina\.com\.cn\//i;

export function quoteServiceRoutes(quotes: Record<string, string> = FAKE_QUOTES): Record<string, Route> {
  return Object.fromEntries(
    Object.entries(quotes).map(([symbol, body]) => [
      `https://hq.sinajs.cn/list=${symbol}`,
      { body: encodeGbk(`var hq_str_${symbol}="${body}";\n`), type: 'application/javascript; charset=GBK', referer: SINA_PAGE },
    ]),
  );
}
