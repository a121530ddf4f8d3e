// The classes of error issue 14 saw when the engine was scored on real published text
// and on other libraries' hard cases, one describe per class, on sentences of our own.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('a direction character inside another word is no movement', () => {
  run([
    ['起降 is take-offs and landings', '该机场全年航班起降4.2万架次。', ['4.2万架次 count 42000 架次 exact']],
    ['升降 is a lift', '园区新装升降3台。', ['3台 count 3 台 exact']],
    ['升级 is an upgrade', '车型升级2次后售价不变。', ['2次 count 2 次 exact']],
    ['增长极 is a growth pole', '规划打造区域增长极5个。', ['5个 count 5 个 exact']],
    ['成长型 is a fund style', '旗下成长型基金6只。', ['6只 count 6 只 exact']],
    ['下降通道 is a chart pattern', '该股处于下降通道，成交额缩减1.5亿元。', ['缩减1.5亿元 change -150000000 CNY exact']],
    ['a real 降 still moves', '存款利率降0.1个百分点。', ['降0.1个百分点 change -0.1 pp exact']],
    ['新高 is a record level', '白银价格创十年新高32美元/盎司。', ['十年 period 10 年 exact', '32美元/盎司 price 32 USD exact per=盎司']],
    ['新低 too', '恒指创年内新低16200点。', ['16200点 price 16200 点 exact']],
  ]);
});

describe('前, 后 and 近 that end another word are not the number\'s', () => {
  run([
    ['目前 before a tenor', '目前5年期贷款利率为3.6%。', ['5年期 period 5 年 exact', '3.6% percent 3.6 % exact']],
    ['此前 before a duration, not the first N months', '此前6个月该指标持续回落。', ['6个月 period 6 月 exact']],
    ['提前 before days', '工程提前12天完工。', ['12天 period 12 天 exact']],
    ['之后 is no duration prefix', '之后三年产能翻番。', ['三年 period 3 年 exact', '翻番 multiple 2 x exact']],
    ['此后 is no duration prefix', '此后两个月股价上涨8%。', ['两个月 period 2 月 exact', '上涨8% change 8 % exact']],
    ['附近 takes its 近', '项目附近15公里内有两座机场。', ['15公里 count 15 公里 exact', '两座 count 2 座 exact']],
    ['临近 takes its 近: no qualifier', '库存临近30万吨警戒线。', ['30万吨 count 300000 吨 exact']],
    ['基准日前: the 前 stays with the days', '不低于基准日前60个交易日均价的90%。', ['前60个交易日 period 60 交易日 exact', '90% percent 90 % at_least']],
    ['a free 前 is still the first N months', '前7个月出口增长4%。', ['前7个月 period "XXXX-01/XXXX-07" date exact', '增长4% change 4 % exact']],
    ['a free 近 is still part of a duration', '近两年营收下滑。', ['近两年 period 2 年 exact']],
  ]);
});

describe('counts with small Chinese numerals (README rule 6), beside idioms (rule 12)', () => {
  run([
    ['仅一只', '今年以来仅一只新股破发。', ['一只 count 1 只 exact']],
    ['其中一笔', '其中一笔借款已到期。', ['一笔 count 1 笔 exact']],
    ['共一个', '全省共一个项目获批。', ['一个 count 1 个 exact']],
    ['另有两家', '另有两家券商暂停业务。', ['两家 count 2 家 exact']],
    ['共三个项目', '共三个项目落地。', ['三个 count 3 个 exact']],
    ['一 as an article is no count', '一家机构认为估值偏高。', []],
    ['一度 is an idiom', '该股一度涨停。', []],
    ['一时间 is an idiom', '消息传出，一时间众说纷纭。', []],
    ['二次 is not two times', '二次融资的门槛提高。', []],
    ['two times is 两次', '年内两次下调存款利率。', ['两次 count 2 次 exact']],
    ['how often a move is made is a count', '央行今年或再降息一到两次。', ['一到两次 count [1,2] 次 range']],
    ['a count of an index board\'s stocks', '科创板12只，创业板7只。', ['12只 count 12 只 exact', '7只 count 7 只 exact']],
  ]);
});

