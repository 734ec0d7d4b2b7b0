import { defineConfig } from "vitest/config";
import SlowestFirst from "./test/slowest-first.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Integration tests share one artifact server per file and build real slugs; two workers fit this 2-core machine.
    maxWorkers: 2,
    pool: "forks",
    sequence: { sequencer: SlowestFirst },
  },
});
