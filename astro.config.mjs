// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { dataReload } from "./src/site/dev-data-reload.ts";
import { getBasePath, getSiteUrl } from "./src/site/deployment.ts";
import { paletteCss } from "./src/site/palette-css.ts";

// SITE_URL and BASE_PATH let the same commit be published at any origin and under any
// path (e.g. BASE_PATH=/ctr-02/); pages build links with import.meta.env.BASE_URL.
export default defineConfig({
  site: getSiteUrl(),
  base: getBasePath(),
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "dist",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  // dataReload only acts in `npm run dev`: it follows data/ (src/site/dev-data-reload.ts).
  integrations: [mdx(), dataReload()],
  devToolbar: { enabled: false },
  // Astro's MDX pages carry a "use astro:head-inject" marker that Rolldown warns about on every
  // build, once per file (withastro/astro#18087, open): harmless, and a reader of the build's
  // output should only see warnings that ask for something. The project has no other
  // module-level directives.
  // paletteCss: the colours of src/lib/palette.ts as the stylesheet "virtual:palette.css".
  vite: {
    plugins: [paletteCss()],
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  // The program text has no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy as a <meta> tag on every page (architecture.md § Qualities:
  // nothing loads from another origin). Astro hashes the scripts and styles it emits and adds
  // script-src and style-src itself; the search page adds 'wasm-unsafe-eval' for Pagefind on its
  // own. frame-ancestors is ignored in a <meta> policy, so it belongs in the web server's headers
  // (deploy/nginx.conf).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
