// What the benchmarks share: the median of repeated measurements, and the
// throughput of a pass run again and again after a warm-up.

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Runs `pass` `warmups` times, then times it until it has run at least
 * `minPasses` times and for at least `minMs`; returns each timed pass's MB/s
 * over `megabytes` of input.
 */
export function passRates(pass: () => void, megabytes: number, { warmups, minPasses, minMs }: { warmups: number; minPasses: number; minMs: number }): number[] {
  for (let i = 0; i < warmups; i++) pass();
  const rates: number[] = [];
  const began = performance.now();
  while (rates.length < minPasses || performance.now() - began < minMs) {
    const t0 = performance.now();
    pass();
    rates.push(megabytes / ((performance.now() - t0) / 1000));
  }
  return rates;
}
