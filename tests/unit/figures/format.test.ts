// Readable values for the UI.
import { describe, expect, it } from 'vitest';
import { extractFigures, formatFigure } from '@/utils/figures';

const fmt = (text: string, lang: 'zh' | 'en') => {
  const f = extractFigures(text)[0];
  if (!f) throw new Error(`no figure in ${text}`);
  return formatFigure(f, lang);
};

describe('formatFigure', () => {
  it.each([
    ['1300万美元', '1,300 万美元（≈1.3×10⁷ USD）', '13 million USD (≈1.3×10⁷)'],
    ['412.6亿元', '412.6 亿元（≈4.13×10¹⁰ CNY）', '41.26 billion CNY (≈4.13×10¹⁰)'],
    ['四元五毛', '4.5 元', '4.5 CNY'],
    ['同比增长86.2%', '+86.2%，同比', '+86.2% YoY'],
    ['环比下降3个百分点', '−3 个百分点，环比', '−3 pp MoM'],
    ['下调25个基点', '−25 个基点', '−25 bp'],
    ['增加27.4亿元', '+27.4 亿元', '+2.74 billion CNY'],
    ['占比15.2%', '15.2%', '15.2%'],
    ['每股12.5元', '12.5 元/股', '12.5 CNY/股'],
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
    ['两到三万元', '2–3 万元', '20,000–30,000 CNY'],
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
