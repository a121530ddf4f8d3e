// Issue 14, third round: sentences of our own in the style of Sina finance news, one
// describe per class of the annotation rules (../shared/corpus/figures/README.md) that an
// engine may get wrong on text it has not seen. Each row is what the rules say, not what
// the engine happened to answer.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('a bare amount named by the context is money (rule 12: implicit_unit)', () => {
  run([
    ['总价 names a sum, and both ends of a 万 range share it', '该楼盘总价在150万至200万之间。', ['150万至200万 money [1500000,2000000] CNY range implicit']],
    ['首付 names a sum', '首付30万就能买到两居。', ['30万 money 300000 CNY exact implicit']],
    ['月薪 names a sum, even without a multiplier', '月薪8000，年终奖另算。', ['8000 money 8000 CNY exact implicit']],
    ['资金 right after a bare 亿 makes it money', '数百亿资金流入债市。', ['数百亿 money [10000000000,100000000000] CNY range implicit']],
    ['贷款 right after a bare 亿', '银行投放300亿贷款支持小微企业。', ['300亿 money 30000000000 CNY exact implicit']],
    ['外资 right after 上千亿', '全年有上千亿外资流入。', ['上千亿 money 100000000000 CNY at_least implicit']],
    ['a bare 万 with no money noun stays out', '产能三万五。', []],
    ['a count noun still wins', '常住人口在2000万以上。', ['2000万以上 count 20000000 人 at_least implicit']],
  ]);
});

describe('上年 and 本年 are relative years attached to a date (rule 9)', () => {
  run([
    ['上年 before a month end', '上年12月末，M2余额同比增长9.7%。', ['上年12月末 date "XXXX-12-31" date exact', '同比增长9.7% change 9.7 % exact basis=yoy']],
    ['上年 before a quarter', '增速比上年四季度加快0.1个百分点。', ['上年四季度 period "XXXX-Q4" date exact', '加快0.1个百分点 change 0.1 pp exact']],
    ['本年 before a span of months', '本年1-8月，销售额增长5%。', ['本年1-8月 period "XXXX-01/XXXX-08" date exact', '增长5% change 5 % exact']],
    ['上年同期 is no date', '上年同期为3亿元。', ['3亿元 money 300000000 CNY exact']],
  ]);
});

describe('a bound noun before 由A…至B bounds both, as before 从A…至B (rule 1, REAL-DEV)', () => {
  run([
    ['上限 with 由…提高至', '公积金贷款额度上限由60万元提高至80万元。', ['60万元 money 600000 CNY at_most', '80万元 money 800000 CNY at_most']],
    ['no bound noun: both exact', '注册资本由5000万元增加至1亿元。', ['5000万元 money 50000000 CNY exact', '1亿元 money 100000000 CNY exact']],
  ]);
});

describe('index readings without 点 and their expected and prior values (REAL-DEV: prices in 点, implicit)', () => {
  run([
    ['an index level, then what was expected and the value before', '美国8月ISM制造业指数为47.2，预期47.5，前值46.8。', [
      '8月 date "XXXX-08" date exact', '47.2 price 47.2 点 exact implicit', '47.5 price 47.5 点 exact implicit', '46.8 price 46.8 点 exact implicit',
    ]],
    ['PMI is an index, 终值 its final reading; a whole prior value', '美国8月Markit服务业PMI终值55.7，预期55.2，前值55。', [
      '8月 date "XXXX-08" date exact', '55.7 price 55.7 点 exact implicit', '55.2 price 55.2 点 exact implicit', '55 price 55 点 exact implicit',
    ]],
    ['a whole first reading after 为', '消费者信心指数初值为69，预期68.5。', ['69 price 69 点 exact implicit', '68.5 price 68.5 点 exact implicit']],
    ['a whole expected value after a level reached with 降至', '经济景气指数降至9.3，预期17。', ['9.3 price 9.3 点 exact implicit', '17 price 17 点 exact implicit']],
    ['a PMI written in % stays a percent', '制造业PMI为49.1%，前值49.4%。', ['49.1% percent 49.1 % exact', '49.4% percent 49.4 % exact']],
    ['a code in the clause after an index is no level', '该ETF以中证A500指数为跟踪标的，交易代码为563800。', []],
    ['预期 with no level before it gives no price', '公司预期2025年盈利。', ['2025年 date "2025" date exact']],
  ]);
});

