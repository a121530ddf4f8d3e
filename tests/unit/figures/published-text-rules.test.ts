// Issue 14, fifth round: error classes found by running the engine over real published
// text (the paragraphs of GeneralNewsExtractor's test pages of Chinese news sites and of
// the corpus pages), each fixed by a general rule and tested here with sentences of our
// own. The rules of ../shared/corpus/figures/README.md decide each row.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('a direction word, then 达/达到/高达, then the amount: a change with the number alone in the surface (rule 5)', () => {
  run([
    ['增长达', '一季度工业增加值同比增长达6.2%。', ['一季度 period "XXXX-Q1" date exact', '6.2% change 6.2 % exact basis=yoy']],
    ['上升高达', '该行不良贷款余额同比上升高达18.4%。', ['18.4% change 18.4 % exact basis=yoy']],
    ['增长达到', '今年前两个月出口额增长达到9.1%。', ['今年前两个月 period "XXXX-01/XXXX-02" date exact', '9.1% change 9.1 % exact']],
    ['下滑达 is negative', '受需求疲软影响，钢材出货量同比下滑达12.5%。', ['12.5% change -12.5 % exact basis=yoy']],
    ['下降高达 is negative', '公司扣非净利润同比下降高达73.06%。', ['73.06% change -73.06 % exact basis=yoy']],
    ['约达 keeps its approx', '上月新能源车销量环比增长约达30%。', ['30% change 30 % approx basis=mom']],
    ['上涨达', '猪肉价格同比上涨达21.3%。', ['21.3% change 21.3 % exact basis=yoy']],
    ['减少达', '库存商品较上年末减少达15%。', ['15% change -15 % exact']],
    ['回落达', '制造业投资增速回落达3.1个百分点。', ['3.1个百分点 change -3.1 pp exact']],
    ['下降达 in percentage points', '毛利率同比下降达2.4个百分点。', ['2.4个百分点 change -2.4 pp exact basis=yoy']],
    ['减少达 in money', '经营现金流同比减少达4.6亿元。', ['4.6亿元 change -460000000 CNY exact basis=yoy']],
    ['增加高达 in money', '研发投入较上年增加高达12亿元。', ['12亿元 change 1200000000 CNY exact basis=yoy']],
    ['two items, each with its verb', '其中电子产品出口增长达11.3%，服装出口下降达4.2%。', ['11.3% change 11.3 % exact', '4.2% change -4.2 % exact']],
    ['比上年 before the verb', '规模以上企业利润比上年增长达8.9%。', ['8.9% change 8.9 % exact basis=yoy']],
    ['大涨达', '受消息刺激，该股盘中大涨达9.8%。', ['9.8% change 9.8 % exact']],
    ['暴跌达', '周二布油暴跌达6%。', ['6% change -6 % exact']],
    ['增速 before still wins', '社零总额增速达7.2%。', ['7.2% change 7.2 % exact']],
    ['成本高达 is a level, no move', '原材料成本占比高达62.5%。', ['62.5% percent 62.5 % exact']],
    ['计提高达 is no 提高', '该公司计提减值高达10亿元。', ['10亿元 money 1000000000 CNY exact']],
    ['达 with no direction word is a level', '国债收益率达2.35%。', ['2.35% percent 2.35 % exact']],
    ['占比达 is a level', '外资持股占比达到7.4%。', ['7.4% percent 7.4 % exact']],
    ['a one-character direction before 达 is no verb', '多头看涨达5成。', ['5成 percent 50 % exact']],
    ['a touching direction keeps its surface', '营收同比增长17.8%。', ['同比增长17.8% change 17.8 % exact basis=yoy']],
  ]);
});

