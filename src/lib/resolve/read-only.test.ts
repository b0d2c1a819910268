// Synthetic data only (tests/fixtures/pages): none of these figures is real.
// The resolve step is the only caller of the status computation: it judges each indicator once
// per release, and the views, charts, sparklines, cards and files given its resolution never
// call the status module again.
import { describe, expect, it, vi } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import {
  buildPressContext,
  describeChartDownload,
  describeIndicatorCard,
} from "../cards/content.ts";
import * as computeStatus from "../status/compute-status.ts";
import * as resolveFigures from "../status/resolve.ts";
import { buildAgencyPage } from "../views/agency-page.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { buildMethodologyPage } from "../views/methodology-page.ts";
import { buildOverviewPage } from "../views/overview-page.ts";
import { buildProgramChip } from "../views/program-chip.ts";
import { buildReleasePreview } from "../views/release-preview.ts";
import { buildScorecard, summariseIndicatorFiles } from "../views/scorecard.ts";
import { buildTargetPage } from "../views/target-page.ts";
import { resolveDataset } from "./resolve-dataset.ts";

// Spied modules: every export is a spy that calls the real function, so the test can count calls.
vi.mock("../status/compute-status.ts", { spy: true });
vi.mock("../status/resolve.ts", { spy: true });

const dataset = loadPagesFixture();
const spies = [
  computeStatus.computeStatus,
  computeStatus.computeStatuses,
  computeStatus.resolveIndicator,
  resolveFigures.resolveFigures,
  resolveFigures.resolveBaseline,
].map((fn) => vi.mocked(fn));
const calls = () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);

describe("the resolve step", () => {
  it("judges each indicator once per release; views, charts, cards and files only read it", () => {
    for (const spy of spies) spy.mockClear();
    const resolution = resolveDataset(dataset);
    const times = dataset.indicators.length * dataset.releases.length;
    expect(vi.mocked(computeStatus.resolveIndicator)).toHaveBeenCalledTimes(times);
    expect(vi.mocked(resolveFigures.resolveFigures)).toHaveBeenCalledTimes(times);
    expect(vi.mocked(resolveFigures.resolveBaseline)).toHaveBeenCalledTimes(times);

    for (const spy of spies) spy.mockClear();
    const siteRoot = "https://example.org/";
    const context = buildPressContext(dataset, siteRoot, "Trang thử");
    buildOverviewPage(resolution);
    buildScorecard(resolution);
    summariseIndicatorFiles(resolution);
    buildMethodologyPage(resolution);
    for (const target of dataset.targets) buildTargetPage(resolution, target.id);
    for (const agency of dataset.agencies) buildAgencyPage(resolution, agency.id);
    for (const indicator of dataset.indicators) {
      const page = buildIndicatorPage(resolution, indicator.id, siteRoot, "Trang thử");
      describeIndicatorCard(page, context);
      describeChartDownload(page, context);
      buildProgramChip(resolution, indicator.id, 2030);
    }
    buildReleasePreview(resolution, "1.0.0", "1.1.0", new Map(), new Map());
    expect(calls()).toBe(0);
  });
});
