// The open data page, /du-lieu/ and its English twin /en/data/ (one template,
// src/pages/du-lieu/index.astro): every word from the dictionary of the page's language, every
// link ready to print, every download with its label. The files and their column documentation
// are the same in both languages; only the words around them change.

import type { Dataset } from "../data/dataset.ts";
import type { Descriptor } from "../data/descriptor-schema.ts";
import {
  describeDownload,
  listIndicatorDownloads,
  listScorecardDownloads,
  listTableDownloads,
  type DownloadLink,
} from "../downloads/download-list.ts";
import type { OpenDataFiles } from "../downloads/open-data-files.ts";
import { describeDataPackage, translatedOf, type ResourceDoc } from "../downloads/schema-docs.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { formatDateIn, formatNumberIn } from "../format.ts";
import type { Lang } from "../i18n/languages.ts";
import {
  parseRichText,
  type RichBlock,
  type RichPart,
  type RichTarget,
} from "../i18n/rich-text.ts";
import { pathOf } from "../i18n/routes.ts";
import { withBase } from "../paths.ts";
import type { ProgramNames } from "../program/names.ts";
import { indicatorNameIn, type Localised } from "./localise.ts";
import { OPEN_DATA_PATH, releasePath } from "./links.ts";
import type { LinkView } from "./types.ts";

/** A licence of the data package. */
export interface LicenseView {
  /** SPDX-style name, e.g. "CC-BY-4.0". */
  readonly name: string;
  /** Human title, e.g. "Creative Commons Attribution 4.0 International" (the name when none). */
  readonly title: string;
  /** Where the licence text is ("" when the descriptor gives no address). */
  readonly url: string;
}

/** What a citation names. */
export interface CitationInput {
  /** Who compiled the data (the site). */
  readonly author: string;
  /** Title of the data package. */
  readonly title: string;
  /** Release id, e.g. "1.0.0". */
  readonly version: string;
  /** Release date "YYYY-MM-DD". */
  readonly isoDate: string;
  /** Absolute URL of the release's page (its snapshot stays there). */
  readonly url: string;
}

/** A citation's parts as printed: the dictionary puts them in its language's order. */
export interface CitationWords {
  readonly author: string;
  /** Year of the release. */
  readonly year: string;
  readonly title: string;
  readonly version: string;
  /** Release date in the reader's form. */
  readonly date: string;
  readonly url: string;
}

/** What the page is built from. */
export interface DataPageInput {
  readonly lang: Lang;
  /** The site's base path (BASE_URL): every href of the view starts with it. */
  readonly base: string;
  /** The site's address (Astro.site), for the citation's absolute URL of the release. */
  readonly site: URL | string;
  readonly dataset: Dataset;
  /** The files under du-lieu/. */
  readonly files: OpenDataFiles;
  /** The published datapackage.json (the scorecard included). */
  readonly descriptor: Descriptor;
  /** The program's names in `lang`. */
  readonly program: ProgramNames;
  /** The site's name in `lang`: the citation's author. */
  readonly siteName: string;
  /** The methodology version that computed the scorecard. */
  readonly methodologyVersion: string;
}

/** One download as the page lists it: the file, its link text, its format and a note under it. */
export interface DownloadItem {
  readonly link: DownloadLink;
  /** Link text. */
  readonly label: string;
  readonly format: "CSV" | "JSON" | "ZIP";
  /** A sentence under the link, or null. */
  readonly note: readonly RichPart[] | null;
}

/** A section of the page: its anchor (the same in every language) and its heading. */
interface SectionView {
  readonly id: string;
  readonly heading: string;
}

/** A section with prose under its heading. */
type ProseSection = SectionView & { readonly blocks: readonly RichBlock[] };

