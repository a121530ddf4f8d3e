// Issue 14, fourth round: lists that write their unit once and signs written before a
// movement. Sentences of our own in the style of Sina
// finance news; each row is what the annotation rules (../shared/corpus/figures/README.md) say.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('a list that writes its unit once gives each item that unit (rule 1: unit; REAL-DEV lists)', () => {
  run([
    ['basis points after the last item, the direction touching the first', '美联储年内三次会议分别降息25、50和25个基点。', [
      '三次 count 3 次 exact', '降息25 change -25 bp exact', '50 change -50 bp exact', '25个基点 change -25 bp exact',
    ]],
    ['下调 with three items', '存款利率分别下调10、15和20个基点。', ['下调10 change -10 bp exact', '15 change -15 bp exact', '20个基点 change -20 bp exact']],
    ['the multiplier written once is shared', '两家公司的营收分别为1.2、3.4亿元。', ['两家 count 2 家 exact', '1.2 money 120000000 CNY exact', '3.4亿元 money 340000000 CNY exact']],
    ['a price per share written once', '公司分别以3.5、4.2元/股的价格增发。', ['3.5 price 3.5 CNY exact per=股', '4.2元/股 price 4.2 CNY exact per=股']],
    ['yuan written once', '两款手机售价分别为2999、3999元。', ['两款 count 2 款 exact', '2999 money 2999 CNY exact', '3999元 money 3999 CNY exact']],
    ['index levels written once', '上证指数、深证成指分别报3050.12、9850.33点。', ['3050.12 price 3050.12 点 exact', '9850.33点 price 9850.33 点 exact']],
    ['a count with 万 written once', '三名股东分别增持100、200和300万股。', [
      '三名 count 3 名 exact', '100 count 1000000 股 exact', '200 count 2000000 股 exact', '300万股 count 3000000 股 exact',
    ]],
    ['items with their own units stay as they are', '三大指数分别收涨1.1%、0.9%和2.3%。', ['收涨1.1% change 1.1 % exact', '0.9% change 0.9 % exact', '2.3% change 2.3 % exact']],
    ['months written once are left alone (dates are not listed)', '美联储将在9、10和12月议息。', ['12月 date "XXXX-12" date exact']],
    ['years written once are left alone', '2022、2023和2024年公司分红持续增加。', ['2024年 date "2024" date exact']],
    ['a list that 第 opens is ordinals (rule 12)', '第1、2、3名分别是华夏、易方达和南方基金。', []],
    ['line numbers are no list of figures', '1、2号线已开通运营。', []],
    ['two neighbouring digits say "three or four", no list', '本次共有3、4家机构参与。', ['4家 count 4 家 exact']],
    ['a list label at the start of a sentence is no item', '1、20家银行下调存款利率。', ['20家 count 20 家 exact']],
    ['stock codes in a list stay out', '公司持有600519、000858等股票。', []],
  ]);
});

describe('a bound written once after 分别 bounds every item of the list (rule 11)', () => {
  run([
    ['不低于 over three growth rates', '2025年至2027年营收增长率分别不低于10%、20%和30%。', [
      '2025年至2027年 period "2025/2027" date exact', '不低于10% change 10 % at_least', '20% change 20 % at_least', '30% change 30 % at_least',
    ]],
    ['不超过 over two amounts', '两只基金募集规模分别不超过50亿元和80亿元。', ['两只 count 2 只 exact', '不超过50亿元 money 5000000000 CNY at_most', '80亿元 money 8000000000 CNY at_most']],
    ['约 over two amounts', '两家公司营收分别约3亿元、5亿元。', ['两家 count 2 家 exact', '约3亿元 money 300000000 CNY approx', '5亿元 money 500000000 CNY approx']],
    ['without 分别 the bound stays with its number', '募资不超过5亿元和发行费用3000万元。', ['不超过5亿元 money 500000000 CNY at_most', '3000万元 money 30000000 CNY exact']],
  ]);
});

describe('a written sign after 同比/环比 or in brackets is a movement (rule 5: a written sign is kept)', () => {
  run([
    ['同比+', '贵州茅台净利润同比+5.2%。', ['+5.2% change 5.2 % exact basis=yoy']],
    ['环比-', 'CPI环比-0.3%。', ['-0.3% change -0.3 % exact basis=mom']],
    ['full-width minus after 同比', 'PPI同比－2.8%。', ['－2.8% change -2.8 % exact basis=yoy']],
    ['two signed changes in one sentence', '营收同比-12.3%，净利润同比+8.1%。', ['-12.3% change -12.3 % exact basis=yoy', '+8.1% change 8.1 % exact basis=yoy']],
    ['a bracketed move after an index level', '沪指报3050.2点（+0.45%）。', ['3050.2点 price 3050.2 点 exact', '+0.45% change 0.45 % exact']],
    ['a Unicode minus in brackets', '恒生指数(−3.4%)收于17500点。', ['−3.4% change -3.4 % exact', '17500点 price 17500 点 exact']],
    ['a growth noun with a plus', '该股涨幅+1.25%。', ['+1.25% change 1.25 % exact']],
    ['a negative level stays a percent', '日本央行将利率维持在-0.1%。', ['-0.1% percent -0.1 % exact']],
    ['a negative amount stays money', '净利润为-3.2亿元。', ['-3.2亿元 money -320000000 CNY exact']],
  ]);
});

describe('同比和环比分别 gives the items of the list their bases in order (rule 5: basis)', () => {
  run([
    ['同比和环比', '销量同比和环比分别增长5%和3%。', ['增长5% change 5 % exact basis=yoy', '3% change 3 % exact basis=mom']],
    ['同、环比', '出口同、环比分别增长7.2%和1.1%。', ['增长7.2% change 7.2 % exact basis=yoy', '1.1% change 1.1 % exact basis=mom']],
    ['环比和同比', '营收环比和同比分别下降2%和6%。', ['下降2% change -2 % exact basis=mom', '6% change -6 % exact basis=yoy']],
    ['one basis for both', '营收和利润同比分别增长12.5%和8.3%。', ['增长12.5% change 12.5 % exact basis=yoy', '8.3% change 8.3 % exact basis=yoy']],
  ]);
});
