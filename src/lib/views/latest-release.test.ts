// Synthetic data only (tests/fixtures/pages): none of these figures is real.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { describeLatestRelease } from "./latest-release.ts";

describe(describeLatestRelease, () => {
  it("words the latest release as an update date, links its page and dates it dd/mm/yyyy", () => {
    expect(describeLatestRelease(loadPagesFixture())).toEqual({
      link: { label: "Cập nhật ngày 01/03/2026", href: "du-lieu/phien-ban/1.1.0/" },
      date: "01/03/2026",
    });
  });
});
