// Bad input never throws and returns the right figures (often none). Cost is
// linear; speed is measured by the benchmark, so these only check that huge
// inputs complete and give the right answer.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, extractFigures, splitSentences } from '@/utils/figures';
import { show } from './show';

describe('bad input', () => {
  it.each([
    ['empty text', '', []],
    ['no Chinese and no numbers', 'Hello, world! Nothing to see here.', []],
    ['control characters', '\u0000营收\u0007为5亿元\u001f', ['5亿元 money 500000000 CNY exact']],
    ['lone surrogates', '\ud800营收5亿元\udc00\ud83d', ['5亿元 money 500000000 CNY exact']],
    ['a number of absurd length', '1'.repeat(200) + '亿元', []],
    ['an absurd run of multipliers', '1' + '亿'.repeat(500) + '元', []],
    ['a version number', '版本号为1.2.3。', []],
  ])('%s', (_name, text, expected) => {
    expect(extractFigures(text).map(show)).toEqual(expected);
  });

  it('does not throw on non-string input', () => {
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
    expect(splitSentences(null as unknown as string)).toEqual([]);
    expect(analyzeParagraphs(['', '\ud800', '营收5亿元']).map((f) => f.surface)).toEqual(['5亿元']);
  });

  it.each([
    ['a 1 MB line with no punctuation', '营收增长很多'.repeat(170_000), 0],
    ['a million digits', '1'.repeat(1_000_000), 0],
    ['a million digits with a unit', `${'1'.repeat(1_000_000)}亿元`, 0],
    ['100 000 repeated 亿', '亿'.repeat(100_000), 0],
    ['100 000 repeated 亿 between a number and 元', `1${'亿'.repeat(100_000)}元`, 0],
    ['a million 一', '一'.repeat(1_000_000), 0],
    ['half a million range links', `${'1-'.repeat(500_000)}%`, 0],
    ['a million 每 before a price', `${'每'.repeat(1_000_000)}股5元`, 1],
    ['a 1 MB article of repeated figures', '公司营收达12.5亿元，同比增长8%。'.repeat(50_000), 100_000],
  ])('%s completes with the right figures', (_name, text, count) => {
    expect(extractFigures(text)).toHaveLength(count);
    expect(splitSentences(text).length).toBeGreaterThan(0);
  });
});
