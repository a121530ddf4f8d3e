// The words around a number that decide what figure it is: qualifiers, direction
// words, bases, quote and FX words, names. Pure data; extract.ts and context.ts
// apply it. Units and currencies are in unit-words.ts.
import { WordTable } from './lookup';
import type { Qualifier } from './types';

/** Qualifier prefixes that join the surface when they touch the number. */
export const qualifierPrefix = new WordTable<Qualifier>([
  ['约', 'approx'], ['约合', 'approx'], ['大约', 'approx'], ['大概', 'approx'],
  ['近', 'at_most'], ['将近', 'at_most'], ['接近', 'at_most'], ['不到', 'at_most'], ['不足', 'at_most'],
  ['不高于', 'at_most'], ['不超过', 'at_most'], ['最多', 'at_most'], ['最高', 'at_most'], ['跌破', 'at_most'],
  // news shorthand for 不超过 and 最多 (不超3亿元, 至多5%): without them 不超 read as 超, a lower bound
  ['不超', 'at_most'], ['至多', 'at_most'],
  ['超', 'at_least'], ['超过', 'at_least'], ['逾', 'at_least'], ['突破', 'at_least'], ['至少', 'at_least'],
  ['不低于', 'at_least'], ['不少于', 'at_least'], ['最低', 'at_least'], ['过', 'at_least'], ['涨破', 'at_least'],
  // 下破3700点 is 跌破 in other words.
  ['下破', 'at_most'],
  // 上破1.6% is 突破 in other words, as 下破 is 跌破.
  ['升破', 'at_least'], ['上破', 'at_least'], ['冲破', 'at_least'], ['破', 'at_least'],
]);
/** Characters before 破 that make it another verb (打破纪录, 击破). */
export const notPoBefore = new Set('打击攻爆看识残');
/** Characters before 过 that make it part of a verb (通过, 经过, 超过 is matched whole). */
export const notGuoBefore = new Set('通经越度跨错不难看做去有没曾闯渡胜高穿路走挺熬用想说听见');
/**
 * Verbs that 过 marks as done before (写过16本书, 当过5所中学的校长, 走访过100多名学生): 过 is then no
 * bound, unless a bare multiplier follows, which only a bound takes (获得过亿元融资, 增加过万手).
 */
export const doneBeforeGuo = new Set('写当访触任办拿获得加吃住养教读演拍搬换参历遇碰试学干玩坐到来打患生发出');

/** Qualifiers that do not touch the number (约为135亿元, 上限为每股32.5元, 不超过项目总投资的30%). */
export const qualifierSeparated = new WordTable<Qualifier>([
  ['约为', 'approx'], ['约占', 'approx'], ['约有', 'approx'], ['约达', 'approx'], ['大约', 'approx'], ['大概', 'approx'],
  ['约是', 'approx'], ['最高', 'at_most'], ['最多', 'at_most'], ['至多', 'at_most'], ['上限', 'at_most'], ['不超过', 'at_most'],
  ['不高于', 'at_most'], ['不到', 'at_most'], ['不足', 'at_most'],
  ['最低', 'at_least'], ['下限', 'at_least'], ['至少', 'at_least'], ['不低于', 'at_least'], ['不少于', 'at_least'],
  ['超过', 'at_least'], ['最长', 'at_most'], ['最短', 'at_least'],
  // A bound stated as what will not happen (不会超过1万美元, 不得低于3万元): the qualifier stays outside the surface.
  ...(['会', '得', '能', '应', '可', '宜', '应当'] as const).flatMap((m) => [[`不${m}超过`, 'at_most'], [`不${m}高于`, 'at_most'],
    [`不${m}低于`, 'at_least'], [`不${m}少于`, 'at_least']] as const),
  // 高于, 低于, 多于 and 少于 are comparisons, not bounds (README rule 11 does not list them):
  // in 低于市场预期的2.5% or 高于行业平均的20倍 the number is the other side's exact value.
]);
/** Characters before 约 that make it another word (合约, 签约, 预约 …). */
export const notYueBefore = new Set('合签预制节公条契协规违履邀特相婚租简缩集要缔践守失赴');

