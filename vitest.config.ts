import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // The admin bundle's own substitute for "gatsby" (src/build/admin-bundle.ts), so previews render as in the admin.
        resolve: { alias: { gatsby: path.resolve("src/cms/gatsby-in-admin.tsx") } },
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] },
      },
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
