import { defineConfig } from "vitest/config";

/**
 * One test run for the whole repository. The global setup migrates one SQLite file and one
 * PostgreSQL template database; every test file copies them instead of migrating again.
 */
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "packages/*/src/**/*.test.ts"],
    globalSetup: ["packages/server/test/support/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NABIJ_PASSWORD_HASHING: "test", NABIJ_LOG_LEVEL: "silent" },
  },
});
