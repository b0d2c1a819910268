// Uses the synthetic page fixture (tests/fixtures/pages): none of its figures is real. Indicators
// are picked by what they show, not by id, so the fixture can grow without breaking these tests.
import { describe, expect, it } from "vitest";
import { loadPagesFixture } from "../../../tests/fixtures/pages/load.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { buildPressContext } from "./content.ts";
import { EMBED_MESSAGE_TYPE, measureEmbedHeight } from "./embed-message.ts";
import { EMBED_HEIGHT, buildEmbedView, embedUrlOf, writeEmbedSnippet } from "./embed.ts";
import { resolutionOf } from "../resolve/resolve-dataset.ts";

const siteRoot = "https://example.org/ctr/";

describe(buildEmbedView, () => {
  const dataset = loadPagesFixture();
  const context = buildPressContext(dataset, siteRoot, "Trang thử");
  const pages = dataset.indicators.map((indicator) =>
    buildIndicatorPage(resolutionOf(dataset), indicator.id, siteRoot, "Trang thử"),
  );
  const withLatest = pages.find((page) => page.latest !== null);
  const qualitative = pages.find((page) => page.qualitative);

  it("gives each embed its own title, its latest figure and the way back to the full page", () => {
    if (!withLatest) throw new Error("the page fixture has an indicator with a figure");
    expect(buildEmbedView(withLatest, context)).toMatchObject({
      title: `Nhúng: ${withLatest.name}`,
      fullPath: `chi-tieu/${withLatest.id}/`,
      latest: expect.stringContaining(
        `Số liệu gần nhất: ${withLatest.latest?.text} (năm ${withLatest.latest?.period})`,
      ),
      credit: `Dữ liệu bản ${context.release.id} (${context.release.date}) · Giấy phép CC BY 4.0`,
    });
  });

  it("quotes the program for a qualitative indicator instead of a figure", () => {
    if (!qualitative) throw new Error("the page fixture has a qualitative indicator");
    const view = buildEmbedView(qualitative, context);
    expect(view).toMatchObject({ latest: "", against: "" });
    expect(view.quote).toBe(qualitative.goals.find((goal) => goal.judged)?.wording);
  });
});

describe(writeEmbedSnippet, () => {
  const url = embedUrlOf(siteRoot, "x");
  const [iframe, ...script] = writeEmbedSnippet(url, `Tỷ lệ "A" & <B>`).split("\n");

  it("writes an iframe with a title, escaping what the name holds", () => {
    expect(url).toBe("https://example.org/ctr/nhung/chi-tieu/x/");
    expect(iframe).toBe(
      `<iframe src="https://example.org/ctr/nhung/chi-tieu/x/" title="Biểu đồ: Tỷ lệ &#34;A&#34; &#38; &#60;B&#62;" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;max-width:720px"></iframe>`,
    );
  });

  it("adds a host script that trusts only the site's origin and the embed's message", () => {
    const code = script.join("\n");
    expect(code).toMatch(/^<script>[^]*<\/script>$/);
    expect(code).toContain('e.origin !== "https://example.org"');
    expect(code).toContain(`d.type !== "${EMBED_MESSAGE_TYPE}"`);
    expect(code).toContain("frames[i].contentWindow === e.source");
  });
});

describe(measureEmbedHeight, () => {
  it.each([
    ["content that fits", 512.2, { scrollHeight: 300, clientHeight: 300 }, 513],
    ["a middle squeezed by a short frame", 640, { scrollHeight: 900, clientHeight: 400 }, 1140],
    ["no middle", 300, null, 300],
  ])("measures %s", (_case, bottom, middle, expected) => {
    expect(measureEmbedHeight(bottom, middle)).toBe(expected);
  });
});
