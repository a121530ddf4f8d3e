// The annotation rules of corpus/figures/README.md, one case per line, in our own
// sentences (varied numbers, units, currencies and qualifier placements).
import { describe } from 'vitest';
import { runCases as run } from './show';


describe('numbers in every written form', () => {
  run([
    ['thousands separators, ASCII', '期末余额为2,345,678.90元。', ['2,345,678.90元 money 2345678.9 CNY exact']],
    ['full-width digits and comma', '借款为１２，３４５万元。', ['１２，３４５万元 money 123450000 CNY exact']],
    ['full-width decimal point', '报１．２５美元。', ['１．２５美元 price 1.25 USD exact per=股']],
    ['Chinese numerals with multipliers', '投资三千亿元。', ['三千亿元 money 300000000000 CNY exact']],
    ['两 as two', '补贴两万元。', ['两万元 money 20000 CNY exact']],
    ['Chinese numeral with 零', '奖励一千零五十元。', ['一千零五十元 money 1050 CNY exact']],
    ['financial capitals with 整', '金额为人民币贰亿伍仟万元整。', ['人民币贰亿伍仟万元整 money 250000000 CNY exact']],
    ['mixed Arabic and 万亿', '规模达1.2万亿元。', ['1.2万亿元 money 1200000000000 CNY exact']],
    ['千万 multiplier', '获补助5千万元。', ['5千万元 money 50000000 CNY exact']],
    ['exact decimal arithmetic', '股东户数为4.52万户。', ['4.52万户 count 45200 户 exact']],
    ['exact decimals, many places', '金额为0.07万亿元。', ['0.07万亿元 money 70000000000 CNY exact']],
    ['多 inside a number', '资产规模3000多亿元。', ['3000多亿元 money 300000000000 CNY at_least']],
    ['余 after a multiplier', '涉案金额1.3亿余元。', ['1.3亿余元 money 130000000 CNY at_least']],
    ['几 inside a Chinese number', '月销售额三十几万元。', ['三十几万元 money 300000 CNY at_least']],
    // 年薪 names a sum of money, so the bare amount is yuan (rule 12: the context gives the unit).
    ['colloquial 三万五 after 年薪', '年薪三万五。', ['三万五 money 35000 CNY exact implicit']],
    ['colloquial 三万五 with no money noun', '产能三万五。', []],
    ['abbreviated Chinese thousands', '人均消费两千五百元。', ['两千五百元 money 2500 CNY exact']],
  ]);
});

describe('money and currencies', () => {
  run([
    ['currency before, 元 after', '以人民币3.6亿元收购。', ['人民币3.6亿元 money 360000000 CNY exact']],
    ['currency word after 元', '募资15亿元人民币。', ['15亿元人民币 money 1500000000 CNY exact']],
    ['港币 before, Chinese numerals', '消费港币一千二百元。', ['港币一千二百元 money 1200 HKD exact']],
    ['euro', '投资4.5亿欧元。', ['4.5亿欧元 money 450000000 EUR exact']],
    ['yen', '净利润为3200亿日元。', ['3200亿日元 money 320000000000 JPY exact']],
    ['pound', '罚款1.2亿英镑。', ['1.2亿英镑 money 120000000 GBP exact']],
    ['New Taiwan dollar with spaces', '营收为新台币 2,345.6 亿元。', ['新台币 2,345.6 亿元 money 234560000000 TWD exact']],
    ['won', '投资20万亿韩元。', ['20万亿韩元 money 20000000000000 KRW exact']],
    ['baht', '出口额为8000亿泰铢。', ['8000亿泰铢 money 800000000000 THB exact']],
    ['rouble', '预算为3万亿卢布。', ['3万亿卢布 money 3000000000000 RUB exact']],
    ['Australian dollar', '收购价为12亿澳元。', ['12亿澳元 money 1200000000 AUD exact']],
    ['Singapore dollar, long form', '募资5亿新加坡元。', ['5亿新加坡元 money 500000000 SGD exact']],
    ['Swiss franc', '利润为18亿瑞士法郎。', ['18亿瑞士法郎 money 1800000000 CHF exact']],
    ['naira', '支出为2.5万亿奈拉。', ['2.5万亿奈拉 money 2500000000000 NGN exact']],
    ['Canadian dollar', '交易额为7.5亿加元。', ['7.5亿加元 money 750000000 CAD exact']],
    ['bitcoin as a currency', '持有2.3万枚比特币。', ['2.3万枚比特币 money 23000 BTC exact']],
    ['US cents', '每股派息25美分。', ['25美分 price 0.25 USD exact per=股']],
    ['yuan and jiao and fen', '退款38元6角5分。', ['38元6角5分 money 38.65 CNY exact']],
    ['yuan and mao', '一斤白菜两元五毛。', ['两元五毛 money 2.5 CNY exact']],
    ['colloquial 块', '车费十二块。', ['十二块 money 12 CNY exact']],
    ['written minus', '净利润为-1.8亿元。', ['-1.8亿元 money -180000000 CNY exact']],
    ['负 as minus', '现金流为负3000万元。', ['负3000万元 money -30000000 CNY exact']],
    ['losses stay positive', '公司亏损5.6亿元。', ['5.6亿元 money 560000000 CNY exact']],
    ['net flows stay positive', '北向资金净流出38.2亿元。', ['38.2亿元 money 3820000000 CNY exact']],
    ['约合 with currency', '约合人民币720元。', ['约合人民币720元 money 720 CNY approx']],
  ]);
});

