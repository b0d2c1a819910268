// Builds the site from the synthetic page fixture (tests/fixtures/pages — invented data, see its
// README) with the production build script, then reads the pages a citizen would open: each
// indicator shows the right status word, quantitative ones one named chart, the tables the
// fixture's figures, and the overview, target, agency and methodology pages exist.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGES_FIXTURE_DIR } from "./fixtures/pages/load.ts";
import {
  findCharts,
  firstStatus,
  sliceSections,
  textOf,
  textsWithAttribute,
} from "./pages-html.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
let tempDir: string;
let distDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "ctr02-pages-"));
  distDir = path.join(tempDir, "dist");
  try {
    // process.execPath is the project's Node 24, the one vitest runs on.
    await promisify(execFile)(process.execPath, ["scripts/build.ts"], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: PAGES_FIXTURE_DIR, OUT_DIR: distDir, BASE_PATH: "/" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `build of the page fixture failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
      {
        cause: error,
      },
    );
  }
}, 300_000);

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

async function readPage(route: string): Promise<string> {
  return readFile(path.join(distDir, route, "index.html"), "utf8");
}

function statusBox(html: string): string {
  return sliceSections(html, /<section class="status-box"/, "section")[0] ?? "";
}

describe("indicator pages built from the synthetic fixture", () => {
  it.each([
    ["thu-nhap-dtts", "achieved", "Đã đạt", true],
    ["ho-ngheo-dtts", "not_achieved", "Không đạt", true],
    ["xa-ntm", "awaiting_final", "Chờ số liệu năm 2025", true],
    ["duong-xom-cung-hoa", "no_data", "Chưa có số liệu công bố", true],
    ["co-so-vat-chat-noi-tru", "qualitative", "Chỉ tiêu định tính", false],
    ["nuoc-hop-ve-sinh", "on_track", "Đúng tiến độ", true],
    ["xa-dbkk", "behind", "Chậm", true],
    ["nha-van-hoa-dat-chuan", "off_track", "Chậm nhiều", true],
    ["phat-trien-ben-vung-2030", "qualitative", "Chỉ tiêu định tính", false],
  ])("/chi-tieu/%s/ says %s (“%s”); a chart: %s", async (id, status, label, charted) => {
    const html = await readPage(`chi-tieu/${id}`);
    expect(firstStatus(statusBox(html))).toEqual({ status, label });
    const charts = findCharts(html);
    expect(charts).toHaveLength(charted ? 1 : 0);
    if (charted) {
      expect(charts[0]?.name).toMatch(/^Biểu đồ: .+\(thử\)$/);
      expect(charts[0]?.description).not.toBe("");
    }
  });

  it("shows a qualitative indicator's evidence, not a number", async () => {
    const text = textOf(await readPage("chi-tieu/co-so-vat-chat-noi-tru"));
    expect(text).toContain("Chỉ tiêu định tính: không tính trạng thái bằng số.");
    expect(text).toContain("hoàn thiện cơ sở vật chất các trường (câu thử)");
  });

  describe("thu-nhap-dtts: a revised figure and a figure of another scope", () => {
    let html = "";
    beforeAll(async () => {
      html = await readPage("chi-tieu/thu-nhap-dtts");
    });

    it("tables every figure in force with its role", () => {
      const table =
        sliceSections(html, /<table class="data-table figures-table">/, "table")[0] ?? "";
      expect(textsWithAttribute(table, "data-figure")).toEqual(["20,0", "31,0", "42,0", "38,0"]);
      const rows = sliceSections(table, /<tr>/, "tr").slice(1).map(textOf);
      expect(rows[1]).toContain("(đã điều chỉnh)");
      expect(rows[3]).toContain("Khác phạm vi: Tỉnh mới (thử); không dùng để đánh giá");
      expect(rows[3]).toContain("“câu thử có số 38 năm 2025 của tỉnh mới”");
    });

    it("keeps the first published value in the revision history", () => {
      const history =
        sliceSections(html, /<section aria-labelledby="lich-su">/, "section")[0] ?? "";
      expect(textsWithAttribute(history, "data-figure")).toEqual(["30,0", "31,0"]);
      expect(textOf(history)).toContain("Điều chỉnh");
    });

    it("marks every derived number as computed", () => {
      const computed = [...html.matchAll(/\sdata-computed[\s>][\s\S]*?<\/(?:span|strong)>/g)];
      expect(computed.length).toBeGreaterThanOrEqual(4);
      for (const match of computed) {
        const after = html.slice(
          (match.index ?? 0) + match[0].length,
          (match.index ?? 0) + match[0].length + 200,
        );
        expect(after).toMatch(/class="computed-mark"/);
      }
    });

    it("links the release, the source, the program paragraph and the CSV", () => {
      expect(html).toContain('href="/du-lieu/phien-ban/1.1.0/"');
      expect(html).toContain('href="https://example.org/nguon-thu-b"');
      expect(html).toContain('href="/chuong-trinh/#II-3-1"');
      expect(html).toContain('href="/du-lieu/chi-tieu/thu-nhap-dtts.csv"');
    });

    it("draws the other scope as its own line in the chart", () => {
      const svg = sliceSections(html, /<svg class="chart__svg"/, "svg")[0] ?? "";
      expect(svg.match(/class="chart-line chart-line--[a-z-]+ chart-line--v\d"/g)).toEqual([
        'class="chart-line chart-line--comparable chart-line--v0"',
        'class="chart-line chart-line--other-scope chart-line--v0"',
      ]);
    });
  });
});

describe("the other pages built from the synthetic fixture", () => {
  it("gives the overview the period's verdict, counts and latest release", async () => {
    const text = textOf(await readPage(""));
    expect(text).toContain("Đã kết luận được 2 trên 22 chỉ tiêu: 1 đạt, 1 không đạt.");
    expect(text).toContain("Bản phát hành 1.1.0 ngày 01/03/2026");
    expect(text).toContain("6 chỉ tiêu Chỉ tiêu định tính");
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("builds /muc-tieu/%i/", async (n) => {
    const html = await readPage(`muc-tieu/${n}`);
    expect(textOf(html)).toContain(`Mục tiêu ${n}:`);
    expect(html).toContain('class="indicator-card"');
  });

  it.each(["co-quan-thu-a", "co-quan-thu-b", "co-quan-thu-c", "nhom-thu"])(
    "builds /co-quan/%s/",
    async (id) => {
      expect(existsSync(path.join(distDir, "co-quan", id, "index.html"))).toBe(true);
    },
  );

  it("names an agency's successor on its page", async () => {
    expect(textOf(await readPage("co-quan/co-quan-thu-a"))).toContain(
      "Cơ quan kế nhiệm: Sở Thử C (kế nhiệm), từ 01/03/2025 (nguồn: Báo cáo thử B).",
    );
    expect(textOf(await readPage("co-quan/co-quan-thu-c"))).toContain("Kế nhiệm: Sở Thử A.");
    expect(textOf(await readPage("muc-tieu/1"))).toContain(
      "Sở Thử A (nay: Sở Thử C (kế nhiệm), từ 01/03/2025; nguồn: Báo cáo thử B)",
    );
  });

  it("works the methodology example from the data", async () => {
    expect(textOf(await readPage("phuong-phap"))).toContain(
      "Tỷ lệ tiến độ = (42,0 − 20,0) ÷ (40,0 − 20,0) = 110%.",
    );
  });

  it("names the latest release in every page's footer", async () => {
    for (const route of ["", "chi-tieu/duong-xom-cung-hoa", "muc-tieu/3", "phuong-phap"]) {
      const footer = sliceSections(await readPage(route), /<footer/, "footer")[0] ?? "";
      expect(textOf(footer)).toContain("Số liệu theo Bản phát hành 1.1.0 ngày 01/03/2026.");
    }
  });
});

describe("the scorecard and the per-indicator files built from the synthetic fixture", () => {
  const served = (file: string) => readFile(path.join(distDir, "du-lieu", file));
  const indicatorIds = [
    ...readFileSync(path.join(PAGES_FIXTURE_DIR, "indicators.csv"), "utf8").matchAll(
      /^([a-z0-9-]+),/gm,
    ),
  ]
    .map((match) => match[1] ?? "")
    .filter((id) => id !== "id");

  it("shows the scorecard on the overview: one row per indicator, linked to its downloads", async () => {
    const html = await readPage("");
    const [table] = sliceSections(html, /<table class="stack-table scorecard__table"/, "table");
    expect(table).toBeDefined();
    const rows = (table ?? "").match(/<th scope="row"/g) ?? [];
    expect(rows).toHaveLength(indicatorIds.length);
    expect(textOf(table ?? "")).toContain("Đã đạt");
    for (const file of [
      "du-lieu/bang-tong-hop.csv",
      "du-lieu/excel/bang-tong-hop.csv",
      "du-lieu/bang-tong-hop.json",
    ]) {
      expect(html).toContain(`href="/${file}"`);
    }
  });

  it("publishes bang-tong-hop.csv, its Excel form and JSON, described as derived data", async () => {
    const csv = await served("bang-tong-hop.csv");
    const excel = await served("excel/bang-tong-hop.csv");
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(excel.subarray(3), csv)).toBe(0);
    expect(csv.toString("utf8").trimEnd().split("\n")).toHaveLength(indicatorIds.length + 1);
    const json = JSON.parse(
      await readFile(path.join(distDir, "du-lieu", "bang-tong-hop.json"), "utf8"),
    ) as {
      methodology_version: string;
      release: { id: string };
    };
    expect(json.release.id).toBe("1.1.0");
    expect(json.methodology_version).toMatch(/^\d{4}-\d{2}$/);
    const descriptor = JSON.parse((await served("datapackage.json")).toString("utf8")) as {
      resources: { name: string; path: string; hash: string; description: string }[];
    };
    const resource = descriptor.resources.find((entry) => entry.path === "bang-tong-hop.csv");
    expect(resource?.name).toBe("scorecard");
    expect(resource?.description).toContain("Dữ liệu tính toán, không phải số liệu công bố");
    expect(resource?.hash).toBe(`sha256:${createHash("sha256").update(csv).digest("hex")}`);
    const snapshot = await readFile(
      path.join(distDir, "du-lieu", "phien-ban", "1.1.0", "datapackage.json"),
      "utf8",
    );
    expect(snapshot).not.toContain("bang-tong-hop");
  });

  it("publishes every indicator's CSV, Excel CSV and JSON, and its page links all three", async () => {
    for (const id of indicatorIds) {
      const csv = await served(`chi-tieu/${id}.csv`);
      expect(csv.toString("utf8").split("\n").length, id).toBeGreaterThan(2);
      const excel = await served(`excel/chi-tieu/${id}.csv`);
      expect(Buffer.compare(excel.subarray(3), csv), id).toBe(0);
      expect(existsSync(path.join(distDir, "du-lieu", "chi-tieu", `${id}.json`)), id).toBe(true);
    }
    const page = await readPage("chi-tieu/duong-xom-cung-hoa");
    for (const href of [
      "du-lieu/chi-tieu/duong-xom-cung-hoa.csv",
      "du-lieu/excel/chi-tieu/duong-xom-cung-hoa.csv",
      "du-lieu/chi-tieu/duong-xom-cung-hoa.json",
    ]) {
      expect(page).toContain(`href="/${href}"`);
    }
    const noFigure = (await served("chi-tieu/duong-xom-cung-hoa.csv")).toString("utf8");
    expect(noFigure).toMatch(/^no_data,duong-xom-cung-hoa,/m);
  });

  it("shows the method version on /phuong-phap/", async () => {
    expect(textOf(await readPage("phuong-phap"))).toMatch(/Phiên bản phương pháp: \d{4}-\d{2}/);
  });
});
