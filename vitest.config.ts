import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests only: pure logic in Node. The real-browser suite lives in tests/e2e.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
  },
});
