// The English words of the site's interface. Typed by the Vietnamese dictionary: a key missing
// here, or one that Vietnamese does not have, fails `astro check`.
import type { SourceStrength } from "../../data/rows.ts";
import type { LineStyle } from "../../charts/types.ts";
import type { OtherReason, StatusCode } from "../../status/types.ts";
import type { RevisionKind } from "../../releases/history.ts";
import type { ProgramNames } from "../../program/names.ts";
import type { CitationWords } from "../../views/data-page.ts";
import type { GlossaryId } from "../../glossary/terms.ts";
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

const STRENGTH_WORDS: Record<SourceStrength, string> = {
  official: "official source",
  press: "press",
  weak: "secondary source",
};

// The glossary in English: [term, definition] for each id of src/lib/glossary/terms.ts.
const ENGLISH_TERMS: Record<GlossaryId, readonly [string, string]> = {
  dtts: [
    "Ethnic minorities",
    "The ethnic groups of Vietnam other than the Kinh, the largest group. “Ethnic minority people” on this site means people of those groups.",
  ],
  "vung-dtts-mien-nui": [
    "Ethnic-minority and mountainous area",
    "The communes the State classifies as ethnic-minority and mountainous, by the Prime Minister's criteria for each period. It is not the whole province: a figure for the area counts only the listed communes.",
  ],
  "xa-khu-vuc": [
    "Commune zones I, II and III",
    "The classification of communes in the ethnic-minority and mountainous area by level of development; zone III is the most disadvantaged.",
  ],
  "xa-dbkk": [
    "Especially disadvantaged communes",
    "Communes officially listed as especially disadvantaged, which receive targeted support.",
  ],
  ntm: [
    "New rural standard",
    "The national set of criteria (roads, schools, water, income…) a commune meets to be recognised as a “new rural” commune.",
  ],
  "chuan-ngheo-da-chieu": [
    "Multidimensional poverty standard (2022–2025)",
    "The poverty line in force from 2022, counting income and access to basic services. Figures under it form a series of their own.",
  ],
  "chuan-ngheo-2016-2020": [
    "Poverty standard 2016–2020",
    "The earlier poverty standard. Its figures are a separate series and are never compared with figures under the later one.",
  ],
  ubnd: [
    "People's Committee",
    "The executive body of a province, district or commune (UBND). The provincial People's Committee issued the program.",
  ],
  "muc-tieu-chi-tieu": [
    "Target and indicator",
    "A target is a row of the program's appendix; an indicator is what this site measures for it. A target can have several indicators.",
  ],
  "cach-tinh": [
    "Method (series)",
    "The definition or standard a figure follows. Figures of different series are not comparable and are drawn as separate lines.",
  ],
  "dia-ban": [
    "Area (scope)",
    "The geographic area a figure covers: the former province, the merged province after July 2025, or the ethnic-minority and mountainous communes.",
  ],
  "ban-du-lieu": [
    "Data release",
    "A dated, numbered version of this site's data. A published release never changes; a correction comes in a later one.",
  ],
  "so-trang-tu-tinh": [
    "Number computed by this site",
    "A number this site derived from published figures (a level to reach, an expected value, a progress ratio, a share), not a figure of a source. It is always marked so.",
  ],
  "so-lieu-lien-quan": [
    "Related figure",
    "A figure that measures something else (another population, area or definition). It is shown apart, with its own unit, and never used to judge the indicator.",
  ],
  "do-tin-cay-nguon": [
    "Source strength",
    "The grade of a source: official (a government body's own publication), press, or secondary (an aggregator, a thesis, another province's portal).",
  ],
  "trang-thai": [
    "Status",
    "Where an indicator stands against its goal, computed by the public method: achieved, on track, behind, well behind, not achieved, awaiting the final figure, or one of the two kinds of missing data.",
  ],
  "chu-tri-phoi-hop": [
    "Lead and coordinating agencies",
    "The appendix names for each target the agency that leads it and those that support it.",
  ],
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
    "A summary of the method in English. The full text, with a worked example from the real data, is on the Vietnamese",
  methodFull: "methodology page",
  methodHowHeading: "How a status is computed",
  methodVersion: (version: string) =>
    `Method version: ${version} (the month of the last change of rules). The scorecard downloads record it, so you know which rules computed a status.`,
  methodGoalYear: (goalYear: number, orientationYear: number) =>
    `Each indicator is judged against its ${goalYear} goal (the end of the program's period); an indicator with only a ${orientationYear} orientation is judged against that.`,
  methodToday:
    "“Today” is the date of the data release, never the date the site was built. For each year, scope and series, the value of the latest release is used; a withdrawn value is not.",
  methodComparable:
    "Only figures with the baseline's geographic scope and series are compared. Figures of another scope (for example the province after the 2025 merger) or another series (for example another poverty standard) are shown and labelled, but never used for a status.",
  methodApproximate:
    "A figure whose source gives no year (“so far”, “now”) is shown as the source dates it, never given a year by this site, never drawn on a chart and never used for a status.",
  methodFraction:
    "A source that gives a fraction (“66/110 communes”) is recorded as count and total; the percentage beside it is computed by this site and marked so.",
  methodDispute:
    "When two sources give different values for the same year, scope and series, both are kept: the stronger source's value is used, the other is shown as disputed with both sources.",
  methodRatio: (onTrack: string, behind: string) =>
    `Progress ratio = change achieved ÷ change expected on the straight path from the baseline to the goal, at the latest comparable figure. On track from ${onTrack}, behind from ${behind}, well behind below that or when moving the wrong way.`,
  methodFinal: (goalYear: number) =>
    `After ${goalYear}, a verdict of achieved or not achieved is final only with the ${goalYear} figure; until then the indicator awaits it, with a provisional status from its latest figure.`,
  statusMeaning: (status: StatusCode, goalYear: number) =>
    ({
      achieved: "The goal is met.",
      on_track: `The latest figure is where the path to the ${goalYear} goal expects, or nearly.`,
      behind: "The latest figure has made at least half of the change expected by then.",
      off_track: "Less than half of the expected change, or a move the wrong way.",
      not_achieved: `The ${goalYear} figure misses the goal.`,
      awaiting_final: `The period is over but the ${goalYear} figure is not published yet.`,
      not_comparable:
        "Figures exist, but none has the baseline's scope and series: none can be compared.",
      no_data:
        "No figure has been published at all. This is missing data, not a failure to achieve.",
      qualitative: "A target without figures: the page shows the evidence, no computed status.",
    })[status],
  methodScopeHeading: "Area and method (scope and series)",
  methodScope:
    "Every figure carries its geographic scope (the former province, the merged province, the ethnic-minority and mountainous communes) and its series (a definition or standard, such as a poverty standard). Figures of different scopes or series are never joined into one line or compared for status.",
  methodSourcesHeading: "Sources policy",
  methodSources:
    "Every figure cites a published source with its address and a verbatim excerpt, graded official, press or secondary. A result that rests only on a secondary source says so wherever it is shown. No figure is estimated or interpolated.",
  methodCorrectionsHeading: "Corrections policy",
  methodCorrections:
    "A correction is a new row in a later data release: the latest release wins and every earlier value stays visible in the revision history. Published releases never change.",
  glossaryDescription: "The abbreviations and terms of art used on this site, in plain English.",
  glossaryLede:
    "The abbreviations and terms of art used on this site, in plain English, with the Vietnamese term that sources use.",
  glossaryTerm: (id: GlossaryId) => ENGLISH_TERMS[id][0],
  glossaryDefinition: (id: GlossaryId) => ENGLISH_TERMS[id][1],
  aboutDescription: (shortName: string) =>
    `Who publishes this tracker of ${shortName}, how to reach them, how to report an error or send a published figure, the licence and the source code.`,
  aboutLede: (p: ProgramNames) =>
    `This site tracks ${p.title} of ${p.issuer} on ${p.topic} for ${p.period}: the full program text (in Vietnamese), the progress of each indicator and open data. Every number comes from a published source, with its address and a verbatim excerpt.`,
  aboutWhoHeading: "Who publishes this site",
  aboutNoPublisher: (siteName: string) =>
    `The body responsible for this site has not been recorded in its configuration yet, so the site cannot name it. When citing, give the site's name, “${siteName}”, and the address of the page you used.`,
  aboutNotOfficial: "It does not replace the official documents and figures.",
  aboutContactHeading: "Contact",
  aboutNoContact:
    "No contact address yet: the publisher has not been configured, so the site has no e-mail, phone or contact page.",
  aboutReportHeading: "Report an error or send a published figure",
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
    "The site uses only published figures with a source that can be checked, never estimates. A correction comes in a later data release and the old value stays in the revision history: see the",
  aboutCodeHeading: "Source code",
  aboutNoCode:
    "The address of the site's source repository has not been published yet (not configured).",
  aboutOfficialHeading: "The program's official text",
  aboutOfficial: (p: ProgramNames) =>
    `${p.title} was issued by ${p.issuer} on ${p.issued}. There is no official English translation. This site copies the Vietnamese text word for word, but it is not the official, signed copy; to obtain that, ask the issuing body. Read the`,
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
