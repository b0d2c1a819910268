import { describe, expect, it } from "vitest";
import { nameSourceMentions, splitSourceMentions } from "./source-mentions.ts";

// Synthetic source, not a real publication.
const sources = new Map([
  ["bao-thu", { title: "Báo thử (tổng hợp)", url: "https://example.org/a" }],
]);

describe(splitSourceMentions, () => {
  it("turns a source id in a note into the source's title and link", () => {
    expect(splitSourceMentions("Hợp nhất từ 01/07/2025 (nguồn: bao-thu); hết.", sources)).toEqual([
      { kind: "text", text: "Hợp nhất từ 01/07/2025 " },
      { kind: "source", source: { label: "Báo thử (tổng hợp)", href: "https://example.org/a" } },
      { kind: "text", text: "; hết." },
    ]);
  });

  it("finds the source in an English note, which writes (source: <id>)", () => {
    expect(splitSourceMentions("Merged on 1 July 2025 (source: bao-thu).", sources)).toEqual([
      { kind: "text", text: "Merged on 1 July 2025 " },
      { kind: "source", source: { label: "Báo thử (tổng hợp)", href: "https://example.org/a" } },
      { kind: "text", text: "." },
    ]);
  });

  it("leaves an unknown id and a note without sources as written", () => {
    expect(splitSourceMentions("Không rõ (nguồn: khong-co).", sources)).toEqual([
      { kind: "text", text: "Không rõ (nguồn: khong-co)." },
    ]);
  });
});

describe(nameSourceMentions, () => {
  it("writes the source's title where a note names its id", () => {
    expect(nameSourceMentions("Khớp với 14 xã (nguồn: bao-thu).", sources)).toBe(
      "Khớp với 14 xã (nguồn: Báo thử (tổng hợp)).",
    );
  });
});