describe('a direction word reaches its 个基点 or 个百分点 across a tenor (rule 5: sign of a separated direction)', () => {
  run([
    ['下调 before a tenor and a rate', '五大行下调一年期存款利率10个基点至1.35%。', ['一年期 period 1 年 exact', '10个基点 change -10 bp exact', '1.35% percent 1.35 % exact']],
    ['下调 before 5年期以上', '央行下调5年期以上LPR 25个基点。', ['5年期以上 period 5 年 at_least', '25个基点 change -25 bp exact']],
    ['提高 before a tenor', '银行提高三年期存款利率0.2个百分点。', ['三年期 period 3 年 exact', '0.2个百分点 change 0.2 pp exact']],
    ['a tenor in an earlier clause keeps its own direction', '一年期利率下调，五年期上调5个基点。', ['一年期 period 1 年 exact', '五年期 period 5 年 exact', '上调5个基点 change 5 bp exact']],
  ]);
});

describe('colloquial Chinese numerals (rule 11: ranges written as two digits)', () => {
  run([
    ['三五 is a rough range like 八九', '三五年内难以收回投资。', ['三五年 period [3,5] 年 range']],
    ['三五天', '三五天就能完成审批。', ['三五天 period [3,5] 天 range']],
    ['三五十家 shares its 十', '公司有三五十家供应商。', ['三五十家 count [30,50] 家 range']],
    ['三五成群 is an idiom, no percent', '散户三五成群地议论。', []],
    ['neighbouring digits still pair', '七八成的投资者处于亏损状态。', ['七八成 percent [70,80] % range']],
    ['the 万元 after 二十来 is no amount of its own', '装修花了二十来万元。', []],
    ['a bare 万亿元 after a verb is still one', '新政将带来万亿元投资。', ['万亿元 money 1000000000000 CNY exact']],
    ['两千余万元', '公司去年亏损两千余万元。', ['两千余万元 money 20000000 CNY at_least']],
    ['一两个百分点 with its direction', '利率可能再下调一两个百分点。', ['下调一两个百分点 change [-2,-1] pp range']],
    ['百分之 with a direction', '该股票累计下跌了百分之三十。', ['下跌了百分之三十 change -30 % exact']],
    ['逾百只 and 近百只', '两市逾4000只个股飘绿，近百只个股跌停。', ['逾4000只 count 4000 只 at_least', '近百只 count 100 只 at_most']],
  ]);
});

describe('currencies, FX quotes and per-unit prices (rules 2 and 3)', () => {
  run([
    ['港币 after the amount', '本次交易对价为3.5亿港币。', ['3.5亿港币 money 350000000 HKD exact']],
    ['美金 is USD', '该笔交易金额约为4500万美金。', ['4500万美金 money 45000000 USD approx']],
    ['新台币 before 亿元, 年增 a yearly change', '鸿海7月营收新台币5461亿元，年增21.5%。', [
      '7月 date "XXXX-07" date exact', '新台币5461亿元 money 546100000000 TWD exact', '年增21.5% change 21.5 % exact basis=yoy',
    ]],
    ['万亿韩元', '三星电子二季度营业利润10.4万亿韩元。', ['二季度 period "XXXX-Q2" date exact', '10.4万亿韩元 money 10400000000000 KRW exact']],
    ['a whole FX level named as a barrier', '美元兑日元跌破140关口，日元走强。', ['跌破140 price 140 JPY at_most per=美元 implicit']],
    ['a quote in a pair of two foreign currencies', '澳元兑美元上涨0.3%至0.6712。', ['上涨0.3% change 0.3 % exact', '0.6712 price 0.6712 USD exact per=澳元 implicit']],
    ['a lot size after the slash', '鸡蛋期货主力合约收报3500元/500千克。', ['3500元/500千克 price 3500 CNY exact per=500千克']],
    ['per 10股 after the slash', '分红方案为3.2元/10股。', ['3.2元/10股 price 3.2 CNY exact per=10股']],
    ['a price per 套', '该豪宅成交价达850万元/套。', ['850万元/套 price 8500000 CNY exact per=套']],
    ['a price per 台 in dollars', '进口设备均价为3.2万美元/台。', ['3.2万美元/台 price 32000 USD exact per=台']],
    ['a change per 斤 and per 吨', '小麦价格每斤上涨0.05元，玉米每吨下跌30元。', ['上涨0.05元 change 0.05 CNY exact per=斤', '下跌30元 change -30 CNY exact per=吨']],
    ['每公斤 touching the amount', '猪肉批发价为每公斤20.5元。', ['每公斤20.5元 price 20.5 CNY exact per=公斤']],
  ]);
});

