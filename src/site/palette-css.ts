// A Vite plugin that serves the stylesheet generated from src/lib/palette.ts as the module
// "virtual:palette.css", so the page's colours and chart line styles are never a copy of the
// ones the share cards and chart downloads are drawn with. The layouts import it next to
// global.css; Vite bundles it with the other CSS (no inline style, nothing for the CSP to allow).
import { writePaletteCss } from "../lib/palette.ts";

/** The module name the layouts import. */
const PALETTE_CSS_MODULE = "virtual:palette.css";

// "\0" marks a virtual module for other plugins; the ".css" ending makes Vite treat it as CSS.
const resolvedId = `\0${PALETTE_CSS_MODULE}`;

/** Returns the Vite plugin that serves the palette stylesheet. */
export function paletteCss(): {
  name: string;
  resolveId(source: string): string | undefined;
  load(id: string): string | undefined;
} {
  return {
    name: "ctr02-palette-css",
    resolveId: (source) => (source === PALETTE_CSS_MODULE ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? writePaletteCss() : undefined),
  };
}
