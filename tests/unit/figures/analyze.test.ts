// Figures in context: paragraph, sentence and what the figure measures.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from '@/utils/figures';

describe('analyzeParagraphs', () => {
  const paragraphs = [
    '华科新材2023年年报显示，公司全年实现营业收入86.42亿元。归属于上市公司股东的净利润为9.35亿元，同比下降4.8%。',
    '今年前8个月我国货物贸易进出口总值27.08万亿元。',
  ];
  const figures = analyzeParagraphs(paragraphs);

  it('keeps offsets in the paragraph and gives each figure its sentence', () => {
    for (const f of figures) {
      const text = paragraphs[f.paragraph] as string;
      expect(text.slice(f.start, f.end)).toBe(f.surface);
      expect(text.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
      expect(f.start).toBeGreaterThanOrEqual(f.sentence.start);
      expect(f.end).toBeLessThanOrEqual(f.sentence.end);
    }
    expect(figures.map((f) => [f.paragraph, f.surface])).toEqual([
      [0, '2023年'], [0, '86.42亿元'], [0, '9.35亿元'], [0, '同比下降4.8%'], [1, '今年前8个月'], [1, '27.08万亿元'],
    ]);
    expect(figures[2]?.sentence.text).toBe('归属于上市公司股东的净利润为9.35亿元，同比下降4.8%。');
  });

  it.each([
    ['营业收入', '86.42亿元'],
    ['净利润', '9.35亿元'],
    ['净利润', '同比下降4.8%'],
    ['进出口总值', '27.08万亿元'],
  ])('labels %s on %s', (label, surface) => {
    expect(figures.find((f) => f.surface === surface)?.label).toBe(label);
  });

  it.each([
    ['贸易额 from the lexicon', '上合经贸综合服务平台实现贸易额逾百亿元。', '贸易额'],
    ['a measure noun not in the lexicon', '该市新能源汽车保有量达到120万辆。', '新能源汽车保有量'],
    ['no label for a date', '2024年3月15日公告。', undefined],
  ])('labels: %s', (_name, text, label) => {
    expect(analyzeParagraphs([text])[0]?.label).toBe(label);
  });
});