describe('index and futures names with numbers are no figures (rule 12)', () => {
  run([
    ['沪深300股指期货: 股指 is no 股', '沪深300股指期货主力合约收跌0.6%。', ['收跌0.6% change -0.6 % exact']],
    ['CAC40 and 富时100 with their levels', '法国CAC40指数跌0.3%报7500.5点，英国富时100指数涨0.5%报8250点。', [
      '跌0.3% change -0.3 % exact', '7500.5点 price 7500.5 点 exact', '涨0.5% change 0.5 % exact', '8250点 price 8250 点 exact',
    ]],
    ['斯托克600 and 斯托克50', '欧洲斯托克600指数收涨0.4%，欧洲斯托克50指数涨0.6%。', ['收涨0.4% change 0.4 % exact', '涨0.6% change 0.6 % exact']],
    ['罗素2000 and 中证2000', '罗素2000指数涨1.6%，中证2000指数跌2.1%。', ['涨1.6% change 1.6 % exact', '跌2.1% change -2.1 % exact']],
    ['科创50 and 北证50', '科创50指数涨1.2%，北证50指数涨2.5%。', ['涨1.2% change 1.2 % exact', '涨2.5% change 2.5 % exact']],
    ['a points move and its rate on the Dow', '道琼斯工业平均指数收盘上涨228.03点，涨幅0.55%，报41622.08点。', [
      '上涨228.03点 change 228.03 点 exact', '0.55% change 0.55 % exact', '41622.08点 price 41622.08 点 exact',
    ]],
  ]);
});

describe('FX pairs written with a slash quote like 兑 (REAL-DEV: quote currency per base currency)', () => {
  run([
    ['美元/日元', '美元/日元跌0.3%报143.5。', ['跌0.3% change -0.3 % exact', '143.5 price 143.5 JPY exact per=美元 implicit']],
    ['欧元/美元 reaching a level', '欧元/美元涨0.2%至1.1050。', ['涨0.2% change 0.2 % exact', '1.1050 price 1.105 USD exact per=欧元 implicit']],
    ['a per-unit price slash is no pair', '原油报75.2美元/桶，美元/日元报143.2。', ['75.2美元/桶 price 75.2 USD exact per=桶', '143.2 price 143.2 JPY exact per=美元 implicit']],
    ['夜盘收报 in the same pair', '在岸人民币对美元16:30收盘报7.1148，较上一交易日跌266个基点，夜盘收报7.1142。', [
      '7.1148 price 7.1148 CNY exact per=美元 implicit', '跌266个基点 change -266 bp exact', '7.1142 price 7.1142 CNY exact per=美元 implicit',
    ]],
  ]);
});

