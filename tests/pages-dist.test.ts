// Walks the built site in dist/ (npm test builds it from data/ before vitest runs) and checks
// every indicator page against data/: each figure in its tables and headline equals a value of
// data/ written vi-VN, and every other number (a level, a rate, a ratio the site derived) is
// marked "tính toán". A page can therefore never show a number that is neither published nor
// labelled as computed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../src/lib/data/rows.ts";
import { formatNumber } from "../src/lib/format.ts";
import { observationsAsOf } from "../src/lib/releases/as-of.ts";
import { formatFraction, formatFractionFigure } from "../src/lib/status/format-value.ts";
import { labelStatus } from "../src/lib/status/labels.ts";
import { STATUS_CODES } from "../src/lib/status/types.ts";
import { requireDataset } from "../src/site/load-dataset.ts";
import { sliceSections, textOf, textsWithAttribute } from "./pages-html.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const distDir = path.join(repoRoot, "dist");
const dataset = requireDataset(path.join(repoRoot, "data"));

if (!existsSync(path.join(distDir, "index.html"))) {
  throw new Error(
    "dist/ is missing: build the site from data/ first with `npm run build` " +
      "(npm test builds it before running vitest).",
  );
}

/** The two ways a page writes a value of data/: "51,0" in tables, "51,0 triệu đồng" in text. */
function writeValue(value: number, indicator: Indicator): string[] {
  const number = formatNumber(value, indicator.decimals ?? 0);
  const unit = indicator.unit ?? "";
  if (unit === "") return [number];
  return [number, unit.startsWith("%") ? `${number}${unit}` : `${number} ${unit}`];
}

/** A goal value as the program wrote it: as many decimals as it has ("94", "2", "0,5"). */
function writePlain(value: number): string {
  const decimals = (String(value).split(".")[1] ?? "").length;
  return formatNumber(value, decimals);
}

function readIndicatorPage(id: string): string {
  const file = path.join(distDir, "chi-tieu", id, "index.html");
  if (!existsSync(file)) throw new Error(`dist/chi-tieu/${id}/index.html is missing`);
  return readFileSync(file, "utf8");
}

const statusWords = new Set([
  ...STATUS_CODES.map((code) => labelStatus(code)),
  labelStatus("awaiting_final", 2030),
]);

