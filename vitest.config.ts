import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['agent/**/*.test.ts', 'memory/**/*.test.ts', 'main/**/*.test.ts', 'harness/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist'],
    // Real Chromium, Xvfb and tesseract are slow to start on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './test/kits/summary-reporter.ts'],
  },
});
