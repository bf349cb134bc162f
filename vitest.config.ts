import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        test: {
          name: "site",
          include: ["tests/build/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/build-fixture-sites.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
