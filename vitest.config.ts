import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Tests check results, not speed (benchmarks are `npm run bench`). Hashing 70 MB or filling
    // 10,000 rows took over vitest's default 5 s on a 2-core machine under load; 20 s keeps a real
    // hang failing without failing a correct run on a busy machine.
    testTimeout: 20_000,
  },
});
