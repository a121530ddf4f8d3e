// Numerals and exact decimal arithmetic.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '@/utils/figures';
import { decFromDigits, decShift, decToNumber } from '@/utils/figures/decimal';

describe('parseChineseNumber', () => {
  it.each([
    ['三千亿', 300000000000],
    ['两万', 20000],
    ['一百二十三', 123],
    ['〇', 0],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['两万三千六百', 23600],
    ['叁亿柒仟伍佰万', 375000000],
    ['贰亿伍仟万', 250000000],
    ['壹佰贰拾叁万肆仟伍佰陆拾柒', 1234567],
    ['一亿二千万', 120000000],
    ['三万五千亿', 3500000000000],
    ['1.2万亿', 1200000000000],
    ['3千万', 30000000],
    ['4.52万', 45200],
    ['三万五', 35000],
    ['两千五', 2500],
    ['三十五点六', 35.6],
    ['零点五', 0.5],
    ['三点五亿', 350000000],
    ['十二点三万', 123000],
    ['二〇二五', 2025],
    ['亿', 100000000],
    ['百亿', 10000000000],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '元', '三一重工', 'abc'])('%s is not a whole numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('exact decimals', () => {
  it.each([
    ['4.52', 4, 45200],
    ['0.07', 12, 70000000000],
    ['1.1', 8, 110000000],
    ['16238.5', 8, 1623850000000],
    ['0.55', 4, 5500],
    ['8405.53', 4, 84055300],
  ])('%s × 10^%d is exactly %d', (digits, pow, expected) => {
    const [int, frac = ''] = digits.split('.') as [string, string?];
    expect(decToNumber(decShift(decFromDigits(int, frac), pow))).toBe(expected);
  });

  it('does what binary floats do not', () => {
    expect(4.52 * 10000).not.toBe(45200);
    expect(decToNumber(decShift(decFromDigits('4', '52'), 4))).toBe(45200);
  });
});
