import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "bench/**/*.test.ts"],
    // Database tests create their own SQLite files / PostgreSQL databases, so files may run in parallel.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report feeds the one-line summary that CI prints (.ci/summarize-results.mjs).
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
