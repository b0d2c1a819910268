// The English edition's views (issue 17). Synthetic data (tests/fixtures/pages) has no
// translations: every data cell falls back to Vietnamese and says so. The repository's own data
// (data/, with translations.csv) shows the English forms.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";
import { requireDataset } from "../../site/load-dataset.ts";
import { buildIndicatorCard } from "./indicator-card.ts";
import { buildIndicatorPage } from "./indicator-page.ts";
import { requireIndicator } from "./indicator-status.ts";
import { indicatorNameIn, plainOf } from "./localise.ts";
import { buildOverviewPage } from "./overview-page.ts";
import { buildScorecard } from "./scorecard.ts";

const fixture = loadPagesFixture();
const real = requireDataset();
const realResolution = resolutionOf(real);

describe(indicatorNameIn, () => {
  it("keeps the Vietnamese name, plain, on a Vietnamese page", () => {
    const indicator = requireIndicator(fixture, "thu-nhap-dtts");
    expect(indicatorNameIn(fixture, "vi", indicator)).toBe(indicator.name);
  });

  it("falls back to the Vietnamese cell, tagged vi, when there is no translation", () => {
    const indicator = requireIndicator(fixture, "thu-nhap-dtts");
    expect(indicatorNameIn(fixture, "en", indicator)).toEqual({
      text: indicator.name,
      lang: "vi",
      renders: null,
    });
  });

  it("gives the English name from translations.csv, in English", () => {
    const indicator = requireIndicator(real, "thu-nhap-dtts");
    const name = indicatorNameIn(real, "en", indicator);
    expect(name).toMatchObject({ lang: "en" });
    expect(plainOf(name)).not.toBe(indicator.name);
  });
});

describe("English indicator card", () => {
  const card = buildIndicatorCard(realResolution, requireIndicator(real, "thu-nhap-dtts"), "en");

  it("writes the status, the goal label and the link in English", () => {
    expect(card.chip.label).toBe("Awaiting the 2025 figure");
    expect(card.against).toBe("against the 2025 goal");
    expect(card.goalLabel).toBe("Goal for 2025");
    expect(card.href).toBe("en/indicators/thu-nhap-dtts/");
  });

  it("writes figures with a decimal point and the English unit", () => {
    expect(plainOf(card.latest?.text ?? "")).toMatch(/^\d+\.\d /);
    expect(plainOf(card.goal)).toMatch(/^at least \d+\.\d /);
  });

  it("leaves the Vietnamese card as it was", () => {
    const vi = buildIndicatorCard(realResolution, requireIndicator(real, "thu-nhap-dtts"));
    expect(vi.chip.label).toBe("Chờ số liệu năm 2025");
    expect(vi.href).toBe("chi-tieu/thu-nhap-dtts/");
    expect(vi.latest?.text).toMatch(/^\d+,\d /);
  });
});

describe("English overview and scorecard", () => {
  it("counts and dates in English", () => {
    const page = buildOverviewPage(realResolution, "en");
    expect(page.totalText).toBe(`${real.indicators.length} indicators`);
    expect(page.release.date).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(page.targets[0]?.href).toBe("en/targets/1/");
  });

  it("keeps the scorecard's machine values and words only the view", () => {
    const vi = buildScorecard(realResolution);
    const en = buildScorecard(realResolution, "en");
    expect(en.rows.map((row) => row.status_label)).toEqual(vi.rows.map((row) => row.status_label));
    expect(en.rows[0]?.view.target).toBe("Target 1");
    expect(en.rows[0]?.view.href).toBe(`en/indicators/${en.rows[0]?.indicator_id}/`);
  });
});

describe("English indicator page", () => {
  const page = buildIndicatorPage(realResolution, "ho-ngheo-dtts", "https://x.test/", "Site", "en");

  it("keeps excerpts in the source's language and words the table in English", () => {
    const excerpts = page.figures.map((row) => row.excerpt);
    const vi = buildIndicatorPage(realResolution, "ho-ngheo-dtts", "https://x.test/", "Site");
    expect(excerpts).toEqual(vi.figures.map((row) => row.excerpt));
    expect(page.figures[0]?.role).toBe("Baseline");
    expect(page.figures.every((row) => !row.value.includes(","))).toBe(true);
  });

  it("cites the English page in English", () => {
    expect(page.citation.url).toBe("https://x.test/en/indicators/ho-ngheo-dtts/");
    expect(page.citation.text).toContain("(accessed [date you accessed it])");
  });

  it("gives a related figure's note in English, as translations.csv has it", () => {
    const notes = page.related.map((figure) => figure.note);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatchObject({ lang: "en" });
    const vi = buildIndicatorPage(realResolution, "ho-ngheo-dtts", "https://x.test/", "Site");
    expect(vi.related.map((figure) => figure.note)).toEqual(
      vi.related.map((figure) => (typeof figure.note === "string" ? figure.note : null)),
    );
  });
});

describe("English disputed figures", () => {
  it("gives the scope, series and note in English and the value in English form", () => {
    const page = buildIndicatorPage(realResolution, "xa-dbkk", "https://x.test/", "Site", "en");
    const vi = buildIndicatorPage(realResolution, "xa-dbkk", "https://x.test/", "Site");
    expect(page.disputes.length).toBeGreaterThan(0);
    for (const dispute of page.disputes) {
      expect(dispute.scope).toMatchObject({ lang: "en" });
      expect(dispute.series).toMatchObject({ lang: "en" });
      expect(dispute.note).toMatchObject({ lang: "en" });
      expect(dispute.disputed.release.label).not.toMatch(/Bản/);
      for (const side of [dispute.disputed, dispute.used]) {
        expect(side?.sourceNote ?? "").not.toContain("[object");
      }
    }
    expect(page.disputes.map((dispute) => dispute.disputed.excerpt)).toEqual(
      vi.disputes.map((dispute) => dispute.disputed.excerpt),
    );
  });
});
