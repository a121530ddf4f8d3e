// npm run fuzz [-- RUNS [SEED]]: the property-based tests (tests/unit/fuzz) with
// many more cases than npm test runs, from a random seed it prints first, so a
// failure can be replayed with the same seed and kept as a fixed case.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '2000';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`[fuzz] ${runs} cases per property, seed ${seed} (replay: npm run fuzz -- ${runs} ${seed})`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/fuzz', '--testTimeout=0'], {
  stdio: 'inherit',
  env: { ...process.env, FINLENS_FUZZ_RUNS: runs, FINLENS_FUZZ_SEED: seed },
});
console.log(`[fuzz] seed was ${seed}`);
process.exit(result.status ?? 1);
