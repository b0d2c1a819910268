// The icon of each status, drawn in a 16 × 16 box. Each status has its own shape and mark, so a
// chip is told apart by its word and its icon, never by colour alone (WCAG 1.4.1). The two
// unknowns are open rings that must not look like a failure (architecture.md § Missing data): "no published figure"
// a dashed ring with a question mark, "figures exist but do not compare" a ring with "≠".

import type { StatusCode } from "../status/types.ts";

/** One path of an icon: filled with the status colour, or stroked (white on a fill, else colour). */
export interface IconPath {
  readonly d: string;
  readonly paint: "fill" | "mark" | "outline" | "dashed";
}

const CIRCLE = "M8 1a7 7 0 1 0 0.01 0Z";
// The open ring of the two unknowns: stroked, where CIRCLE is filled.
const RING = "M8 1.5a6.5 6.5 0 1 0 0.01 0Z";

/** Icon paths per status, in drawing order. */
export const STATUS_ICONS: Readonly<Record<StatusCode, readonly IconPath[]>> = {
  achieved: [
    { d: CIRCLE, paint: "fill" },
    { d: "M4.5 8.3l2.4 2.4 4.6-4.9", paint: "mark" },
  ],
  on_track: [
    { d: CIRCLE, paint: "fill" },
    { d: "M4.2 8h7M8.6 5l3 3-3 3", paint: "mark" },
  ],
  behind: [
    { d: CIRCLE, paint: "fill" },
    { d: "M8 4v4.3l2.8 1.8", paint: "mark" },
  ],
  off_track: [
    { d: "M8 1.2l7 13.3H1Z", paint: "fill" },
    { d: "M8 6v4.2M8 11.8v0.6", paint: "mark" },
  ],
  not_achieved: [
    { d: "M2 2h12v12H2Z", paint: "fill" },
    { d: "M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6", paint: "mark" },
  ],
  awaiting_final: [
    {
      d: "M3.5 1.5h9M3.5 14.5h9M4.5 1.5c0 4.5 7 4.5 7 6.5s-7 2-7 6.5M11.5 1.5c0 4.5-7 4.5-7 6.5s7 2 7 6.5",
      paint: "outline",
    },
  ],
  not_comparable: [
    { d: RING, paint: "outline" },
    { d: "M4.8 6.6h6.4M4.8 9.4h6.4M9.6 4.4l-3.2 7.2", paint: "outline" },
  ],
  no_data: [
    { d: RING, paint: "dashed" },
    { d: "M6 6.2a2 2 0 1 1 2.6 1.9c-0.5 0.2-0.6 0.6-0.6 1.2M8 11.3v0.6", paint: "outline" },
  ],
  qualitative: [
    { d: "M3 1.5h7l3 3v10H3Z", paint: "outline" },
    { d: "M5.5 7h5M5.5 9.5h5M5.5 12h3", paint: "outline" },
  ],
};
