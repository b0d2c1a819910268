// The version of the status method (architecture.md § Status; the rules in compute-status.ts).
// Published with every computed status (the scorecard files) and on /phuong-phap/, so a reader who
// kept an old scorecard knows whether the statuses were computed by the same rules as today's. Bump
// it in the same commit as any change to what a status means or how it is computed (a threshold, a
// rule, a new status); wording changes alone do not bump it. The form is the year and month of the
// change: 2026-12 split "no comparable figure" into no_data and not_comparable and set related
// figures and weak sources apart.

/** Version of the status method, "YYYY-MM" of its last change. */
export const METHODOLOGY_VERSION = "2026-12";
