import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PDF tests share one Chromium per file; two files at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
