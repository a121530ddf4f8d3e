// How many generated cases each property runs, and from which seed. Inside
// npm test: a fixed seed and few cases (the suite stays within CI's time).
// `npm run fuzz` sets FINLENS_FUZZ_RUNS and a random FINLENS_FUZZ_SEED, and
// prints the seed; a failing seed is then kept as a fixed case next to the
// property it broke (fast-check prints the seed and the counterexample's path).
import fc from 'fast-check';

const runs = Number(process.env.FINLENS_FUZZ_RUNS) || 0;
const seed = Number(process.env.FINLENS_FUZZ_SEED);

/** fast-check parameters: `fixed` cases by default, the fuzz run's count and seed under npm run fuzz. */
export function fuzzParams<T>(fixed: number): fc.Parameters<T> {
  return runs ? { numRuns: runs, seed: Number.isFinite(seed) ? seed : undefined } : { numRuns: fixed, seed: 15 };
}
