// The program's names in the reader's language (issue 17). Vietnamese is nameProgram's
// (src/lib/program/names.ts); another language translates program.csv's words through
// data/translations.csv (key: the program's number) and keeps the number itself, which is a
// document reference and never translated. A word without a translation stays Vietnamese.
import type { Dataset } from "../data/dataset.ts";
import { rowKey } from "../data/translations.ts";
import { nameProgram, type ProgramNames } from "../program/names.ts";
import { textIn } from "./data-text.ts";
import { formatDateIn } from "../format.ts";
import type { Lang } from "./languages.ts";

/** Returns the names of the dataset's program as pages in `lang` write them. */
export function nameProgramIn(dataset: Dataset, lang: Lang): ProgramNames {
  const names = nameProgram(dataset.program);
  if (lang === "vi") return names;
  const program = dataset.program;
  const key = rowKey(dataset, "program", program);
  const word = (
    field: "kind" | "short_name" | "issuer" | "province" | "area" | "implements" | "topic",
  ) => textIn(dataset, lang, "program", key, field).text;
  const kind = word("kind");
  const issued = formatDateIn(lang, program.issued);
  const issuer = word("issuer");
  const area = word("area");
  const topic = word("topic");
  return {
    ...names,
    title: `${kind} No. ${program.number}`,
    name: `${kind} ${program.number}`,
    shortName: word("short_name"),
    titleSuffix: `${word("short_name")}, ${word("province")}`,
    reference: `${kind} No. ${program.number} of ${issued} by ${issuer}`,
    issuer,
    issued,
    province: word("province"),
    area,
    areaCapitalised: area,
    implements: word("implements"),
    topic,
    topicCapitalised: topic.charAt(0).toUpperCase() + topic.slice(1),
  };
}
