// The view model of /en/program/ (issue 17). The program text has no official translation, so
// the page does not translate it: it gives the English section headings, each linked to the
// Vietnamese paragraph it stands for (/chuong-trinh/#<anchor>), a one-page English summary of
// sections I–IV marked "unofficial summary" (content/en/, when the project has it), and the
// appendix table with its targets in English (data/translations.csv), each row linked to the
// appendix row of the Vietnamese text and to the English target page.
import type { Dataset } from "../data/dataset.ts";
import { textIn, type DataText } from "../i18n/data-text.ts";
import { pathOf } from "../i18n/routes.ts";
import type { EnglishProgram, SummaryBlock } from "../program/english-summary.ts";
import type { TocEntry } from "../program/toc.ts";
import { programPath } from "./links.ts";

/** A heading of the program, in English or (with no English heading) in Vietnamese, and where it links. */
export interface GuideHeading {
  readonly anchor: string;
  readonly heading: DataText;
  /** The Vietnamese paragraph ("chuong-trinh/#II-3"). */
  readonly href: string;
  readonly children: readonly GuideHeading[];
}

/** One section of the summary. */
export interface GuideSummary {
  readonly anchor: string;
  readonly level: 1 | 2;
  readonly heading: string;
  /** The Vietnamese section it summarises ("chuong-trinh/#II"). */
  readonly href: string;
  readonly blocks: readonly SummaryBlock[];
}

/** One row of the appendix table. */
export interface GuideAppendixRow {
  /** The row's number in the appendix (TT). */
  readonly n: number;
  readonly title: DataText;
  /** The appendix cell: the program's words, in an unofficial translation when there is one. */
  readonly statement: DataText;
  readonly lead: readonly DataText[];
  readonly coordinate: readonly DataText[];
  /** The appendix row in the Vietnamese text ("chuong-trinh/#phu-luc-3"). */
  readonly href: string;
  /** The English target page ("en/targets/3/"). */
  readonly targetHref: string;
}

/** Everything /en/program/ shows. */
export interface EnglishProgramView {
  /** The program's sections and subsections, English headings where the guide gives them. */
  readonly contents: readonly GuideHeading[];
  /** The unofficial English summary, or null when the project has no content/en/. */
  readonly summary: {
    /** The summary's own statement that it is unofficial. */
    readonly notice: string;
    readonly sections: readonly GuideSummary[];
  } | null;
  readonly appendix: readonly GuideAppendixRow[];
  /** The Vietnamese full text ("chuong-trinh/"). */
  readonly programHref: string;
}

const vietnamese = (text: string): DataText => ({ text, lang: "vi", renders: null });

/**
 * Returns the view of /en/program/ from the Vietnamese table of contents (`toc`, the program
 * text's own parts), the English summary (content/en/program.md; undefined without it) and the
 * data.
 */
export function buildEnglishProgramPage(
  dataset: Dataset,
  toc: readonly TocEntry[],
  guide: EnglishProgram | undefined,
): EnglishProgramView {
  const english = new Map<string, string>();
  for (const section of guide?.sections ?? []) english.set(section.anchor, section.heading);
  const heading = (entry: TocEntry): GuideHeading => {
    const text = english.get(entry.id);
    return {
      anchor: entry.id,
      heading: text === undefined ? vietnamese(entry.label) : { text, lang: "en", renders: "ours" },
      href: programPath(entry.id),
      children: entry.children.map(heading),
    };
  };
  const agencyName = (id: string): DataText => {
    const agency = dataset.agencyById.get(id);
    return agency ? textIn(dataset, "en", "agencies", agency.id, "name") : vietnamese(id);
  };
  const appendix = dataset.targets.map((target) => {
    const roles = dataset.responsibilitiesByTarget.get(target.id) ?? [];
    const key = String(target.id);
    return {
      n: target.id,
      title: textIn(dataset, "en", "targets", key, "title"),
      statement: textIn(dataset, "en", "targets", key, "statement"),
      lead: roles.filter((row) => row.role === "lead").map((row) => agencyName(row.agency_id)),
      coordinate: roles
        .filter((row) => row.role === "coordinate")
        .map((row) => agencyName(row.agency_id)),
      href: programPath(target.program_anchor),
      targetHref: pathOf("en", { kind: "target", n: target.id }),
    };
  });
  return {
    contents: toc.map(heading),
    // The summary is the text under the headings: a heading with nothing under it is in the
    // contents already.
    summary:
      guide === undefined
        ? null
        : {
            notice: guide.notice,
            sections: guide.sections
              .filter((section) => section.blocks.length > 0)
              .map((section) => ({
                anchor: section.anchor,
                level: section.level,
                heading: section.heading,
                href: programPath(section.anchor),
                blocks: section.blocks,
              })),
          },
    appendix,
    programHref: pathOf("vi", { kind: "program" }),
  };
}
