import { describe, expect, it } from "vitest";
import { outlineSourceText, splitSourceParagraphs } from "./source-outline.ts";

// Synthetic, shortened text laid out like the published source file.
const syntheticSource = [
  "",
  "Số: *02* /CTr-UBND",
  "",
  "CHƯƠNG TRÌNH HÀNH ĐỘNG",
  "",
  "Thực hiện Nghị quyết, UBND tỉnh ban hành Chương trình như sau:",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "",
  "1. Mục đích",
  "",
  "- Một gạch đầu dòng trong phát triển",
  "",
  "kinh tế - xã hội, tiếp tục sau ngắt trang.",
  "- Gạch thứ hai, không có dòng trống phía trước.",
  "",
  "II. QUAN ĐIỂM",
  "",
  "2. Mục tiêu tổng quát",
  "",
  "Một đoạn văn không có gạch đầu dòng.",
  "",
  "3. Các cơ quan báo chí: Tăng cường công tác thông tin.",
  "",
  "Căn cứ Chương trình này, các cấp triển khai./.",
  "",
  "Nơi nhận:",
  "",
  "- Ủy ban Dân tộc;",
  "- Lưu: VT, NC. *ta*",
  "",
  "Pvk/CT/DT",
  "",
  "**TM. ỦY BAN NHÂN DÂN",
  "PHÓ CHỦ TỊCH**",
  "",
  "Dương Văn Lượng",
  "",
  "PHỤ LỤC",
  "",
  "TT\tMục tiêu\tPhân công",
  "1\tThu nhập\tUBND\tCác sở",
  "",
  "2\tHộ nghèo\tSở LĐTBXH\t- Các sở;",
  "----\t--\t---",
].join("\n");

describe(splitSourceParagraphs, () => {
  it("joins a paragraph split by a page break and keeps bullets without blank lines apart", () => {
    const paragraphs = splitSourceParagraphs(syntheticSource);
    expect(paragraphs).toContain(
      "- Một gạch đầu dòng trong phát triển kinh tế - xã hội, tiếp tục sau ngắt trang.",
    );
    expect(paragraphs).toContain("- Gạch thứ hai, không có dòng trống phía trước.");
  });

  it("drops blank lines", () => {
    expect(splitSourceParagraphs("\n\na\n\n\nB\n")).toEqual(["a", "B"]);
  });
});

describe(outlineSourceText, () => {
  it("lists every anchor of the synthetic program in document order", () => {
    expect(outlineSourceText(syntheticSource)).toEqual([
      "mo-dau",
      "can-cu",
      "I",
      "I-1",
      "I-1-1",
      "I-1-2",
      "II",
      "II-2",
      "II-2-1",
      "II-3",
      // The run-in heading's own text is the subsection's first paragraph…
      "II-3-1",
      // …and the closing paragraph, with no heading of its own, counts in the same subsection.
      "II-3-2",
      "noi-nhan",
      "noi-nhan-1",
      "noi-nhan-2",
      "ky-hieu",
      "chu-ky",
      "phu-luc",
      "phu-luc-1",
      "phu-luc-2",
    ]);
  });

  it("fails on a paragraph that sits in a section before any subsection", () => {
    expect(() => outlineSourceText("I. MỤC ĐÍCH\n\nĐoạn lạc chỗ.")).toThrow(
      'outlineSourceText: paragraph outside any subsection: "Đoạn lạc chỗ."',
    );
  });
});
