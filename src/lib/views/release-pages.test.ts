import { describe, expect, it, vi } from "vitest";
import { loadOpenDataFixture } from "../../../tests/fixtures/open-data/load.ts";
import { releaseSummaries } from "../releases/summaries.ts";
import {
  buildReleasePage,
  DETAIL_LIMIT,
  describeCounts,
  formatPublishedValue,
  formatYears,
  listReleases,
} from "./release-pages.ts";

// The real releaseSummaries, spied so a test can count how often the pages compute it.
vi.mock("../releases/summaries.ts", { spy: true });

const { dataset } = loadOpenDataFixture();

describe(listReleases, () => {
  const items = listReleases(dataset);

  it("lists the releases newest first, dated dd/mm/yyyy, the newest marked latest", () => {
    expect(items.map((item) => [item.id, item.date, item.latest])).toEqual([
      ["1.2.0", "05/09/2025", true],
      ["1.1.0", "20/06/2025", false],
      ["1.0.0", "10/02/2025", false],
    ]);
  });

  it.each([
    ["1.0.0", ["4 số liệu mới", "0 được sửa", "0 bị rút", "2 số liệu cơ sở mới hoặc thay đổi"]],
    ["1.1.0", ["1 số liệu mới", "1 được sửa", "1 bị rút"]],
    ["1.2.0", ["1 số liệu mới", "1 được sửa", "0 bị rút", "1 số liệu cơ sở mới hoặc thay đổi"]],
  ])("counts what %s changed as the fixture's story says", (id, parts) => {
    expect(items.find((item) => item.id === id)?.countParts).toEqual(parts);
  });

  it("links each release to its page below du-lieu/phien-ban/", () => {
    expect(items.map((item) => item.href)).toEqual([
      "du-lieu/phien-ban/1.2.0/",
      "du-lieu/phien-ban/1.1.0/",
      "du-lieu/phien-ban/1.0.0/",
    ]);
  });
});

describe(buildReleasePage, () => {
  it("shows the second revision of A 2022 with both values and both sources", () => {
    const page = buildReleasePage(dataset, "1.2.0");
    expect(page.previous?.id).toBe("1.1.0");
    const revised = page.sections.find((section) => section.id === "sua");
    expect(revised?.changes).toHaveLength(1);
    expect(revised?.changes[0]).toMatchObject({
      indicatorName: "Tỷ lệ xã vùng DTTS và miền núi đạt chuẩn nông thôn mới",
      indicatorHref: "chi-tieu/xa-ntm/",
      period: 2022,
      scope: "Tỉnh Thái Nguyên (cũ, trước hợp nhất)",
      before: {
        value: "71,5% số xã vùng DTTS và miền núi",
        releaseId: "1.1.0",
        source: { url: "https://example.org/nguon-b" },
      },
      after: {
        value: "72,0% số xã vùng DTTS và miền núi",
        releaseId: "1.2.0",
        source: { url: "https://example.org/nguon-c" },
      },
      withdrawal: false,
    });
  });

  it("shows a withdrawal with the value it took back and the note that says why", () => {
    const page = buildReleasePage(dataset, "1.1.0");
    const withdrawn = page.sections.find((section) => section.id === "rut")?.changes;
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn?.[0]?.before?.value).toBe("44,2 triệu đồng/người/năm");
    expect(withdrawn?.[0]?.after.value).toBe("đã rút");
    expect(withdrawn?.[0]?.withdrawal).toBe(true);
    expect(withdrawn?.[0]?.after.note).toMatch(/^Rút lại: nguồn ghi "44,2"/);
  });

  it("lists only the kinds of change a release made, in a fixed order", () => {
    expect(buildReleasePage(dataset, "1.0.0").sections.map((s) => s.id)).toEqual(["moi", "co-so"]);
    expect(buildReleasePage(dataset, "1.1.0").sections.map((s) => s.id)).toEqual([
      "moi",
      "sua",
      "rut",
    ]);
    expect(buildReleasePage(dataset, "1.2.0").sections.map((s) => s.id)).toEqual([
      "moi",
      "sua",
      "co-so",
    ]);
  });

  it("has no previous release for the first one, so everything in it is new", () => {
    const page = buildReleasePage(dataset, "1.0.0");
    expect(page.previous).toBeNull();
    expect(page.sections[0]?.changes.map((c) => `${c.indicatorId} ${c.period}`)).toEqual([
      "thu-nhap-dtts 2021",
      "thu-nhap-dtts 2022",
      "xa-ntm 2021",
      "xa-ntm 2022",
    ]);
  });

  it("lists every change one by one up to the limit", () => {
    const page = buildReleasePage(dataset, "1.0.0", 4);
    expect(page.sections.map((section) => section.byIndicator)).toEqual([null, null]);
    expect(DETAIL_LIMIT).toBe(100);
  });

  it("counts a longer section per indicator, with the years it covers", () => {
    const [added] = buildReleasePage(dataset, "1.0.0", 3).sections;
    expect(added?.changes).toHaveLength(4);
    expect(added?.byIndicator).toEqual([
      {
        indicatorId: "thu-nhap-dtts",
        indicatorName: "Thu nhập bình quân của người DTTS",
        indicatorHref: "chi-tieu/thu-nhap-dtts/",
        count: "2",
        years: "2021–2022",
      },
      {
        indicatorId: "xa-ntm",
        indicatorName: "Tỷ lệ xã vùng DTTS và miền núi đạt chuẩn nông thôn mới",
        indicatorHref: "chi-tieu/xa-ntm/",
        count: "2",
        years: "2021–2022",
      },
    ]);
  });

  it("names the known releases when asked for an unknown one", () => {
    expect(() => buildReleasePage(dataset, "3.0.0")).toThrow(
      'unknown release "3.0.0" (known: 1.2.0, 1.1.0, 1.0.0)',
    );
  });
});

