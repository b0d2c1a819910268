// The program's names as the pages write them, composed from its one row in program.csv
// (docs/architecture.md § Data contract). No file under src/ names the program itself: every
// title, header, footer, card and feed reads these texts, so another program builds from its
// own data folder (tests/second-program.test.ts).
import { capitalise, formatDate } from "../format.ts";
import type { Program } from "../data/rows.ts";

/** The texts that name the program, ready to print. */
export interface ProgramNames {
  /** "<kind> số <number>", e.g. "Kế hoạch số 07/KH-UBND". */
  readonly title: string;
  /** "<kind> <number>", e.g. "Kế hoạch 07/KH-UBND". */
  readonly name: string;
  /** The short name from the data, e.g. "Kế hoạch 07/KH-UBND". */
  readonly shortName: string;
  /** What every page title ends with: "<short name>, <province>". */
  readonly titleSuffix: string;
  /** The official reference: "<kind> số <number> ngày dd/mm/yyyy của <issuer>". */
  readonly reference: string;
  /** The issuing body, as in a sentence. */
  readonly issuer: string;
  /** Date of issue, "dd/mm/yyyy". */
  readonly issued: string;
  /** The province's proper name. */
  readonly province: string;
  /** The area as inside a sentence ("tỉnh …"). */
  readonly area: string;
  /** The area at the start of a sentence ("Tỉnh …"). */
  readonly areaCapitalised: string;
  /** The resolution the program implements. */
  readonly implements: string;
  /** The program's field, as inside a sentence. */
  readonly topic: string;
  /** The field at the start of a sentence or a line. */
  readonly topicCapitalised: string;
  /** The period, "<start>–<end>" (en dash). */
  readonly period: string;
  /** First year of the period. */
  readonly startYear: number;
  /** Last year of the period. */
  readonly endYear: number;
  /** Year of the final goals. */
  readonly goalYear: number;
  /** Year of the orientations. */
  readonly orientationYear: number;
}

/** Returns the texts that name `program`. */
export function nameProgram(program: Program): ProgramNames {
  const issued = formatDate(program.issued);
  return {
    title: `${program.kind} số ${program.number}`,
    name: `${program.kind} ${program.number}`,
    shortName: program.short_name,
    titleSuffix: `${program.short_name}, ${program.province}`,
    reference: `${program.kind} số ${program.number} ngày ${issued} của ${program.issuer}`,
    issuer: program.issuer,
    issued,
    province: program.province,
    area: program.area,
    areaCapitalised: capitalise(program.area),
    implements: program.implements,
    topic: program.topic,
    topicCapitalised: capitalise(program.topic),
    period: `${program.start_year}–${program.end_year}`,
    startYear: program.start_year,
    endYear: program.end_year,
    goalYear: program.goal_year,
    orientationYear: program.orientation_year,
  };
}
