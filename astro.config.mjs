// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// SITE_URL and BASE_PATH let the same commit be published at any origin and under any
// path (e.g. BASE_PATH=/ctr-02/); pages build links with import.meta.env.BASE_URL.
export default defineConfig({
  site: process.env.SITE_URL ?? "https://ctr02.thainguyen.example",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "dist",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
