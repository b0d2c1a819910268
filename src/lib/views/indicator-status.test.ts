// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";
import { requireIndicator, resolvedAsOf, resolvedOf } from "./indicator-status.ts";

const dataset = loadPagesFixture();
const resolution = resolutionOf(dataset);

describe(resolvedOf, () => {
  it("reads the indicator as of the latest release from the resolution, by row or by id", () => {
    const indicator = requireIndicator(dataset, "thu-nhap-dtts");
    const resolved = resolvedOf(resolution, indicator);
    expect(resolved).toBe(resolution.indicators["thu-nhap-dtts"]?.latest);
    expect(resolvedOf(resolution, "thu-nhap-dtts")).toBe(resolved);
    expect(resolved.release.id).toBe("1.1.0");
  });

  it("names the known indicators when the id is unknown", () => {
    expect(() => resolvedOf(resolution, "khong-co")).toThrow(
      'unknown indicator "khong-co" (known: thu-nhap-dtts, ho-ngheo-dtts,',
    );
  });
});

describe(resolvedAsOf, () => {
  it("reads the indicator as of an earlier release", () => {
    expect(resolvedAsOf(resolution, "xa-ntm", "1.0.0").release.id).toBe("1.0.0");
  });

  it("names the known releases when the release is unknown", () => {
    expect(() => resolvedAsOf(resolution, "xa-ntm", "9.9.9")).toThrowErrorMatchingInlineSnapshot(
      `[ViewInputError: unknown release "9.9.9" (known: 1.0.0, 1.1.0)]`,
    );
  });
});

describe(requireIndicator, () => {
  it("names the known indicators when the id is unknown", () => {
    expect(() => requireIndicator(dataset, "khong-co")).toThrow(
      'unknown indicator "khong-co" (known: thu-nhap-dtts, ho-ngheo-dtts,',
    );
  });
});
