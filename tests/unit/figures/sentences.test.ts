// Sentence splitting for figure context.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/figures';

describe('splitSentences', () => {
  it.each([
    ['full-width terminators', '营收增长。利润下降！为什么？因为成本；还有费用', ['营收增长。', '利润下降！', '为什么？', '因为成本；', '还有费用']],
    ['ASCII terminators', 'Revenue rose. Costs fell! Why? Tax;', ['Revenue rose.', 'Costs fell!', 'Why?', 'Tax;']],
    ['a decimal point is no end', '增长3.5%。', ['增长3.5%。']],
    ['a closing quote stays with its sentence', '他说：“营收增长10%。”随后离开。', ['他说：“营收增长10%。”', '随后离开。']],
    ['a closing bracket stays with its sentence', '（数据来源：公司公告。）下一句。', ['（数据来源：公司公告。）', '下一句。']],
    ['repeated terminators', '真的吗？！是的。', ['真的吗？！', '是的。']],
    ['line breaks split', '第一行\n第二行。', ['第一行', '第二行。']],
    ['whitespace is trimmed', '  营收增长。  ', ['营收增长。']],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = '  甲。乙！';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
