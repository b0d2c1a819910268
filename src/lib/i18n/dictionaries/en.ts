// The English words of the site's interface. Typed by the Vietnamese dictionary: a key missing
// here, or one that Vietnamese does not have, fails `astro check`.
import type { GoalRule, SourceStrength } from "../../data/rows.ts";
import { BEHIND_RATIO, ON_TRACK_RATIO } from "../../status/assess.ts";
import { formatEnglishNumber } from "../../format.ts";
import type { LineStyle } from "../../charts/types.ts";
import type { OtherReason, StatusCode } from "../../status/types.ts";
import type { RevisionKind } from "../../releases/history.ts";
import type { ProgramNames } from "../../program/names.ts";
import type { CitationWords } from "../../views/data-page.ts";
import type { Dictionary } from "./vi.ts";

const LINE_NOTES: Record<LineStyle, string> = {
  comparable: "Same scope and series as the base year: used for the assessment",
  "other-scope": "Another scope: not used for the assessment",
  "other-series": "Another data series: not used for the assessment",
  "no-baseline": "No base-year figure to compare with",
};

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

// The status module's thresholds, as the methodology says them ("95%", "50%").
const ON_TRACK = `${formatEnglishNumber(ON_TRACK_RATIO * 100)}%`;
const BEHIND = `${formatEnglishNumber(BEHIND_RATIO * 100)}%`;

// What each status means: the Vietnamese meanings (vi.ts) in English.
const STATUS_MEANINGS: Record<StatusCode, string> = {
  achieved: "The latest comparable figure has reached the goal level.",
  on_track: `Not at the goal yet, but the change achieved is at least ${ON_TRACK} of the change expected on the path.`,
  behind: `The change achieved is from ${BEHIND} to under ${ON_TRACK} of the change expected on the path.`,
  off_track: `The change achieved is under ${BEHIND} of the change expected on the path, or there is no change, or a move away from the goal.`,
  not_achieved:
    "The goal year is over and the figure for that very year misses the goal level. This is the final verdict.",
  awaiting_final:
    "The goal year is over but its figure is not published yet; the page adds a provisional result from the latest figure.",
  not_comparable:
    "Figures exist, but none can be compared with the goal: there is no baseline figure yet, or the figures differ from the baseline in scope or series, or come after the goal year. The page says how each figure differs. This is missing comparable data, not a failure to achieve.",
  no_data:
    "No figure has been published after the baseline year (or none at all, the baseline included). The page names the lead agency under the appendix, which is responsible for reporting the figures. This is missing published data, not a failure to achieve.",
  qualitative:
    "A target without a measure: the page shows the program's wording and the evidence, and computes no status from figures.",
};