describe('qualifiers', () => {
  run([
    ['约 touching', '耗资约2.3亿元。', ['约2.3亿元 money 230000000 CNY approx']],
    ['大约 touching', '大约500万元。', ['大约500万元 money 5000000 CNY approx']],
    ['近 touching', '损失近8000万元。', ['近8000万元 money 80000000 CNY at_most']],
    ['将近 touching', '将近三成投资者。', ['将近三成 percent 30 % at_most']],
    ['接近 touching', '接近1万亿元。', ['接近1万亿元 money 1000000000000 CNY at_most']],
    ['超 touching', '超2000家企业。', ['超2000家 count 2000 家 at_least']],
    ['超过 touching', '超过60%的受访者。', ['超过60% percent 60 % at_least']],
    ['逾 touching', '逾千亿元资金。', ['逾千亿元 money 100000000000 CNY at_least']],
    ['突破 touching', '销量突破100万辆。', ['突破100万辆 count 1000000 辆 at_least']],
    ['破 touching', '大定破5万台。', ['破5万台 count 50000 台 at_least']],
    ['跌破 touching', '金价跌破每盎司2000美元。', ['跌破每盎司2000美元 price 2000 USD at_most per=盎司']],
    ['不到 touching', '占比不到5%。', ['不到5% percent 5 % at_most']],
    ['不足 touching', '不足100人。', ['不足100人 count 100 人 at_most']],
    ['至少 touching', '至少3家银行。', ['至少3家 count 3 家 at_least']],
    ['不低于 touching', '不低于2000万元。', ['不低于2000万元 money 20000000 CNY at_least']],
    ['不高于 touching', '不高于8%。', ['不高于8% percent 8 % at_most']],
    ['不超过 touching', '不超过3亿股。', ['不超过3亿股 count 300000000 股 at_most']],
    ['不少于 touching', '不少于50个。', ['不少于50个 count 50 个 at_least']],
    ['不超, shorthand for 不超过, is an upper bound', '公司拟募集资金不超3亿元。', ['不超3亿元 money 300000000 CNY at_most']],
    ['不超 before a percentage', '单一股东持股比例不超5%。', ['不超5% percent 5 % at_most']],
    ['至多 touching', '本次减持比例至多3%。', ['至多3% percent 3 % at_most']],
    ['最多 touching', '最多10亿元。', ['最多10亿元 money 1000000000 CNY at_most']],
    ['最高 touching', '最高500万元奖励。', ['最高500万元 money 5000000 CNY at_most']],
    ['过 before 亿, implicit unit', '年营收过亿。', ['过亿 money 100000000 CNY at_least implicit']],
    ['上万 / 上千万', '上千万元的订单和上万名员工。', ['上千万元 money 10000000 CNY at_least', '上万名 count 10000 名 at_least']],
    ['左右 suffix', '1200亿元左右。', ['1200亿元左右 money 120000000000 CNY approx']],
    ['上下 suffix', '在3%上下。', ['3%上下 percent 3 % approx']],
    ['以上 suffix', '500万元以上。', ['500万元以上 money 5000000 CNY at_least']],
    ['以下 suffix', '年收入10万元以下。', ['10万元以下 money 100000 CNY at_most']],
    ['以内 suffix', '误差在2%以内。', ['2%以内 percent 2 % at_most']],
    ['（含）以上 suffix', '资产1000万元（含）以上。', ['1000万元（含）以上 money 10000000 CNY at_least']],
    ['separated 约为', '总额约为56亿元。', ['56亿元 money 5600000000 CNY approx']],
    ['separated 最高', '最高可获得300万元补贴。', ['300万元 money 3000000 CNY at_most']],
    ['separated 上限为', '上限为每股18元。', ['每股18元 price 18 CNY at_most per=股']],
    ['separated 最低', '最低投资额为50万元。', ['50万元 money 500000 CNY at_least']],
    ['separated 不超过', '不超过公司总股本的2%。', ['2% percent 2 % at_most']],
    ['separated 至多', '至多占公司总股本的3%。', ['3% percent 3 % at_most']],
    ['近 in a duration is part of it', '近三年营收增长。', ['近三年 period 3 年 exact']],
  ]);
});

