import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pillData } from './scripts/vite-plugins';

export default defineConfig({
  plugins: [WxtVitest(), pillData()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
