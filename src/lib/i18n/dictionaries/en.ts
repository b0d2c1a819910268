// The English words of the site's interface. Typed by the Vietnamese dictionary: a key missing
// here, or one that Vietnamese does not have, fails `astro check`.
import type { SourceStrength } from "../../data/rows.ts";
import type { OtherReason, StatusCode } from "../../status/types.ts";
import type { RevisionKind } from "../../releases/history.ts";
import type { ProgramNames } from "../../program/names.ts";
import type { Dictionary } from "./vi.ts";

// The two kinds of unknown name the missing data, never the province's performance
// (architecture.md § Missing data), as the Vietnamese labels do.
const STATUS_WORDS: Record<Exclude<StatusCode, "awaiting_final">, string> = {
  achieved: "Achieved",
  on_track: "On track",
  behind: "Behind",
  off_track: "Well behind",
  not_achieved: "Not achieved",
  not_comparable: "Figures exist but cannot be compared yet",
  no_data: "No published figure",
  qualitative: "Qualitative target",
};

const STRENGTH_WORDS: Record<SourceStrength, string> = {
  official: "official source",
  press: "press",
  weak: "secondary source",
};

/** The English dictionary. */
export const en: Dictionary = {
  skipLink: "Skip to main content",
  siteNamePrefix: "Tracking",
  siteSubtitle: (p: ProgramNames) => `${p.topicCapitalised}, ${p.area}, ${p.period}`,
  searchLabel: "Search",
  searchButton: "Search",
  navLabel: "Main",
  navHome: "Overview",
  navProgram: "Program text (Vietnamese)",
  navAgencies: "Agencies",
  navData: "Open data",
  navMethodology: "Methodology",
  feedTitle: "Data releases (Atom, Vietnamese)",
  langSwitchLabel: "Language",
  langSwitchTo: "Read this page in Vietnamese",
  langSwitchHome: "Vietnamese site",
  footerOpenData: "Open data",
  footerGlossary: "Glossary",
  footerAbout: "About and contact",
  footerReport: "Report an error",
  footerLicence: "Data compiled by this site are licensed",
  footerLicenceRest: "; each figure keeps the terms of the source that published it.",
  footerMethodology: "Methodology and corrections policy",
  footerIndependent: (issuer: string) =>
    `This is an independent tracker, not an official portal of ${issuer}.`,
  footerPublisher: (name: string) => `Published by: ${name}.`,
  footerNoPublisher: "The publisher has not been configured yet.",
  updatedOn: (date: string) => `Updated ${date}`,
  printCite: "Cite as",
  printFiguresAsOf: (id: string, date: string) => `Figures as of data release ${id} of ${date}.`,
  printDate: "Printed:",
  printLicence: "Licence of the compiled data: CC BY 4.0.",
  statusLabel: (status: StatusCode, goalYear: number) =>
    status === "awaiting_final" ? `Awaiting the ${goalYear} figure` : STATUS_WORDS[status],
  provisional: (label: string) => `Provisional, from the latest figure: ${label}`,
  fractionFigure: (numerator: string, denominator: string, share: string) =>
    `${numerator}/${denominator} (${share}, share computed by this site)`,
  reasonQualitative: (name: string) =>
    `${name}: a qualitative target, judged on evidence; no status is computed from figures.`,
  reasonNoData: (name: string, goalYear: number) =>
    `${name}: no figure has been published, so it cannot be compared with the ${goalYear} goal.`,
  reasonNotComparable: (name: string, goalYear: number) =>
    `${name}: figures exist, but none has the baseline's scope and series, so none can be compared with the ${goalYear} goal.`,
  reasonLatest: (figure: string, period: number) =>
    `Latest comparable figure: ${figure} (${period}).`,
  reasonBaseline: (figure: string, period: number) => `Baseline: ${figure} (${period}).`,
  reasonGoal: (goalYear: number, level: string) => `Level to reach in ${goalYear}: ${level}.`,
  reasonRatio: (percent: string) => `Progress: ${percent}% of the change expected by then.`,
  strength: (strength: SourceStrength) => STRENGTH_WORDS[strength],
  indicatorCount: (count: string) => (count === "1" ? "1 indicator" : `${count} indicators`),
  releaseLinkLabel: (id: string) => `data release ${id}`,
  targetHeading: (n: number, title: string) => `Target ${n}: ${title}`,
  targetLabel: (n: number) => `Target ${n}:`,
  verdictPeriod: (start: number, end: number) => `The ${start}–${end} period`,
  verdictNoData: "have no published figure",
  verdictNotComparable: "have figures that cannot be compared yet",
  verdictAwaiting: (year: number) => `await the ${year} figure`,
  verdictMissingPart: (count: string, words: string) => `${count} ${words}`,
  verdictMissing: (parts: string) =>
    `Of the indicators, ${parts}: that is missing published data, not a failure to achieve.`,
  verdictOngoing: (period: string, achieved: string, onTrack: string, behind: string) =>
    `${period} is under way: ${achieved} indicators have reached their goal, ` +
    `${onTrack} are on track, ${behind} are behind the expected path.`,
  verdictNoneConcluded: (period: string, end: number) =>
    `${period} has ended; no indicator has a published ${end} figure yet to conclude whether it was achieved.`,
  verdictConcluded: (
    period: string,
    concluded: string,
    total: string,
    achieved: string,
    notAchieved: string,
  ) =>
    `${period} has ended. A verdict is possible for ${concluded} of ${total} indicators: ` +
    `${achieved} achieved, ${notAchieved} not achieved.`,
  againstGoal: (year: number) => `against the ${year} goal`,
  weakBasisShort: "Provisional, resting on one secondary source.",
  goalBy: (year: number) => `Goal for ${year}`,
  orientationBy: (year: number) => `Orientation for ${year}`,
  caveatBaseline: "Baseline; no comparable figure after the baseline year yet",
  caveatBeforeBaseline: "Before the baseline year; not used for the status",
  caveatNotUsed: "Not used for the status",
  caveatOther: "Another scope or series; not used for the status",
  cardLatest: "Latest figure",
  cardYear: (year: number) => `(${year})`,
  cardNoFigure: "No published figure",
  computedMark: "(computed by this site)",
  computedTitle: "A number this site computed from published figures, not a figure of the source",
  overviewTitle: "Overview",
  overviewDescription: (p: ProgramNames) =>
    `Indicator by indicator, how far ${p.area} has come on ${p.name} (${p.topic}, ${p.period}), with sources and open data.`,
  overviewHeading: (p: ProgramNames) => `How far has ${p.area} come with ${p.shortName}?`,
  overviewVerdict: "Overall verdict",
  overviewCounts: (total: string) => `Indicators by status (${total} in all):`,
  overviewUpdated: (date: string) => `Figures updated ${date}`,
  overviewIntro: (p: ProgramNames) =>
    `On ${p.issued}, ${p.issuer} issued ${p.name} on ${p.topic} for ${p.period}, with orientations to ${p.orientationYear}. This site tracks each of its indicators independently: every figure cites a published source, and each status is computed by`,
  overviewIntroMethod: "a public method",
  overviewIntroRead: ". Read",
  overviewIntroProgram: "the full program text (Vietnamese)",
  overviewIntroOr: " or",
  overviewIntroData: "download the open data",
  overviewTargets: "The targets of the appendix",
  overviewOthers: "Other indicators of the program",
  overviewOthersNote: (year: number) =>
    `The general objective and the orientations to ${year} belong to no target of the appendix.`,
  leadLabel: "Lead:",
  scorecardGoal: (year: number) => `Goal ${year}`,
  scorecardOrientation: (year: number) => `Orientation ${year}`,
  scorecardOther: "Other",
  scorecardTarget: (n: number) => `Target ${n}`,
  scorecardNoGoal: "not stated",
  scorecardQualitative: "Qualitative",
  scorecardNoBaseline: "No baseline figure",
  scorecardQualitativeLatest: "Qualitative: not measured in figures",
  scorecardNotComparable: "Figures exist but cannot be compared yet",
  scorecardNoStrength: "No figure to assess",
  weakBasis: "Provisional, resting on one secondary source",
  scorecardHeading: "Scorecard of all indicators",
  scorecardDownload: "Download this table:",
  scorecardCsv: "CSV for machines",
  scorecardExcel: "CSV for Excel",
  scorecardMethod: ". Statuses are computed by this site with the",
  scorecardMethodLink: "methodology",
  scorecardMethodVersion: (version: string) => `version ${version}.`,
  scorecardCaption:
    "Goal, baseline, latest comparable figure, status and source strength of each indicator. Default order: by target of the appendix.",
  columnTarget: "Target",
  columnIndicator: "Indicator",
  columnGoal: "Goal",
  columnBaseline: "Baseline",
  columnLatest: "Latest comparable figure",
  columnStatus: "Status",
  columnStrength: "Source strength",
  countsHidden: " indicators",
  role: (role: "lead" | "coordinate") => (role === "lead" ? "lead" : "coordinating"),
  until: (date: string) => `until ${date}`,
  noSuccessor: "no successor recorded",
  successorNow: "now:",
  successorSince: (date: string) => `, since ${date}`,
  successorSource: "; source:",
  responsible: (names: string) => `Lead agency under the appendix: ${names}`,
  responsibleNow: (name: string, successor: string, since: string) =>
    `${name} (now ${successor}${since ? ` since ${since}` : ""})`,
  breadcrumbs: "Breadcrumb",
  targetDescription: (heading: string, shortName: string) =>
    `${heading}: the status of each indicator, lead and coordinating agencies, under the appendix of ${shortName}.`,
  targetParagraph: (n: number) => `Row ${n} of the appendix in the program text (Vietnamese)`,
  targetProgress: "How the indicators stand",
  targetCounts: "Indicators by status:",
  targetAgencies: "Agencies responsible",
  targetLead: "Lead agencies",
  targetCoordinate: "Coordinating agencies",
  targetNoLead: "The appendix names no lead agency.",
  targetNoCoordinate: "The appendix names no coordinating agency.",
  targetNav: "Previous and next target",
  programWordsNote:
    "The program has no official English translation: where this page renders the program's or a source's words (names, goals, statements), it is our unofficial translation; the Vietnamese text is the reference.",
  goalBound: (bound: "at_least" | "at_most" | "below", level: string) =>
    `${bound === "at_least" ? "at least" : bound === "at_most" ? "at most" : "below"} ${level}`,
  periodNotBefore: (year: number) => `Year not stated, not earlier than ${year}`,
  periodAsOfPublished: (month: string, year: string) =>
    `As of ${month}/${year} (date of publication)`,
  inYear: (year: number) => `${year}`,
  releaseShort: (id: string) => `Release ${id}`,
  roleUsed: "Used for the status",
  roleBaseline: "Baseline",
  roleOther: (reason: OtherReason) =>
    `${
      reason === "other-scope"
        ? "Another scope"
        : reason === "other-series"
          ? "Another series"
          : reason === "no-baseline"
            ? "No baseline to compare with"
            : "Approximate period"
    }; not used for the status`,
  revisionKind: (kind: RevisionKind) =>
    ({
      added: "First published",
      revised: "Revised",
      restated: "Published again, same value",
      withdrawn: "Withdrawn",
      republished: "Published again after withdrawal",
    })[kind],
  indicatorDescription: (name: string, label: string, year: number) =>
    `${name}: ${label.toLowerCase()} (${year} goal). Figures, sources, chart and revision history.`,
  asOfRelease: (id: string, date: string) => `Computed as of data release ${id} of ${date}.`,
  evidenceNote: "Qualitative indicator: no status is computed from figures.",
  indicatorCsv: "Download this indicator's figures (CSV)",
  goalOfYear: (year: number) => `Goal for ${year}`,
  orientationOfYear: (year: number) => `Orientation for ${year}`,
  programParagraph: (anchor: string) => `Paragraph ${anchor} of the program (Vietnamese)`,
  derivedGoal: (year: number) => `Level to reach in ${year}`,
  derivedExpected: (period: number, year: number) =>
    `Level expected in ${period} on the path to the ${year} goal`,
  derivedRatio: "Progress against the path (change achieved ÷ change expected)",
  derivedPerYear: (from: number, to: number) => `Average change per year ${from}–${to}`,
  perYear: (value: string) => `${value} per year`,
  percentPoints: "percentage points",
  citationAccessed: "[date you accessed it]",
  citationPublisher: (siteName: string) => `${siteName} (independent tracker)`,
  citationText: (siteName: string, name: string, release: string, url: string, accessed: string) =>
    `${siteName}. “${name}”. Data ${release}. ${url} (accessed ${accessed}).`,
  ledeIn: "Part of",
  ledeOfAppendix: "of the program's appendix.",
  ledeNoTarget: "Not part of any target of the appendix; set in the program's objectives.",
  finalVerdict: " — final verdict",
  sourceLabel: "source:",
  noBaseline: "No published baseline figure",
  derivedHeading: "Numbers computed by this site",
  derivedIntro:
    "The numbers below were not published by a source: they are computed from the baseline, the latest figure and the goal's wording, following the",
  derivedSee: "(see",
  derivedSeeLink: "numbers computed by this site",
  chartHeading: "Chart",
  chartVietnameseOnly:
    "The chart's labels are in Vietnamese only; its figures are in the table below.",
  evidenceHeading: "Evidence",
  evidenceText:
    "This page shows what the program sets (in unofficial translation) and the agencies charged with it.",
  evidenceNone: "No published source on the results has been recorded in the data yet.",
  programSets: "What the program sets",
  appendixRow: "Row of the appendix:",
  agenciesNone: "The appendix assigns no lead or coordinating agency to this indicator.",
  figuresHeading: "Table of figures",
  figuresNone: "No figure has been published for this indicator yet.",
  figuresCaption: "Every figure in force",
  figuresUnit: (unit: string) => `, unit: ${unit}`,
  columnYear: "Year",
  columnValue: "Value",
  columnScope: "Area",
  columnSeries: "method",
  columnUsed: ", used for the status?",
  columnSource: "Source and release",
  columnExcerpt: "Excerpt from the source, and notes",
  columnSettingLabel: "Area, method and role",
  revisedMark: "(revised)",
  scopeLabel: "Area:",
  seriesLabel: "Method:",
  releaseLabel: "Release:",
  noteLabel: "Note:",
  noteHeading: "Note",
  disputesHeading: "Disputed figures",
  disputesIntro:
    "Sources give different figures for the same year and scope. The page uses the stronger source's figure for the status and shows both sources.",
  yearLabel: (year: string) => `Year ${year}`,
  disputedLabel: "Disputed, not used for the status",
  revisionsHeading: "Revision history",
  revisionsNone: "No figure of this indicator has been revised or withdrawn.",
  columnRelease: "Release",
  columnChange: "Change",
  citationHeading: "Cite and download",
  citationTitle: "Title",
  citationPublisherLabel: "Publisher",
  publisherUnset: "Not configured yet: publisher",
  citationAddress: "Address",
  citationRelease: "Data release",
  citationAccessedLabel: "Date accessed",
  citationSuggested: "Suggested citation",
  allOpenData: "All open data",
  definitionHeading: "Definition",
  relatedHeading: "Related figures, not used for the assessment",
  relatedIntro:
    "The figures below measure something other than the indicator (another population, area or definition): they are not the indicator's figures, are not drawn on the chart and are never compared with the goal.",
  relatedMeasure: "What it measures",
  relatedUnit: "Unit",
  relatedScope: "Scope",
  relatedSource: "Source",
  relatedExcerpt: "Excerpt",
  vietnameseOnly: "(Vietnamese only)",
  unofficialTranslation: "unofficial translation",
};
