// Counts (README rule 6) across the family of Chinese measure words and units, on
// fresh sentences: tonnage and energy units, classifiers of things, animals and
// events, X次 occurrence counts, counts whose unit a noun before them names, and
// counts after a Latin word.
import { describe } from 'vitest';
import { runCases as run } from './show';


describe('physical and compound units', () => {
  run([
    ['载重吨', '全年造船完工量4,120万载重吨，新接订单1.1亿载重吨。', ['4,120万载重吨 count 41200000 载重吨 exact', '1.1亿载重吨 count 110000000 载重吨 exact']],
    ['总吨', '该船总吨位为15万总吨。', ['15万总吨 count 150000 总吨 exact']],
    ['吨标准煤 with 以内', '全省能耗总量控制在2.8亿吨标准煤以内。', ['2.8亿吨标准煤以内 count 280000000 吨标准煤 at_most']],
    ['吨公里', '铁路货物周转量完成3.6万亿吨公里。', ['3.6万亿吨公里 count 3600000000000 吨公里 exact']],
    ['太瓦时', '其中风电发电1.2太瓦时。', ['1.2太瓦时 count 1.2 太瓦时 exact']],
    ['千伏安 after 万', '新增变电容量1200万千伏安。', ['1200万千伏安 count 12000000 千伏安 exact']],
    ['mAh', '手机电池容量为5000mAh。', ['5000mAh count 5000 mAh exact']],
    ['EFLOPS', '智能算力规模达到90EFLOPS。', ['90EFLOPS count 90 EFLOPS exact']],
    ['平方英尺', '该写字楼面积为12万平方英尺。', ['12万平方英尺 count 120000 平方英尺 exact']],
    ['蒲式耳', '进口大豆2,300万蒲式耳。', ['2,300万蒲式耳 count 23000000 蒲式耳 exact']],
    ['克拉', '这颗钻石重达3.5克拉。', ['3.5克拉 count 3.5 克拉 exact']],
    ['立方 alone', '日均供气120万立方。', ['120万立方 count 1200000 立方 exact']],
  ]);
});

describe('classifiers of things, animals and events', () => {
  run([
    ['台套', '交付各类装备1,500台套。', ['1,500台套 count 1500 台套 exact']],
    ['头, 匹, 尾 in a list', '存栏生猪8000头、马500匹、鱼苗30万尾。', ['8000头 count 8000 头 exact', '500匹 count 500 匹 exact', '30万尾 count 300000 尾 exact']],
    ['剂', '全市累计接种疫苗3.2亿剂。', ['3.2亿剂 count 320000000 剂 exact']],
    ['层', '该大楼共有58层。', ['58层 count 58 层 exact']],
    ['节', '新增地铁车辆200节。', ['200节 count 200 节 exact']],
    ['门', '该校开设课程120门。', ['120门 count 120 门 exact']],
    ['届', '展会已连续举办12届。', ['12届 count 12 届 exact']],
    ['盏 and 幅', '安装路灯3,600盏，展出画作80幅。', ['3,600盏 count 3600 盏 exact', '80幅 count 80 幅 exact']],
    ['尾盘 is no unit', '该股14点后尾盘拉升。', []],
    ['门店 is no unit', '新开300门店。', []],
    ['幅度 is no unit', '下降5幅度较小。', []],
  ]);
});

describe('X次: classifiers that count occurrences', () => {
  run([
    ['家次 and 艘次', '全年服务企业3.5万家次，检查船舶1.2万艘次。', ['3.5万家次 count 35000 家次 exact', '1.2万艘次 count 12000 艘次 exact']],
    ['批次 and 车次', '开行班列8,000车次，抽检20批次。', ['8,000车次 count 8000 车次 exact', '20批次 count 20 批次 exact']],
    ['台次 with 余', '检修设备600余台次。', ['600余台次 count 600 台次 at_least']],
    ['场次', '全年举办演出1,200场次。', ['1,200场次 count 1200 场次 exact']],
    ['次级债 is not 笔次', '发行2笔次级债。', ['2笔 count 2 笔 exact']],
    ['次新股 is not 只次', '已有3只次新股上涨。', ['3只 count 3 只 exact']],
    ['次日 is not 家次', '共有5家次日复牌。', ['5家 count 5 家 exact']],
  ]);
});

describe('a noun before a bare number names its unit (implicit_unit)', () => {
  run([
    ['人次 with 为', '观影人次为1.87亿，同比增长12%。', ['1.87亿 count 187000000 人次 exact implicit', '同比增长12% change 12 % exact basis=yoy']],
    ['人次 with a touching qualifier', '观影人次超过2亿。', ['超过2亿 count 200000000 人次 at_least implicit']],
    ['人口 with 达', '全市常住人口达2,100万。', ['2,100万 count 21000000 人 exact implicit']],
    ['户数', '截至年末，股东户数为5.6万。', ['5.6万 count 56000 户 exact implicit']],
    ['人数 with a separated 约为', '本次活动参与人数约为3000。', ['3000 count 3000 人 approx implicit']],
    ['人数 with a touching 约', '参会人数约3000。', ['约3000 count 3000 人 approx implicit']],
    ['a noun with no unit in it gives none', '该公司销量为120万。', []],
    ['a number followed by a word is no implicit count', '人数为3000的企业。', []],
    ['the noun must be next to the number', '人口增长带动销售额3000万。', []],
    ['a direction word makes it a change', '户籍人口降3.7万，外来人口增加12万。', ['降3.7万 change -37000 人 exact implicit', '增加12万 change 120000 人 exact implicit']],
    ['an implicit money change', '营收增长3亿，净利润同比减少5000万。', ['增长3亿 change 300000000 CNY exact implicit']],
  ]);
});

describe('counts after a Latin word and a space', () => {
  run([
    ['ETF and LOF', '上市ETF 715只，LOF 311只。', ['715只 count 715 只 exact', '311只 count 311 只 exact']],
    ['A股 with 余', 'A股 5,300余家上市公司。', ['5,300余家 count 5300 家 at_least']],
    ['REITs and a percent after an acronym', '公募REITs 58只，PMI 49.5%。', ['58只 count 58 只 exact', '49.5% percent 49.5 % exact']],
    ['a product name before a verb that starts like a unit', 'iPhone 11支持更好的防抖。', []],
    ['a model name before a discount', '英菲尼迪Q50L 8.4折起。', []],
    ['money after a model name', 'Model Y 2.99万元起售。', ['2.99万元 money 29900 CNY exact']],
    ['product names stay no figures', 'iPhone 15系列和Mate 70即将发布。', []],
    ['no space: a contract name', 'IF2409合约。', []],
    ['a Latin word after the number', '骁龙8 Gen2芯片。', []],
  ]);
});

describe('more classifiers: beds, tents, cups, room-nights', () => {
  run([
    ['床 and 床位', '医院新增500床，开放床位1,200床位。', ['500床 count 500 床 exact', '1,200床位 count 1200 床位 exact']],
    ['顶 and 杯', '售出3万杯奶茶和2000顶帐篷。', ['3万杯 count 30000 杯 exact', '2000顶 count 2000 顶 exact']],
    ['间夜', '酒店间夜量达1.2亿间夜。', ['1.2亿间夜 count 120000000 间夜 exact']],
    ['杯赛 and 顶级 are no units', '该队获得3杯赛冠军，入选10顶级榜单。', []],
  ]);
});
