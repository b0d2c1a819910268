import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    // Pin the time zone so date formatting is the same on every machine.
    // Astro builds and dev servers started by tests send no telemetry.
    env: { TZ: "Asia/Ho_Chi_Minh", ASTRO_TELEMETRY_DISABLED: "1" },
  },
});
