import { defineConfig } from "vitest/config";

// Two projects: `npx vitest run --project contract` runs this repository's contract suite alone (the
// same implementation as `npm run contract`, the command), while `npm test` runs both.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ["default", ["junit", { outputFile: "reports/junit.xml" }]] : ["default"],
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "{cli,core,generator,runtime,webhooks,diff,bulk-validate,contract,scripts,bench,test-support}/**/*.test.ts",
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "contract",
          include: ["contract-tests/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