describe('过 after a verb marks it as done before; it bounds only a bare multiplier (rule 11)', () => {
  run([
    ['写过', '这位分析师写过16本投资书。', ['16本 count 16 本 exact']],
    ['当过', '他先后当过5家公司的董事长。', ['5家 count 5 家 exact']],
    ['走访过', '调研组走访过200多家小微企业。', ['200多家 count 200 家 at_least']],
    ['接触过', '记者接触过三位持有人。', ['三位 count 3 位 exact']],
    ['参加过', '该基金经理参加过4次路演。', ['4次 count 4 次 exact']],
    ['发生过', '该路段发生过3起事故。', ['3起 count 3 起 exact']],
    ['获得过', '企业获得过2项专利。', ['2项 count 2 项 exact']],
    ['担任过', '他担任过两届监事。', ['两届 count 2 届 exact']],
    ['获得过亿 is a bound', '初创公司获得过亿元融资。', ['过亿元 money 100000000 CNY at_least']],
    ['增加过万 is a bound', '成交量增加过万手。', ['增加过万手 change 10000 手 at_least']],
    ['成交额过 is a bound', '单日成交额过万亿元。', ['过万亿元 money 1000000000000 CNY at_least']],
    ['票房过 is a bound', '首日票房过亿元。', ['过亿元 money 100000000 CNY at_least']],
    ['营收过 is a bound', '三家公司营收过百亿元。', ['三家 count 3 家 exact', '过百亿元 money 10000000000 CNY at_least']],
  ]);
});

describe('an English scale word after an amount with a written currency multiplies it (rule 2)', () => {
  run([
    ['$ and million', '公司拟通过私募募资$200 million。', ['$200 million money 200000000 USD exact']],
    ['US$ and billion', '此次发债规模为US$1.5 billion。', ['US$1.5 billion money 1500000000 USD exact']],
    ['$ and bn', '该行第三季度净利$3.2bn。', ['第三季度 period "XXXX-Q3" date exact', '$3.2bn money 3200000000 USD exact']],
    ['USD, a space, million', '计划发行USD 500 million优先票据。', ['USD 500 million money 500000000 USD exact']],
    ['trillion', '美债规模超过$34 trillion。', ['超过$34 trillion money 34000000000000 USD at_least']],
    ['no currency, no amount', 'IBM 500 million', []],
    ['a plain dollar amount stays', '门票$200。', ['$200 money 200 USD exact']],
  ]);
});

describe('每X, then a verb of raising or spending: what each one raised, money, not a price (rule 3)', () => {
  run([
    ['每只基金募集', '今年以来，每只新基金平均募集19.3亿元。', ['19.3亿元 money 1930000000 CNY exact']],
    ['每个项目投资', '每个项目投资不低于5000万元。', ['不低于5000万元 money 50000000 CNY at_least']],
    ['每家企业融资', '每家企业平均融资800万元。', ['800万元 money 8000000 CNY exact']],
    ['每吨 before a move is still per', '每吨上调120元。', ['上调120元 change 120 CNY exact per=吨']],
    ['每桶 before a price is still per', '每桶原油报82美元。', ['82美元 price 82 USD exact per=桶']],
    ['每股 before a price is still per', '每股发行价定在16美元。', ['16美元 price 16 USD exact per=股']],
  ]);
});

describe('speeds are counts of a compound unit (rule 6)', () => {
  run([
    ['km/h', '新线设计时速350km/h。', ['350km/h count 350 km/h exact']],
    ['米/秒', '阵风风速达到25米/秒。', ['25米/秒 count 25 米/秒 exact']],
    ['公里/小时', '该车限速120公里/小时。', ['120公里/小时 count 120 公里/小时 exact']],
    ['/h inside an English word is no per', '价格为5元/hour。', ['5元 money 5 CNY exact']],
  ]);
});

describe('days of one month joined by a link are a calendar span (rules 9 and 10)', () => {
  run([
    ['5月10-12日', '5月10-12日，论坛在深圳举行。', ['5月10-12日 period "XXXX-05-10/XXXX-05-12" date exact']],
    ['至 between the days', '9月1至3日召开年会。', ['9月1至3日 period "XXXX-09-01/XXXX-09-03" date exact']],
    ['with the year', '2024年5月10-12日举行路演。', ['2024年5月10-12日 period "2024-05-10/2024-05-12" date exact']],
    ['with 今年', '今年3月25~27日为申购期。', ['今年3月25~27日 period "XXXX-03-25/XXXX-03-27" date exact']],
    ['the day written twice still works', '6月1日至6日停牌。', ['6月1日至6日 period "XXXX-06-01/XXXX-06-06" date exact']],
    ['a later day that is earlier is no span', '5月3-1日', ['5月 date "XXXX-05" date exact', '1日 date "XXXX-XX-01" date exact']],
  ]);
});