describe('calendar spans without 个, and days anchored to this or next month (README rules 9–10)', () => {
  run([
    ['前N月', '前10月进口下降2%。', ['前10月 period "XXXX-01/XXXX-10" date exact', '下降2% change -2 % exact']],
    ['今年前N月', '今年前4月销量为30万辆。', ['今年前4月 period "XXXX-01/XXXX-04" date exact', '30万辆 count 300000 辆 exact']],
    ['year and 前N月份', '2021年前9月份新增就业人数上升。', ['2021年前9月份 period "2021-01/2021-09" date exact']],
    ['N-M月份', '2-6月份利润上升。', ['2-6月份 period "XXXX-02/XXXX-06" date exact']],
    ['前一月 is the month before', '较前一月增加。', []],
    ['本月N日', '新规本月20日起施行。', ['本月20日 date "XXXX-XX-20" date exact']],
    ['下月N日', '下月3日召开股东大会。', ['下月3日 date "XXXX-XX-03" date exact']],
    ['上月N日', '上月28日发布公告。', ['上月28日 date "XXXX-XX-28" date exact']],
  ]);
});

describe('digits inside product, model and document codes are no figures', () => {
  run([
    ['drug code with a measure word', '公司XYZ-04521胶囊获批上市。', []],
    ['model after a hyphen', '新款Q-350机型交付。', []],
    ['document number', '按照2023-117号文执行。', []],
    ['a range is still a range', '售价为10-15元。', ['10-15元 money [10,15] CNY range']],
  ]);
});

describe('per-unit prices written with a slash after a money amount', () => {
  run([
    ['any measure word after the slash', '临江别墅均价1800万元/栋。', ['1800万元/栋 price 18000000 CNY exact per=栋']],
    ['部', '新机型报价6999元/部。', ['6999元/部 price 6999 CNY exact per=部']],
    ['a physical unit', '汽油零售价3.1美元/加仑。', ['3.1美元/加仑 price 3.1 USD exact per=加仑']],
    ['an upper-case acronym', '回购价格为2.4美元/ADS。', ['2.4美元/ADS price 2.4 USD exact per=ADS']],
    ['no slash, no per', '合同金额850万元，已支付。', ['850万元 money 8500000 CNY exact']],
  ]);
});

describe('the sign and basis of a fall apart from its number', () => {
  run([
    ['a modifier before the direction word stays out', '恒指独跌0.6%。', ['跌0.6% change -0.6 % exact']],
    ['跌幅 as the subject', '创业板指跌幅为2.3%。', ['2.3% change -2.3 % exact']],
    ['a qualifier between', '原油下挫逾3%。', ['下挫逾3% change -3 % at_least']],
    ['调贬, an FX fixing', '中间价调贬85个基点。', ['调贬85个基点 change -85 bp exact']],
    ['加 over a base rate', '贷款利率为LPR加30个基点。', ['加30个基点 change 30 bp exact']],
    ['a basis before the compared figure', '较上年同期的180家增加12.5%。', ['180家 count 180 家 exact', '增加12.5% change 12.5 % exact basis=yoy']],
    ['a basis over a 分别 list', '环比分别增长2.1%和下降0.4%。', ['增长2.1% change 2.1 % exact basis=mom', '下降0.4% change -0.4 % exact basis=mom']],
    ['a basis carried to the next clause', '销量较去年同期减少12万辆，销售额减少9%。', ['减少12万辆 change -120000 辆 exact basis=yoy', '减少9% change -9 % exact basis=yoy']],
    ['a named month is no basis', '比去年11月扩大0.6个百分点。', ['去年11月 date "XXXX-11" date exact', '扩大0.6个百分点 change 0.6 pp exact']],
  ]);
});

