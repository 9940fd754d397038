import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one browser per file, files one at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
