// Hand-made FigureInContext values on real sentences of the corpus (sco-demo-zone, dongcai-13stocks), with
// offsets computed from the text so they are right by construction.
import type { Figure, FigureInContext } from '@/utils/figures';

type Extra = Partial<Pick<Figure, 'basis' | 'per' | 'implicit_unit'>> & { label?: string; qualifier?: Figure['qualifier'] };

/** A figure `surface` of `sentence`, which is a sentence of paragraph number `paragraph` whose text is `paragraphText`. */
export function fig(
  paragraph: number,
  paragraphText: string,
  sentence: string,
  surface: string,
  kind: Figure['kind'],
  value: Figure['value'],
  unit: string,
  extra: Extra = {},
): FigureInContext {
  const sStart = paragraphText.indexOf(sentence);
  const at = sentence.indexOf(surface);
  if (sStart < 0 || at < 0) throw new Error(`fixture: "${surface}" not in "${sentence}"`);
  const { label, qualifier = 'exact', ...rest } = extra;
  return {
    surface,
    start: sStart + at,
    end: sStart + at + surface.length,
    kind,
    value,
    unit,
    qualifier,
    ...rest,
    paragraph,
    sentence: { text: sentence, start: sStart, end: sStart + sentence.length },
    ...(label ? { label } : {}),
  };
}

// sco-demo-zone, first body paragraph (its CMS indent dropped, as the article model gives it).
export const P_QINGDAO =
  '9月14日，“中俄快线”上合示范区—符拉迪沃斯托克港首航开行仪式举行，伴随着嘹亮的轮船鸣笛声，满载着轮胎、日用品、机械配件、化妆品等货物，货值约1300万美元的集装箱货轮缓缓从青岛港出发，驶向俄罗斯远东港口符拉迪沃斯托克港，4天后将抵达。';
export const QINGDAO_FIGURES: FigureInContext[] = [
  fig(0, P_QINGDAO, P_QINGDAO, '9月14日', 'date', 'XXXX-09-14', 'date'),
  fig(0, P_QINGDAO, P_QINGDAO, '约1300万美元', 'money', 13_000_000, 'USD', { qualifier: 'approx', label: '货值' }),
  fig(0, P_QINGDAO, P_QINGDAO, '4天', 'period', 4, '天'),
];

// dongcai-13stocks, the 东方财富 paragraph.
export const P_DONGCAI =
  '东方财富日前发布了旗下子公司东方财富证券2022年半年度未经审计非合并财务报表。数据显示，上半年，东方财富证券实现营业收入41.77亿元，同比增长34.15%；净利润28.48亿元，同比增长37.47%。';
const S_DONGCAI = '数据显示，上半年，东方财富证券实现营业收入41.77亿元，同比增长34.15%；净利润28.48亿元，同比增长37.47%。';
export const DONGCAI_FIGURES: FigureInContext[] = [
  fig(1, P_DONGCAI, S_DONGCAI, '41.77亿元', 'money', 4_177_000_000, 'CNY', { label: '营业收入' }),
  fig(1, P_DONGCAI, S_DONGCAI, '同比增长34.15%', 'change', 34.15, '%', { basis: 'yoy', label: '营业收入' }),
];

// Hand-written: a fall and a range, for the direction colours and qualifiers.
const P_FALL = '公司净利润同比下降4.8%，营收预计为3-4亿元。';
export const FALL = fig(2, P_FALL, P_FALL, '同比下降4.8%', 'change', -4.8, '%', { basis: 'yoy' });
export const RANGE = fig(2, P_FALL, P_FALL, '3-4亿元', 'money', [300_000_000, 400_000_000], 'CNY', { qualifier: 'range' });

// sco-demo-zone: a sentence of the article, as the article's key figures.
const P_KEY = '数据显示，今年1至7月，上合示范区对上合组织国家进出口预计完成43亿元人民币，同比增长86.2%。';
export const KEY_FIGURES: FigureInContext[] = [
  fig(3, P_KEY, P_KEY, '43亿元人民币', 'money', 4_300_000_000, 'CNY', { label: '进出口' }),
  fig(3, P_KEY, P_KEY, '同比增长86.2%', 'change', 86.2, '%', { basis: 'yoy' }),
];

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** A stand-in for formatFigure that shows it was called, so tests can find the formatted value. */
export const testFormat = (f: FigureInContext, lang: 'zh' | 'en') => ({
  value: `[${lang}] ${f.surface}`,
  qualifier: f.qualifier === 'exact' ? null : `[${lang}] ${f.qualifier}`,
});