describe('bounds stated as what will not happen, index levels without 点, and more', () => {
  run([
    ['不会超过 stays out of the surface', '单车成本可能不会超过2万美元。', ['2万美元 money 20000 USD at_most']],
    ['不得低于', '报价不得低于5万元/平方米。', ['5万元/平方米 price 50000 CNY at_least per=平方米']],
    ['an index level and its move', '上周美元指数报101.25，环比涨0.38。', ['101.25 price 101.25 点 exact implicit', '环比涨0.38 change 0.38 点 exact basis=mom implicit']],
    ['an FX quote named after an index stays FX', '美元指数走弱，人民币中间价报7.0512。', ['7.0512 price 7.0512 CNY exact per=美元 implicit']],
    ['a code after an index is nothing', '跟踪中证800指数，基金代码为512345。', []],
    ['a model name ending in X', '该公司737X机型推迟交付。', []],
    ['a multiple written with x', '市盈率约为18.5x。', ['18.5x multiple 18.5 x approx']],
    ['a NAV is a few yuan, a fund stake is money', '某基金子公司股权起拍价为36.8万元。', ['36.8万元 money 368000 CNY exact']],
    ['two aspects', '原因主要有三方面。', ['三方面 count 3 方面 exact']],
    ['a bare 亿 after a spending verb is money', '该集团斥资约45亿收购码头。', ['约45亿 money 4500000000 CNY approx implicit']],
    ['a bare 亿 before 的 and a money noun', '12亿的估值已被市场消化。', ['12亿 money 1200000000 CNY exact implicit']],
    ['a bare 亿 before other words stays nothing', '平台覆盖14亿用户。', []],
    ['a land price is per 平方米', '该地块楼面地价达9500元。', ['9500元 price 9500 CNY exact per=平方米 implicit']],
    ['a bare land price with a qualifier', '新地王楼面价超两万，刷新区域纪录。', ['超两万 price 20000 CNY at_least per=平方米 implicit']],
    ['a bare number after 房价 that is a rank', '房价排名前100城市。', []],
    ['a land total is money', '该地块楼面价对应总价26亿元。', ['26亿元 money 2600000000 CNY exact']],
    ['预期 and 前值 take no carried basis', 'CPI同比升2.1%，预期升2.0%。', ['同比升2.1% change 2.1 % exact basis=yoy', '升2.0% change 2 % exact']],
    ['同比 heading a named month', '同比去年5月减少12只。', ['去年5月 date "XXXX-05" date exact', '减少12只 change -12 只 exact basis=yoy']],
    ['Mauritian rupee', '合同金额为85亿毛里求斯卢比。', ['85亿毛里求斯卢比 money 8500000000 MUR exact']],
  ]);
});

describe('spans, durations and bounds as the real-text set writes them', () => {
  run([
    ['前 + Chinese numeral + 个月', '今年前九个月利润下降。', ['今年前九个月 period "XXXX-01/XXXX-09" date exact']],
    ['前一个月 is the month before', '较前一个月回落。', []],
    ['连跌N日 is a duration', '该股连跌6日。', ['6日 period 6 天 exact']],
    ['及以下 in the surface', '首付比例针对120平方米及以下住房。', ['120平方米及以下 count 120 平方米 at_most']],
    ['及以上', '期限为3年期及以上。', ['3年期及以上 period 3 年 at_least']],
    ['provinces', '全国20余省份上调电价。', ['20余省份 count 20 省份 at_least']],
    ['平方公尺', '新建厂房3.6万平方公尺。', ['3.6万平方公尺 count 36000 平方公尺 exact']],
    ['an expected EPS is per share too', '每股收益为0.27美元，预期0.25美元。', ['0.27美元 price 0.27 USD exact per=股', '0.25美元 price 0.25 USD exact per=股']],
    ['a list after a colon whose head moves', '同比下跌的城市有：惠州3.2%、珠海1.6%。', ['3.2% change -3.2 % exact basis=yoy', '1.6% change -1.6 % exact basis=yoy']],
    ['a list after a colon with no movement', '资产配置为：股票55%、债券45%。', ['55% percent 55 % exact', '45% percent 45 % exact']],
    ['a contract month is a name', '沪铜12月合约涨0.7%。', ['涨0.7% change 0.7 % exact']],
  ]);
});