describe('ranges', () => {
  run([
    ['percent range with 至', '增速为10%至15%。', ['10%至15% change [10,15] % range']],
    ['shared multiplier, Chinese', '月入三到五万元。', ['三到五万元 money [30000,50000] CNY range']],
    ['shared multiplier, Arabic', '估值5-6亿美元。', ['5-6亿美元 money [500000000,600000000] USD range']],
    ['both ends with units', '净利润2.1亿元至2.5亿元。', ['2.1亿元至2.5亿元 money [210000000,250000000] CNY range']],
    ['neighbouring numerals', '年产值七八亿元。', ['七八亿元 money [700000000,800000000] CNY range']],
    ['数十亿', '带来数百亿元投资。', ['数百亿元 money [10000000000,100000000000] CNY range']],
    ['tilde range of counts', '每天200~300人次。', ['200~300人次 count [200,300] 人次 range']],
    ['range beats separated 约为', '约为3万吨至5万吨。', ['3万吨至5万吨 count [30000,50000] 吨 range']],
    ['percent range with dash and space', '区间在2.5- 3.5%之间。', ['2.5- 3.5% percent [2.5,3.5] % range']],
    ['decreasing range keeps lo <= hi', '预计回落1至2个百分点。', ['回落1至2个百分点 change [-2,-1] pp range']],
    ['multiples range with x', 'PE在20-30x之间。', ['20-30x multiple [20,30] x range']],
  ]);
});

