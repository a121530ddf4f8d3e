// Issue 14, fourth round: traps seen when running the engine over the visible text of
// the corpus pages (headlines, link lists, bylines), each rewritten as a sentence of our
// own. Rules 6, 10 and 12 of ../shared/corpus/figures/README.md decide each row.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('半 after a duration adds a half (rule 10: durations)', () => {
  run([
    ['N年半', '该高管被判4年半。', ['4年半 period 4.5 年 exact']],
    ['一年半 after 时隔', '时隔一年半，公司再度融资。', ['一年半 period 1.5 年 exact']],
    ['N个半月', '项目工期3个半月。', ['3个半月 period 3.5 月 exact']],
    ['一个半小时', '会议持续了一个半小时。', ['一个半小时 period 1.5 小时 exact']],
    ['两天半', '谈判持续两天半。', ['两天半 period 2.5 天 exact']],
    ['a range from a year and a half', '预计1年半至2年完成。', ['1年半至2年 period [1.5,2] 年 range']],
    ['近 before it stays part of the duration', '金价创近一年半以来新低。', ['近一年半 period 1.5 年 exact']],
    ['一年半载 is an idiom', '这事一年半载办不完。', []],
  ]);
});

describe('a whole number written with a leading zero is a code or a year (rule 12)', () => {
  run([
    ['a ship class', '055万吨级驱逐舰下水。', []],
    ['a byline date run into a time', '发布时间：10-0812:00', []],
    ['a bond code', '债券代码为0123。', []],
    ['02年 is 2002', '两人02年分开。', ['两人 count 2 人 exact', '02年 date "2002" date exact']],
    ['09年 with a quarter', '09年一季度GDP增长6%。', ['09年一季度 period "2009-Q1" date exact', '增长6% change 6 % exact']],
    ['a decimal below one is still a number', '利率下调0.25个百分点。', ['下调0.25个百分点 change -0.25 pp exact']],
  ]);
});

describe('measure words that start another word are no units (rule 6)', () => {
  run([
    ['10.78万起 is a starting price, no count of cases', '新款轿车上市10.78万起。', []],
    ['3起 counts cases', '今年共发生交通事故3起。', ['3起 count 3 起 exact']],
    ['a space, then a word that starts with a measure word', '男子揽体彩3143万 双色球另有得主。', []],
    ['a space before a measure word on its own', '成交量为 5000 手。', ['5000 手 count 5000 手 exact']],
    ['包养 is no 包', '接3万包养后逃离。', []],
    ['五月天 is a band, no month', '五月天发布新专辑。', []],
    ['三包 is a warranty', '保修三包不含蓄电池。', []],
    ['T+1日 is a settlement day, no date', '新规将于T+1日生效。', []],
    ['T＋2日 with a full-width plus', '资金T＋2日到账。', []],
  ]);
});

describe('the square-metre sign is 平方米 as written (rules 3 and 6)', () => {
  run([
    ['a price per ㎡', '该楼盘均价16000元/㎡。', ['16000元/㎡ price 16000 CNY exact per=㎡']],
    ['a range per ㎡', '高层价格15000-17000元/㎡。', ['15000-17000元/㎡ price [15000,17000] CNY range per=㎡']],
    ['an area in ㎡', '一套148㎡的住宅。', ['148㎡ count 148 ㎡ exact']],
  ]);
});

describe('a range that 第 opens is ordinals (rule 12)', () => {
  run([
    ['第21-27例', '第21-27例感染者轨迹公布。', []],
    ['第3至5名', '第3至5名分别是三家券商。', ['三家 count 3 家 exact']],
  ]);
});