describe('numbers joined into formulas or structures, and minutes (rules 10 and 12)', () => {
  run([
    ['7×24小时 is a service-hours phrase', '平台提供7×24小时服务。', []],
    ['3+2年 is a bond structure, not two years', '本期债券期限为3+2年，票面利率为2.45%。', ['2.45% percent 2.45 % exact']],
    ['T+1 is a settlement rule', 'T+1交割制度下，当日买入的股票次日才能卖出。', []],
    ['minutes are a duration like hours', '新车上市27分钟锁单5万台。', ['27分钟 period 27 分钟 exact', '5万台 count 50000 台 exact']],
    ['分 after 角 is still money', '价格为3元5角8分。', ['3元5角8分 money 3.58 CNY exact']],
  ]);
});

describe('names, idioms and ordinals with numerals are no figures (rule 12)', () => {
  run([
    ['company names', '三只松鼠、七匹狼、六福珠宝、八方股份今日均上涨。', []],
    ['more company names', '四维图新与三六零达成战略合作，中国一重和第一创业发布公告。', []],
    ['shopping festivals', '双十一期间销售额创新高，今年618大促期间家电火爆。', []],
    ['holidays', '十一黄金周和五一假期期间出游人数大幅增长。', []],
    ['a body\'s term: 二十届三中全会', '二十届三中全会对深化改革作出部署。', []],
    ['a body\'s term: 十四届全国人大', '十四届全国人大二次会议在京开幕。', []],
    ['a board\'s term', '五届董事会第十次会议召开。', []],
    ['届 that counts', '公司已连续举办三届论坛。', ['三届 count 3 届 exact']],
    ['policy idioms', '房企“三道红线”监管政策逐步优化，公司为员工缴纳五险一金。', []],
    ['report names', '上市公司陆续披露三季报。', []],
    ['a brand with a hyphen', '7-11便利店在华门店持续扩张。', []],
    ['generations are ordinals', '公司推出第二代产品，并计划明年推出第三代。', []],
  ]);
});

describe('Chinese numerals, ranges, tenths and discounts, currencies and per-unit prices (rules 2–4, 11)', () => {
  run([
    ['三成 is 30 %, 接近 at_most', '公司海外收入占比已接近三成。', ['接近三成 percent 30 % at_most']],
    ['逾百亿 in Chinese', '年内净赎回逾百亿元。', ['逾百亿元 money 10000000000 CNY at_least']],
    ['十余家', '沪市十余家上市公司发布回购公告。', ['十余家 count 10 家 at_least']],
    ['超千亿美元', '本轮估值超千亿美元。', ['超千亿美元 money 100000000000 USD at_least']],
    ['a % range after a direction', '券商预计明年行业利润增长3%-5%。', ['增长3%-5% change [3,5] % range']],
    ['a range of multiples', '航运运价较年初上涨3至5倍。', ['上涨3至5倍 multiple [3,5] x range']],
    ['一二十 is a range', '每年新增一二十家门店。', ['一二十家 count [10,20] 家 range']],
    ['八五折', '部分楼盘打八五折促销。', ['八五折 percent 85 % exact']],
    ['万亿元 and a yoy change', '社会融资规模存量为390.2万亿元，同比增长8.1%。', ['390.2万亿元 money 390200000000000 CNY exact', '同比增长8.1% change 8.1 % exact basis=yoy']],
    ['人民币 after 亿元', '腾讯控股上半年营收3206亿元人民币，同比增长8%。', ['上半年 period "XXXX-H1" date exact', '3206亿元人民币 money 320600000000 CNY exact', '同比增长8% change 8 % exact basis=yoy']],
    ['港币 before the amount', '小米集团获得港币15亿元授信。', ['港币15亿元 money 1500000000 HKD exact']],
    ['万亿日元', '丰田汽车财年净利润4.9万亿日元。', ['4.9万亿日元 money 4900000000000 JPY exact']],
    ['人民币 and 整', '本次募集资金人民币12亿元整。', ['人民币12亿元整 money 1200000000 CNY exact']],
    ['元/吨 with a fall', '螺纹钢期货主力合约收报3320元/吨，跌1.2%。', ['3320元/吨 price 3320 CNY exact per=吨', '跌1.2% change -1.2 % exact']],
    ['美元/桶 after 收涨', 'WTI原油期货收涨1.5%，报78.3美元/桶。', ['收涨1.5% change 1.5 % exact', '78.3美元/桶 price 78.3 USD exact per=桶']],
    ['元/克', '上海金交所黄金现货报568.4元/克。', ['568.4元/克 price 568.4 CNY exact per=克']],
  ]);
});

