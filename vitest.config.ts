import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Pin the time zone so date formatting is the same on every machine.
    env: { TZ: "Asia/Ho_Chi_Minh" },
  },
});
