// Uses the synthetic page fixture (tests/fixtures/pages): none of its figures is real.
import { describe, expect, it } from "vitest";
import { requireDataset } from "../../site/load-dataset.ts";
import { buildIndicatorPage } from "../views/indicator-page.ts";
import { buildPressContext } from "./content.ts";
import { EMBED_HEIGHT, buildEmbedView, embedUrlOf, writeEmbedSnippet } from "./embed.ts";

const siteRoot = "https://example.org/ctr/";

describe(buildEmbedView, () => {
  const dataset = requireDataset("tests/fixtures/pages");
  const context = buildPressContext(dataset, siteRoot);
  const view = (id: string) => buildEmbedView(buildIndicatorPage(dataset, id, siteRoot), context);

  it("gives each embed its own title and the way back to the full page", () => {
    expect(view("xa-ntm-thu")).toMatchObject({
      title: "Nhúng: Tỷ lệ xã nông thôn mới (thử)",
      fullPath: "chi-tieu/xa-ntm-thu/",
      latest: "Số liệu gần nhất: 80,0% số xã (năm 2024)",
      credit: "Dữ liệu bản 1.1.0 (01/03/2026) · Giấy phép CC BY 4.0",
    });
  });

  it("quotes the program for a qualitative indicator instead of a figure", () => {
    expect(view("co-so-thu")).toMatchObject({
      latest: "",
      against: "",
      quote: "hoàn thiện cơ sở vật chất các trường (câu thử)",
    });
  });
});

describe(writeEmbedSnippet, () => {
  it("writes an iframe with a title, escaping what the name holds", () => {
    const url = embedUrlOf(siteRoot, "x");
    expect(url).toBe("https://example.org/ctr/nhung/chi-tieu/x/");
    expect(writeEmbedSnippet(url, `Tỷ lệ "A" & <B>`)).toBe(
      `<iframe src="https://example.org/ctr/nhung/chi-tieu/x/" title="Biểu đồ: Tỷ lệ &#34;A&#34; &#38; &#60;B&#62;" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;max-width:720px"></iframe>`,
    );
  });
});