/** Qualifier suffixes that join the surface. */
export const qualifierSuffix = new WordTable<Qualifier>([
  ['左右', 'approx'], ['上下', 'approx'], ['以上', 'at_least'], ['（含）以上', 'at_least'], ['(含)以上', 'at_least'],
  ['以下', 'at_most'], ['（含）以下', 'at_most'], ['(含)以下', 'at_most'], ['以内', 'at_most'],
  // 90平方米及以下, 3年及以上: like （含）以下 (REAL-DEV keeps 及以下 in the surface).
  ['及以下', 'at_most'], ['及以上', 'at_least'],
  // 500万元（不含）以下: the bound left out is still a bound, like （含）以下.
  ['（不含）以下', 'at_most'], ['(不含)以下', 'at_most'], ['（不含）以上', 'at_least'], ['(不含)以上', 'at_least'],
  ['（含本数）以上', 'at_least'], ['（含本数）以下', 'at_most'],
]);
export const notSuffixWords = new WordTable<true>(['上下游', '以上简称', '以下简称', '上下午'].map((w) => [w, true] as const));

/** Direction words: +1 up, -1 down, 0 a word that only looks like one (新增, 增持). */
export const directionWords = new WordTable<number>([
  ...(['增长', '增加', '增', '上涨', '涨', '上升', '升', '提高', '提升', '加快', '高出', '高', '多增', '调升', '上调', '调高',
    '上浮', '加息', '收涨', '大涨', '暴涨', '飙升', '飙涨', '猛涨', '猛增', '激增', '大增', '暴增', '攀升', '上扬', '回升',
    '反弹', '走高', '上行', '扩大', '增产', '放量', '升值', '上修', '递增', '高开', '拉升', '跳涨', '大幅增长', '多出',
    '超出', '劲升', '走强', '跃升', '收高', '走扬', '扩张', '猛升', '上冲', '回暖', '剧增', '骤增', '陡增', '放大', '增大',
    '成长', '跑赢',
    // A net increase of a stock is its movement (用户净增120万户); a net flow (净买入) is money, README rule 2.
    '净增', '净增加', '净增长', '抬升', '推高', '拉高', '冲高', '跳升', '扩增', '调增', '上探', '狂涨', '急涨', '急升',
    '劲增', '大升', '增多', '增收', '升高',
    // A closing move like 收涨, and strong verbs like 暴涨 (REAL-DEV); a modifier such as 略, 微, 累 or 续 stays out of the surface.
    '收升', '劲涨', '陡升', '骤升', '狂飙', '提速'] as const).map((w) => [w, 1] as const),
  ...(['下降', '下跌', '跌', '减少', '减', '降', '降低', '下滑', '回落', '下挫', '下行', '收窄', '缩窄', '少增', '下调',
    '调降', '调低', '下浮', '降息', '降准', '收跌', '大跌', '暴跌', '重挫', '骤降', '锐减', '大减', '缩减', '萎缩', '缩水',
    '缩量', '减产', '贬值', '下修', '递减', '低开', '走低', '放缓', '回调', '跳水', '下探', '低', '跌去',
    '走弱', '收低', '缩小', '负增长', '跌落', '削减', '骤减', '滑落', '下降了', '下滑了', '衰退', '跑输',
    '净减', '净减少', '直降', '大降', '狂跌', '急跌', '急降', '回吐', '压降', '压缩', '收缩', '调减', '核减', '减小', '下移',
    '暴降', '狂降', '陡降', '跌去了', '减收', '降低了', '回撤',
    // 狂泻1400点, 跌掉4%: market-wrap verbs of a fall.
    '狂泻', '暴泻', '急泻', '下泻', '跌掉',
    '收降', '劲跌', '猛跌', '减慢', '放慢',
    // An FX fixing moves by 调贬 / 调升 (中间价调贬64个基点).
    '调贬', '贬'] as const).map((w) => [w, -1] as const),
  ['多', 2], ['少', -2],
  ...(['新增', '增持', '减持', '增资', '减资', '增发', '最低', '最高', '不低', '不高', '较低', '较高', '偏低',
    '偏高', '最少', '至少', '不少', '多少', '减免', '降价', '涨价', '提价', '高达', '低至', '高于', '低于', '增值', '转增', '定增', '送转', '扣减', '抵减',
    // Words that hold a direction word but name a thing, not a movement (航线起降, 升级版, 下降通道, 增长极).
    '起降', '升降', '空降', '迫降', '降落', '升级', '升学', '升职', '增长极', '成长型', '增长型', '成长股', '下降通道', '上升通道',
    '涨跌', '高低', '增减',
    // A height is a level, not a rise (身高1.45米, 楼高300米).
    '身高', '楼高', '层高', '标高',
    // 创历史新高2450美元, 距前高1.75%: a record or the last peak's level, not a movement.
    '新高', '新低', '前高', '前低'] as const)
    .map((w) => [w, 0] as const),
]);

