// The words around a number (direction, basis, qualifier, comparison), on fresh
// sentences for each class of context the held-out sentences showed us: a
// qualifier that swallows the end of a direction word, 年增 / 按年 bases, the
// many names of "the year before", comparisons that are not bounds, ratios with
// qualifiers, FX quotes after other verbs.
import { describe } from 'vitest';
import { runCases as run } from './show';


describe('a direction word ending where a qualifier begins (扩大 + 约, not 扩 + 大约)', () => {
  run([
    ['扩大约, money, mom', '贸易逆差较上月扩大约45亿美元。', ['扩大约45亿美元 change 4500000000 USD approx basis=mom']],
    ['放大约, 成', '成交量较前一交易日放大约三成。', ['放大约三成 change 30 % approx']],
    ['增大约, quantity', '库存规模增大约1.2万吨。', ['增大约1.2万吨 change 12000 吨 approx']],
    ['扩大近, at_most', '亏损同比扩大近两亿元。', ['同比扩大近两亿元 change 200000000 CNY at_most basis=yoy']],
    ['大约 alone is still one qualifier', '项目耗资大约800万元。', ['大约800万元 money 8000000 CNY approx']],
    ['大涨超 keeps 超', '该股盘中大涨超7%。', ['大涨超7% change 7 % at_least']],
  ]);
});

describe('年增 / 月减 / 季增 and 按年 / 按月: a basis glued to the direction word', () => {
  run([
    ['年增 and 月减', '台积电9月营收年增36.5%，月减2.1%。', ['9月 date "XXXX-09" date exact', '年增36.5% change 36.5 % exact basis=yoy', '月减2.1% change -2.1 % exact basis=mom']],
    ['季增 and 年减', '该公司营收季增12%，年减3.4%。', ['季增12% change 12 % exact basis=mom', '年减3.4% change -3.4 % exact basis=yoy']],
    ['年成长 and 年衰退', '公司营收年成长18.6%，获利年衰退4.2%。', ['年成长18.6% change 18.6 % exact basis=yoy', '年衰退4.2% change -4.2 % exact basis=yoy']],
    ['年增 with money', '出口金额年增52亿美元。', ['年增52亿美元 change 5200000000 USD exact basis=yoy']],
    ['年增率 is a growth-rate noun', '联发科8月营收年增率为10%。', ['8月 date "XXXX-08" date exact', '10% change 10 % exact basis=yoy']],
    ['按年 and 按月', '零售销货价值按年下跌7.3%，按月增长1.5%。', ['按年下跌7.3% change -7.3 % exact basis=yoy', '按月增长1.5% change 1.5 % exact basis=mom']],
    ['今年 is a time word, not a basis', '今年增长5%的目标不变。', ['增长5% change 5 % exact']],
    ['全年 is a time word', '全年增长5.2%。', ['增长5.2% change 5.2 % exact']],
    ['每月 is a time word', '每月增加300人。', ['增加300人 change 300 人 exact']],
    ['a year number is a date', '2024年增长8%。', ['2024年 date "2024" date exact', '增长8% change 8 % exact']],
    ['a duration is not a basis', '三年增长两倍。', ['三年 period 3 年 exact', '增长两倍 multiple 2 x exact']],
    ['逐年 is a time word', '研发投入逐年增加20%。', ['增加20% change 20 % exact']],
    ['a basis word before 年 wins', '较上一财年增加约8亿港元。', ['增加约8亿港元 change 800000000 HKD approx basis=yoy']],
  ]);
});

