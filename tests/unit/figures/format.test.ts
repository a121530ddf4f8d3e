// Readable values for the UI, in both languages, over every kind and unit, big and tiny values and
// ranges; never scientific notation. The exact normalised value (title attribute, copied Markdown) too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, formatFigure, type Figure } from '@/utils/figures';
import { groupDigits } from '@/utils/figures/number-text';
import { exactValue } from '@/utils/figure-exact';

const fmt = (text: string, lang: 'zh' | 'en') => {
  const f = extractFigures(text)[0];
  if (!f) throw new Error(`no figure in ${text}`);
  return formatFigure(f, lang);
};
const fig = (kind: Figure['kind'], value: Figure['value'], unit: string, more: Partial<Figure> = {}): Figure => ({
  surface: 'x', start: 0, end: 1, kind, value, unit, qualifier: 'exact', ...more,
});

describe('formatFigure: sentences as the engine reads them', () => {
  it.each([
    ['1300万美元', '1,300 万美元', 'US$13 million'],
    ['43亿元', '43 亿元', 'CNY 4.3 billion'],
    ['412.6亿元', '412.6 亿元', 'CNY 41.26 billion'],
    ['2.5万亿元', '2.5 万亿元', 'CNY 2.5 trillion'],
    ['8000万港元', '8,000 万港元', 'HK$80 million'],
    ['3亿欧元', '3 亿欧元', 'EUR 300 million'],
    ['四元五毛', '4.5 元', 'CNY 4.5'],
    ['同比增长86.2%', '+86.2%，同比', '+86.2% YoY'],
    ['环比下降3个百分点', '−3 个百分点，环比', '−3 pp MoM'],
    ['下调25个基点', '−25 个基点', '−25 bp'],
    ['增加27.4亿元', '+27.4 亿元', '+CNY 2.74 billion'],
    ['占比15.2%', '15.2%', '15.2%'],
    ['每股12.5元', '12.5 元/股', 'CNY 12.5/股'],
    ['沪指报3058.71点', '3,058.71 点', '3,058.71 pts'],
    ['换股比例为1:0.8', '1:0.8', '1:0.8'],
    ['市盈率35倍', '35 倍', '35×'],
    ['4500万股', '4,500 万股', '45 million 股'],
    ['2023年9月14日', '2023年9月14日', '14 Sep 2023'],
    ['9月14日', '9月14日', '14 Sep'],
    ['今年1至7月', '1月至7月', 'Jan–Jul'],
    ['2024年上半年', '2024年上半年', 'H1 2024'],
    ['2019年至今', '2019年至今', '2019–now'],
    ['近三年', '3 年', '3 years'],
    ['两到三万元', '2–3 万元', 'CNY 20,000–30,000'],
  ])('%s → zh %s, en %s', (text, zh, en) => {
    expect(fmt(text, 'zh').value).toBe(zh);
    expect(fmt(text, 'en').value).toBe(en);
  });

  it.each([
    ['约135亿元', '约', 'approx'],
    ['超过50亿元', '超', 'over'],
    ['不足80亿元', '至多', 'under'],
    ['3-4亿元', '区间', 'range'],
    ['135亿元', null, null],
  ])('qualifier of %s → %s / %s', (text, zh, en) => {
    expect(fmt(text, 'zh').qualifier).toBe(zh);
    expect(fmt(text, 'en').qualifier).toBe(en);
  });
});

