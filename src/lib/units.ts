// What a unit written in the data (indicators.csv `unit`, observations.csv `measure_unit`) says
// about its figures. One definition, read alike by the validator (a percentage lies in 0–100),
// the status words ("điểm %" for a change) and the formatting ("19,2%", no space before "%").

/** Returns whether a unit is a percentage ("%", "% số hộ DTTS"; spaces around it ignored). */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return typeof unit === "string" && unit.trim().startsWith("%");
}
