import { defineConfig } from "vitest/config";

// Site tests spawn real builds (Eleventy + the pipeline), so the limits are generous.
// Reporters stay at the default here; `.ci/run` adds the JSON reporter on the command line.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
