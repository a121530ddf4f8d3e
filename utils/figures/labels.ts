// What a figure measures, when the text says so just before it in its clause:
// 营业收入86.42亿元 → 营业收入, 净利润同比下降4.8% → 净利润. A lexicon of common
// measure nouns first; otherwise the noun phrase that ends right before the figure.
import { WordTable } from './lookup';
import type { Figure } from './types';

/** Common measure nouns of financial news, longest forms first where they overlap. */
const MEASURES = [
  '营业收入', '营业总收入', '营收', '收入', '总收入', '主营业务收入', '销售收入', '销售额', '销售总额', '营业额', '营业利润',
  '利润总额', '净利润', '归母净利润', '扣非净利润', '净利', '毛利', '毛利率', '净利率',
  '净资产收益率', '每股收益', '每股净资产', '现金流量净额', '现金流', '货币资金', '总资产',
  '净资产', '总负债', '资产负债率', '负债', '应收账款', '存货', '研发投入', '研发费用', '研发费用率', '费用', '成本', '毛利润',
  '市值', '总市值', '流通市值', '股价', '收盘价', '发行价', '开盘价', '价格', '均价', '单价', '售价', '报价', '中间价', '汇率',
  '成交额', '成交量', '交易额', '贸易额', '进出口总额', '进出口总值', '进出口', '出口额', '进口额', '出口', '进口',
  '外汇储备', '国内生产总值', 'GDP', '地区生产总值', '社会消费品零售总额', '零售额', '固定资产投资', '工业增加值',
  '财政收入', '一般公共预算收入', '税收', '贷款', '存款', '余额', '贷款余额', '融资余额', '两融余额', '社会融资规模',
  '募资', '募集资金', '募资总额', '融资', '投资', '总投资', '投资额', '估值', '市盈率', '市净率', '股息率', '分红', '现金分红',
  '红利', '股息', '派息', '净买入', '净卖出', '净流入', '净流出', '资金', '规模', '发行规模', '管理规模', '资产规模', '净值',
  '单位净值', '收益率', '利率', '票面利率', '中标利率', '存款准备金率', '准备金率', 'LPR', '通胀率', 'CPI', 'PPI', '失业率',
  '增速', '增幅', '涨幅', '跌幅', '降幅', '增长率', '占比', '比例', '比重', '份额', '市场份额', '持股比例', '换手率', '中签率',
  '溢价率', '折价率', '不良贷款率', '拨备覆盖率', '净息差', '资本充足率', '销量', '产量', '交付量', '出货量', '装车量',
  '吞吐量', '客流量', '客运量', '货运量', '用电量', '发电量', '装机容量', '产能', '订单', '在手订单', '合同额', '新签合同额',
  '用户数', '用户', '员工', '员工人数', '股东户数', '门店数量', '门店', '回购金额', '回购数量', '回购价格', '增持金额', '减持',
  '补贴', '补助', '奖励', '罚款', '赔偿', '债务', '亏损', '净亏损', '盈利', '利息', '本息', '票房', '奖池', '身价', '财富',
  '保费', '原保险保费收入', '保费收入', '营业成本', '库存', '储备', '产值', '总产值', '年产值', '里程', '面积', '占地',
  '建筑面积', '产量', '人口', '工资', '收入水平', '人均可支配收入', '房价', '租金', '首付比例', '涨跌幅', '振幅',
];
const measureTable = new WordTable<true>(MEASURES.map((w) => [w, true] as const));

const CLAUSE_STOP = new Set('，,；;。！？!?：:、（）()“”"《》【】\n');
/** Words between a label and its figure that we skip (verbs, adverbs, comparisons). */
const FILLER = new WordTable<true>(
  [
    '同比', '环比', '较上年同期', '较去年同期', '比上年', '较上年', '较上月', '比上月', '较年初', '分别', '合计', '共计', '累计',
    '总计', '约为', '约', '为', '达到', '达', '至', '到', '是', '了', '的', '实现', '完成', '录得', '报', '收于', '约合', '折合',
    '高达', '仅为', '仅', '已', '将', '预计', '有望', '可', '超过', '超', '逾', '近', '增长', '下降', '上涨', '下跌', '增加', '减少',
    '全年', '今年', '去年', '当期', '本期', '上半年', '下半年', '一季度', '二季度', '三季度', '四季度', '均', '也', '则', '还',
    '再', '又', '在', '从', '由', '比', '较', '大幅', '小幅', '共', '有', '约有', '突破', '不足', '不到',
  ].map((w) => [w, true] as const),
);
const NOT_LABEL = new Set(['公司', '我国', '全国', '其中', '同期', '目前', '此前', '该公司', '集团', '企业', '记者', '数据', '报告', '显示', '表示', '年', '月', '日']);

/** A short label for what `fig` measures, from the words before it in `text` (after `from`). */
export function labelFor(text: string, fig: Figure, from: number): string | undefined {
  const floor = Math.max(from, fig.start - 30);
  let i = fig.start - 1;
  while (i >= floor && !CLAUSE_STOP.has(text[i] as string)) i--;
  const clause = text.slice(i + 1, fig.start);
  if (!clause) return undefined;
  const m = measureTable.lastWithin(clause, 0, clause.length);
  if (m) return m.word;
  let end = clause.length;
  for (let f = FILLER.backward(clause, end); f; f = FILLER.backward(clause, end)) end = f.start;
  let k = end;
  while (k > 0 && end - k < 8 && /[\u4e00-\u9fffA-Za-z]/.test(clause[k - 1] as string)) k--;
  const word = clause.slice(k, end);
  return word.length < 2 || NOT_LABEL.has(word) ? undefined : word;
}

/** True when the label is one of the known measure nouns (营收, 净利润 …), not a guess. */
export function isKnownMeasure(label: string | undefined): boolean {
  return !!label && measureTable.has(label);
}