/** Growth-rate nouns: the figure is a change even without a direction verb (增幅为6.3%); 跌幅/降幅 are negative. */
export const growthNouns = new WordTable<number>([
  ['增速', 1], ['增幅', 1], ['涨幅', 1], ['升幅', 1], ['增长率', 1], ['增长幅度', 1], ['增长速度', 1], ['涨跌幅', 1],
  ['年增率', 1], ['月增率', 1], ['年成长率', 1], ['增加幅度', 1], ['上涨幅度', 1], ['上升幅度', 1], ['减少幅度', -1], ['跌幅', -1], ['降幅', -1], ['减幅', -1], ['下降幅度', -1], ['下跌幅度', -1], ['下滑幅度', -1], ['回落幅度', -1],
]);

/** 同比 / 环比 and the comparisons that mean the same (比上年, 较上月). */
export const basisWords = new WordTable<'yoy' | 'mom'>([
  ['同比', 'yoy'], ['环比', 'mom'], ['比上年', 'yoy'], ['较上年', 'yoy'], ['比去年', 'yoy'], ['较去年', 'yoy'],
  ['比上年同期', 'yoy'], ['较上年同期', 'yoy'], ['比去年同期', 'yoy'], ['较去年同期', 'yoy'], ['较上年度', 'yoy'],
  ['与上年同期相比', 'yoy'], ['与去年同期相比', 'yoy'], ['和去年同期相比', 'yoy'], ['较上季度', 'mom'], ['比上季度', 'mom'],
  ['较上一季度', 'mom'], ['比上一季度', 'mom'], ['比上月', 'mom'], ['较上月', 'mom'], ['比前一月', 'mom'], ['较前一月', 'mom'], ['较上个月', 'mom'], ['比上个月', 'mom'],
  // The year before, however it is named (上一年, 上一财年, 去年全年), is a year-on-year basis.
  ['较上一年', 'yoy'], ['比上一年', 'yoy'], ['较前一年', 'yoy'], ['比前一年', 'yoy'], ['较上一年度', 'yoy'], ['比上一年度', 'yoy'],
  ['较上一财年', 'yoy'], ['比上一财年', 'yoy'], ['较上财年', 'yoy'], ['比上财年', 'yoy'], ['较上个财年', 'yoy'], ['较前一财年', 'yoy'],
  ['较去年全年', 'yoy'], ['比去年全年', 'yoy'], ['较上年全年', 'yoy'], ['比上年全年', 'yoy'], ['与上年相比', 'yoy'], ['与去年相比', 'yoy'],
  ['与上一年同期相比', 'yoy'],
  // A month-end stock against the month-end before (较上月末增加16万盎司) is month on month.
  ['较上月末', 'mom'], ['比上月末', 'mom'],
  ['较上一个月', 'mom'], ['比上一个月', 'mom'], ['较前一个月', 'mom'], ['比前一个月', 'mom'], ['较上一月', 'mom'], ['比上一月', 'mom'], ['较前月', 'mom'], ['较上个季度', 'mom'],
  ['比上个季度', 'mom'], ['较前一季度', 'mom'], ['比前一季度', 'mom'], ['较上季', 'mom'], ['比上季', 'mom'],
  // Hong Kong usage: 按年 = 同比, 按月 / 按季 = 环比.
  ['按年', 'yoy'], ['按月', 'mom'], ['按季', 'mom'],
  // Taiwan usage: 年增率 / 月增率 are growth rates with their basis built in.
  ['年增率', 'yoy'], ['年成长率', 'yoy'], ['月增率', 'mom'],
]);

/** Words before a money amount that make it a per-share quote (收盘报1688元). */
export const quoteWords = new WordTable<true>(
  ['报', '收报', '报收', '收于', '收盘报', '收盘于', '报收于', '开盘于', '收盘', '股价', '收盘价', '开盘价', '发行价', '最新价', '现价', '股价报', '报价'].map(
    (w) => [w, true] as const,
  ),
);
/** Subjects that fix what a quoted price is per (比特币 → 枚, 原油 → 桶). */
export const commodityPer = new WordTable<string>([
  ['比特币', '枚'], ['以太坊', '枚'], ['原油', '桶'], ['油价', '桶'], ['布伦特', '桶'], ['WTI', '桶'], ['黄金', '盎司'],
  ['金价', '盎司'], ['白银', '盎司'], ['银价', '盎司'], ['伦敦金', '盎司'], ['纽约金', '盎司'], ['伦敦银', '盎司'], ['现货金', '盎司'], ['基金', '份'], ['净值', '份'], ['单位净值', '份'], ['万份收益', '万份'],
]);
/**
 * A price named by its unit (折合升价, 吨价, 克价): an amount after it in the sentence is per that
 * unit, as in 每吨下调100元，折合升价下调0.09元 (REAL-DEV's fuel-price convention).
 */
