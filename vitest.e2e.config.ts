import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import './tests/node20-polyfills.ts';

// End-to-end tests: the built extension in real headless Chromium and Firefox ESR.
// One file at a time: two browsers at once are slow on a 2-core machine.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
