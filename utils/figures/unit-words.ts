// The words after (and sometimes before) a number that name its unit: currencies,
// measure words and physical units, what a price is per, and look-alike words
// that are no unit. Pure data; units.ts and context.ts apply it.
import { WordTable } from './lookup';

/** Currency written after the number (亿美元, 万亿日元, 枚比特币). [word, ISO code, factor power of ten]. */
const CURRENCY_SUFFIX: [string, string, number?][] = [
  ['元', 'CNY'], ['块', 'CNY'], ['块钱', 'CNY'], ['元钱', 'CNY'], ['人民币', 'CNY'], ['元人民币', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['美分', 'USD', -2],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港仙', 'HKD', -2], ['元港币', 'HKD'], ['元台币', 'TWD'], ['元新台币', 'TWD'],
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
  ['毛里求斯卢比', 'MUR'], ['基普', 'LAK'], ['瑞尔', 'KHR'], ['图格里克', 'MNT'], ['第纳尔', 'KWD'], ['科威特第纳尔', 'KWD'], ['索尔', 'PEN'],
];
export const currencySuffix = new WordTable(CURRENCY_SUFFIX.map(([w, code, pow]) => [w, { code, pow: pow ?? 0 }] as const));

/** Words of the list above that name no currency of an FX pair: generic 元/块, sub-units, coin counts. */
const NOT_FX_NAMES = new Set(['元', '块', '块钱', '元钱', '元人民币', '元港币', '元台币', '元新台币', '枚比特币', '个比特币', '枚以太坊']);
/** Currency names as they appear in an X兑Y pair (美元兑奈拉, 卢比兑美元): every named currency above. */
export const fxCurrencies = new WordTable<string>(
  CURRENCY_SUFFIX.filter(([w, , pow]) => !pow && !NOT_FX_NAMES.has(w)).map(([w, code]) => [w, code] as const),
);

/** Currency written before the number (人民币8亿元, 港币三千二百五十元, US$5). */
export const currencyPrefix = new WordTable<string>([
  ['人民币', 'CNY'], ['港币', 'HKD'], ['港元', 'HKD'], ['新台币', 'TWD'], ['台币', 'TWD'], ['美元', 'USD'], ['美金', 'USD'],
  ['欧元', 'EUR'], ['日元', 'JPY'], ['英镑', 'GBP'], ['韩元', 'KRW'], ['澳门币', 'MOP'], ['卢布', 'RUB'],
  ['RMB', 'CNY'], ['US$', 'USD'], ['HK$', 'HKD'], ['$', 'USD'], ['￥', 'CNY'], ['¥', 'CNY'], ['€', 'EUR'], ['£', 'GBP'],
  // ISO codes and dollar signs of other places as filings write them (USD 10, NT$300, S$1.2).
  ['USD', 'USD'], ['CNY', 'CNY'], ['HKD', 'HKD'], ['EUR', 'EUR'], ['JPY', 'JPY'], ['GBP', 'GBP'], ['NT$', 'TWD'], ['S$', 'SGD'],
  ['A$', 'AUD'], ['C$', 'CAD'],
]);

/** Words that start with a currency or unit character but are something else (2024元旦, 一成不变). */
export const notUnitWords = new WordTable<true>(
  [
    '元旦', '元宵', '元年', '元户', '元宇宙', '元素', '元老', '元首', '元件', '元器件', '元气', '元月', '包养', '包括', '包含', '包揽', '包装',
    '成交', '成为', '成本', '成立', '成功', '成员', '成果', '成熟', '成长', '成都', '成不变', '成绩', '成型', '成品',
    // 成分股, 成效: words that begin with 成 are no tenths.
    '成分', '成效', '成就', '成年', '成因', '成套', '成像', '成行', '成真', '成形', '成色', '成活', '成败', '成群', '成片',
    '成倍', '成份', '成团', '成家', '成药', '成规模', '成本价',
    '折合', '折旧', '折扣', '折算', '折价', '折叠', '折射', '折返', '折腾',
    '部门', '部分', '部署', '人民', '名义', '名单', '台湾', '台阶', '次日', '单日', '单位', '单价', '条件', '条例', '条款',
    '只是', '只有', '只要', '只能', '位于', '项目', '件事', '家庭', '家族', '家电', '户籍', '张家', '所以', '所有', '所得',
    '手机', '手续', '手段', '股东', '股份', '股权', '股票', '股价', '股市', '股指', '点钟', '点半', '点多', '倍数', '倍增',
    '份额', '轮番', '场景', '场外', '场内', '种类', '匹配', '尾盘', '尾声', '尾款', '尾部', '尾号', '幅度', '层面', '层级', '层次', '节点', '节日',
    '节约', '节能', '节目', '节奏', '节省', '节假日', '节后', '节前', '门店', '门槛', '门户', '门类', '门诊', '门票', '门口', '门面',
    '门禁', '卷烟', '剂量', '剂型', '届时', '届满', '桌面', '扇区', '门框', '门窗', '支持', '支付', '支撑', '支出', '支柱', '支援',
    '支行', '支配', '位数', '床单', '顶级', '顶部', '顶层', '顶尖', '顶端', '杯赛', '间隔', '处理', '座谈', '部件', '件套', '部委', '位一体', '本次', '本期', '本轮', '本届', '本年', '本月', '本周', '本身', '本土', '首次', '首批', '首个', '首家', '首都', '首日', '首发', '集团', '集中', '集体', '类似', '班子', '双方', '双向', '度过', '本金', '首付', '单边', '首席', '本报', '首款', '班级', '集合', '类型', '本人', '双重', '粒度', '起来', '起步', '起点', '起诉', '起草', '起飞', '起源', '起售', '起拍',
    '车道', '车间', '车厢', '车型', '车企', '车辆', '车主', '车位', '车牌', '车站', '车身', '车险', '车贷', '车市', '车展', '车队', '车载', '车规',
  ].map((w) => [w, true] as const),
);

export type CountUnit = { unit: string; /** Needs Arabic digits or a multiplier (二手房 is not 2 手). */ arabicOnly?: boolean };

/** Measure words and physical units of counts (value in base units). */
const COUNT_UNITS: [string, CountUnit][] = [
  // Classifiers of things, people, events and animals (匹 horses, 尾 fish, 剂 doses, 届 editions …).
  ...'家个只户人名位辆台套艘架列条项份张件笔次种座所间栋幢处款部批支根片颗枚头例篇场轮宗单箱瓶罐包岁羽株棵口本册集首趟班类双粒盒袋匹尾盏幅扇层节门卷桌碗剂届床顶杯'
    .split('')
    .map((u): [string, CountUnit] => [u, { unit: u }]),
  ['手', { unit: '手', arabicOnly: true }], ['股', { unit: '股' }], ['人次', { unit: '人次' }], ['架次', { unit: '架次' }],
  ['车次', { unit: '车次' }], ['班次', { unit: '班次' }], ['航次', { unit: '航次' }], ['辆次', { unit: '辆次' }],
  ['剂次', { unit: '剂次' }], ['户次', { unit: '户次' }], ['标准箱', { unit: '标准箱' }], ['标箱', { unit: '标箱' }],
  ['TEU', { unit: 'TEU' }], ['吨', { unit: '吨' }], ['公吨', { unit: '公吨' }], ['公斤', { unit: '公斤' }],
  ['千克', { unit: '千克' }], ['克', { unit: '克', arabicOnly: true }], ['斤', { unit: '斤' }], ['盎司', { unit: '盎司' }],
  ['桶', { unit: '桶' }], ['立方米', { unit: '立方米' }], ['方', { unit: '方', arabicOnly: true }],
  ['平方米', { unit: '平方米' }], ['平米', { unit: '平米' }], ['㎡', { unit: '㎡' }], ['m²', { unit: 'm²' }], ['平方公里', { unit: '平方公里' }],
  ['平方千米', { unit: '平方千米' }], ['平方厘米', { unit: '平方厘米' }], ['公顷', { unit: '公顷' }], ['亩', { unit: '亩' }],
  ['公里', { unit: '公里' }], ['千米', { unit: '千米' }], ['米', { unit: '米', arabicOnly: true }],
  ['厘米', { unit: '厘米' }], ['毫米', { unit: '毫米' }], ['纳米', { unit: '纳米' }], ['英里', { unit: '英里' }],
  ['海里', { unit: '海里' }], ['千瓦时', { unit: '千瓦时' }], ['度电', { unit: '度' }], ['千瓦', { unit: '千瓦' }],
  ['兆瓦', { unit: '兆瓦' }], ['吉瓦', { unit: '吉瓦' }], ['兆瓦时', { unit: '兆瓦时' }], ['吉瓦时', { unit: '吉瓦时' }],
  ['瓦', { unit: '瓦', arabicOnly: true }], ['GW', { unit: 'GW' }], ['MW', { unit: 'MW' }], ['GWh', { unit: 'GWh' }],
  ['kWh', { unit: 'kWh' }], ['升', { unit: '升', arabicOnly: true }], ['毫升', { unit: '毫升' }],
  ['像素', { unit: '像素' }], ['英寸', { unit: '英寸' }], ['起', { unit: '起' }], ['毫克', { unit: '毫克' }], ['磅', { unit: '磅' }], ['度', { unit: '度', arabicOnly: true }], ['MWh', { unit: 'MWh' }],
  ['kW', { unit: 'kW' }], ['部手机', { unit: '部' }], ['张票', { unit: '张' }],
  // 快递业务量21.3亿票, 获得3票赞成: parcels and votes (一票否决 and 两票制 are words, so Arabic digits only).
  ['票', { unit: '票', arabicOnly: true }],
  // Shipping tonnage, energy equivalents and freight work (造船完工量3630万载重吨, 1.2万亿吨公里).
  ['载重吨', { unit: '载重吨' }], ['总吨', { unit: '总吨' }], ['净吨', { unit: '净吨' }], ['吨标准煤', { unit: '吨标准煤' }],
  ['吨标煤', { unit: '吨标煤' }], ['吨油当量', { unit: '吨油当量' }], ['吨公里', { unit: '吨公里' }], ['人公里', { unit: '人公里' }],
  ['太瓦时', { unit: '太瓦时' }], ['TWh', { unit: 'TWh' }], ['千伏安', { unit: '千伏安' }], ['兆伏安', { unit: '兆伏安' }],
  ['mAh', { unit: 'mAh' }], ['立方', { unit: '立方' }], ['千升', { unit: '千升' }], ['加仑', { unit: '加仑' }],
  ['英尺', { unit: '英尺' }], ['平方英尺', { unit: '平方英尺' }], ['立方英尺', { unit: '立方英尺' }], ['克拉', { unit: '克拉' }],
  ['蒲式耳', { unit: '蒲式耳' }], ['台套', { unit: '台套' }], ['kg', { unit: 'kg' }], ['km', { unit: 'km' }],
  ['EFLOPS', { unit: 'EFLOPS' }], ['PFLOPS', { unit: 'PFLOPS' }],
  // Hotel room-nights and hospital beds (1.2亿间夜, 800床位).
  ['间夜', { unit: '间夜' }], ['床位', { unit: '床位' }],
  // 两方面的原因, 10余省, 2.1万平方公尺: aspects, provinces and Taiwan's metric units (REAL-DEV's counts).
  ['方面', { unit: '方面' }], ['省', { unit: '省' }], ['省份', { unit: '省份' }], ['平方公尺', { unit: '平方公尺' }], ['公尺', { unit: '公尺' }],
  // Railway loadings are counted in wagons (电煤装车51178车, 同比增加6573车); 车道, 车间 … are words.
  ['车', { unit: '车', arabicOnly: true }],
];
export const countUnits = new WordTable(COUNT_UNITS);

/** Classifiers that take 次 for "times counted" (12.6万家次, 300艘次, 20批次); 人次, 架次 … are listed whole above. */
export const timesCompoundBases = new Set('家台艘件批场项笔户辆架车班航剂单例');
/** Characters after 次 that make it another word (次日, 次年, 次级债, 次新股): then 次 is no part of the unit. */
export const notAfterTimesCi = new Set('日年月周季要序数级品贷新高之元席优位');

/** Real unit nouns that may follow 个 (60个标准箱 → 标准箱); any other noun after 个 stays out of the surface. */
export const unitNounsAfterGe = new WordTable<string>(
  ['标准箱', '标箱', '人次', '平方米', '平方公里', '百分点', '基点', '方面'].map((w) => [w, w] as const),
);

/** What a price may be per: 每股, 每10股, 元/吨, 美元/盎司 … */
export const perNouns = new WordTable<true>(
  [
    '股', '份', '吨', '桶', '盎司', '斤', '公斤', '千克', '克', '平方米', '平米', '瓦', '度', '千瓦时', '枚', '张', '手',
    '件', '台', '辆', '套', '箱', '头', '只', '亩', '公里', '立方米', '方', '升', '袋', '瓶', '盒', '包', '双', '晚', '月',
    '年', '天', '日', '人', '人次', '次', '小时', '平方', '单', '个', '颗', '粒', '支', '条', '股份', '份额', '蒲式耳', '磅', '平', '百万英热单位', '英热单位', '千瓦', '兆瓦时', '吨公里', '人公里', 'kg', '辆次', '公顷',
    '间夜', '间', '床', '杯',
    // The square-metre sign of property listings (均价16000元/㎡); iron ore's wet and dry tons (800元/湿吨).
    '㎡', 'm²', '湿吨', '干吨',
    // Power and energy symbols of solar and storage prices (组件1.56元/W, 储能0.6元/Wh), and the ton's t.
    'W', 'Wh', 'kW', 'kWh', 'MWh', 't',
    // Speeds are counts of a compound unit like 人次/公里 (时速120km/h, 风速12米/秒).
    '秒', 'h',
  ].map((w) => [w, true] as const),
);
/** 每X words that make a money amount a price (每年, 每天 and 每人 do not). */
export const perAfterMei = new WordTable<true>(
  ['股', '份', '吨', '桶', '盎司', '斤', '公斤', '千克', '克', '平方米', '平米', '瓦', '度', '千瓦时', '枚', '张', '手', '件',
    '台', '辆', '套', '箱', '头', '只', '亩', '立方米', '方', '升', '袋', '瓶', '盒', '包', '双', '晚', '颗', '粒', '支',
    '份额', '蒲式耳', '磅', '股份', '万份', '间夜', '间', '床', '杯', '兆瓦时', '千瓦', '百万英热单位', '平方英尺'].map((w) => [w, true] as const),
);
