// Issue 14, sixth round: error classes found by running the engine over real text in the
// styles of the real-dev set's own sources (morning digests of numbered market items,
// 2008–2010 Sina finance and property news, short wire telegraphs), from articles the set
// does not use. Each class is fixed by a general rule and tested here with sentences of
// our own. The rules of ../shared/corpus/figures/README.md and REAL-DEV.md's interpretation
// decisions (index levels without 点 are prices in 点 with implicit_unit) decide each row.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('an index reading written as a whole or signed number, with its expected and prior values (REAL-DEV: index levels)', () => {
  run([
    ['signed whole reading touching the index', '美国9月芝加哥联储全国活动指数-3，预期1，前值2.5。', [
      '9月 date "XXXX-09" date exact',
      '-3 price -3 点 exact implicit',
      '1 price 1 点 exact implicit',
      '2.5 price 2.5 点 exact implicit',
    ]],
    ['为 and a sign before a whole reading', '德国10月IFO商业景气指数为-9，前值-11.4。', [
      '10月 date "XXXX-10" date exact',
      '-9 price -9 点 exact implicit',
      '-11.4 price -11.4 点 exact implicit',
    ]],
    ['a signed whole expected value', '法国11月消费者信心指数-18.2，预期-17，前值-16.5。', [
      '11月 date "XXXX-11" date exact',
      '-18.2 price -18.2 点 exact implicit',
      '-17 price -17 点 exact implicit',
      '-16.5 price -16.5 点 exact implicit',
    ]],
    ['终值 names a whole reading in its own clause', '日本10月制造业PMI初值为50.3，预期50.1，9月终值49。', [
      '10月 date "XXXX-10" date exact',
      '50.3 price 50.3 点 exact implicit',
      '50.1 price 50.1 点 exact implicit',
      '9月 date "XXXX-09" date exact',
      '49 price 49 点 exact implicit',
    ]],
    ['a signed final reading', '欧元区3月消费者信心指数初值-14.2，2月终值-15。', [
      '3月 date "XXXX-03" date exact',
      '-14.2 price -14.2 点 exact implicit',
      '2月 date "XXXX-02" date exact',
      '-15 price -15 点 exact implicit',
    ]],
    ['录得 reports a reading', '中国5月财新制造业PMI录得51.7，创近两年新高。', [
      '5月 date "XXXX-05" date exact',
      '51.7 price 51.7 点 exact implicit',
      '近两年 period 2 年 exact',
    ]],
    ['预期的 links the expected value', '美国6月ISM服务业指数48.8，差于预期的52。', [
      '6月 date "XXXX-06" date exact',
      '48.8 price 48.8 点 exact implicit',
      '52 price 52 点 exact implicit',
    ]],
    ['a whole number after 指数 followed by a unit is no reading', '该指数10只成分股全部上涨。', ['10只 count 10 只 exact']],
    ['a year after 指数为 stays a year', '编制基期指数为2020年末。', ['2020年末 date "2020-12-31" date exact']],
    ['a code after another clause stays a code', '该ETF跟踪中证红利指数，交易代码为515080。', []],
  ]);
});