describe('changes', () => {
  run([
    ['同比 + direction touching', '营收同比增长12.5%。', ['同比增长12.5% change 12.5 % exact basis=yoy']],
    ['环比 decrease', '环比下降3.1%。', ['环比下降3.1% change -3.1 % exact basis=mom']],
    ['比上年 gives yoy, outside the surface', '比上年增长6%。', ['增长6% change 6 % exact basis=yoy']],
    ['较上月 gives mom', '较上月减少15亿元。', ['减少15亿元 change -1500000000 CNY exact basis=mom']],
    ['adverb between 同比 and direction', '同比大幅下滑45.2%。', ['下滑45.2% change -45.2 % exact basis=yoy']],
    ['了 joins the surface', '股价上涨了12%。', ['上涨了12% change 12 % exact']],
    ['个百分点 is pp', '毛利率下降2.3个百分点。', ['下降2.3个百分点 change -2.3 pp exact']],
    ['个基点 is bp', '利率上调15个基点。', ['上调15个基点 change 15 bp exact']],
    ['bp written in Latin', '收益率下行5bp。', ['下行5bp change -5 bp exact']],
    ['pp with the direction far away', '下调存款准备金率0.25个百分点。', ['0.25个百分点 change -0.25 pp exact']],
    ['growth noun', '净利润增幅为18.2%。', ['18.2% change 18.2 % exact']],
    ['跌幅 is negative', '跌幅为4.5%。', ['4.5% change -4.5 % exact']],
    ['降幅收窄至 is still negative', '降幅收窄至1.2%。', ['1.2% change -1.2 % exact']],
    ['written sign wins', '增长率为-3.5%。', ['-3.5% change -3.5 % exact']],
    ['成 in a change', '同比减少三成。', ['同比减少三成 change -30 % exact basis=yoy']],
    ['qualifier inside a change', '下跌逾两成。', ['下跌逾两成 change -20 % at_least']],
    ['money change', '存款增加3200亿元。', ['增加3200亿元 change 320000000000 CNY exact']],
    ['quantity change', '库存减少2.4万吨。', ['减少2.4万吨 change -24000 吨 exact']],
    ['index points change', '恒指上涨156.3点。', ['上涨156.3点 change 156.3 点 exact']],
    ['price change per unit', '价格上涨35元/吨。', ['上涨35元/吨 change 35 CNY exact per=吨']],
    ['多增 / 少增', '同比多增2000亿元，环比少增500亿元。', ['同比多增2000亿元 change 200000000000 CNY exact basis=yoy', '环比少增500亿元 change -50000000000 CNY exact basis=mom']],
    ['a level after 至 is not a change', '利率下调至3.1%。', ['3.1% percent 3.1 % exact']],
    ['amounts after 至 stay money', '注册资本由1亿元增至3亿元。', ['1亿元 money 100000000 CNY exact', '3亿元 money 300000000 CNY exact']],
    ['listed second change', '分别增长8.2%和6.5%。', ['增长8.2% change 8.2 % exact', '6.5% change 6.5 % exact']],
    ['listed second change in money, per unit', '每吨分别降低130元和125元。', ['降低130元 change -130 CNY exact per=吨', '125元 change -125 CNY exact per=吨']],
    ['百分之 in a change', '销量下降百分之十二。', ['下降百分之十二 change -12 % exact']],
    ['大涨 is one word', '股价大涨9.98%。', ['大涨9.98% change 9.98 % exact']],
    ['降息', '降息50个基点。', ['降息50个基点 change -50 bp exact']],
  ]);
});

describe('percents, multiples, ratios', () => {
  run([
    ['plain percent level', '持股比例为23.5%。', ['23.5% percent 23.5 % exact']],
    ['百分之 with decimals', '占比百分之十二点五。', ['百分之十二点五 percent 12.5 % exact']],
    ['千分之 and 万分之', '费率由千分之三降至万分之五。', ['千分之三 percent 0.3 % exact', '万分之五 percent 0.05 % exact']],
    ['成', '约四成受访者。', ['约四成 percent 40 % approx']],
    ['折 with two digits', '全场八五折。', ['八五折 percent 85 % exact']],
    ['成 range', '占比七八成。', ['七八成 percent [70,80] % range']],
    ['multiple', '市净率为1.8倍。', ['1.8倍 multiple 1.8 x exact']],
    ['multiple with direction and 同比', '同比增长3.5倍。', ['同比增长3.5倍 multiple 3.5 x exact basis=yoy']],
    ['翻番', '利润实现翻番。', ['翻番 multiple 2 x exact']],
    ['翻两番', '营收翻两番。', ['翻两番 multiple 4 x exact']],
    ['翻倍 and 翻了一倍', '利润翻倍，营收翻了一倍。', ['翻倍 multiple 2 x exact', '翻了一倍 multiple 2 x exact']],
    ['多 after 倍', '增长了3倍多。', ['增长了3倍多 multiple 3 x at_least']],
    ['signed multiple', '市盈率为-35.6倍。', ['-35.6倍 multiple -35.6 x exact']],
    ['每股转增 ratio', '每股转增0.4股。', ['每股转增0.4股 ratio 0.4 ratio exact terms=1:0.4']],
    ['N股送M股 without 每', '按10股送3股的比例。', ['10股送3股 ratio 0.3 ratio exact terms=10:3']],
    ['ratio with colon', '换股比例为1:1.25。', ['1:1.25 ratio 1.25 ratio exact terms=1:1.25']],
    ['ratio with full-width colon', '按3：7出资。', ['3：7 ratio 2.3333333333333335 ratio exact terms=3:7']],
    ['bonus shares ratio', '每10股送红股2股。', ['每10股送红股2股 ratio 0.2 ratio exact terms=10:2']],
    ['a time of day is no ratio', '北京时间15:30收盘。', []],
  ]);
});