describe('年代 is a decade and 期间 a time word: no year, duration or tenor (rules 9 and 10)', () => {
  run([
    ['90年代', '90年代以来，民营经济快速发展。', []],
    ['八十年代', '上世纪八十年代，股份制改革起步。', []],
    ['1990年代', '1990年代的债券市场规模很小。', []],
    ['年期间 is a duration without 期', '三年期间共完成投资50亿元。', ['三年 period 3 年 exact', '50亿元 money 5000000000 CNY exact']],
    ['年期内', '项目将在两年期内完工。', ['两年 period 2 年 exact']],
    ['3年期 is still a tenor', '3年期国债利率为2.38%。', ['3年期 period 3 年 exact', '2.38% percent 2.38 % exact']],
    ['个月期间', '在12个月期间内分批减持。', ['12个月 period 12 月 exact']],
  ]);
});

describe('idioms, names and heights that hold a numeral or a direction character (rules 5 and 12)', () => {
  run([
    ['判若两人', '改制前后，该公司判若两人。', []],
    ['五花八门', '理财产品名目五花八门。', []],
    ['四处', '销售人员四处奔走。', []],
    ['三次产业', '三次产业投资均有增长。', []],
    ['费城76人 is a team', '费城76人队签下两名球员。', ['两名 count 2 名 exact']],
    ['76人 of a staff is a count', '公司现有员工76人。', ['76人 count 76 人 exact']],
    ['二十四节气 is a name', '茶企结合二十四节气推出新品。', []],
    ['两头在外 is a set phrase', '两头在外的加工贸易占比下降。', []],
    ['两头 of pigs is still a count', '每户补栏两头母猪。', ['两头 count 2 头 exact']],
    ['身高 is a level', '该球员身高2.26米。', ['2.26米 count 2.26 米 exact']],
    ['楼高 is a level', '该大楼楼高300米。', ['300米 count 300 米 exact']],
    ['提高 is still a rise', '产能提高30万吨。', ['提高30万吨 change 300000 吨 exact']],
  ]);
});

describe('块 before a Latin noun counts pieces; 块 alone is yuan (rules 2 and 6)', () => {
  run([
    ['10块GPU', '一块芯片的算力相当于10块GPU。', ['10块 count 10 块 exact']],
    ['8块SSD', '服务器配有8块SSD。', ['8块 count 8 块 exact']],
    ['块 at the end is money', '花了10块。', ['10块 money 10 CNY exact']],
    ['块钱 is money', '打车花了二十块钱。', ['二十块钱 money 20 CNY exact']],
  ]);
});

describe('an amount, then 一 and a measure word of goods: a price per that measure (rule 3)', () => {
  run([
    ['元一份', '餐厅以16元一份的价格供应套餐。', ['16元 price 16 CNY exact per=份']],
    ['元一斤', '猪肉零售价涨到15元一斤。', ['15元 price 15 CNY exact per=斤']],
    ['元一晚', '民宿价格约500元一晚。', ['约500元 price 500 CNY approx per=晚']],
    ['元一张', '门票售价80元一张。', ['80元 price 80 CNY exact per=张']],
    ['一个月 is a duration, no measure of goods', '月租3000元一个月。', ['3000元 money 3000 CNY exact', '一个月 period 1 月 exact']],
    ['一次性 is no measure', '奖励1000元一次性发放。', ['1000元 money 1000 CNY exact']],
    ['亿 amounts are no unit prices', '投资5亿元一期工程。', ['5亿元 money 500000000 CNY exact']],
  ]);
});

describe('a four-digit year from 1800 before 年 is a date, not a duration (rule 9)', () => {
  run([
    ['1860年', '1860年第二次鸦片战争时，海关税收锐减。', ['1860年 date "1860" date exact']],
    ['1895年 before 的', '1895年的关税协定影响深远。', ['1895年 date "1895" date exact']],
    ['a longer span stays a duration', '这家老字号已传承1500年。', ['1500年 period 1500 年 exact']],
    ['3000年前 stays a duration', '遗址距今约3000年。', ['约3000年 period 3000 年 approx']],
  ]);
});

