// The figure engine on generated text: random Unicode (lone surrogates and
// NUL included), huge numbers, long runs of digits and numerals. No exception,
// every figure an exact span of its text, and linear time, measured as the
// ratio of the time for four times the text to the time for the text.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '@/utils/figures';
import { fuzzParams } from './fuzz-runs';

const NUMERALS = '0123456789０１２３４５６７８９一二三四五六七八九十百千万亿零〇壹贰叁肆伍陆柒捌玖拾佰仟.,%％-+约超近余亿元美元股倍';
const numeralRun = fc.string({ unit: fc.constantFrom(...NUMERALS), maxLength: 400 });
const huge = fc.oneof(fc.bigInt().map(String), fc.double().map(String), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 300, maxLength: 2000 }));
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  numeralRun,
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), huge, fc.constantFrom('亿元', '%', '万股', '倍', '元/股', '')).map((parts) => parts.join('')),
);

describe('extractFigures on generated text', () => {
  test('no exception; every figure is an exact, ordered span of the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let end = 0;
        for (const f of extractFigures(t)) {
          expect(f.surface).toBe(t.slice(f.start, f.end));
          expect(f.start).toBeGreaterThanOrEqual(end);
          end = f.end;
        }
      }),
      fuzzParams(500),
    );
  });

  /**
   * Time per run over `t`: the least of `reps` averages, each over runs adding up to 20 ms at least (sub-ms
   * runs are noise). The least, not the median: other work on the machine (the rest of the suite runs in
   * parallel) only ever adds time, so the fastest average is the engine's own.
   */
  const time = (t: string, reps = 5) => {
    const averages: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      let runs = 0;
      do {
        extractFigures(t);
        runs++;
      } while (performance.now() - t0 < 20);
      averages.push((performance.now() - t0) / runs);
    }
    return Math.min(...averages);
  };

  test.each([
    ['digits', '7'],
    ['Chinese numerals', '一二三四五六七八九十百千万亿'],
    ['financial numerals', '壹贰叁肆伍陆柒捌玖拾佰仟'],
    ['separators', '1,234,'],
  ])('linear time on long runs of %s: four times the text, about four times the time', (_name, unit) => {
    const at = (n: number) => unit.repeat(Math.ceil(n / unit.length));
    time(at(160_000), 1); // warm-up, at the largest size (small inputs time the JIT, not the engine)
    const small = time(at(40_000));
    const large = time(at(160_000));
    // linear: ×4; quadratic: ×16. The bound sits between, above the machine's noise.
    expect(large / small, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(8);
  });
});