/** Everything /du-lieu/ (or its twin) prints, in the page's language. */
export interface DataPageView {
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  readonly lede: readonly RichBlock[];
  /** The jump list: its label and one link per section, then the releases' page. */
  readonly onPage: { readonly label: string; readonly links: readonly LinkView[] };
  readonly download: SectionView & {
    /** The whole data (zip) and datapackage.json. */
    readonly downloads: readonly DownloadItem[];
    /** Which of a table's two forms to take. */
    readonly which: ProseSection;
    /** Each table, with its two forms. */
    readonly tables: readonly {
      /** The table's column documentation further down ("#bang-<name>"). */
      readonly href: string;
      readonly title: string;
      readonly file: string;
      /** "· 12 dòng". */
      readonly rowsText: string;
      readonly downloads: readonly DownloadItem[];
    }[];
  };
  readonly scorecard: ProseSection & { readonly downloads: readonly DownloadItem[] };
  /** The files by indicator, what their columns say, and the files. */
  readonly byIndicator: ProseSection & {
    /** "22 tệp theo chỉ tiêu". */
    readonly summary: string;
    readonly files: readonly {
      readonly name: Localised;
      readonly csv: DownloadLink;
      readonly excel: DownloadItem;
      readonly json: DownloadItem;
    }[];
  };
  readonly columns: ProseSection & { readonly docs: readonly ResourceDoc[] };
  readonly licence: ProseSection & {
    /** Each licence as "Title (NAME)", linked when it has an address. */
    readonly licences: readonly LinkView[];
    /** The prose after the licences: the terms. */
    readonly after: readonly RichBlock[];
  };
  readonly cite: ProseSection & {
    readonly citation: string;
    /** The prose after the citation. */
    readonly after: readonly RichBlock[];
  };
  readonly report: ProseSection;
}

// Anchors other pages and the English twin link to: never translated.
const SECTION_IDS = {
  download: "tai-ve",
  which: "chon-ban",
  scorecard: "bang-tong-hop",
  byIndicator: "chi-tieu",
  columns: "mo-ta",
  licence: "giay-phep",
  cite: "trich-dan",
  report: "bao-loi",
} as const;