describe('a move restated in another unit after 或 is the same move (rule 5)', () => {
  run([
    ['美分或%', '美油期货下跌4美分或不到0.1%。', ['下跌4美分 change -0.04 USD exact', '不到0.1% change -0.1 % at_most']],
    ['美分或% up', '布油上涨7美分或0.1%。', ['上涨7美分 change 0.07 USD exact', '0.1% change 0.1 % exact']],
    ['点或%', '道指下跌215.3点或0.6%。', ['下跌215.3点 change -215.3 点 exact', '0.6% change -0.6 % exact']],
    ['收涨 点或%', '纳指收涨48点或0.3%。', ['收涨48点 change 48 点 exact', '0.3% change 0.3 % exact']],
    ['the basis carries too', '净利润同比增长6%或2亿元。', ['同比增长6% change 6 % exact basis=yoy', '2亿元 change 200000000 CNY exact basis=yoy']],
    ['或 as "may" is no restatement', '全年营收或达5亿元。', ['5亿元 money 500000000 CNY exact']],
  ]);
});

describe('至今年 runs to a month of this year; 至今 alone is until now (rule 10)', () => {
  run([
    ['去年11月至今年6月', '自去年11月至今年6月，指数上涨。', ['去年11月至今年6月 period "XXXX-11/XXXX-06" date exact']],
    ['1月至今年3月', '1月至今年3月累计新增贷款8万亿元。', ['1月至今年3月 period "XXXX-01/XXXX-03" date exact', '8万亿元 money 8000000000000 CNY exact']],
    ['至今 stays until now', '自去年11月至今，指数上涨。', ['去年11月至今 period "XXXX-11/NOW" date exact']],
    ['a year to now', '2019年至今，公司累计分红12亿元。', ['2019年至今 period "2019/NOW" date exact', '12亿元 money 1200000000 CNY exact']],
  ]);
});

describe('quote words and names of market news (rules 3 and 12)', () => {
  run([
    ['收盘于 is a share quote', '该股周三收盘于5.24元。', ['5.24元 price 5.24 CNY exact per=股']],
    ['报收于 is a share quote', '该股报收于12.8元。', ['12.8元 price 12.8 CNY exact per=股']],
    ['两桶油 names the two oil majors', '“两桶油”午后拉升。', []],
    ['桶 of oil is still a count', '日产原油两桶。', ['两桶 count 2 桶 exact']],
  ]);
});

describe('digits after 亿 with no multiplier of their own start a new number (rule 13)', () => {
  run([
    ['a headline run into its date', '去年全国收费公路亏损1321亿2016/07/01', ['2016/07/01 date "2016-07-01" date exact']],
    ['亿 and 万 still join', '营收1亿2000万元。', ['1亿2000万元 money 120000000 CNY exact']],
    ['亿 and Chinese 千万 still join', '融资3亿5千万元。', ['3亿5千万元 money 350000000 CNY exact']],
  ]);
});

describe('market-wrap words of a move (rule 5)', () => {
  run([
    ['狂泻', '两周以来沪指狂泻1200点。', ['两周 period 2 周 exact', '狂泻1200点 change -1200 点 exact']],
    ['暴泻', '创业板指暴泻8%。', ['暴泻8% change -8 % exact']],
    ['跌掉', '开盘后该股迅速跌掉5%。', ['跌掉5% change -5 % exact']],
    ['增加幅度 is a growth noun', '增持市值的增加幅度为85.2%。', ['85.2% change 85.2 % exact']],
    ['上涨幅度', '菜价上涨幅度为6.1%。', ['6.1% change 6.1 % exact']],
    ['减少幅度 is negative', '库存减少幅度为12%。', ['12% change -12 % exact']],
    ['以…的涨幅', '该股以10.01%的涨幅领涨两市。', ['10.01% change 10.01 % exact']],
    ['以…的跌幅 is negative', '该板块以4.2%的跌幅垫底。', ['4.2% change -4.2 % exact']],
    ['以…的跌幅 with a written sign', '该股以-61.5%的跌幅居首。', ['-61.5% change -61.5 % exact']],
    ['以…的增速', '该省以7.9%的增速领跑。', ['7.9% change 7.9 % exact']],
    ['a percent before 的 and another noun stays a level', '持股5%的股东减持。', ['5% percent 5 % exact']],
    ['下破 is 跌破', '沪指盘中下破3500点。', ['下破3500点 price 3500 点 at_most']],
  ]);
});