describe('prices', () => {
  run([
    ['每股 touching', '发行价每股26.8元。', ['每股26.8元 price 26.8 CNY exact per=股']],
    ['每10股 dividend', '每10股派发现金红利6元。', ['6元 price 6 CNY exact per=10股']],
    ['per suffix', '均价为4200元/吨。', ['4200元/吨 price 4200 CNY exact per=吨']],
    ['USD per ounce', '报2350.5美元/盎司。', ['2350.5美元/盎司 price 2350.5 USD exact per=盎司']],
    ['每桶 touching', '油价为每桶85美元。', ['每桶85美元 price 85 USD exact per=桶']],
    ['EPS', '基本每股收益为0.86元。', ['0.86元 price 0.86 CNY exact per=股']],
    ['fund NAV', '单位净值为1.2345元。', ['1.2345元 price 1.2345 CNY exact per=份']],
    ['stock quote', '收盘报25.6元。', ['25.6元 price 25.6 CNY exact per=股']],
    ['index level', '沪指报3100.25点。', ['3100.25点 price 3100.25 点 exact']],
    ['FX quote, implicit', '人民币兑美元中间价报7.1035。', ['7.1035 price 7.1035 CNY exact per=美元 implicit']],
    ['FX quote, other pair', '欧元兑日元升至162.3。', ['162.3 price 162.3 JPY exact per=欧元 implicit']],
    ['a sale price is money', '该车售价为25.98万元。', ['25.98万元 money 259800 CNY exact']],
    ['limit-up price is per share', '涨停价为12.5元。', ['12.5元 price 12.5 CNY exact per=股']],
    ['a price change keeps its per', '每吨上涨240元。', ['上涨240元 change 240 CNY exact per=吨']],
    ['FX quote with the currency written', '人民币兑美元报6.7493元。', ['6.7493元 price 6.7493 CNY exact per=美元']],
    ['FX quote with a qualifier', '离岸人民币兑美元跌破7.3关口。', ['跌破7.3 price 7.3 CNY at_most per=美元 implicit']],
    ['bitcoin price per coin', '比特币价格突破6万美元。', ['突破6万美元 price 60000 USD at_least per=枚']],
  ]);
});

describe('counts', () => {
  run([
    ['measure word', '新增门店120家。', ['120家 count 120 家 exact']],
    ['multiplier counts', '交付新车3.2万辆。', ['3.2万辆 count 32000 辆 exact']],
    ['个 + ordinary noun', '签约项目45个。', ['45个 count 45 个 exact']],
    ['个 + unit noun', '运送80个标准箱。', ['80个标准箱 count 80 标准箱 exact']],
    ['physical quantity', '年产12万吨。', ['12万吨 count 120000 吨 exact']],
    ['area', '占地3.5万平方米。', ['3.5万平方米 count 35000 平方米 exact']],
    ['energy', '发电量120亿千瓦时。', ['120亿千瓦时 count 12000000000 千瓦时 exact']],
    ['shares', '增持500万股。', ['500万股 count 5000000 股 exact']],
    ['lots', '封单达20万手。', ['20万手 count 200000 手 exact']],
    ['person-times', '接待游客1.2亿人次。', ['1.2亿人次 count 120000000 人次 exact']],
    ['余 count', '带动就业3000余人。', ['3000余人 count 3000 人 at_least']],
    ['an article 一 is no count', '一家企业和一名员工。', []],
    ['ordinals are no counts', '第三次会议和第27位。', []],
    ['rankings are no counts', '位列全球前五名。', []],
  ]);
});

