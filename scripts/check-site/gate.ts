// The shape every gate returns, so scripts/check-site.ts can print them all the same way.

/** The outcome of one gate. */
export interface GateResult {
  /** Vietnamese name of the gate, e.g. "Liên kết nội bộ". */
  name: string;
  /** One-line summary of what was checked, e.g. "1.234 liên kết trên 60 trang". */
  summary: string;
  /** Each problem with what to fix; empty when the gate passes. */
  problems: string[];
  /** Extra lines printed under the summary whether or not the gate passes (e.g. a size table). */
  report?: string[];
}