describe('words that hold a bound but bound nothing here (rule 1)', () => {
  run([
    ['最高时 is a time, not a bound', '股价由最高时的88元跌至30元。', ['88元 price 88 CNY exact per=股', '30元 price 30 CNY exact per=股']],
    ['看不到 is no 不到', '谁也看不到距港口仅40公里的优势。', ['40公里 count 40 公里 exact']],
    ['找不到 is no 不到', '投资者找不到收益超过4%的产品。', ['超过4% percent 4 % at_least']],
    ['不到 still bounds', '净利润不到5000万元。', ['不到5000万元 money 50000000 CNY at_most']],
    ['a separated 不到 still bounds', '其营收规模不到同行的30%。', ['30% percent 30 % at_most']],
  ]);
});

describe('spoken 个亿 and year lists (rules 2 and 9)', () => {
  run([
    ['N个亿', '这家公司去年亏了3个亿。', ['3个亿 money 300000000 CNY exact implicit']],
    ['十几个亿', '他先后投资了十几个亿。', ['十几个亿 money 1000000000 CNY at_least implicit']],
    ['个 of a count is still a count', '当地上马了十个项目。', ['十个 count 10 个 exact']],
    ['two years with 年 once', '早在2005、2006年，公司就已布局。', ['2005 date "2005" date exact', '2006年 date "2006" date exact']],
    ['three years with 年 once', '2013、2014、2015年营收连续增长。', ['2013 date "2013" date exact', '2014 date "2014" date exact', '2015年 date "2015" date exact']],
    ['codes in a list are no years', '涉及600519、000001两只股票。', ['两只 count 2 只 exact']],
  ]);
});

describe('a headline that runs two numbers together reads them apart (rule 13)', () => {
  run([
    ['万亿 then 七成', '去年A股市值增1.5万亿七成散户仍亏损', ['七成 percent 70 % exact']],
    ['万 then 四倍', '股民借150万三倍杠杆入市', ['三倍 multiple 3 x exact']],
    ['万 then 五千 still joins', '奖金三万五千元。', ['三万五千元 money 35000 CNY exact']],
    ['亿场外 is no count of 场', '5000亿场外配资待清理', []],
  ]);
});

describe('moving averages and quotes at the close (rules 3 and 10)', () => {
  run([
    ['30周均线 is a line, no duration', '沪指跌破30周均线。', []],
    ['N周 is still a duration', '指数连续3周上涨。', ['3周 period 3 周 exact']],
    ['收盘 before an amount quotes a share', '该股昨日收盘38.7元。', ['38.7元 price 38.7 CNY exact per=股']],
    ['收盘 before an index level', '上证指数收盘3050点。', ['3050点 price 3050 点 exact']],
    ['最低时 is the trough, no bound', '最低时仓位仅有七成。', ['七成 percent 70 % exact']],
  ]);
});

describe('headline segments joined by a space (rules 5 and 13)', () => {
  run([
    ['a one-character direction before a space ends another word', '港股承压 反弹动能衰减 两条主线', ['两条 count 2 条 exact']],
    ['a direction word across one space still moves', '贷款利率下降 0.2个百分点', ['下降 0.2个百分点 change -0.2 pp exact']],
    ['块 before a pronoun is yuan', '拉面涨到12块我都不敢吃了', ['12块 money 12 CNY exact']],
  ]);
});

describe('年代 only names a decade when 代 starts no other word (rule 9)', () => {
  run([
    ['1992年代理人 is the year 1992', '自1992年代理人模式引入以来，渠道迅速扩张。', ['1992年 date "1992" date exact']],
    ['3年代表 keeps the duration', '他连任3年代表。', ['3年 period 3 年 exact']],
    ['80年代 is a decade', '80年代的老照片', []],
  ]);
});

describe('an amount that names a high or a low of its own is a share quote (rule 3)', () => {
  run([
    ['的高位', '该股盘中一度冲到了88.6元的高位。', ['88.6元 price 88.6 CNY exact per=股']],
    ['的历史高点', '该股去年涨到130.5元的历史高点。', ['130.5元 price 130.5 CNY exact per=股']],
    ['a commodity keeps its own unit', '现货黄金涨至2450美元的历史新高。', ['2450美元 price 2450 USD exact per=盎司']],
    ['a money noun keeps it money', '人均收入达到5000元的新高。', ['5000元 money 5000 CNY exact']],
    ['亿 amounts stay money', '营收达到12亿元的新高。', ['12亿元 money 1200000000 CNY exact']],
  ]);
});