describe('the year (or month, quarter) before, however it is named', () => {
  run([
    ['较上一财年', '较上一财年减少约8亿港元。', ['减少约8亿港元 change -800000000 HKD approx basis=yoy']],
    ['比上一年', '比上一年增长6.5%。', ['增长6.5% change 6.5 % exact basis=yoy']],
    ['较去年全年', '较去年全年增加320万人。', ['增加320万人 change 3200000 人 exact basis=yoy']],
    ['与上年相比', '与上年相比下降0.8个百分点。', ['下降0.8个百分点 change -0.8 pp exact basis=yoy']],
    ['较上个季度', '较上个季度提升1.2个百分点。', ['提升1.2个百分点 change 1.2 pp exact basis=mom']],
    ['较前一季度', '净息差较前一季度收窄3个基点。', ['收窄3个基点 change -3 bp exact basis=mom']],
    ['比上一个月', '价格比上一个月上涨2.4%。', ['上涨2.4% change 2.4 % exact basis=mom']],
    ['较上年末is a point in time, no basis', '贷款余额较上年末增加1.2万亿元。', ['增加1.2万亿元 change 1200000000000 CNY exact']],
    ['a previous week is no basis', '较上周下降3.5%。', ['下降3.5% change -3.5 % exact']],
  ]);
});

describe('跑赢 / 跑输: out- and under-performance are changes', () => {
  run([
    ['跑输 with the number far away', '该基金跑输业绩比较基准4.6个百分点。', ['4.6个百分点 change -4.6 pp exact']],
    ['跑赢', '今年以来跑赢同类平均2.1个百分点。', ['2.1个百分点 change 2.1 pp exact']],
    ['跑输 touching a percent', '组合收益跑输3.2%。', ['跑输3.2% change -3.2 % exact']],
  ]);
});

describe('高于 / 低于 / 多于 / 少于 compare with a value; they are no bounds (README rule 11)', () => {
  run([
    ['低于 an expectation', 'CPI同比上涨0.3%，低于市场预期的0.5%。', ['同比上涨0.3% change 0.3 % exact basis=yoy', '0.5% percent 0.5 % exact']],
    ['低于 an industry average', '该股市盈率为12倍，远低于行业平均的25倍。', ['12倍 multiple 12 x exact', '25倍 multiple 25 x exact']],
    ['低于 a threshold line', 'PMI为49.1%，低于50%的荣枯线。', ['49.1% percent 49.1 % exact', '50% percent 50 % exact']],
    ['高于 a previous value', '失业率为5.3%，高于上月的5.1%。', ['5.3% percent 5.3 % exact', '5.1% percent 5.1 % exact']],
    ['少于 the year before', '今年毕业生人数少于去年的1179万人。', ['1179万人 count 11790000 人 exact']],
    ['不低于 is still a bound', '现金分红比例不低于当年净利润的30%。', ['30% percent 30 % at_least']],
    ['不高于 is still a bound', '申购费率不高于申购金额的1.5%。', ['1.5% percent 1.5 % at_most']],
    ['不少于 touching is still a bound', '参与人数不少于200人。', ['不少于200人 count 200 人 at_least']],
  ]);
});

describe('ratios take qualifiers', () => {
  run([
    ['separated 约为', '两地股价比例约为1:1.8。', ['1:1.8 ratio 1.8 ratio approx terms=1:1.8']],
    ['touching 约', '双方按约6:4的比例出资。', ['约6:4 ratio 0.6666666666666666 ratio approx terms=6:4']],
    ['separated 最高', '换股比例最高为1:1.5。', ['1:1.5 ratio 1.5 ratio at_most terms=1:1.5']],
    ['no qualifier', '新老股东按7:3分配。', ['7:3 ratio 0.42857142857142855 ratio exact terms=7:3']],
    ['bonus shares stay exact', '每10股转增3股。', ['每10股转增3股 ratio 0.3 ratio exact terms=10:3']],
  ]);
});

describe('FX quotes after other verbs', () => {
  run([
    ['触及', '欧元兑美元一度触及1.1275。', ['1.1275 price 1.1275 USD exact per=欧元 implicit']],
    ['低见', '美元兑人民币中间价低见7.0012。', ['7.0012 price 7.0012 CNY exact per=美元 implicit']],
    ['一度 after a currency is an idiom, not money', '美元一度走强，英镑一路下跌。', []],
    ['a currency before a numeral with a unit is still money', '以美元一百万元计价。', ['美元一百万元 money 1000000 USD exact']],
  ]);
});