describe('dates and periods', () => {
  run([
    ['full date', '2024年3月15日公告。', ['2024年3月15日 date "2024-03-15" date exact']],
    ['month and day', '5月20日发布。', ['5月20日 date "XXXX-05-20" date exact']],
    ['day only', '于18日召开。', ['18日 date "XXXX-XX-18" date exact']],
    ['year only', '2022年营收下降。', ['2022年 date "2022" date exact']],
    ['year and month', '2025年1月起实施。', ['2025年1月 date "2025-01" date exact']],
    ['Chinese date with 〇', '二〇二三年十二月一日生效。', ['二〇二三年十二月一日 date "2023-12-01" date exact']],
    ['relative year joins', '明年6月30日前完成。', ['明年6月30日 date "XXXX-06-30" date exact']],
    ['month end', '截至9月末。', ['9月末 date "XXXX-09-30" date exact']],
    ['February end', '2024年2月末。', ['2024年2月末 date "2024-02-29" date exact']],
    ['year end', '到2025年底。', ['2025年底 date "2025-12-31" date exact']],
    ['fiscal year', '2024财年营收。', ['2024财年 date "FY2024" date exact']],
    ['ISO-like dates, not announcement numbers', '2024-05-10和2024/5/9，公告编号2024-017。', ['2024-05-10 date "2024-05-10" date exact', '2024/5/9 date "2024-05-09" date exact']],
    ['month span', '今年1至9月。', ['今年1至9月 period "XXXX-01/XXXX-09" date exact']],
    ['month span with dash', '1-6月。', ['1-6月 period "XXXX-01/XXXX-06" date exact']],
    ['first N months', '前5个月。', ['前5个月 period "XXXX-01/XXXX-05" date exact']],
    ['half year', '今年下半年。', ['今年下半年 period "XXXX-H2" date exact']],
    ['half year with year', '2023年上半年。', ['2023年上半年 period "2023-H1" date exact']],
    ['quarter', '四季度和第2季度。', ['四季度 period "XXXX-Q4" date exact', '第2季度 period "XXXX-Q2" date exact']],
    ['Q notation', '公司Q3业绩。', ['Q3 period "XXXX-Q3" date exact']],
    ['first three quarters', '前三季度。', ['前三季度 period "XXXX-Q1/XXXX-Q3" date exact']],
    ['year span', '2020年至2023年。', ['2020年至2023年 period "2020/2023" date exact']],
    ['year to now', '2018年至今。', ['2018年至今 period "2018/NOW" date exact']],
    ['tenor', '10年期国债。', ['10年期 period 10 年 exact']],
    ['tenor with 以上', '5年期以上贷款。', ['5年期以上 period 5 年 at_least']],
    ['duration in months', '锁定期为18个月。', ['18个月 period 18 月 exact']],
    ['duration in days', '期限为91天。', ['91天 period 91 天 exact']],
    ['past years', '过去五年。', ['过去五年 period 5 年 exact']],
    ['trading days', '近10个交易日。', ['近10个交易日 period 10 交易日 exact']],
    ['working days', '5个工作日内。', ['5个工作日 period 5 工作日 exact']],
    ['连续 N 日 is a duration', '连续12日上涨。', ['12日 period 12 天 exact']],
    ['previous day is no duration', '较前一交易日上涨。', []],
    ['duration range with the unit twice', '未来10年至20年。', ['未来10年至20年 period [10,20] 年 range']],
    ['多 after a duration unit', '历时2年多。', ['2年多 period 2 年 at_least']],
    ['hours are a duration, not 个', '持续约两个小时。', ['约两个小时 period 2 小时 approx']],
    ['a month span across years', '2022年12月至2023年3月。', ['2022年12月至2023年3月 period "2022-12/2023-03" date exact']],
    ['a day span', '5月1日至5日。', ['5月1日至5日 period "XXXX-05-01/XXXX-05-05" date exact']],
  ]);
});

describe('not figures', () => {
  run([
    ['stock codes', '贵州茅台（600519）与腾讯控股（00700.HK）。', []],
    ['phone number', '咨询电话0755-83212345。', []],
    ['announcement number', '公告编号：2024-031。', []],
    ['postcode and street number', '邮编100033，金融大街35号。', []],
    ['index names', '沪深300、中证500和标普500。', []],
    ['product names', '搭载骁龙8 Gen2的iPhone 15和5G手机。', []],
    ['contract name', 'IF2409合约。', []],
    ['section number', '详见第3.2节。', []],
    ['idioms', '一带一路和十四五规划，一度领先。', []],
    ['company names with numerals', '三一重工、五粮液和九阳股份。', []],
    ['year inside an event name', '2024世界人工智能大会开幕。', []],
    ['first batch', '首批企业。', []],
    ['years without 年', '2023青岛峰会。', []],
    ['minutes of a time of day', '15:00人事任免，9：45报价。', []],
    ['names and set phrases with measure words', '三只松鼠和七匹狼，落实八项规定。', []],
    ['parts and components', '汽车零部件企业。', []],
    ['colloquial points', '还亏2个点。', []],
  ]);
});