describe('counts with classifiers, 个基点 and 个百分点, periods with 同比 and 环比 (rules 5, 6, 10)', () => {
  run([
    ['涨停 and 跌停 counts', '当日两市共有52家公司涨停，18只个股跌停。', ['52家 count 52 家 exact', '18只 count 18 只 exact']],
    ['万户', '个人投资者开户数新增12.6万户。', ['12.6万户 count 126000 户 exact']],
    ['套 and 超八成', '该楼盘首日售出326套住房，去化率超八成。', ['326套 count 326 套 exact', '超八成 percent 80 % at_least']],
    ['万辆 with a yoy fall', '6月乘用车零售销量达178.3万辆，同比下降6.7%。', ['6月 date "XXXX-06" date exact', '178.3万辆 count 1783000 辆 exact', '同比下降6.7% change -6.7 % exact basis=yoy']],
    ['亿人次', '铁路五一假期发送旅客1.2亿人次。', ['1.2亿人次 count 120000000 人次 exact']],
    ['万架次', '民航当日保障航班1.6万架次。', ['1.6万架次 count 16000 架次 exact']],
    ['万手', '国债期货主力合约成交12.5万手。', ['12.5万手 count 125000 手 exact']],
    ['降息 in 个基点 and a range level', '美联储宣布降息50个基点，将联邦基金利率目标区间下调至4.75%-5%。', ['降息50个基点 change -50 bp exact', '4.75%-5% percent [4.75,5] % range']],
    ['bp after 下行', '10年期美债收益率下行8bp至3.72%。', ['10年期 period 10 年 exact', '下行8bp change -8 bp exact', '3.72% percent 3.72 % exact']],
    ['5年期以上 and a mom fall', '5年期以上LPR为3.85%，较上月下降25个基点。', ['5年期以上 period 5 年 at_least', '3.85% percent 3.85 % exact', '下降25个基点 change -25 bp exact basis=mom']],
    ['前三季度', '前三季度全国居民人均可支配收入30941元，名义增长5.2%。', ['前三季度 period "XXXX-Q1/XXXX-Q3" date exact', '30941元 money 30941 CNY exact', '增长5.2% change 5.2 % exact']],
    ['财年', '2023财年公司营收同比增长12%。', ['2023财年 date "FY2023" date exact', '同比增长12% change 12 % exact basis=yoy']],
    ['回落 in pp with a mom basis', '社零总额同比增长2.3%，增速较上月回落0.4个百分点。', ['同比增长2.3% change 2.3 % exact basis=yoy', '回落0.4个百分点 change -0.4 pp exact basis=mom']],
    ['降幅收窄至 is a fall', 'PPI同比降幅收窄至0.8%。', ['0.8% change -0.8 % exact basis=yoy']],
    ['增 alone', '进口同比增0.5%。', ['同比增0.5% change 0.5 % exact basis=yoy']],
  ]);
});