describe('formatFigure: big, tiny and ranged values of every kind', () => {
  it.each<[string, Figure, string, string]>([
    ['money, a trillion-scale sum', fig('money', 3.2e13, 'CNY'), '32 万亿元', 'CNY 32 trillion'],
    ['money, beyond 1e21', fig('money', 1.5e22, 'USD'), '15,000,000,000 万亿美元', 'US$15,000,000,000 trillion'],
    ['money, a fraction of a yuan', fig('money', 0.05, 'CNY'), '0.05 元', 'CNY 0.05'],
    ['money, a tiny amount', fig('money', 0.0000123, 'BTC'), '0.0000123 比特币', 'BTC 0.0000123'],
    ['money, a loss', fig('money', -4.3e9, 'CNY'), '−43 亿元', 'CNY −4.3 billion'],
    ['money, a range across scales', fig('money', [8e7, 1.2e8], 'USD'), '0.8–1.2 亿美元', 'US$80–120 million'],
    ['money, an unknown code', fig('money', 2e4, 'XAU'), '2 万XAU', 'XAU 20,000'],
    ['price per share', fig('price', 1234.5, 'HKD', { per: '股' }), '1,234.5 港元/股', 'HK$1,234.5/股'],
    ['price, index points', fig('price', 12345.678, '点'), '1.2346 万点', '12,345.678 pts'],
    ['percent, tiny', fig('percent', 0.00042, '%'), '0.00042%', '0.00042%'],
    ['percent, range', fig('percent', [5, 7.5], '%'), '5%–7.5%', '5%–7.5%'],
    ['change, money down', fig('change', -2.5e9, 'USD'), '−25 亿美元', '−US$2.5 billion'],
    ['change, percent range', fig('change', [10, 20], '%', { basis: 'yoy' }), '10–20%，同比', '10–20% YoY'],
    ['change, a count', fig('change', 3.6e5, '户'), '+36 万户', '+360,000 户'],
    ['count, huge', fig('count', 1.4e9, '人'), '14 亿人', '1.4 billion 人'],
    ['count, small', fig('count', 12, '家'), '12 家', '12 家'],
    ['multiple, range', fig('multiple', [2, 3], 'x'), '2–3 倍', '2–3×'],
    ['multiple, with basis', fig('multiple', 1.5, 'x', { basis: 'mom' }), '1.5 倍，环比', '1.5× MoM'],
    ['ratio, by terms', fig('ratio', 0.8, 'ratio', { terms: [10, 8] }), '10:8', '10:8'],
    ['period, range', fig('period', [3, 5], '年'), '3–5 年', '3–5 years'],
    ['date, fiscal year', fig('date', 'FY2024', 'date'), '2024财年', 'FY2024'],
    ['date, quarter', fig('date', '2025-Q3', 'date'), '2025年第3季度', 'Q3 2025'],
  ])('%s', (_name, f, zh, en) => {
    expect(formatFigure(f, 'zh').value).toBe(zh);
    expect(formatFigure(f, 'en').value).toBe(en);
  });

  it('never writes scientific notation, whatever the value', () => {
    const kinds: Figure['kind'][] = ['money', 'price', 'percent', 'change', 'count', 'multiple', 'period'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('zh', 'en'), (kind, v, lang) => {
        const { value } = formatFigure(fig(kind, v, kind === 'money' ? 'USD' : '%'), lang as 'zh' | 'en');
        expect(value).not.toMatch(/×10|\de[+-]?\d/i);
      }),
    );
  });
});

describe('groupDigits', () => {
  it.each([
    [0, '0'], [1234567.5, '1,234,567.5'], [-1234.56789, '−1,234.5679'], [0.000012345, '0.0000123'], [1e-30, '0'],
    [1e21, '1,000,000,000,000,000,000,000'], [0.00001, '0.00001'],
  ])('%d → %s', (n, text) => expect(groupDigits(n)).toBe(text));
});

describe('exactValue: the normalised value in full', () => {
  it.each<[Figure, string]>([
    [fig('money', 1.3e7, 'USD'), '13,000,000 USD'],
    [fig('money', [2e4, 3e4], 'CNY'), '20,000–30,000 CNY'],
    [fig('change', 86.2, '%', { basis: 'yoy' }), '+86.2 % yoy'],
    [fig('change', -3, 'pp'), '−3 pp'],
    [fig('price', 12.5, 'CNY', { per: '股' }), '12.5 CNY/股'],
    [fig('ratio', 1.25, 'ratio', { terms: [1, 0.8] }), '1:0.8'],
    [fig('date', '2023-09-14', 'date'), '2023-09-14'],
    [fig('percent', 0.00042, '%'), '0.00042 %'],
  ])('%o → %s', (f, text) => expect(exactValue(f)).toBe(text));
});