/** Returns the open data page in `input.lang`; throws when a dictionary sentence is malformed. */
export function buildDataPage(input: DataPageInput): DataPageView {
  const { lang, base, dataset, files, descriptor, program } = input;
  const t = dictionaryOf(lang);
  const link = (path: string) => withBase(base, path);
  const latest = dataset.latestRelease;
  const latestHref = link(releasePath(latest.id));
  const date = formatDateIn(lang, latest.date);
  const rich = (sentence: string) =>
    parseRichText(sentence, {
      release: { href: latestHref },
      date: { datetime: latest.date },
      releaseTerm: { href: link(`${pathOf(lang, { kind: "glossary" })}#ban-du-lieu`) },
      glossary: { href: link(pathOf(lang, { kind: "glossary" })) },
      frictionless: { href: "https://datapackage.org/" },
      home: { href: link(pathOf(lang, { kind: "home" })) },
      methodology: { href: link(pathOf(lang, { kind: "methodology" })) },
      scorecardColumns: { href: "#bang-scorecard" },
      about: { href: link(`${pathOf(lang, { kind: "about" })}#${SECTION_IDS.report}`) },
      releases: { href: link(`${OPEN_DATA_PATH}phien-ban/`) },
    } satisfies Record<string, RichTarget>);
  const paragraph = (sentence: string): RichBlock => ({ kind: "paragraph", parts: rich(sentence) });
  const list = (sentences: readonly string[]): RichBlock => ({
    kind: "list",
    items: sentences.map(rich),
  });
  const section = (id: keyof typeof SECTION_IDS, heading: string): SectionView => ({
    id: SECTION_IDS[id],
    heading,
  });

  const docs = describeDataPackage(descriptor, lang);
  const tables = listTableDownloads(files, docs);
  const scorecard = listScorecardDownloads(files);
  const names = new Map(dataset.indicators.map((i) => [i.id, indicatorNameIn(dataset, lang, i)]));
  const excel = (file: DownloadLink, label = t.scorecardExcel): DownloadItem => ({
    link: file,
    label,
    format: "CSV",
    note: null,
  });

  return {
    lang,
    title: t.dataTitle,
    description: t.dataDescription(program),
    lede: [paragraph(t.dataLede(latest.id, date))],
    onPage: {
      label: t.dataOnPage,
      links: [
        { href: `#${SECTION_IDS.download}`, label: t.dataDownload },
        { href: `#${SECTION_IDS.scorecard}`, label: t.dataScorecard },
        { href: `#${SECTION_IDS.byIndicator}`, label: t.dataByIndicator },
        { href: `#${SECTION_IDS.columns}`, label: t.dataColumns },
        { href: `#${SECTION_IDS.licence}`, label: t.dataLicence },
        { href: `#${SECTION_IDS.cite}`, label: t.dataCiteShort },
        { href: `#${SECTION_IDS.report}`, label: t.footerReport },
        { href: link(`${OPEN_DATA_PATH}phien-ban/`), label: t.dataReleases },
      ],
    },
    download: {
      ...section("download", t.dataDownload),
      downloads: [
        {
          link: describeDownload(files.zip),
          label: t.dataAll,
          format: "ZIP",
          note: rich(t.dataZip(formatNumberIn(lang, tables.length))),
        },
        {
          link: describeDownload(files.datapackage),
          label: "datapackage.json",
          format: "JSON",
          note: rich(t.dataDatapackage),
        },
      ],
      which: {
        ...section("which", t.dataWhich),
        blocks: [paragraph(t.dataWhichIntro), list([t.dataMachine, t.dataExcel])],
      },
      tables: tables.map((table) => ({
        href: `#bang-${table.name}`,
        title: table.title,
        file: table.file,
        rowsText: `· ${t.rowCount(formatNumberIn(lang, table.rows))}`,
        downloads: [
          { link: table.machine, label: t.scorecardCsv, format: "CSV", note: null },
          excel(table.excel),
        ],
      })),
    },
    scorecard: {
      ...section("scorecard", t.dataScorecardHeading),
      blocks: [paragraph(t.dataScorecardText(input.methodologyVersion))],
      downloads: [
        {
          link: scorecard.csv,
          label: `${t.dataScorecard}, ${t.scorecardCsv}`,
          format: "CSV",
          note: null,
        },
        excel(scorecard.excel, `${t.dataScorecard}, ${t.scorecardExcel}`),
        {
          link: scorecard.json,
          label: `${t.dataScorecard}, JSON`,
          format: "JSON",
          note: rich(t.dataScorecardJson),
        },
      ],
    },
    byIndicator: {
      ...section("byIndicator", t.dataByIndicatorHeading),
      blocks: [
        paragraph(t.dataByIndicatorText),
        list([t.dataRowCurrent, t.dataRowSuperseded, t.dataRowWithdrawn]),
        paragraph(t.dataRowRoles),
      ],
      summary: t.dataIndicatorFiles(formatNumberIn(lang, dataset.indicators.length)),
      files: listIndicatorDownloads(files, dataset.indicators).map((file) => ({
        name: names.get(file.id) ?? file.name,
        csv: file.link,
        excel: excel(file.excel),
        json: { link: file.json, label: "JSON", format: "JSON", note: null },
      })),
    },
    columns: {
      ...section("columns", t.dataColumnsHeading),
      blocks: [paragraph(t.dataColumnsText)],
      docs,
    },
    licence: {
      ...section("licence", t.dataLicence),
      blocks: [paragraph(t.dataLicenceText)],
      licences: readLicenses(descriptor).map((licence) => ({
        label: `${licence.title} (${licence.name})`,
        href: licence.url,
      })),
      after: [paragraph(t.dataLicenceTerms(program.shortName))],
    },
    cite: {
      ...section("cite", t.dataCite),
      blocks: [paragraph(t.dataCiteIntro)],
      citation: buildCitation(
        {
          author: input.siteName,
          title: translatedOf(descriptor, "title", lang) || input.siteName,
          version: latest.id,
          isoDate: latest.date,
          url: new URL(latestHref, input.site).href,
        },
        lang,
      ),
      after: [paragraph(t.dataCiteKeep)],
    },
    report: {
      ...section("report", t.footerReport),
      blocks: [
        paragraph(t.dataReport),
        list([
          t.dataReportPlace,
          t.dataReportFigure,
          t.dataReportSource,
          t.dataReportRelease(latest.id),
        ]),
        paragraph(t.dataCorrections),
      ],
    },
  };
}

/** Returns the licences listed in datapackage.json (`licenses`), skipping malformed entries. */
export function readLicenses(descriptor: { readonly [key: string]: unknown }): LicenseView[] {
  const licenses = descriptor["licenses"];
  if (!Array.isArray(licenses)) return [];
  return licenses.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { name, title, path } = entry as Record<string, unknown>;
    if (typeof name !== "string" || name === "") return [];
    return [
      {
        name,
        title: typeof title === "string" && title !== "" ? title : name,
        url: typeof path === "string" ? path : "",
      },
    ];
  });
}

/**
 * Returns a citation of one release in `lang`: "Author (year). Title, phiên bản X (dd/mm/yyyy)
 * [Dữ liệu]. URL" in Vietnamese, "…, release X (d Mon yyyy) [Dataset]. URL" in English.
 */
export function buildCitation(input: CitationInput, lang: Lang = "vi"): string {
  return dictionaryOf(lang).dataCitation({
    author: input.author,
    year: input.isoDate.slice(0, 4),
    title: input.title,
    version: input.version,
    date: formatDateIn(lang, input.isoDate),
    url: input.url,
  });
}
