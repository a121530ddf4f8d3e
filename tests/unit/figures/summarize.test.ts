// The summary a reader wants first.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, summarizeFigures } from '@/utils/figures';

describe('summarizeFigures', () => {
  const figures = analyzeParagraphs([
    '2024年上半年，公司实现营业收入123.4亿元，同比增长15.6%；净利润8.9亿元，同比下降3.2%。',
    '公司共有员工1200人，门店86家。6月30日，公司股价报25.6元。',
    '此前公告显示，公司上半年营业收入123.4亿元。',
  ]);

  it('puts amounts and changes with labels first', () => {
    const { key } = summarizeFigures(figures, { limit: 4 });
    expect(key.map((f) => f.surface)).toEqual(['123.4亿元', '同比增长15.6%', '8.9亿元', '同比下降3.2%']);
  });

  it('collapses duplicates (same value, unit and kind)', () => {
    const { key } = summarizeFigures(figures, { limit: 20 });
    expect(key.filter((f) => f.kind === 'money' && f.value === 12340000000)).toHaveLength(1);
    expect(key.find((f) => f.value === 12340000000)?.paragraph).toBe(0);
  });

  it('ranks dates and periods last', () => {
    const { key } = summarizeFigures(figures, { limit: 20 });
    const kinds = key.map((f) => f.kind);
    const firstTemporal = kinds.findIndex((k) => k === 'date' || k === 'period');
    expect(kinds.slice(firstTemporal).every((k) => k === 'date' || k === 'period')).toBe(true);
  });

  it('groups the key figures by kind in reading order', () => {
    const { byKind } = summarizeFigures(figures, { limit: 8 });
    expect(byKind.map((g) => g.kind)).toEqual(['money', 'change', 'price', 'count', 'period']);
  });

  it('keeps only the kinds asked for, up to the limit', () => {
    const { key, byKind } = summarizeFigures(figures, { kinds: ['count'], limit: 1 });
    expect(key.map((f) => f.surface)).toEqual(['1200人']);
    expect(byKind).toEqual([{ kind: 'count', figures: key }]);
  });

  it('handles no figures', () => {
    expect(summarizeFigures([])).toEqual({ key: [], byKind: [] });
  });
});
