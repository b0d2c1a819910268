// The rendered SVG of every card and chart download, measured with the real bundled font: text
// stays inside the picture, long names wrap, every character can be drawn, markup is escaped.
// Uses the synthetic page fixture (tests/fixtures/pages) and the real data/ for the real names.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { requireDataset } from "../../site/load-dataset.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { buildOverviewPage } from "../views/overview-page.ts";
import { buildTargetPage } from "../views/target-page.ts";
import { renderChartDownload } from "./chart-download.ts";
import {
  buildPressContext,
  describeChartDownload,
  describeIndicatorCard,
  describeOverviewCard,
  describeTargetCard,
  type IndicatorCardContent,
} from "./content.ts";
import { findMissingCharacters } from "../../../tests/support/missing-characters.ts";
import { readFontMetrics } from "./font-metrics.ts";
import { TITLE_SIZES, renderIndicatorCard } from "./indicator-card.ts";
import { renderOverviewCard } from "./overview-card.ts";
import { CARD_BODY } from "./card-frame.ts";
import { CARD_SIZE } from "./paths.ts";
import { renderTargetCard } from "./target-card.ts";
import { createMeasure } from "./text-layout.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const require = createRequire(import.meta.url);
const font = (file: string) =>
  readFontMetrics(
    new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`))),
  );
const fonts = {
  regular: font("400Regular/BeVietnamPro_400Regular.ttf"),
  bold: font("700Bold/BeVietnamPro_700Bold.ttf"),
};
const measure = createMeasure(fonts);
const siteRoot = "https://example.org/ctr/";

/** A <text> of the picture itself (nested chart <svg>s left out: they have their own box). */
interface PlacedText {
  x: number;
  y: number;
  size: number;
  bold: boolean;
  anchor: string;
  text: string;
}

function readTexts(svg: string): PlacedText[] {
  const body = svg.replace(/^<svg[^>]*>/, "").replace(/<svg[^>]*>.*?<\/svg>/gs, "");
  return [...body.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(
    ([, attributes = "", text = ""]) => {
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
      return {
        x: Number(attribute("x")),
        y: Number(attribute("y")),
        size: Number(attribute("font-size")),
        bold: attribute("font-weight") === "700",
        anchor: attribute("text-anchor") ?? "start",
        text: text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
      };
    },
  );
}

function textOf(svg: string): string {
  return readTexts(svg)
    .map((text) => text.text)
    .join(" ");
}

function expectInside(svg: string, width: number): void {
  for (const text of readTexts(svg)) {
    const textWidth = measure(text.text, {
      size: text.size,
      weight: text.bold ? "bold" : "regular",
    });
    const left =
      text.anchor === "end"
        ? text.x - textWidth
        : text.anchor === "middle"
          ? text.x - textWidth / 2
          : text.x;
    expect({ text: text.text, left: left >= 0, right: left + textWidth <= width }).toEqual({
      text: text.text,
      left: true,
      right: true,
    });
  }
}

const fixture = loadPagesFixture();
const real = requireDataset("data");
const fixtureContext = buildPressContext(fixture, siteRoot, "Trang thử");
const realContext = buildPressContext(real, siteRoot, "Trang thử");
const fixtureCards = fixture.indicators.map((indicator) =>
  describeIndicatorCard(
    buildIndicatorPage(resolutionOf(fixture), indicator.id, siteRoot, "Trang thử"),
    fixtureContext,
  ),
);
const realCards = real.indicators.map((indicator) =>
  describeIndicatorCard(
    buildIndicatorPage(resolutionOf(real), indicator.id, siteRoot, "Trang thử"),
    realContext,
  ),
);
const longest = realCards.reduce((a, b) => (b.title.length > a.title.length ? b : a));

describe(renderIndicatorCard, () => {
  it.each([...fixtureCards, ...realCards].map((card) => [card.title, card] as const))(
    "keeps every line of %s inside the 1200 px card",
    (_, card) => {
      expectInside(renderIndicatorCard(card, measure), CARD_SIZE.width);
    },
  );

  it("wraps the longest real name onto at most three lines, losing no word", () => {
    const svg = renderIndicatorCard(longest, measure);
    const title = readTexts(svg).filter(
      (text) => text.bold && text.size >= Math.min(...TITLE_SIZES),
    );
    expect(title.length).toBeGreaterThan(1);
    expect(title.length).toBeLessThanOrEqual(3);
    expect(title.map((text) => text.text).join(" ")).toBe(longest.title);
  });

  it("shows the status words, the latest figure with its year, the source and the credit", () => {
    const card = fixtureCards.find((entry) => entry.latest !== null && entry.provisional !== "");
    if (!card) throw new Error("the page fixture has an indicator awaiting 2025 with a figure");
    const text = textOf(renderIndicatorCard(card, measure));
    const { release } = fixtureContext;
    for (const part of [
      card.status.label,
      card.latest?.value ?? "",
      card.latest?.when ?? "",
      card.source.slice(0, 30),
      `Dữ liệu bản ${release.id} (${release.date})`,
      "CC BY 4.0",
    ]) {
      expect(text).toContain(part);
    }
  });

  it("draws the page's chart into the card", () => {
    const card = fixtureCards.find((entry) => (entry.chart?.lines.length ?? 0) > 0);
    if (!card) throw new Error("the page fixture has an indicator with a line");
    const svg = renderIndicatorCard(card, measure);
    for (const line of card.chart?.lines ?? []) expect(svg).toContain(`d="${line.d}"`);
    expect(svg).toContain(`viewBox="0 0 ${card.chart?.width} ${card.chart?.height}"`);
  });

  it("escapes markup in the texts", () => {
    const card = { ...(fixtureCards[0] as IndicatorCardContent), title: `A <b>&</b> "B"` };
    const svg = renderIndicatorCard(card, measure);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("A &#60;b&#62;&#38;&#60;/b&#62; &#34;B&#34;");
  });

  it("uses only characters the bundled font can draw, for every real indicator", () => {
    for (const card of realCards) {
      const text = textOf(renderIndicatorCard(card, measure));
      expect({ title: card.title, missing: findMissingCharacters(fonts.regular, text) }).toEqual({
        title: card.title,
        missing: [],
      });
    }
  });
});

describe(renderTargetCard, () => {
  it.each(real.targets.map((target) => [target.id] as const))(
    "keeps target %i's card inside the picture and names each indicator or counts the rest",
    (n) => {
      const content = describeTargetCard(buildTargetPage(resolutionOf(real), n), realContext);
      const svg = renderTargetCard(content, measure);
      expectInside(svg, CARD_SIZE.width);
      const text = textOf(svg);
      const named = content.indicators.filter((row) => text.includes(row.name.slice(0, 12))).length;
      const rest = /và (\d+) chỉ tiêu khác/.exec(text);
      expect(named + Number(rest?.[1] ?? 0)).toBe(content.indicators.length);
    },
  );
});

describe(renderOverviewCard, () => {
  it.each([
    ["the real data", describeOverviewCard(buildOverviewPage(resolutionOf(real)), realContext)],
    [
      "the fixture, with every status",
      describeOverviewCard(buildOverviewPage(resolutionOf(fixture)), fixtureContext),
    ],
  ])("shows every status that occurs in %s with its count, inside the card", (_, content) => {
    const svg = renderOverviewCard(content, measure);
    expectInside(svg, CARD_SIZE.width);
    const texts = readTexts(svg);
    for (const row of content.counts) {
      const entry = texts.find((text) => text.text.startsWith(`${row.text} · `));
      expect({ status: row.status, shown: entry !== undefined }).toEqual({
        status: row.status,
        shown: true,
      });
      // Above the line that starts the foot.
      expect(entry?.y ?? 999).toBeLessThan(CARD_BODY.bottom);
    }
  });
});

describe(renderChartDownload, () => {
  const page = fixture.indicators
    .map((indicator) =>
      buildIndicatorPage(resolutionOf(fixture), indicator.id, siteRoot, "Trang thử"),
    )
    .find((entry) => entry.figures.length > 0 && (entry.chart?.legend.length ?? 0) > 1);
  const download = page ? describeChartDownload(page, fixtureContext) : null;

  it("carries title, source, page URL, release with date and licence inside the picture", () => {
    if (!download) throw new Error("the fixture indicator has a chart");
    const { svg, width, height } = renderChartDownload(download, measure);
    expectInside(svg, width);
    const text = textOf(svg);
    const { release } = fixtureContext;
    for (const part of [
      download.title,
      download.source.slice(0, 30),
      `https://example.org/ctr/chi-tieu/${page?.id}/`,
      `bản ${release.id}, ngày ${release.date}`,
      "CC BY 4.0",
    ]) {
      expect(text).toContain(part);
    }
    const last = Math.max(...readTexts(svg).map((entry) => entry.y));
    expect(last).toBeLessThan(height);
    expect(svg).toMatch(/^<svg[^>]*width="600" height="\d+"/);
  });

  it("lists every legend entry of the page's chart", () => {
    if (!download) throw new Error("the fixture indicator has a chart");
    const text = textOf(renderChartDownload(download, measure).svg);
    for (const item of download.chart.legend) expect(text).toContain(item.label.split(" ")[0]);
  });
});