export const unitPriceWords = new WordTable<string>([['升价', '升'], ['吨价', '吨'], ['克价', '克'], ['斤价', '斤'], ['桶价', '桶']]);
/** Subjects that make an amount a price by themselves, with no 价 in the clause (单位净值为1.02元, 万份收益0.4元). */
export const selfQuotingSubjects = new Set(['净值', '单位净值', '万份收益']);
/** Nouns after an amount that make it a share price (45-52港元的目标价, 20元的发行价). */
export const sharePriceNounsAfter = new WordTable<true>(
  ['目标价', '目标股价', '发行价', '股价', '收盘价', '开盘价', '行权价', '转股价', '回购价', '增发价', '配股价', '定增价'].map(
    (w) => [w, true] as const,
  ),
);
/** Verbs of spending or raising just before a bare 亿 amount: it is money (斥资近63亿, 募资12亿). */
export const moneyVerbs = new WordTable<true>(
  ['斥资', '耗资', '出资', '投资', '募资', '融资', '筹资', '花费', '作价', '砸', '豪掷', '拿出', '投入', '募集', '筹集'].map((w) => [w, true] as const),
);
/** Money nouns after 的 that make the bare 亿 amount before them money (8.5亿的底价). */
export const moneyNounsAfter = new WordTable<true>(
  ['底价', '价格', '价款', '资金', '金额', '投资', '收入', '营收', '利润', '成本', '市值', '估值', '贷款', '订单', '预算', '补贴', '罚款', '对价'].map(
    (w) => [w, true] as const,
  ),
);
/** Nouns naming a sum of money: a bare amount right after them is yuan (总价150万, 首付30万, 月薪8000). */
export const moneySumNouns = new WordTable<true>(
  ['总价', '总价款', '首付', '首付款', '售价', '月供', '月薪', '年薪', '底薪', '租金', '月租', '奖金', '罚款', '赔偿', '补偿款', '房款', '成交价', '起拍价'].map(
    (w) => [w, true] as const,
  ),
);
/** Money nouns that make the bare 亿 amount before them money even with no 的 (数百亿资金, 300亿贷款). */
export const moneyNounsTouching = new WordTable<true>(
  ['资金', '贷款', '投资', '补贴', '预算', '罚款', '对价', '价款', '现金', '存款', '外资', '热钱', '管理费', '手续费', '佣金', '薪酬', '奖金', '利息'].map(
    (w) => [w, true] as const,
  ),
);
/** Land and house prices, per 平方米 even when the text does not say so (楼面地价达7000元). */
export const areaPriceNouns = new WordTable<true>(['楼面价', '楼面地价', '楼板价', '地面价', '房价', '房屋均价'].map((w) => [w, true] as const));
/**
 * A home's price per area is named by the words of any price (开盘价, 均价, 单价); it is one only
 * when the sentence is about homes (楼盘, 新房, 住宅 …): 预计该楼盘开盘价不低于3万元 (REAL-DEV).
 */
export const homePriceNouns = new WordTable<true>(['开盘价', '均价', '成交均价', '单价', '备案价', '开盘均价'].map((w) => [w, true] as const));
export const homeWords = new WordTable<true>(['楼盘', '新房', '二手房', '住宅', '商品房', '新盘', '房源', '楼市', '项目开盘'].map((w) => [w, true] as const));

/** Words that make a bare decimal an exchange-rate quote (中间价报7.1028). */
export const fxWords = new WordTable<true>(['人民币', '汇率', '中间价', '兑'].map((w) => [w, true] as const));

/**
 * Nouns that name the measure word of a bare number after them (观影人次为1.87亿 → 人次,
 * 常住人口达2100万 → 人): the number is a count with an implicit unit.
 */
export const implicitCountNouns = new WordTable<string>([
  ['人次', '人次'], ['人数', '人'], ['人口', '人'], ['户数', '户'], ['家数', '家'], ['股数', '股'], ['只数', '只'],
  ['架次', '架次'], ['车次', '车次'], ['辆次', '辆次'], ['笔数', '笔'], ['件数', '件'], ['台数', '台'], ['手数', '手'],
]);
/** What may stand between such a noun and its number (为, 达到, 累计达 …); qualifiers touching the number are read apart. */
export const implicitCountLinks = new Set(['', '为', '是', '达', '达到', '已达', '已达到', '有', '仅', '仅为', '只有', '共', '共计',
  '合计', '累计', '累计达', '在', '约为', '约有', '约达', '高达', '多达', '已', '已经', '已超', '升至', '增至', '降至', '减至']);

