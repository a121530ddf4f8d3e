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

describe('a currency word after 元 (rule 1: a currency word on either side)', () => {
  run([
    ['元台币', '鸿海9月营收6012.3亿元台币，同比增长11%。', [
      '9月 date "XXXX-09" date exact',
      '6012.3亿元台币 money 601230000000 TWD exact',
      '同比增长11% change 11 % exact basis=yoy',
    ]],
    ['元新台币 in a price', '董事会拟派发现金股利每股3.5元新台币。', ['每股3.5元新台币 price 3.5 TWD exact per=股']],
    ['plain 元 stays yuan', '公司上半年营收12.4亿元，台湾地区收入占比约两成。', ['上半年 period "XXXX-H1" date exact', '12.4亿元 money 1240000000 CNY exact', '约两成 percent 20 % approx']],
  ]);
});

describe('a bare 亿 amount touching a fee or pay noun is yuan (implicit_unit, as 数百亿资金)', () => {
  run([
    ['管理费', '该基金公司去年收取约52亿管理费。', ['约52亿 money 5200000000 CNY approx implicit']],
    ['手续费 and 佣金', '券商全年赚得18亿手续费和6亿佣金。', ['18亿 money 1800000000 CNY exact implicit', '6亿 money 600000000 CNY exact implicit']],
    ['薪酬', '高管团队合计领取1.2亿薪酬。', ['1.2亿 money 120000000 CNY exact implicit']],
    ['利息', '该债券每年需支付3亿利息。', ['3亿 money 300000000 CNY exact implicit']],
    ['a count noun after 亿 is no money', '该平台月活用户达3亿人。', ['3亿人 count 300000000 人 exact']],
  ]);
});

describe('个 alone in a list whose last item writes 个百分点 or 个基点 (rule 5 units, rule 1 unit written once)', () => {
  run([
    ['个和…个百分点', '一季度增速分别比全国和全省高2.3个和1.6个百分点。', [
      '一季度 period "XXXX-Q1" date exact',
      '高2.3个 change 2.3 pp exact',
      '1.6个百分点 change 1.6 pp exact',
    ]],
    ['个、…个基点 with a fall', '两个品种的报价分别下调5个、10个基点。', ['两个 count 2 个 exact', '下调5个 change -5 bp exact', '10个基点 change -10 bp exact']],
    ['three items', '三项指标分别回升0.4个、0.7个和1.1个百分点。', [
      '三项 count 3 项 exact',
      '回升0.4个 change 0.4 pp exact',
      '0.7个 change 0.7 pp exact',
      '1.1个百分点 change 1.1 pp exact',
    ]],
    ['个 before a noun stays a count', '新增项目12个和在建项目30个。', ['12个 count 12 个 exact', '30个 count 30 个 exact']],
  ]);
});

describe('power, energy and ton symbols after a slash are what a price is per (rule 3)', () => {
  run([
    ['元/W', '本次集采组件中标均价为1.72元/W。', ['1.72元/W price 1.72 CNY exact per=W']],
    ['a range in 元/W', '组件报价区间在1.65~1.8元/W之间。', ['1.65~1.8元/W price [1.65,1.8] CNY range per=W']],
    ['元/W以上', '多数企业报价仍在1.9元/W以上。', ['1.9元/W以上 price 1.9 CNY at_least per=W']],
    ['元/Wh', '储能电芯价格跌破0.4元/Wh。', ['跌破0.4元/Wh price 0.4 CNY at_most per=Wh']],
    ['元/kW', '项目单位造价约3800元/kW。', ['约3800元/kW price 3800 CNY approx per=kW']],
    ['元/t', '螺纹钢现货报3650元/t。', ['3650元/t price 3650 CNY exact per=t']],
    ['a word after the slash is no symbol', '售价2元/Wafer不等。', ['2元 money 2 CNY exact']],
  ]);
});

describe('N日 before 连涨/连跌 is a run of days, like 连跌5日 (REAL-DEV: durations)', () => {
  run([
    ['结束N日连涨', '恒生科技指数跌1.2%，结束7日连涨。', ['跌1.2% change -1.2 % exact', '7日 period 7 天 exact']],
    ['Chinese numeral, 连跌', '沪铜收涨0.8%，结束四日连跌。', ['收涨0.8% change 0.8 % exact', '四日 period 4 天 exact']],
    ['连阳', '上证指数录得两日连阳。', ['两日 period 2 天 exact']],
    ['a day of the month stays a date', '公司股票将于12日复牌。', ['12日 date "XXXX-XX-12" date exact']],
  ]);
});

describe('a bound inside a list of measures bounds none of them (rule 1, rule 11)', () => {
  run([
    ['最高额度、…等N项', '该市出台提高公积金贷款最高额度、降低首付比例等六项措施。', ['六项 count 6 项 exact']],
    ['a bound before its own amount still bounds', '公积金贷款最高额度提至100万元。', ['100万元 money 1000000 CNY at_most']],
    ['上限 inside a list', '新规调整单户上限、放宽期限等四条内容。', ['四条 count 4 条 exact']],
  ]);
});

describe('上破 is 突破, and 前高/前低 name the last peak or trough, not a move (rule 1, rule 5)', () => {
  run([
    ['上破 joins the surface as at least', '美国10年期国债收益率盘中上破4.5%。', ['10年期 period 10 年 exact', '上破4.5% percent 4.5 % at_least']],
    ['上破 an index level', '沪指午后上破3100点。', ['上破3100点 price 3100 点 at_least']],
    ['前高 is a level', '金价距离前高2450美元仅一步之遥。', ['2450美元 price 2450 USD exact per=盎司']],
    ['前低 is a level', '收益率逼近前低2.1%。', ['2.1% percent 2.1 % exact']],
    ['高 alone still moves', '收益率比上月高0.2个百分点。', ['高0.2个百分点 change 0.2 pp exact basis=mom']],
  ]);
});

describe('车 counts railway wagon loads after Arabic digits (rule 6: the measure word is the unit)', () => {
  run([
    ['装车N车', '上周全国铁路日均装车17.6万车。', ['17.6万车 count 176000 车 exact']],
    ['a change in 车', '电煤日均装车同比增加3210车、增长8.1%。', ['同比增加3210车 change 3210 车 exact basis=yoy', '增长8.1% change 8.1 % exact basis=yoy']],
    ['车道 is a word', '该路段拓宽为双向6车道。', []],
    ['车间 and 车厢 are words', '工厂新建2车间，列车加挂4车厢。', []],
    ['a Chinese numeral before 车 is no count', '一车一码，一车一档。', []],
  ]);
});
