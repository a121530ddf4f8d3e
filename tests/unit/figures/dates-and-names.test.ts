// Dates written in less common ways, and numbers that belong to names or set
// phrases rather than figures (README rules 9, 10 and 12). Fresh sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/figures';
import { show } from './show';

type Case = [name: string, text: string, expected: string[]];

const run = (cases: Case[]) =>
  it.each(cases)('%s: %s', (_name, text, expected) => {
    expect(extractFigures(text).map(show)).toEqual(expected);
  });

describe('dates', () => {
  run([
    ['a dotted full date', '截至2024.12.31，公司总资产为52亿元。', ['2024.12.31 date "2024-12-31" date exact', '52亿元 money 5200000000 CNY exact']],
    ['a version number and impossible dates are no dates', '版本v2024.1.2发布，2024.13.5和2023.2.29都不是日期。', []],
    ['a dotted decimal with a unit is still money', '价格为2024.12元。', ['2024.12元 money 2024.12 CNY exact']],
  ]);
});

describe('numbers that are no figures', () => {
  run([
    ['两位数 / 三位数', '公司有望保持两位数增长，涨幅达三位数。', []],
    ['times of day with 点整 / 点半', '下午3点整开会，10点半结束。', []],
  ]);
});

describe('index levels', () => {
  run([
    ['点整数关口 is a level, not a time', '上证指数跌破3000点整数关口。', ['跌破3000点 price 3000 点 at_most']],
  ]);
});
