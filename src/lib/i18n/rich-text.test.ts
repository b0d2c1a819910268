import { describe, expect, it } from "vitest";
import { parseRichText } from "./rich-text.ts";

describe(parseRichText, () => {
  it("leaves a sentence without marks as one text", () => {
    expect(parseRichText("Mỗi bảng có hai bản, cùng nội dung:")).toEqual([
      { kind: "text", text: "Mỗi bảng có hai bản, cùng nội dung:" },
    ]);
  });

  it("marks code and strong words, keeping the spaces and punctuation around them", () => {
    expect(parseRichText("**CSV cho máy**: dấu chấm thập phân (`12.5`), như `a_b`.")).toEqual([
      { kind: "strong", text: "CSV cho máy" },
      { kind: "text", text: ": dấu chấm thập phân (" },
      { kind: "code", text: "12.5" },
      { kind: "text", text: "), như " },
      { kind: "code", text: "a_b" },
      { kind: "text", text: "." },
    ]);
  });

  it("turns a named mark into the link or the date the page gives for that name", () => {
    const targets = {
      release: { href: "/du-lieu/phien-ban/2.1.0/" },
      date: { datetime: "2026-12-05" },
    };
    expect(parseRichText("Bản [2.1.0](release), ngày [05/12/2026](date).", targets)).toEqual([
      { kind: "text", text: "Bản " },
      { kind: "link", text: "2.1.0", href: "/du-lieu/phien-ban/2.1.0/" },
      { kind: "text", text: ", ngày " },
      { kind: "time", text: "05/12/2026", datetime: "2026-12-05" },
      { kind: "text", text: "." },
    ]);
  });

  it.each([
    ["a backtick", "cột `source_id và tệp", '"`" mark is left open'],
    ["two asterisks", "dữ liệu **do trang tính", '"**" mark is left open'],
    ["a bracket", "xem [phương pháp(methodology)", '"[" mark is left open'],
    ["a link without its name", "xem [phương pháp] nhé", '"[" mark is left open'],
  ])("fails on %s left open, quoting the sentence", (_, sentence, message) => {
    expect(() => parseRichText(sentence)).toThrow(message);
    expect(() => parseRichText(sentence)).toThrow(sentence);
  });

  it("fails on a link name the page does not give, naming the ones it gives", () => {
    expect(() =>
      parseRichText("theo [phương pháp](methodolgy)", { methodology: { href: "/phuong-phap/" } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: unknown link "methodolgy" in the sentence "theo [phương pháp](methodolgy)" (known: methodology)]`,
    );
  });
});