describe('more direction words: net movements, sharp falls and rises', () => {
  run([
    ['净增 and 净减', '移动用户净增120万户，固网用户净减3万户。', ['净增120万户 change 1200000 户 exact', '净减3万户 change -30000 户 exact']],
    ['直降 and 大降', '价格直降30%，销量大降两成。', ['直降30% change -30 % exact', '大降两成 change -20 % exact']],
    ['压降 and 调减', '融资平台债务压降1,200亿元，产量调减5万吨。', ['压降1,200亿元 change -120000000000 CNY exact', '调减5万吨 change -50000 吨 exact']],
    ['抬升 and 冲高', '中枢抬升15个基点，盘中冲高3.6%。', ['抬升15个基点 change 15 bp exact', '冲高3.6% change 3.6 % exact']],
    ['回吐 and 收缩', '金价回吐1.2%，制造业PMI收缩0.4个百分点。', ['回吐1.2% change -1.2 % exact', '收缩0.4个百分点 change -0.4 pp exact']],
    ['net flows stay money', '北向资金净买入52亿元，主力净流出30亿元。', ['52亿元 money 5200000000 CNY exact', '30亿元 money 3000000000 CNY exact']],
  ]);
});

describe('one space between a word and the number still touches it', () => {
  run([
    ['同比 + direction + space', '营收同比增长 8.2%。', ['同比增长 8.2% change 8.2 % exact basis=yoy']],
    ['direction + space', '较发行价下降 12.5%。', ['下降 12.5% change -12.5 % exact']],
    ['qualifier + space', '约 30%的受访者表示。', ['约 30% percent 30 % approx']],
    ['超过 + space + money', '投资超过 500万元。', ['超过 500万元 money 5000000 CNY at_least']],
    ['ideographic space', '股价上涨　5%。', ['上涨　5% change 5 % exact']],
  ]);
});

describe('separated bounds: the verb before a reference decides, across a date', () => {
  run([
    ['across a year', '现金分红总额不低于2024年度归母净利润的80%。', ['2024年 date "2024" date exact', '80% percent 80 % at_least']],
    ['across a full date', '不超过2024年12月31日净资产的10%。', ['2024年12月31日 date "2024-12-31" date exact', '10% percent 10 % at_most']],
    ['上限 inside the reference', '回购资金不低于回购方案上限金额的80%。', ['80% percent 80 % at_least']],
    ['最高 inside the reference', '补贴不超过最高限额的50%。', ['50% percent 50 % at_most']],
    ['上限 alone still bounds', '补贴上限为项目总投资的30%。', ['30% percent 30 % at_most']],
    ['最低 alone still bounds', '最低还款额为账单金额的10%。', ['10% percent 10 % at_least']],
  ]);
});

describe('FX quotes of any named pair', () => {
  run([
    ['a weak quoted currency, whole number', '美元兑奈拉汇率跌至1580。', ['1580 price 1580 NGN exact per=美元 implicit']],
    ['the quoted currency is the unit, per the base', '卢比兑美元报0.012。', ['0.012 price 0.012 USD exact per=卢比 implicit']],
    ['won with decimals', '美元兑韩元汇率升至1385.5。', ['1385.5 price 1385.5 KRW exact per=美元 implicit']],
    ['rupiah', '美元兑印尼盾报16250。', ['16250 price 16250 IDR exact per=美元 implicit']],
    ['a year after a pair is a date', '美元兑日元汇率升至2024年以来新高。', ['2024年 date "2024" date exact']],
    ['a whole number without a pair is none', '公司成立于2005，员工达1200。', []],
  ]);
});