describe('qualifiers, stock prices, ratios, signs, written forms and codes (rules 1, 3, 11–13)', () => {
  run([
    ['约…左右', '今年上半年新增贷款约13万亿元左右。', ['今年上半年 period "XXXX-H1" date exact', '约13万亿元左右 money 13000000000000 CNY approx']],
    ['近 and 超过', '该股全天成交额近50亿元，换手率超过10%。', ['近50亿元 money 5000000000 CNY at_most', '超过10% percent 10 % at_least']],
    ['不到 and 不足', '公司账上现金不到2亿元，短期借款不足5000万元。', ['不到2亿元 money 200000000 CNY at_most', '不足5000万元 money 50000000 CNY at_most']],
    ['最高 and 最低 apart from the amount', '单个项目最高补贴500万元，最低补贴50万元。', ['500万元 money 5000000 CNY at_most', '50万元 money 500000 CNY at_least']],
    ['上下', '全年销量在100万辆上下。', ['100万辆上下 count 1000000 辆 approx']],
    ['以下 and 以内', '持股比例在5%以下，发行规模为30亿元以内。', ['5%以下 percent 5 % at_most', '30亿元以内 money 3000000000 CNY at_most']],
    ['收报 is a share price', '贵州茅台收报1520.5元，涨2.35%。', ['1520.5元 price 1520.5 CNY exact per=股', '涨2.35% change 2.35 % exact']],
    ['跌幅为', '宁德时代报收182.3元，跌幅为1.8%。', ['182.3元 price 182.3 CNY exact per=股', '1.8% change -1.8 % exact']],
    ['跌逾 and 收跌', '中国平安盘中一度跌逾3%，最终收跌1.2%。', ['跌逾3% change -3 % at_least', '收跌1.2% change -1.2 % exact']],
    ['下挫 and an index level', '创业板指收盘下挫2.4%，报1589.6点。', ['下挫2.4% change -2.4 % exact', '1589.6点 price 1589.6 点 exact']],
    ['市盈率 in 倍', '当前市盈率为12.3倍，低于历史均值。', ['12.3倍 multiple 12.3 x exact']],
    ['negative amounts', '公司一季度净利润为-2.3亿元，上年同期为负1.1亿元。', ['一季度 period "XXXX-Q1" date exact', '-2.3亿元 money -230000000 CNY exact', '负1.1亿元 money -110000000 CNY exact']],
    ['full-width digits', '公司营收１２３．５亿元，同比增长１５％。', ['１２３．５亿元 money 12350000000 CNY exact', '同比增长１５％ change 15 % exact basis=yoy']],
    ['thousands separators', '公司总资产达1,234,567.89万元。', ['1,234,567.89万元 money 12345678900 CNY exact']],
    ['a full-width comma', '募集资金８，５００万元用于偿还贷款。', ['８，５００万元 money 85000000 CNY exact']],
    ['a stock code in brackets', '贵州茅台（600519）今日收涨1.2%。', ['收涨1.2% change 1.2 % exact']],
    ['a Hong Kong code', '腾讯控股(00700.HK)回购10万股，耗资3800万港元。', ['10万股 count 100000 股 exact', '3800万港元 money 38000000 HKD exact']],
    ['an announcement number', '公司发布2024-035号公告，拟回购股份。', []],
    ['a model code', '公司新款SUV型号为LX-600，售价28.98万元起。', ['28.98万元 money 289800 CNY exact']],
  ]);
});

describe('the level a share price moved to (rule 3: a stock quote is per 股)', () => {
  run([
    ['股价 before the movement', '汇丰控股股价暴跌24%至33港元。', ['暴跌24% change -24 % exact', '33港元 price 33 HKD exact per=股']],
    ['a company\'s revenue moving to an amount stays money', '公司营收增长5%至30万元。', ['增长5% change 5 % exact', '30万元 money 300000 CNY exact']],
    ['千分之 levels', '证券交易印花税税率由千分之三调整为千分之一。', ['千分之三 percent 0.3 % exact', '千分之一 percent 0.1 % exact']],
    ['an FX quote written with 元', '人民币对美元汇率中间价报6.8346元。', ['6.8346元 price 6.8346 CNY exact per=美元']],
    ['暴跌 in 点', '道指暴跌777点。', ['暴跌777点 change -777 点 exact']],
  ]);
});

describe('a bare 亿 before a word for people or accounts is no money (rule 12)', () => {
  run([
    ['投资者 are people', '全国有2亿投资者参与。', []],
    ['资金账户 are accounts', '共有1.2亿资金账户。', []],
  ]);
});