describe.each(dataset.indicators.map((indicator) => [indicator.id, indicator] as const))(
  "dist/chi-tieu/%s/",
  (id, indicator) => {
    const html = readIndicatorPage(id);
    const observations = dataset.observationsByIndicator.get(id) ?? [];
    const baselines = dataset.baselinesByIndicator.get(id) ?? [];
    const goals = dataset.goalsByIndicator.get(id) ?? [];
    // A disputed figure is published too (it has its own block); a fraction is written as the
    // source gave it ("66/110 xã …"), alone in a table or with its share labelled as computed.
    const disputed = dataset.disputesByIndicator.get(id) ?? [];
    const published = [
      ...[...observations, ...baselines, ...disputed].flatMap((row) =>
        row.value === null ? [] : writeValue(row.value, indicator),
      ),
      ...[...observations, ...disputed].flatMap((row) =>
        row.numerator === null || row.denominator === null || row.value === null
          ? []
          : [
              formatFraction(row.numerator, row.denominator, indicator.unit),
              formatFractionFigure(row.numerator, row.denominator, row.value, indicator),
            ],
      ),
    ];
    const allowed = new Set(published);

    it("shows a status in words", () => {
      const box = sliceSections(html, /<section class="status-box"/, "section")[0] ?? "";
      const label = /class="status-chip__label">([^<]*)</.exec(box)?.[1] ?? "";
      expect(statusWords).toContain(textOf(label));
    });

    it("writes only values of data/ wherever it marks a figure", () => {
      for (const text of textsWithAttribute(html, "data-figure")) {
        if (text === "—") continue;
        expect(allowed, `"${text}" is not a value of data/ for ${id}`).toContain(text);
      }
    });

    it("tables exactly the figures in force and the baseline", () => {
      const table =
        sliceSections(html, /<table class="data-table figures-table[^"]*">/, "table")[0] ?? "";
      const inForce = observationsAsOf(observations, dataset.releases, dataset.latestRelease.id);
      // A related figure (another measure) has its own block, never the indicator's table.
      const own = inForce.filter((row) => row.measure === null);
      const baseline = baselines.at(-1);
      const expected = [...(baseline ? [baseline] : []), ...own].map((row) =>
        "numerator" in row && row.numerator !== null && row.denominator !== null
          ? formatFraction(row.numerator, row.denominator, indicator.unit)
          : writeValue(row.value ?? Number.NaN, indicator)[0],
      );
      expect(textsWithAttribute(table, "data-figure").sort()).toEqual(expected.sort());
      expect(textsWithAttribute(html, "data-related-figure")).toHaveLength(
        inForce.length - own.length,
      );
    });

    it("quotes each goal level with the program's own number, in words", () => {
      // "ít nhất 94%", "dưới 8%", "không quá 7 xã", "100% số xóm", "không còn xã …", "bằng 60%
      // …", "giảm bình quân trên 2 điểm phần trăm mỗi năm".
      const written = goals.flatMap((goal) => {
        if (goal.value === null) return [];
        const number = writePlain(Math.abs(goal.value));
        const words = ["ít nhất", "không quá", "dưới", "trên", "bằng"].map(
          (word) => `${word} ${number}`,
        );
        if (goal.value === 100) words.push(`${number}%`);
        if (goal.value === 0) words.push("không còn ");
        return words;
      });
      for (const text of textsWithAttribute(html, "data-goal-figure")) {
        expect(
          written.some((part) => text.includes(part)),
          `goal "${text}" of ${id}`,
        ).toBe(true);
        expect(text, `goal "${text}" of ${id}`).not.toMatch(/[≥≤<]/);
      }
    });

    it("marks every derived number as computed", () => {
      const derived = [...html.matchAll(/\sdata-computed[\s>][\s\S]*?<\/(?:span|strong)>/g)];
      for (const match of derived) {
        const end = (match.index ?? 0) + match[0].length;
        expect(html.slice(end, end + 200), `derived number in ${id}`).toMatch(
          /class="computed-mark"/,
        );
      }
    });

    it("marks every headline and table number as a figure of data/ or as computed", () => {
      const cells = sliceSections(html, /<td class="num"[^>]*>/, "td");
      const headlines = sliceSections(html, /<span class="figure"/, "span");
      for (const element of [...cells, ...headlines]) {
        expect(element, `unmarked number in ${id}`).toMatch(
          /data-figure|data-computed|data-goal-figure|class="empty-cell"/,
        );
      }
    });

    it("labels its reason as computed when it quotes a number that is not in data/", () => {
      const reason = sliceSections(html, /<p data-reason/, "p")[0] ?? "";
      const table =
        sliceSections(html, /<table class="data-table figures-table[^"]*">/, "table")[0] ?? "";
      // Rows of the table plus the related figures of their own block: both are counted figures.
      const rows =
        textsWithAttribute(table, "data-figure").length +
        textsWithAttribute(html, "data-related-figure").length;
      // Numbers that are part of the program's own words (a decree's number in a name).
      const wording = [indicator.name, ...goals.map((goal) => goal.wording)].join(" ");
      const known = new Set([
        ...(wording.match(/\d[\d.]*(?:,\d+)?/g) ?? []),
        ...allowed,
        ...published.map((text) => text.split(/[ %]/)[0] ?? ""),
        ...goals.flatMap((goal) => (goal.value === null ? [] : [writePlain(Math.abs(goal.value))])),
      ]);
      // "3 số liệu được hiển thị" counts rows of the table below: not a derived figure.
      const counted = textOf(reason).replace(/(\d+) số liệu/g, (whole, count: string) =>
        Number(count) <= rows ? "" : whole,
      );
      const numbers = counted.match(/\d[\d.]*(?:,\d+)?/g) ?? [];
      const foreign = numbers.filter((number) => {
        const year = Number(number);
        return !(Number.isInteger(year) && year >= 2015 && year <= 2030) && !known.has(number);
      });
      if (foreign.length > 0) {
        expect(reason, `reason of ${id} quotes ${foreign.join(", ")}`).toMatch(
          /class="computed-mark"/,
        );
      }
    });
  },
);

describe("dist/ as a whole", () => {
  it("has a page for every indicator, target and agency of data/", () => {
    const routes = [
      ...dataset.indicators.map((row) => `chi-tieu/${row.id}`),
      ...dataset.targets.map((row) => `muc-tieu/${row.id}`),
      ...dataset.agencies.map((row) => `co-quan/${row.id}`),
      "phuong-phap",
    ];
    const missing = routes.filter((route) => !existsSync(path.join(distDir, route, "index.html")));
    expect(missing).toEqual([]);
  });
});
