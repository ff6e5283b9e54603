import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The CLI tests build and spawn the real binary; give slow shared machines room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