/** Prefixes that belong to a duration (近三年, 未来6个月, 过去5年): part of it, not a qualifier (README rule 10). */
export const durationPrefix = new WordTable<true>(['近', '最近', '过去', '未来', '前', '今后'].map((w) => [w, true] as const));
/**
 * Words that end in 前, 后 or 近 and take that character away from the number after them
 * (目前10年期国债, 此前3个月, 提前5天, 附近30公里): it is then no time prefix or qualifier.
 */
export const endsInTimeWord = new WordTable<true>(
  // Not 日前, 节前 …: in 基准日前20个交易日 or 春节前3天 the 前 is the number's own.
  ['目前', '此前', '之前', '以前', '提前', '当前', '先前', '从前', '事前', '空前', '眼前', '面前', '向前', '超前',
    '早前', '稍前', '跟前', '之后', '此后', '以后', '然后', '随后',
    '其后', '而后', '事后', '稍后', '日后', '落后', '滞后', '延后', '推后', '最后', '背后', '前后', '附近', '临近', '靠近',
    '邻近', '贴近', '就近', '走近', '亲近', '将近', '接近', '最近', '逼近'].map((w) => [w, true] as const),
);
/** Relative words attached to a date (今年12月31日, 明年3月). */
export const relativeYear = new WordTable<true>(['今年', '明年', '去年', '前年', '后年', '上年', '本年'].map((w) => [w, true] as const));
/** Relative words attached to a day of the month (本月18日, 下月5日: README rule 9's relative words). */
export const relativeMonth = new WordTable<true>(['本月', '上月', '下月', '当月', '次月', '上个月', '下个月', '这个月'].map((w) => [w, true] as const));

/** Words before 一 + measure word that make it a count (仅一只, 其中一笔), not an article (一家公司表示). */
export const countFocusWords = new WordTable<true>(
  ['仅', '只', '仅有', '只有', '仅剩', '只剩', '共', '共有', '共计', '合计', '累计', '总计', '其中', '另有', '还有', '各', '均为',
    '仅为', '只为', '剩下', '剩余'].map((w) => [w, true] as const),
);

/** Names and set phrases that contain a numeral and a measure word but are no figure. */
export const notFigureNames = new WordTable<true>(
  [
    '三只松鼠', '七匹狼', '三棵树', '六个核桃', '三元股份', '三元食品', '七台河', '九台', '三个代表', '两个维护', '两个确立',
    '四个自信', '四个意识', '两个一百年', '八项规定', '三条红线', '五位一体', '三位一体', '四位一体', '一条龙', '三家分晋',
    '千家万户', '一年一度', '一年四季', '一年半载', '九州通', '三一重工', '五粮液', '九阳', '一心堂', '两面针', '三花智控', '万家基金', '千禾味业', '九牧王',
    // 三元 of ternary batteries and crossbred pigs, 二元 of binary options: 元 is no yuan there.
    '三元锂', '三元电池', '三元材料', '三元正极', '三元前驱体', '外三元', '内三元', '二元结构', '二元期权', '一元化',
    // A band's name and the three guarantees of a warranty (包修, 包换, 包退).
    '五月天', '三包',
    // Idioms and words that hold a numeral and a measure word (判若两人, 五花八门, 四处 "everywhere",
    // 三次产业 "the three sectors"), and a team named for a number (费城76人).
    '判若两人', '五花八门', '四处', '三次产业', '费城76人', '76人队', '二十四节气', '两头在外', '两桶油',
  ].map((w) => [w, true] as const),
);

/** Index families whose names end in a number (上证50, 科创50, 沪深300, 标普500, 日经225): that number is no figure. */
export const indexNamePrefixes = new WordTable<true>(
  ['上证', '深证', '沪深', '中证', '科创', '创业板', '北证', '国证', '恒生', '标普', '纳斯达克', '纳指', '日经', '富时', '罗素',
    '道琼斯', '斯托克', '深成'].map((w) => [w, true] as const),
);

/** Links between the two ends of a range (10%至15%, 3-4亿元, 6500~7000人次, 2020—2022年). */
export const RANGE_LINK = new Set('至到-－~～〜—–');

/** 每10股转增4股, 10股送3股: verbs between the two share counts of a bonus-share ratio. */
export const BONUS_VERBS = new WordTable<true>(
  ['转增', '送', '送红股', '送股', '配售', '配', '转', '派送', '转增股本', '获转增', '获送', '可配售', '配售股份', '送转'].map(
    (w) => [w, true] as const,
  ),
);

/** Clause boundaries for the context windows. */
export const CLAUSE_BREAK = new Set('，,；;。！？!?：:\n\r（）()【】“”"');
