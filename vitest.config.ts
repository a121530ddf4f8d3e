import { defineConfig } from 'vitest/config';
import './tests/node20-polyfills.ts';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. End-to-end tests have their own config
// (vitest.e2e.config.ts) because they need a build and real browsers.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
