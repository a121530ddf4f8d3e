// The words around a number that decide what figure it is: currencies, units,
// qualifiers, direction words, bases. Pure data; extract.ts and context.ts apply it.
import { WordTable } from './lookup';
import type { Qualifier } from './types';

/** Currency written after the number (亿美元, 万亿日元, 枚比特币). [word, ISO code, factor power of ten]. */
const CURRENCY_SUFFIX: [string, string, number?][] = [
  ['元', 'CNY'], ['块', 'CNY'], ['块钱', 'CNY'], ['元钱', 'CNY'], ['人民币', 'CNY'], ['元人民币', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['美分', 'USD', -2],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港仙', 'HKD', -2], ['元港币', 'HKD'],
  ['欧元', 'EUR'], ['欧分', 'EUR', -2], ['日元', 'JPY'], ['日圆', 'JPY'], ['日币', 'JPY'],
  ['英镑', 'GBP'], ['英磅', 'GBP'], ['新台币', 'TWD'], ['台币', 'TWD'], ['韩元', 'KRW'], ['韩币', 'KRW'],
  ['泰铢', 'THB'], ['卢布', 'RUB'], ['俄罗斯卢布', 'RUB'], ['澳元', 'AUD'], ['澳大利亚元', 'AUD'], ['澳币', 'AUD'],
  ['新元', 'SGD'], ['新加坡元', 'SGD'], ['新币', 'SGD'], ['瑞士法郎', 'CHF'], ['瑞郎', 'CHF'], ['法郎', 'CHF'],
  ['奈拉', 'NGN'], ['尼日利亚奈拉', 'NGN'], ['比特币', 'BTC'], ['枚比特币', 'BTC'], ['个比特币', 'BTC'],
  ['以太币', 'ETH'], ['以太坊', 'ETH'], ['枚以太坊', 'ETH'],
  ['加元', 'CAD'], ['加拿大元', 'CAD'], ['加币', 'CAD'], ['新西兰元', 'NZD'], ['纽元', 'NZD'],
  ['卢比', 'INR'], ['印度卢比', 'INR'], ['印尼盾', 'IDR'], ['印度尼西亚盾', 'IDR'], ['越南盾', 'VND'],
  ['林吉特', 'MYR'], ['马来西亚林吉特', 'MYR'], ['令吉', 'MYR'], ['菲律宾比索', 'PHP'], ['墨西哥比索', 'MXN'],
  ['阿根廷比索', 'ARS'], ['智利比索', 'CLP'], ['哥伦比亚比索', 'COP'], ['比索', 'MXN'],
  ['雷亚尔', 'BRL'], ['巴西雷亚尔', 'BRL'], ['兰特', 'ZAR'], ['南非兰特', 'ZAR'], ['里拉', 'TRY'], ['土耳其里拉', 'TRY'],
  ['瑞典克朗', 'SEK'], ['挪威克朗', 'NOK'], ['丹麦克朗', 'DKK'], ['捷克克朗', 'CZK'], ['迪拉姆', 'AED'],
  ['阿联酋迪拉姆', 'AED'], ['沙特里亚尔', 'SAR'], ['里亚尔', 'SAR'], ['卡塔尔里亚尔', 'QAR'], ['澳门元', 'MOP'],
  ['澳门币', 'MOP'], ['埃及镑', 'EGP'], ['坚戈', 'KZT'], ['哈萨克斯坦坚戈', 'KZT'], ['兹罗提', 'PLN'],
  ['波兰兹罗提', 'PLN'], ['福林', 'HUF'], ['匈牙利福林', 'HUF'], ['谢克尔', 'ILS'], ['新谢克尔', 'ILS'],
  ['格里夫纳', 'UAH'], ['塔卡', 'BDT'], ['巴基斯坦卢比', 'PKR'], ['斯里兰卡卢比', 'LKR'], ['缅元', 'MMK'],
  ['基普', 'LAK'], ['瑞尔', 'KHR'], ['图格里克', 'MNT'], ['第纳尔', 'KWD'], ['科威特第纳尔', 'KWD'], ['索尔', 'PEN'],
];
export const currencySuffix = new WordTable(CURRENCY_SUFFIX.map(([w, code, pow]) => [w, { code, pow: pow ?? 0 }] as const));

/** Currency written before the number (人民币8亿元, 港币三千二百五十元, US$5). */
export const currencyPrefix = new WordTable<string>([
  ['人民币', 'CNY'], ['港币', 'HKD'], ['港元', 'HKD'], ['新台币', 'TWD'], ['台币', 'TWD'], ['美元', 'USD'], ['美金', 'USD'],
  ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'], ['韩元', 'KRW'], ['澳门币', 'MOP'], ['卢布', 'RUB'],
  ['RMB', 'CNY'], ['US$', 'USD'], ['HK$', 'HKD'], ['$', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'],
]);

/** Words that start with a currency or unit character but are something else (2024元旦, 一成不变). */
export const notUnitWords = new WordTable<true>(
  [
    '元旦', '元宵', '元年', '元户', '元宇宙', '元素', '元老', '元首', '元件', '元器件', '元气', '元月',
    '成交', '成为', '成本', '成立', '成功', '成员', '成果', '成熟', '成长', '成都', '成不变', '成绩', '成型', '成品',
    '折合', '折旧', '折扣', '折算', '折价', '折叠', '折射', '折返', '折腾',
    '部门', '部分', '部署', '人民', '名义', '名单', '台湾', '台阶', '次日', '单日', '单位', '单价', '条件', '条例', '条款',
    '只是', '只有', '只要', '只能', '位于', '项目', '件事', '家庭', '家族', '家电', '户籍', '张家', '所以', '所有', '所得',
    '手机', '手续', '手段', '股东', '股份', '股权', '股票', '股价', '股市', '点钟', '点半', '点多', '倍数', '倍增',
    '份额', '轮番', '场景', '种类', '间隔', '处理', '座谈', '部件', '件套', '部委', '位一体', '本次', '本期', '本轮', '本届', '本年', '本月', '本周', '本身', '本土', '首次', '首批', '首个', '首家', '首都', '首日', '首发', '集团', '集中', '集体', '类似', '班子', '双方', '双向', '度过', '本金', '首付', '单边', '首席', '本报', '首款', '班级', '集合', '类型', '本人', '双重', '粒度', '起来', '起步', '起点', '起诉', '起草', '起飞', '起源', '起售', '起拍',
  ].map((w) => [w, true] as const),
);

export type CountUnit = { unit: string; /** Needs Arabic digits or a multiplier (二手房 is not 2 手). */ arabicOnly?: boolean };

/** Measure words and physical units of counts (value in base units). */
const COUNT_UNITS: [string, CountUnit][] = [
  ...'家个只户人名位辆台套艘架列条项份张件笔次种座所间栋幢处款部批支根片颗枚头例篇场轮宗单箱瓶罐包岁羽株棵口本册集首趟班类双粒盒袋'
    .split('')
    .map((u): [string, CountUnit] => [u, { unit: u }]),
  ['手', { unit: '手', arabicOnly: true }], ['股', { unit: '股' }], ['人次', { unit: '人次' }], ['架次', { unit: '架次' }],
  ['车次', { unit: '车次' }], ['班次', { unit: '班次' }], ['航次', { unit: '航次' }], ['辆次', { unit: '辆次' }],
  ['剂次', { unit: '剂次' }], ['户次', { unit: '户次' }], ['标准箱', { unit: '标准箱' }], ['标箱', { unit: '标箱' }],
  ['TEU', { unit: 'TEU' }], ['吨', { unit: '吨' }], ['公吨', { unit: '公吨' }], ['公斤', { unit: '公斤' }],
  ['千克', { unit: '千克' }], ['克', { unit: '克', arabicOnly: true }], ['斤', { unit: '斤' }], ['盎司', { unit: '盎司' }],
  ['桶', { unit: '桶' }], ['立方米', { unit: '立方米' }], ['方', { unit: '方', arabicOnly: true }],
  ['平方米', { unit: '平方米' }], ['平米', { unit: '平米' }], ['平方公里', { unit: '平方公里' }],
  ['平方千米', { unit: '平方千米' }], ['平方厘米', { unit: '平方厘米' }], ['公顷', { unit: '公顷' }], ['亩', { unit: '亩' }],
  ['公里', { unit: '公里' }], ['千米', { unit: '千米' }], ['米', { unit: '米', arabicOnly: true }],
  ['厘米', { unit: '厘米' }], ['毫米', { unit: '毫米' }], ['纳米', { unit: '纳米' }], ['英里', { unit: '英里' }],
  ['海里', { unit: '海里' }], ['千瓦时', { unit: '千瓦时' }], ['度电', { unit: '度' }], ['千瓦', { unit: '千瓦' }],
  ['兆瓦', { unit: '兆瓦' }], ['吉瓦', { unit: '吉瓦' }], ['兆瓦时', { unit: '兆瓦时' }], ['吉瓦时', { unit: '吉瓦时' }],
  ['瓦', { unit: '瓦', arabicOnly: true }], ['GW', { unit: 'GW' }], ['MW', { unit: 'MW' }], ['GWh', { unit: 'GWh' }],
  ['kWh', { unit: 'kWh' }], ['升', { unit: '升', arabicOnly: true }], ['毫升', { unit: '毫升' }],
  ['像素', { unit: '像素' }], ['英寸', { unit: '英寸' }], ['起', { unit: '起' }], ['毫克', { unit: '毫克' }], ['磅', { unit: '磅' }], ['度', { unit: '度', arabicOnly: true }], ['MWh', { unit: 'MWh' }],
  ['kW', { unit: 'kW' }], ['部手机', { unit: '部' }], ['张票', { unit: '张' }],
];
export const countUnits = new WordTable(COUNT_UNITS);

/** Real unit nouns that may follow 个 (60个标准箱 → 标准箱); any other noun after 个 stays out of the surface. */
export const unitNounsAfterGe = new WordTable<string>(
  ['标准箱', '标箱', '人次', '平方米', '平方公里', '百分点', '基点'].map((w) => [w, w] as const),
);

/** What a price may be per: 每股, 每10股, 元/吨, 美元/盎司 … */
export const perNouns = new WordTable<true>(
  [
    '股', '份', '吨', '桶', '盎司', '斤', '公斤', '千克', '克', '平方米', '平米', '瓦', '度', '千瓦时', '枚', '张', '手',
    '件', '台', '辆', '套', '箱', '头', '只', '亩', '公里', '立方米', '方', '升', '袋', '瓶', '盒', '包', '双', '晚', '月',
    '年', '天', '日', '人', '人次', '次', '小时', '平方', '单', '个', '颗', '粒', '支', '条', '股份', '份额', '蒲式耳', '磅', '平', '百万英热单位', '英热单位', '千瓦', '兆瓦时', '吨公里', '人公里', 'kg', '辆次', '公顷',
  ].map((w) => [w, true] as const),
);
/** 每X words that make a money amount a price (每年, 每天 and 每人 do not). */
export const perAfterMei = new WordTable<true>(
  ['股', '份', '吨', '桶', '盎司', '斤', '公斤', '千克', '克', '平方米', '平米', '瓦', '度', '千瓦时', '枚', '张', '手', '件',
    '台', '辆', '套', '箱', '头', '只', '亩', '立方米', '方', '升', '袋', '瓶', '盒', '包', '双', '晚', '颗', '粒', '支',
    '份额', '蒲式耳', '磅', '股份'].map((w) => [w, true] as const),
);

/** Qualifier prefixes that join the surface when they touch the number. */
export const qualifierPrefix = new WordTable<Qualifier>([
  ['约', 'approx'], ['约合', 'approx'], ['大约', 'approx'], ['大概', 'approx'],
  ['近', 'at_most'], ['将近', 'at_most'], ['接近', 'at_most'], ['不到', 'at_most'], ['不足', 'at_most'],
  ['不高于', 'at_most'], ['不超过', 'at_most'], ['最多', 'at_most'], ['最高', 'at_most'], ['跌破', 'at_most'],
  ['超', 'at_least'], ['超过', 'at_least'], ['逾', 'at_least'], ['突破', 'at_least'], ['至少', 'at_least'],
  ['不低于', 'at_least'], ['不少于', 'at_least'], ['最低', 'at_least'], ['过', 'at_least'], ['涨破', 'at_least'],
  ['升破', 'at_least'], ['冲破', 'at_least'], ['破', 'at_least'],
]);
/** Characters before 破 that make it another verb (打破纪录, 击破). */
export const notPoBefore = new Set('打击攻爆看识残');
/** Characters before 过 that make it part of a verb (通过, 经过, 超过 is matched whole). */
export const notGuoBefore = new Set('通经越度跨错不难看做去有没曾闯渡胜高穿路走挺熬用想说听见');

/** Qualifiers that do not touch the number (约为135亿元, 上限为每股32.5元, 不超过项目总投资的30%). */
export const qualifierSeparated = new WordTable<Qualifier>([
  ['约为', 'approx'], ['约占', 'approx'], ['约有', 'approx'], ['约达', 'approx'], ['大约', 'approx'], ['大概', 'approx'],
  ['约是', 'approx'], ['最高', 'at_most'], ['最多', 'at_most'], ['上限', 'at_most'], ['不超过', 'at_most'],
  ['不高于', 'at_most'], ['不到', 'at_most'], ['不足', 'at_most'], ['低于', 'at_most'], ['少于', 'at_most'],
  ['最低', 'at_least'], ['下限', 'at_least'], ['至少', 'at_least'], ['不低于', 'at_least'], ['不少于', 'at_least'],
  ['超过', 'at_least'], ['高于', 'at_least'], ['多于', 'at_least'], ['最长', 'at_most'], ['最短', 'at_least'],
]);
/** Characters before 约 that make it another word (合约, 签约, 预约 …). */
export const notYueBefore = new Set('合签预制节公条契协规违履邀特相婚租简缩集要缔践守失赴');

/** Qualifier suffixes that join the surface. */
export const qualifierSuffix = new WordTable<Qualifier>([
  ['左右', 'approx'], ['上下', 'approx'], ['以上', 'at_least'], ['（含）以上', 'at_least'], ['(含)以上', 'at_least'],
  ['以下', 'at_most'], ['（含）以下', 'at_most'], ['(含)以下', 'at_most'], ['以内', 'at_most'],
]);
export const notSuffixWords = new WordTable<true>(['上下游', '以上简称', '以下简称', '上下午'].map((w) => [w, true] as const));

/** Direction words: +1 up, -1 down, 0 a word that only looks like one (新增, 增持). */
export const directionWords = new WordTable<number>([
  ...(['增长', '增加', '增', '上涨', '涨', '上升', '升', '提高', '提升', '加快', '高出', '高', '多增', '调升', '上调', '调高',
    '上浮', '加息', '收涨', '大涨', '暴涨', '飙升', '飙涨', '猛涨', '猛增', '激增', '大增', '暴增', '攀升', '上扬', '回升',
    '反弹', '走高', '上行', '扩大', '增产', '放量', '升值', '上修', '递增', '高开', '拉升', '跳涨', '大幅增长', '多出',
    '超出', '劲升', '走强', '跃升', '收高', '走扬', '扩张', '猛升', '上冲', '回暖', '剧增', '骤增', '陡增'] as const).map((w) => [w, 1] as const),
  ...(['下降', '下跌', '跌', '减少', '减', '降', '降低', '下滑', '回落', '下挫', '下行', '收窄', '缩窄', '少增', '下调',
    '调降', '调低', '下浮', '降息', '降准', '收跌', '大跌', '暴跌', '重挫', '骤降', '锐减', '大减', '缩减', '萎缩', '缩水',
    '缩量', '减产', '贬值', '下修', '递减', '低开', '走低', '放缓', '回调', '跳水', '下探', '低', '跌去',
    '走弱', '收低', '缩小', '负增长', '跌落', '削减', '骤减', '滑落', '下降了', '下滑了'] as const).map((w) => [w, -1] as const),
  ['多', 2], ['少', -2],
  ...(['新增', '净增', '增持', '减持', '增资', '减资', '增发', '净减', '最低', '最高', '不低', '不高', '较低', '较高', '偏低',
    '偏高', '最少', '至少', '不少', '多少', '减免', '降价', '涨价', '提价', '高达', '低至', '高于', '低于', '增值', '转增', '定增', '送转', '扣减', '抵减'] as const)
    .map((w) => [w, 0] as const),
]);

/** Growth-rate nouns: the figure is a change even without a direction verb (增幅为6.3%); 跌幅/降幅 are negative. */
export const growthNouns = new WordTable<number>([
  ['增速', 1], ['增幅', 1], ['涨幅', 1], ['升幅', 1], ['增长率', 1], ['增长幅度', 1], ['增长速度', 1], ['涨跌幅', 1],
  ['跌幅', -1], ['降幅', -1], ['减幅', -1], ['下降幅度', -1], ['下跌幅度', -1], ['下滑幅度', -1], ['回落幅度', -1],
]);

/** 同比 / 环比 and the comparisons that mean the same (比上年, 较上月). */
export const basisWords = new WordTable<'yoy' | 'mom'>([
  ['同比', 'yoy'], ['环比', 'mom'], ['比上年', 'yoy'], ['较上年', 'yoy'], ['比去年', 'yoy'], ['较去年', 'yoy'],
  ['比上年同期', 'yoy'], ['较上年同期', 'yoy'], ['比去年同期', 'yoy'], ['较去年同期', 'yoy'], ['较上年度', 'yoy'],
  ['与上年同期相比', 'yoy'], ['与去年同期相比', 'yoy'], ['和去年同期相比', 'yoy'], ['较上季度', 'mom'], ['比上季度', 'mom'],
  ['较上一季度', 'mom'], ['比上一季度', 'mom'], ['比上月', 'mom'], ['较上月', 'mom'], ['比前一月', 'mom'], ['较前一月', 'mom'], ['较上个月', 'mom'], ['比上个月', 'mom'],
]);

/** Words before a money amount that make it a per-share quote (收盘报1688元). */
export const quoteWords = new WordTable<true>(
  ['报', '收报', '报收', '收于', '收盘报', '股价', '收盘价', '开盘价', '发行价', '最新价', '现价', '股价报', '报价'].map(
    (w) => [w, true] as const,
  ),
);
/** Subjects that fix what a quoted price is per (比特币 → 枚, 原油 → 桶). */
export const commodityPer = new WordTable<string>([
  ['比特币', '枚'], ['以太坊', '枚'], ['原油', '桶'], ['油价', '桶'], ['布伦特', '桶'], ['WTI', '桶'], ['黄金', '盎司'],
  ['金价', '盎司'], ['白银', '盎司'], ['银价', '盎司'], ['基金', '份'], ['净值', '份'], ['单位净值', '份'],
]);
/** Words that make a bare decimal an exchange-rate quote (中间价报7.1028). */
export const fxWords = new WordTable<true>(['人民币', '汇率', '中间价', '兑'].map((w) => [w, true] as const));
/** Currency names as they appear in an X兑Y pair. */
export const fxCurrencies = new WordTable<string>([
  ['人民币', 'CNY'], ['美元', 'USD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'], ['港元', 'HKD'], ['港币', 'HKD'],
  ['澳元', 'AUD'], ['加元', 'CAD'], ['瑞郎', 'CHF'], ['瑞士法郎', 'CHF'], ['新元', 'SGD'], ['韩元', 'KRW'], ['卢布', 'RUB'],
  ['新台币', 'TWD'], ['纽元', 'NZD'], ['泰铢', 'THB'],
]);

/** Prefixes that belong to a duration (近三年, 未来6个月, 过去5年): part of it, not a qualifier. */
export const durationPrefix = new WordTable<true>(['近', '最近', '过去', '未来', '前', '今后', '此后', '之后'].map((w) => [w, true] as const));
/** Relative words attached to a date (今年12月31日, 明年3月). */
export const relativeYear = new WordTable<true>(['今年', '明年', '去年', '前年', '后年'].map((w) => [w, true] as const));

/** Names and set phrases that contain a numeral and a measure word but are no figure. */
export const notFigureNames = new WordTable<true>(
  [
    '三只松鼠', '七匹狼', '三棵树', '六个核桃', '三元股份', '三元食品', '七台河', '九台', '三个代表', '两个维护', '两个确立',
    '四个自信', '四个意识', '两个一百年', '八项规定', '三条红线', '五位一体', '三位一体', '四位一体', '一条龙', '三家分晋',
    '千家万户', '一年一度', '一年四季', '一年半载', '九州通', '三一重工', '五粮液', '九阳', '一心堂', '两面针', '三花智控', '万家基金', '千禾味业', '九牧王',
  ].map((w) => [w, true] as const),
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