describe('prices named by their unit or by a home (REAL-DEV conventions)', () => {
  run([
    ['折合升价 makes a later move per 升', '汽油每吨上调150元，折合升价上涨0.12元。', ['上调150元 change 150 CNY exact per=吨', '上涨0.12元 change 0.12 CNY exact per=升']],
    ['…and every listed move after it', '折合升价，汽油下调0.07元、柴油下调约0.08元。', ['下调0.07元 change -0.07 CNY exact per=升', '下调约0.08元 change -0.08 CNY approx per=升']],
    ['克价 makes a quote per 克', '金店足金克价报598元。', ['598元 price 598 CNY exact per=克']],
    ['升价 touching the number is a verb: no per', '该品牌全线升价20元。', ['20元 money 20 CNY exact']],
    ['a home\'s 开盘价 is per 平方米', '预计这个新盘开盘价不低于4万元。', ['不低于4万元 price 40000 CNY at_least per=平方米 implicit']],
    ['a home\'s 均价 too', '上月该区二手房均价为5.6万元。', ['5.6万元 price 56000 CNY exact per=平方米 implicit']],
    ['a home\'s total price stays money', '该楼盘一套三居室售价达900万元。', ['900万元 money 9000000 CNY exact']],
    ['a stock\'s 开盘价 stays per 股', '该股开盘价为8.6元。', ['8.6元 price 8.6 CNY exact per=股']],
  ]);
});

describe('a bound noun before 从A至B bounds both amounts (README rule 1, REAL-DEV)', () => {
  run([
    ['最低 … 从 … 上调至', '当地最低时薪从12美元上调至13.5美元。', ['12美元 money 12 USD at_least', '13.5美元 money 13.5 USD at_least']],
    ['上限 … 从 … 提高到', '单户贷款上限从50万元提高到70万元。', ['50万元 money 500000 CNY at_most', '70万元 money 700000 CNY at_most']],
    ['a move with no bound stays exact', '该股股价从9元涨至11元。', ['9元 price 9 CNY exact per=股', '11元 price 11 CNY exact per=股']],
    ['a later clause is not bounded', '最低月薪从2000元上调至2300元，平均月薪为5000元。', ['2000元 money 2000 CNY at_least', '2300元 money 2300 CNY at_least', '5000元 money 5000 CNY exact']],
  ]);
});

describe('a commodity reaching a level quotes its price', () => {
  run([
    ['跌至 after gold', '伦敦金盘中一度跌至2250美元。', ['2250美元 price 2250 USD exact per=盎司']],
    ['跌破 after bitcoin', '比特币周末跌破6万美元。', ['跌破6万美元 price 60000 USD at_most per=枚']],
    ['突破 after crude', '美原油期货突破80美元。', ['突破80美元 price 80 USD at_least per=桶']],
    ['a money noun between stays money', '公司原油贸易收入升至45万元。', ['45万元 money 450000 CNY exact']],
    ['a total in 亿 stays money', '原油进口额跌至250亿美元。', ['250亿美元 money 25000000000 USD exact']],
  ]);
});

describe('多 after 成 or % is at_least and in the surface, as after 倍 (REAL-DEV: 多 after the unit)', () => {
  run([
    ['减少两成多', '净利润较上年减少两成多。', ['减少两成多 change -20 % at_least basis=yoy']],
    ['at the end of the text', '年内涨幅达三成多', ['三成多 change 30 % at_least']],
    ['多数 is a word of its own', '四成多数时候持仓不变。', ['四成 percent 40 % exact']],
    ['after % too', '股价年内涨了35%多。', ['涨了35%多 change 35 % at_least']],
    ['多家 after % is the next clause\'s', '增速为6%，多家机构上调预期。', ['6% change 6 % exact']],
  ]);
});
