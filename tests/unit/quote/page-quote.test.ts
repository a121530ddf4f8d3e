// The text Sina's script writes into a quote span, read into a structured quote: every layout seen or
// plausible, and everything that is not a quote read as none (never a wrong quote).
import { describe, expect, it } from 'vitest';
import { parsePageQuote } from '@/utils/quote/page-quote';

const M = '\u2212';

describe('parsePageQuote', () => {
  it.each([
    // the corpus layout (a rise, unsigned)
    ['(115.395, 2.79, 2.47%)', { price: '115.395', change: '+2.79', percent: '+2.47%', direction: 'up' }],
    // a fall with an ASCII minus, and with U+2212
    ['(3.55, -0.02, -0.56%)', { price: '3.55', change: `${M}0.02`, percent: `${M}0.56%`, direction: 'down' }],
    [`(3.55, ${M}0.02, ${M}0.56%)`, { price: '3.55', change: `${M}0.02`, percent: `${M}0.56%`, direction: 'down' }],
    // an explicit plus
    ['(3.55, +0.02, +0.57%)', { price: '3.55', change: '+0.02', percent: '+0.57%', direction: 'up' }],
    // unchanged
    ['(8.10, 0.00, 0.00%)', { price: '8.10', change: '0.00', percent: '0.00%', direction: 'flat' }],
    // full-width brackets and commas, no spaces
    ['（12.5，1.1，9.65%）', { price: '12.5', change: '+1.1', percent: '+9.65%', direction: 'up' }],
    // no brackets, no percent sign, line breaks between the <font> tags
    ['3.55,\n -0.02,\n -0.56', { price: '3.55', change: `${M}0.02`, percent: `${M}0.56%`, direction: 'down' }],
    // surrounding white space
    ['  (10, 0.5, 5%)  ', { price: '10', change: '+0.5', percent: '+5%', direction: 'up' }],
    // a change too small to show, but a percent that is not
    ['(100.00, 0.00, 0.01%)', { price: '100.00', change: '+0.00', percent: '+0.01%', direction: 'up' }],
  ] as const)('reads %j', (text, quote) => {
    expect(parsePageQuote(text)).toEqual(quote);
  });

  it.each([
    ['nothing', null],
    ['an empty span', ''],
    ['white space only', '  \n '],
    ['the no-trade answer (price 0)', '(0, 0.00, 0.00%)'],
    ['dashes for no data', '(--, --, --)'],
    ['two numbers', '(3.55, 0.02)'],
    ['four numbers', '(3.55, 0.02, 0.57%, 1)'],
    ['words', '(停牌, 0, 0%)'],
    ['a signed price', '(-3.55, 0.02, 0.57%)'],
    ['a change and a percent of opposite signs', '(3.55, 0.02, -0.57%)'],
    ['a number with two points', '(3.5.5, 0.02, 0.57%)'],
    ['markup written as text', '(<b>3.55</b>, 0.02, 0.57%)'],
    ['a number too large to be finite', `(${'9'.repeat(400)}, 1, 1%)`],
  ])('reads %s as no quote', (_what, text) => {
    expect(parsePageQuote(text)).toBeNull();
  });
});
