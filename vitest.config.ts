import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // The JSON report gives .ci/run its "N passed, M failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