describe("release summaries", () => {
  it("are computed once per Dataset for the list and every release page", () => {
    const fresh = { ...dataset };
    const before = vi.mocked(releaseSummaries).mock.calls.length;
    const items = listReleases(fresh);
    const pages = items.map((item) => buildReleasePage(fresh, item.id));
    expect(vi.mocked(releaseSummaries).mock.calls.length - before).toBe(1);
    expect(pages.map((page) => page.release)).toEqual(items);
  });

  it("are computed afresh for another Dataset, so a new release is listed", () => {
    expect(listReleases(dataset).map((item) => item.id)).toEqual(["1.2.0", "1.1.0", "1.0.0"]);
    const later = { id: "1.3.0", date: "2025-12-01", title: "Thử", summary: "Thử" };
    const grown = { ...dataset, releases: [...dataset.releases, later] };
    expect(listReleases(grown).map((item) => item.id)).toEqual([
      "1.3.0",
      "1.2.0",
      "1.1.0",
      "1.0.0",
    ]);
  });
});

describe(formatPublishedValue, () => {
  it.each([
    [72, 1, "%", "72,0%"],
    [33.45, 1, "triệu đồng", "33,45 triệu đồng"],
    [1234.5, 0, "xã", "1.234,5 xã"],
    [12, 0, "", "12"],
    [0.12345, 2, "%", "0,123%"],
  ])("writes %d (decimals %d, unit %j) as %j", (value, decimals, unit, expected) => {
    expect(formatPublishedValue(value, decimals, unit)).toBe(expected);
  });
});

describe(describeCounts, () => {
  it("always names added, revised and withdrawn, the others only when they happened", () => {
    const none = {
      added: 0,
      revised: 0,
      withdrawn: 0,
      republished: 0,
      restated: 0,
      baselines: 0,
      disputed: 0,
    };
    expect(describeCounts(none)).toEqual(["0 số liệu mới", "0 được sửa", "0 bị rút"]);
    expect(describeCounts({ ...none, added: 1200, republished: 2, restated: 1 })).toEqual([
      "1.200 số liệu mới",
      "0 được sửa",
      "0 bị rút",
      "2 được đăng lại",
      "1 đổi nguồn hoặc ghi chú",
    ]);
  });
});

describe(formatYears, () => {
  it.each([
    [[2020], "2020"],
    [[2018, 2016, 2017], "2016–2018"],
    [[2016, 2017, 2018, 2020, 2022, 2023], "2016–2018, 2020, 2022–2023"],
    [[2021, 2021, 2022], "2021–2022"],
    [[], ""],
  ])("writes %j as %s", (years, text) => {
    expect(formatYears(years)).toBe(text);
  });
});