// How each rule of goals.csv becomes a level L, and when L is met (the methodology's table).
const GOAL_RULES: Record<GoalRule, { name: string; level: string; met: string }> = {
  at_least: { name: "At least", level: "L is the number the program states.", met: "Figure ≥ L" },
  at_most: {
    name: "Not more than",
    level: "L is the number the program states.",
    met: "Figure ≤ L",
  },
  below: { name: "Below", level: "L is the number the program states.", met: "Figure < L" },
  multiple_of_baseline: {
    name: "A multiple of the baseline",
    level: "L = factor × the baseline figure.",
    met: "Figure ≥ L",
  },
  change_per_year: {
    name: "A change each year",
    level: "L = baseline + change per year × years from the baseline year to the goal year.",
    met: "Figure ≤ L when the goal is a decrease, ≥ L when it is an increase",
  },
  reduce_by_share: {
    name: "A reduction by a share of the baseline",
    level: "L = baseline × (1 − share of the reduction).",
    met: "Figure ≤ L",
  },
  share_of_reference: {
    name: "A share of a reference value",
    level:
      "L = share × the reference value of the same year; without a reference value it cannot be computed yet.",
    met: "In the indicator's desired direction",
  },
  qualitative: { name: "Qualitative", level: "No numeric level.", met: "Not computed" },
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
  navProgram: "The program",
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
  chartTitle: (name: string) => `Chart: ${name}`,
  chartUnit: (unit: string) => `Unit: ${unit}`,
  chartEmpty: "No published figure",
  chartUndated: "No dated figure: see the table",
  chartGoalTag: (year: number) => `${year} goal`,
  chartGoalLegend: (year: number, goal: string) => `${year} goal: ${goal}`,
  chartExpected: (year: number) => `Path needed to reach the ${year} goal`,
  chartLegendBaseline: "Base year (hollow dot)",
  chartLegendRevised: "Revised figure (ring around it)",
  chartLineNote: (style: LineStyle) => LINE_NOTES[style],
  chartTableCaption: (title: string) => `Figures on the chart: ${title}`,
  chartTableYear: "Year",
  chartCellBaseline: "base year",
  chartCellRevised: "revised",
  chartSummaryUndated: (name: string, undated: number) =>
    `${name}: no figure with an exact year to draw (${undated} ${undated === 1 ? "figure" : "figures"} without an exact year, see the data table)`,
  chartSummaryEmpty: (name: string) => `${name}: no published figure`,
  chartSummaryGoal: (year: number, goal: string) => `${year} goal: ${goal}`,
  chartSummaryOthersApart: (count: number) =>
    `${count} other ${count === 1 ? "line" : "lines"} of another scope or series drawn apart, not used for the assessment`,
  chartSummaryOthers: (count: number) =>
    `${count} other ${count === 1 ? "line" : "lines"} drawn apart by scope and data series`,
  chartSummaryRevised: (count: number) => `${count} revised ${count === 1 ? "figure" : "figures"}`,
  trendHeld: (figure: string, from: number, to: number) =>
    `steady at ${figure} from ${from} to ${to}`,
  trendMoved: (from: string, fromYear: number, up: boolean, to: string, toYear: number) =>
    `${up ? "up" : "down"} from ${from} (${fromYear}) to ${to} (${toYear})`,
  sparklineLabel: (trend: string) => `Trend: ${trend}`,
  sparklineEmpty: "No figure yet",
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
  agencyTargets: (role: string) => `Targets as ${role} agency`,
  agencyDescription: (name: string, shortName: string) =>
    `${name}: the targets it leads and supports under ${shortName}, with the status of each indicator.`,
  agencyNotNamed:
    "The program does not name this agency; the page records it as a successor of one it names.",
  activeUntil: (date: string) => `Active until ${date}`,
  noSuccessorEnded:
    "No successor recorded: the sources cited do not say which body took over this work.",
  noSuccessorUnconfirmed: "No successor recorded: no source confirms one.",
  agencyRoleCount: (role: string, dated: string, count: string) =>
    `${role}${dated} on ${count} ${count === "1" ? "target" : "targets"}`,
  agencyNoTarget: "assigned no target",
  agenciesTitle: "Agencies responsible",
  agenciesDescription: (shortName: string) =>
    `The agencies ${shortName} charges with leading or supporting each target, and which ended after the 2025 restructuring.`,
  agenciesLede: "The program's appendix assigns each target to a",
  agenciesLedeLink: "lead agency and coordinating agencies",
  agenciesLedeRest:
    ". Agencies are named as the program names them (in our unofficial translation). After the 2025 restructuring, an agency that a cited source says has ended has its role dated with its last day.",
  agencyShortName: (name: string) => ` This page calls it “${name}” for short.`,
  agencySourceLabel: "Source:",
  agencyLeadSummary: "Indicators the agency leads",
  none: "None.",
  successorLabel: "Successor:",
  successorSourceParen: "source:",
  predecessorsLabel: "Took over from:",
  schemaCaption: (file: string) => `Columns of ${file}, in file order`,
  schemaKeyMany: "no two rows share the values of all these columns.",
  schemaKeyOne: "no two rows share a value.",
  schemaRequired: "required",
  schemaOptional: "may be empty",
  schemaPrimaryKey: "Primary key:",
  schemaForeignKey: "must be a value of the column",
  schemaOf: "of",
  schemaIfFilled: "(when the cell is not empty).",
  schemaRows: "The file must have at least one data row.",
  schemaColumn: "Column",
  schemaMeaning: "Meaning and rules",
  schemaFrom: "Taken from the column",
  dataTitle: "Open data",
  dataDescription: (p: ProgramNames) =>
    `Download all the data tracking ${p.shortName} of ${p.area} as CSV, with every column documented, the CC BY 4.0 licence, how to cite and the releases.`,
  dataLede: (release: string, date: string) =>
    `Every number on this site comes from the files below; each figure names its published source and quotes it verbatim. Current data release: [${release}](release), [${date}](date) (see [what a data release is](releaseTerm) and the other [terms](glossary)). The files are the same as on the Vietnamese page: their text cells are in Vietnamese (English wording of names, units and goals is in translations.csv); the columns are documented in English below.`,
  dataOnPage: "On this page",
  dataDownload: "Download",
  dataScorecard: "Scorecard",
  dataByIndicator: "By indicator",
  dataColumns: "Columns",
  dataLicence: "Licence",
  dataCiteShort: "How to cite",
  dataReleases: "Releases (in Vietnamese)",
  dataAll: "All the data",
  dataZip: (count: string) =>
    `${count} machine CSV files and datapackage.json as above, with the whole revision history. The files of each release, unchanged since the day it was published, are on its release page.`,
  dataDatapackage:
    "Describes the files in the [Frictionless Data Package](frictionless) standard, with the size (`bytes`) and SHA-256 hash (`hash`) of each machine CSV file, to check what you downloaded.",
  dataWhich: "Which file should I download?",
  dataWhichIntro: "Each table comes in two forms with the same content:",
  dataMachine:
    "**CSV for machines**: UTF-8 without BOM, comma-separated, decimal point (`12.5`), byte for byte the project's files. For R, Python, LibreOffice, databases, or to check the hashes.",
  dataExcel:
    "**CSV for Excel**: the same with a 3-byte UTF-8 byte order mark (BOM) at the start. **If you open the file by double-clicking it in Excel, choose this one so that the Vietnamese letters show correctly.** If number columns are read wrongly (your computer uses a decimal comma), open the file with Data → From Text/CSV and choose the point as decimal separator.",
  rowCount: (count: string) => `${count} ${count === "1" ? "row" : "rows"}`,
  dataScorecardHeading: "Scorecard (computed data)",
  dataScorecardText: (version: string) =>
    `The table at the top of the [overview](home): one row per indicator with its goal, baseline, latest comparable figure, status and source strength. These are data **computed by this site** following the [methodology](methodology) version ${version}, not figures of a published source; a related figure (another measure) is never used as the latest figure. The table is not part of the release snapshots. Its columns are described [below](scorecardColumns).`,
  dataScorecardJson:
    "Records the methodology version (`methodology_version`) and the data release (`release`) used to compute it.",
  dataByIndicatorHeading: "Figures by indicator",
  dataByIndicatorText:
    "Each indicator has its own file in three forms with the same content (CSV for machines, CSV for Excel, JSON): every figure its page shows, that is its goals, baseline, published figures and related figures, each row with its scope, series and full source. The indicator's page links to these files. The `kind` column says what a row is: `goal` (a goal of the program), `baseline` (the base year), `observation` (a figure of the indicator), `related` (a related figure) or `no_data` (an indicator with no figure yet; the `note` column gives the reason). The `status` column says:",
  dataRowCurrent: "`current`: the figure in use;",
  dataRowSuperseded: "`superseded`: replaced by a later release;",
  dataRowWithdrawn: "`withdrawn`: withdrawn, no longer used.",
  dataRowRoles:
    "The `role` column is `related` when the row is a related figure: it measures something else (named in the `measure` column, its unit in the `unit` column), is not a figure of the indicator and is not used for the assessment. The `source_strength` column grades the source (`official`: official source, `press`: press, `weak`: secondary source); the `caveat` column says in words when a figure rests only on a secondary source.",
  dataIndicatorFiles: (count: string) => `${count} files by indicator`,
  dataColumnsHeading: "Files and columns",
  dataColumnsText:
    "Generated from `datapackage.json`, the very file the data checks use: every rule below is checked before the site is built. An empty cell means no value; dates are written `YYYY-MM-DD`.",
  dataLicenceText:
    "The project's compilation (selection, organisation, titles, notes and data files) is licensed under:",
  dataLicenceTerms: (shortName: string) =>
    `You may copy, distribute and adapt it, including for commercial purposes, as long as you give credit (see how to cite). Quotes and figures taken from published sources keep their sources' terms; each row names its source in the sources file. The text of ${shortName} is an official administrative document.`,
  dataCite: "How to cite",
  dataCiteIntro: "When you use the data, name the release you used, for example:",
  dataCitation: (c: CitationWords) =>
    `${c.author} (${c.year}). ${c.title}, release ${c.version} (${c.date}) [Dataset]. ${c.url}`,
  dataCiteKeep:
    "The page of each release and its files keep their address, so your readers can always find the exact data you used. When you quote a figure, quote its original source too (the `source_id` column and the `sources.csv` file).",
  dataReport:
    "If you find a wrong figure, a dead source or a misquoted excerpt, please report it as described on the [About and contact](about) page. Please state:",
  dataReportPlace:
    "the page address, or the file name and line number (for example `observations.csv`, line 5);",
  dataReportFigure:
    "the indicator, year and scope, the value shown and the value you believe is right;",
  dataReportSource:
    "the published source that shows it: its address, publication date and verbatim excerpt;",
  dataReportRelease: (release: string) =>
    `the data release you are looking at (currently ${release}).`,
  dataCorrections:
    "A correction is published in a later release; the old value is kept and shown in the indicator's revision history and on the release's page. [See every data release (in Vietnamese)](releases).",
  methodDescription:
    "How this site computes each indicator's status, what scopes and series are, its sources and corrections policies.",
  methodLede:
    "This page explains how the status of each indicator is computed, why a figure is or is not used for the assessment, where the site's figures come from and how errors are corrected. Abbreviations and terms of art are explained in the",
  methodHowHeading: "How a status is computed",
  methodVersion: "Method version:",
  methodVersionNote:
    "(the month the rules last changed). The downloadable scorecard records it in a column and in its JSON file, so you know which rules computed a status.",
  methodGoalYear: (goalYear: number, orientationYear: number) =>
    `Each indicator is judged against its ${goalYear} goal (the end of the program's period); an indicator with only a ${orientationYear} orientation is judged against that orientation. The status against the ${orientationYear} orientation is also given on the indicator's page.`,
  methodToday:
    "“Today” is the date of the data release, never the date the site was built. For each year, scope and series, the value of the latest release is used; a withdrawn value is not used.",
  methodComparable:
    "Only figures with the same geographic scope and the same data series as the baseline are compared. Figures of another scope (for example of the province after the merger) or another series (for example under another poverty standard) are still shown and labelled, but never used to compute a status.",
  methodApproximate:
    "A figure whose source gives no year (“so far”, “now”) is shown just as the source dates it: “Year not stated, not earlier than …” when the source page shows no date of publication (that year is the earliest the source's own content allows), or “As of mm/yyyy (date of publication)” when it does. The site never gives such a figure a year of its own, never draws it on a chart and never uses it to compute a status.",
  methodFraction:
    "A source that gives a fraction (for example “66/110 communes”) is recorded with both the count and the total; the percentage beside it is computed by this site (66 ÷ 110 × 100 = 60.0%) and is used to compute the status. If the source gives a percentage that does not match its own fraction, the site does not use that percentage and says so in a note.",
  methodDispute: (heading: string) =>
    `When two sources give different values for the same year, scope and series, both are kept: the stronger source's value is used for the assessment, and the other is shown under “${heading}” on the indicator's page, with both sources.`,
  methodPath:
    "The goal's wording is turned into a level to reach in the goal year (table below). The expected path is a straight line from the baseline to that level. Progress ratio = change achieved ÷ change expected on the path, at the year of the latest comparable figure.",
  methodRatio: (onTrack: string, behind: string) =>
    `Reaching the goal level is “Achieved”; a progress ratio from ${onTrack} is “On track”; from ${behind} to under ${onTrack} is “Behind”; under ${behind}, no change or a move the wrong way is “Well behind”.`,
  methodFinal: (goalYear: number) =>
    `Once the goal year is over: with a figure for that very year, the final verdict is “Achieved” or “Not achieved”; without one, the status is “Awaiting the ${goalYear} figure”, with a provisional result from the latest figure.`,
  methodMissing:
    "When no figure of the indicator has been published after the baseline year (or not even a baseline figure), the status is “No published figure”, and the page names the lead agency under the appendix. When figures exist but none has the baseline's scope and series, it is “Figures exist but cannot be compared yet”, and the page says how each figure differs. Both are missing data, not a failure to achieve.",
  methodComputed:
    "Every number this site computes (the level to reach, the level expected on the path, the progress ratio, the average change per year, a share computed from a fraction) carries the mark",
  methodComputedEnd: "beside it.",
  methodStatusesHeading: "The statuses",
  methodColumnMeaning: "Meaning",
  statusMeaning: (status: StatusCode) => STATUS_MEANINGS[status],
  methodGoalRulesHeading: "From the goal's wording to a level to reach",
  methodColumnRule: "Kind of goal",
  methodColumnLevel: "Level to reach (L)",
  methodColumnMet: "Met when",
  methodColumnUsed: "Goals in the data",
  goalRuleName: (rule: GoalRule) => GOAL_RULES[rule].name,
  goalRuleLevel: (rule: GoalRule) => GOAL_RULES[rule].level,
  goalRuleMet: (rule: GoalRule) => GOAL_RULES[rule].met,
  methodGoalCount: (count: string) => (count === "1" ? "1 goal" : `${count} goals`),
  methodExampleHeading: "A worked example from the real data",
  methodExampleIndicator: "The indicator",
  methodExampleFrom: ", computed from the current data by the very functions that build the pages:",
  methodStepBaseline: (figure: string, year: number) => `Baseline: ${figure} in ${year}.`,
  methodStepGoal: (year: number) => `Goal for ${year}, in the program's words:`,
  methodStepGoalTranslated: (year: number, mark: string) =>
    `Goal for ${year}, in the program's words (${mark}):`,
  methodStepLevel: (year: number, level: string) => `Level to reach in ${year}: ${level}.`,
  methodStepLatest: (figure: string, year: number) =>
    `Latest comparable figure (same scope and series as the baseline): ${figure} in ${year}.`,
  methodStepPath: (
    baseline: string,
    baselineYear: number,
    level: string,
    year: number,
    latestYear: number,
    expected: string,
  ) =>
    `The expected path is a straight line from ${baseline} in ${baselineYear} to ${level} in ${year}; for ${latestYear} it expects ${expected}.`,
  methodStepRatio: (latest: string, baseline: string, expected: string, ratio: string) =>
    `Progress ratio = (${latest} − ${baseline}) ÷ (${expected} − ${baseline}) = ${ratio}.`,
  methodStepAwaiting: (year: number, label: string, provisional: string) =>
    `${year} is over but its figure is not published yet, so the status is “${label}”. ${provisional}.`,
  methodStepStatus: (label: string) => `Status: ${label}.`,
  methodExampleShows: "The indicator's page says:",
  methodExampleNone:
    "No indicator has both a baseline figure and a comparable figure yet to serve as an example.",
  methodScopeHeading: "Area and method (scope and series)",
  methodScopeEach: "Every figure has an",
  methodScopeArea: "area",
  methodScopeAreaMeans: "(its scope: the territory the figure describes) and a",
  methodScopeMethod: "method",
  methodScopeMethodMeans:
    "(its data series: the definition or standard it is measured by). The area changes when administrative boundaries change, the method when a definition or measurement standard changes (see the two tables below); figures of different scopes or series are never joined into one line or compared with each other.",
  methodScopesHeading: "Scopes",
  methodSeriesHeading: "Data series",
  methodColumnCode: "Code",
  methodColumnName: "Name",
  methodColumnValidity: "In force",
  methodColumnNote: "Note",
  methodValidFrom: (date: string) => `from ${date}`,
  methodValidTo: (date: string) => `until ${date}`,
  methodSourcesHeading: "Sources policy",
  methodSourcesCited:
    "Every number on this site comes from a published source, with its address and an excerpt that contains the number. The site never estimates, interpolates or fills in a missing number.",
  methodSourcesGrades: (area: string) =>
    `Each source is graded at one of three levels, with the reason: official source (a document or portal of a government body of ${area}, or of a ministry), press, or secondary source (an aggregator, a machine translation, another province's portal, an excerpt of a thesis). The grade is given next to each figure. A status, chart, share image, embed or CSV row that rests only on secondary sources says “provisional, resting on one secondary source”.`,
  methodSourcesRelated: (heading: string) =>
    `A figure that measures something other than the indicator (another population, area or definition) is shown apart, under “${heading}”, with its own measure and unit: it is never the indicator's latest figure, never drawn on the chart and never compared with the goal.`,
  methodSourcesVerbatim:
    "The goals' wording is copied verbatim from the program, spelling mistakes included; English pages give our unofficial translation of it.",
  methodSourcesPrivacy:
    "The site sends no request to any other server and does not track its readers.",
  methodSourcesInUse: "Sources in use",
  methodSourceAccessed: "accessed",
  methodSourceGrade: "Grade:",
  methodCorrectionsHeading: "Corrections policy",
  methodCorrectionsReleases:
    "The data are published in numbered releases. A correction raises the last number (1.0.1), new figures raise the middle number (1.1.0), and a change in the structure of the files raises the first number (2.0.0).",
  methodCorrectionsKept: (heading: string) =>
    `Published figures are never deleted: a wrong figure is corrected by a new row in a later release, and a withdrawn figure is recorded with the reason. The old value stays visible under “${heading}” on the indicator's page.`,
  methodCorrectionsFiles: "Each release has its own page and its own set of files under",
  methodCorrectionsCheckable: ", so every citation can be checked again.",
  glossaryDescription:
    "The abbreviations and terms of art used on this site, explained in plain words: ethnic minorities (DTTS), the ethnic minority and mountainous area, Region I, II and III communes, especially disadvantaged communes, the new rural standard, poverty standards, method, area, data release.",
  glossaryLede:
    "The abbreviations and terms of art used on this site, explained in plain words, each with the Vietnamese term that sources write. For how the site computes a status, in full, see",
  glossaryIndex: "Terms",
  glossaryOriginal: "In Vietnamese:",
  aboutDescription: (shortName: string) =>
    `Who publishes this tracker of ${shortName}, how to reach them, how to report an error or send a published figure, the licence, the source code and how to obtain the program's official text.`,
  aboutLede: (p: ProgramNames) =>
    `This site tracks ${p.title} of ${p.issuer} on ${p.topic} for ${p.period}, with orientations to ${p.orientationYear}: the full program text (in Vietnamese), the progress of each indicator and open data. Every number comes from a published source, with its address and a verbatim excerpt.`,
  aboutWhoHeading: "Who publishes this site",
  aboutNoPublisher:
    "The body responsible for this site has not been recorded in its configuration (the file",
  aboutNoPublisherCite: (siteName: string) =>
    `), so the site cannot name it yet. When citing, give the site's name, “${siteName}”, and the address of the page you used.`,
  aboutIndependent: (issuer: string) =>
    `This is an independent tracker, not an official site of ${issuer}`,
  aboutNotOfficial: "or of any State body. It does not replace the official documents and figures.",
  aboutContactHeading: "Contact",
  aboutContactPage: "Contact page",
  aboutNoContact:
    "No contact address yet: the publisher has not been configured, so the site has no e-mail, phone or contact page.",
  aboutReportHeading: "Report an error or send a published figure",
  aboutReportVia: "Send it to:",
  aboutReportOr: " or ",
  aboutIssues: "the issue tracker of the source repository",
  aboutNoChannel:
    "The site has no channel for reports yet, as the publisher and contact have not been configured. When it has one, it will be given here.",
  aboutReportHow:
    "When you report a wrong figure, or send a published figure the site does not have yet, please give:",
  aboutReportPage: "the page or indicator (the page's address, or the file name and line number);",
  aboutReportFigure: "the number, its year and area, with its unit;",
  aboutReportSource: "the address of the published source that gives it, and its date if any;",
  aboutReportExcerpt: "the sentence that contains the number, copied verbatim from the source;",
  aboutReportError: "for an error: the value the site shows and the value you believe is right.",
  aboutReportPolicy:
    "The site uses only published figures with a source that can be checked, never estimates. A correction is published in a later data release, and the old value stays in the revision history (see the",
  aboutReportPolicyLink: "corrections policy",
  aboutLicenceHeading: "Licence",
  aboutLicence: "The data and text compiled by this site are licensed under",
  aboutLicenceRest:
    ": you may reuse them, including for commercial purposes, provided you credit the source. Each figure keeps the terms of the source that published it. To download the data and see how to cite it, go to",
  aboutCodeHeading: "Source code",
  aboutCode: "The site's source code and history of changes:",
  aboutNoCode:
    "The address of the site's source repository has not been published yet (not configured).",
  aboutOfficialHeading: "The program's official text",
  aboutOfficial: (p: ProgramNames) =>
    `${p.title} was issued by ${p.issuer} on ${p.issued}; the signatory and the recipients are listed at the end of the document. There is no official English translation. This site copies the`,
  aboutOfficialLink: "full text of the program (in Vietnamese)",
  aboutOfficialRest:
    "word for word, spelling mistakes included, but it is not the official copy and holds no signed copy.",
  aboutRecipientsBefore: "The",
  aboutRecipientsLink: "list of recipients",
  aboutRecipients: (issuer: string) =>
    `at the end of the document names the bodies that received the program. To obtain the official copy, ask the issuing body, ${issuer} (its office). This site has no link to the original document yet.`,
  aboutGlossary: "Met an abbreviation or a term of art? See the",
  vietnameseOnly: "(Vietnamese only)",
  unofficialTranslation: "unofficial translation",
  searchTitle: "Search",
  searchDescription: (program: string) =>
    `Search the English pages on ${program}: its targets, indicators and agencies.`,
  searchQueryLabel: "Search words",
  searchSubmit: "Search",
  searchHint:
    "Searches the English pages: targets, indicators, agencies and the guide to the program. The program’s full text is in Vietnamese only.",
  searchFilters: "Filter results",
  searchKinds: "Kind of page",
  searchAllKinds: "All",
  searchAgency: "Implementing agency",
  searchAllAgencies: "All agencies",
  searchNoScript:
    "Search runs in your browser and needs JavaScript, which your browser has turned off.",
  searchInstead: "You can still:",
  searchReadBefore: "read ",
  searchReadLink: (program: string) => `the English guide to ${program}`,
  searchReadAfter: " and use your browser’s find in page (Ctrl+F, or “Find in page” on a phone);",
  searchOverviewBefore: "see ",
  searchOverviewLink: "the overview of every target and indicator",
  searchOverviewAfter: ".",
  searchResults: "Results",
  searchMore: "More results",
  searchStatus: "Status: {status}",
  searchCount: "{count} results for “{query}”{filtered}.",
  searchCountOne: "{count} result for “{query}”{filtered}.",
  searchCountNone: "No results for “{query}”{filtered}.",
  searchFiltered: " (filtered)",
  searchNoResults: "No page has all the words “{query}”. You can:",
  searchTipUnaccented: "search without accents: ",
  searchTipUnfilter: "remove the filters: ",
  searchTipUnfilterLink: "search every page",
  searchTipFewer: "use fewer words;",
  searchTipRead: "read ",
  searchTipReadProgram: "the guide to the program",
  searchTipReadOr: " or see ",
  searchTipReadOverview: "the overview of the targets",
  searchTipReadEnd: ".",
  searchLoadFailed:
    "The search files could not be loaded (the network may be unsteady). Please reload the page in a few minutes.",
  searchKindProgram: "Program",
  searchKindTarget: "Target",
  searchKindIndicator: "Indicator",
  searchKindAgency: "Agency",
  searchKindOther: "Other page",
  guidePageTitle: "The program, a guide in English",
  guideTitle: (program: string) => `${program}: a guide in English`,
  guideDescription: (program: string) =>
    `The sections of ${program} with English headings, an unofficial summary and the appendix of targets, each linked to the Vietnamese text.`,
  guideIntro:
    "The program’s text exists in Vietnamese only: there is no official translation. This page gives its section headings in English, each linked to the Vietnamese paragraph, an unofficial summary of sections I–IV, and the appendix table with its targets in English.",
  guideFullText: "Read the full text in Vietnamese",
  guideContents: "Sections of the program",
  guideContentsNote: "Each heading links to its paragraph in the Vietnamese text.",
  guideSummary: "Summary of sections I–IV",
  guideUnofficialSummary: "unofficial summary",
  guideNoSummary:
    "The English summary is not available. The headings above and the appendix below link to the Vietnamese text.",
  guideReadSection: "Read this section in Vietnamese",
  guideAppendix: "Appendix: targets to 2025 and who carries them out",
  guideColumnNumber: "No.",
  guideColumnTarget: "Target to 2025",
  guideColumnLead: "Lead agency",
  guideColumnCoordinate: "Coordinating agencies",
  guideColumnSource: "Vietnamese text",
  guideAppendixRow: (n: string) => `Appendix, row ${n}`,
  guideTargetPage: (n: string) => `Progress on target ${n}`,
  cardSource: (sources: string) => `Source: ${sources}`,
  cardSourceNoFigure: (reference: string) =>
    `Source: ${reference} (targets); no figure published yet`,
  cardTargetSource: (reference: string) =>
    `Source: Appendix to ${reference}; each indicator’s figures and sources on the site`,
  cardOverviewSource: (reference: string) =>
    `Source: ${reference}; each indicator’s figures and sources on the site`,
  cardCredit: (release: string, date: string, licence: string) =>
    `Data release ${release} (${date}) · Licence ${licence}`,
  cardGoal: (year: string, phrase: string) => `Target for ${year}: ${phrase}`,
  cardGoalQuote: (year: string, wording: string) => `Goal for ${year}: “${wording}”`,
  cardOverviewTitle: (total: string, program: string, topic: string) =>
    `Progress on ${total} of ${program} (${topic})`,
  cardOverviewAlt: (total: string, program: string, counts: string) =>
    `Progress on ${total} of ${program}: ${counts}.`,
  cardLatestSentence: (value: string, when: string) => `Latest figure: ${value} (${when}).`,
  cardProgramSays: "The program says (in Vietnamese):",
  cardMore: (count: string) => `and ${count} more indicators — see the page`,
  cardWeakBasis: "provisional, resting on a secondary source",
  cardStatus: (label: string, against: string) => `Status: ${label} (${against}).`,
  cardRelease: (release: string, date: string) => `Data: release ${release}, ${date}`,
  cardLicence: (label: string, url: string) => `Licence: ${label} (${url})`,
  cardPage: (url: string) => `Page: ${url}`,
  chartDownloads: "Download the chart:",
  chartDownloadsNote: "(with its source, page address, data release and CC BY 4.0 licence)",
};
