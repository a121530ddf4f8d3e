// Issue 14, fourth round: measure words, per-units and names that hold a numeral,
// in sentences of our own written like Sina finance news (rules 3, 5, 6 and 12 of
// ../shared/corpus/figures/README.md).
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('counts and what they are per (rules 3 and 6)', () => {
  run([
    ['parcels counted in 票', '快递业务量21.3亿票，同比增长18.6%。', ['21.3亿票 count 2130000000 票 exact', '同比增长18.6% change 18.6 % exact basis=yoy']],
    ['votes counted in 票', '该议案获得3票赞成。', ['3票 count 3 票 exact']],
    ['一票否决 is a word', '实行安全生产一票否决制。', []],
    ['a board lot: 每手 stays out of a count', '公司H股招股价每股4.86港元，每手1000股。', ['每股4.86港元 price 4.86 HKD exact per=股', '1000股 count 1000 股 exact']],
    ['hundreds of millions of 块 are pieces', '集成电路产量为1739亿块。', ['1739亿块 count 173900000000 块 exact']],
    ['ten thousand 块 are yuan', '他月薪1万块。', ['1万块 money 10000 CNY exact']],
    ['方面 after 个 is the unit', '国务院印发关于推动10个方面工作的意见。', ['10个方面 count 10 方面 exact']],
    ['三个方面', '主要有三个方面的原因。', ['三个方面 count 3 方面 exact']],
    ['1个多百分点 is at least one point', '增速提高1个多百分点。', ['提高1个多百分点 change 1 pp at_least']],
    ['iron ore per wet ton', '铁矿石港口现货价格为800元/湿吨。', ['800元/湿吨 price 800 CNY exact per=湿吨']],
    ['iron ore per dry ton', '进口矿报价105美元/干吨。', ['105美元/干吨 price 105 USD exact per=干吨']],
    ['a gas price per megawatt-hour', '荷兰TTF天然气期货报每兆瓦时40.5欧元。', ['每兆瓦时40.5欧元 price 40.5 EUR exact per=兆瓦时']],
  ]);
});

describe('a month-end compared with the month-end before is month on month (rule 5: basis)', () => {
  run([
    ['较上月末', '外汇储备较上月末下降96亿美元。', ['下降96亿美元 change -9600000000 USD exact basis=mom']],
    ['比上月末', '待售面积比上月末增加699万平方米。', ['增加699万平方米 change 6990000 平方米 exact basis=mom']],
  ]);
});

describe('三元 and 二元 inside the names of things are no yuan (rule 12)', () => {
  run([
    ['ternary batteries', '其中三元电池装车量13.5GWh。', ['13.5GWh count 13.5 GWh exact']],
    ['crossbred pigs', '全国外三元生猪均价为18.65元/公斤。', ['18.65元/公斤 price 18.65 CNY exact per=公斤']],
    ['ternary materials', '三元材料价格下跌5%。', ['下跌5% change -5 % exact']],
    ['a fare of three yuan is money', '地铁票价三元。', ['三元 money 3 CNY exact']],
  ]);
});

describe('a weak currency named before the dollar is still quoted per dollar (rule 3: FX quotes)', () => {
  run([
    ['日元兑美元 above one', '日元兑美元汇率跌至151.5，创34年新低。', ['151.5 price 151.5 JPY exact per=美元 implicit', '34年 period 34 年 exact']],
    ['卢比兑美元', '卢比兑美元汇率报83.52。', ['83.52 price 83.52 INR exact per=美元 implicit']],
    ['a whole 韩元 rate', '韩元兑美元汇率跌至1380。', ['1380 price 1380 KRW exact per=美元 implicit']],
    ['a rate below one keeps the order written', '日元兑美元报0.0066。', ['0.0066 price 0.0066 USD exact per=日元 implicit']],
    ['the usual order', '美元兑日元报150.2。', ['150.2 price 150.2 JPY exact per=美元 implicit']],
  ]);
});

describe('a growth noun right before an amount of money makes it a movement (rule 5)', () => {
  run([
    ['降幅达 with a bound before it', '最高降幅达3.6万元，起售价下探至11.98万元。', ['3.6万元 change -36000 CNY at_most', '11.98万元 money 119800 CNY exact']],
    ['涨幅为 a price per ton', '本轮油价涨幅为200元/吨。', ['200元/吨 change 200 CNY exact per=吨']],
    ['a noun of an earlier clause does not reach', '营收增幅为5%，净利润3亿元。', ['5% change 5 % exact', '3亿元 money 300000000 CNY exact']],
  ]);
});

describe('a ranking from the bottom is no count, as one from the top (rule 12: ordinals)', () => {
  run([
    ['后三位', '排名后三位的基金净值增长率均在-5%以下。', ['-5%以下 change -5 % at_most']],
    ['前五名 still no count', '排名前五名的券商合计市占率超过40%。', ['超过40% percent 40 % at_least']],
    ['其后 is a time word: a count', '其后5名员工离职。', ['5名 count 5 名 exact']],
    ['随后 is a time word: a count', '随后3名董事辞职。', ['3名 count 3 名 exact']],
  ]);
});

describe('（不含）以下 and （含本数）以上 bound like （含）以上 and stay in the surface (rules 1 and 11)', () => {
  run([
    ['（不含）以下', '500万元（不含）以下的项目免于审批。', ['500万元（不含）以下 money 5000000 CNY at_most']],
    ['（含本数）以上', '单笔投资额10万元（含本数）以上。', ['10万元（含本数）以上 money 100000 CNY at_least']],
  ]);
});

describe('零 between a multiplier and the digits after it marks the gap (rule 2: one amount)', () => {
  run([
    ['1亿零500万元', '公司营收1亿零500万元。', ['1亿零500万元 money 105000000 CNY exact']],
    ['3万零200元', '共计补贴3万零200元。', ['3万零200元 money 30200 CNY exact']],
  ]);
});

describe('ISO codes and other dollar signs before the number are currencies (rule 2)', () => {
  run([
    ['USD and a space', '该款耳机售价USD 10。', ['USD 10 money 10 USD exact']],
    ['USD with 亿', '公司募资USD 1.5亿。', ['USD 1.5亿 money 150000000 USD exact']],
    ['NT$', '门票价格NT$300。', ['NT$300 money 300 TWD exact']],
    ['S$', '新股定价为S$1.2。', ['S$1.2 money 1.2 SGD exact']],
    ['a product name before a space is still no currency', 'iPhone 11售价5499元。', ['5499元 money 5499 CNY exact']],
  ]);
});
