import { describe, expect, it } from "vitest";
import {
  addSearchAliases,
  listAliasParts,
  readSearchAliases,
  stripSearchAliases,
} from "./aliases.ts";

describe(addSearchAliases, () => {
  it.each([
    ["đường ô tô", "đường_duong ô tô"],
    ["Đảng bộ", "Đảng_dang bộ"],
    ["Dương Văn Lượng", "Dương Văn Lượng"],
    ["hộ nghèo DTTS.", "hộ nghèo DTTS_dan_toc_thieu_so."],
    ["(DTTS)", "(DTTS_dan_toc_thieu_so)"],
    ["vùng dân tộc thiểu số", "vùng dân_dtts tộc thiểu số"],
    ["đạt chuẩn nông thôn mới", "đạt_dat chuẩn nông_ntm thôn mới"],
    ["xã đặc biệt khó khăn", "xã đặc_dac_dbkk_đbkk biệt khó khăn"],
    ["xã ĐBKK", "xã ĐBKK_dbkk_dac_đac_biet_kho_khan"],
    ["TT HĐND tỉnh", "TT HĐND_hdnd_hoi_dong_đong_nhan_dan tỉnh"],
    ["Hội đồng nhân dân", "Hội_hdnd_hđnd đồng_dong nhân dân"],
    ["Ủy ban nhân dân tỉnh", "Ủy_ubnd ban nhân dân tỉnh"],
    ["Uỷ ban nhân dân", "Uỷ_ubnd ban nhân dân"],
    ["kinh tế - xã hội", "kinh_ktxh tế - xã hội"],
    [
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Lao_ldtbxh_lđtbxh động_dong - Thương binh và Xã hội",
    ],
    ["Văn hóa, Thể thao và Du lịch", "Văn_vhttdl hóa, Thể thao và Du lịch"],
    ["Chương trình mục tiêu quốc gia", "Chương_ctmtqg trình mục_mtqg tiêu quốc gia"],
  ])("%j → %j", (input, expected) => {
    expect(addSearchAliases(input)).toBe(expected);
  });

  it.each([
    ["Sở LĐ-TB&XH", "Sở LĐ-TB&XH_ld_ldtbxh_lao_dong_đong_thuong_binh_va_xa_hoi"],
    ["Sở GD&amp;ĐT", "Sở GD&amp;ĐT_dt_gddt_giao_duc_va_dao_đao_tao"],
    ["Quyết định số 402/QĐ-TTg", "Quyết định_dinh số 402/QĐ-TTg_qd_402qdttg"],
    ["(DTTS)", "(DTTS_dan_toc_thieu_so)"],
  ])(
    "puts the aliases of %j at the end of its run, keeping Pagefind's key a prefix",
    (input, expected) => {
      expect(addSearchAliases(input)).toBe(expected);
    },
  );

  it.each([
    ["a phrase broken by a full stop", "dân tộc. Thiểu số"],
    ["a lower-case word that folds like an abbreviation", "ntm dtts"],
    ["a phrase that stops short", "dân tộc thiểu"],
  ])("adds nothing for %s", (_case, input) => {
    expect(addSearchAliases(input)).toBe(input);
  });

  it.each([
    [{ dStroke: true, abbreviations: false }, "đường_duong cho DTTS, dân tộc thiểu số"],
    [
      { dStroke: false, abbreviations: true },
      "đường cho DTTS_dan_toc_thieu_so, dân_dtts tộc thiểu số",
    ],
    [{ dStroke: false, abbreviations: false }, "đường cho DTTS, dân tộc thiểu số"],
  ])("adds only the kinds asked for (%j), to measure each", (kinds, expected) => {
    expect(addSearchAliases("đường cho DTTS, dân tộc thiểu số", kinds)).toBe(expected);
  });

  it("leaves HTML character references alone", () => {
    expect(addSearchAliases("đường&nbsp;đến &amp; DTTS")).toBe(
      "đường_duong&nbsp;đến_den &amp; DTTS_dan_toc_thieu_so",
    );
  });

  it("treats a no-break space between words like a space", () => {
    expect(addSearchAliases("nông thôn&nbsp;mới")).toBe("nông_ntm thôn&nbsp;mới");
  });
});

describe(stripSearchAliases, () => {
  it.each([
    "đường ô tô đến trung tâm xã",
    "Đồng bào dân tộc thiểu số (DTTS) và miền núi",
    "TT HĐND tỉnh; Ủy ban nhân dân tỉnh; kinh tế - xã hội",
    "Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch",
    "xã đặc biệt khó khăn (ĐBKK) đạt chuẩn nông thôn mới; HĐND, Hội đồng nhân dân",
    "Sở LĐ-TB&XH, Sở GD&amp;ĐT, 402/QĐ-TTg; kinh tế - xã hội",
  ])("gives back the original text of %j", (text) => {
    expect(stripSearchAliases(addSearchAliases(text))).toBe(text);
  });

  it.each(["indicator_id", "program_anchor", "dân_tộc", "đường_dương"])(
    "keeps %j, whose suffix no alias could produce",
    (text) => {
      expect(stripSearchAliases(text)).toBe(text);
    },
  );

  it("cleans aliases inside a highlighted excerpt", () => {
    expect(stripSearchAliases("các tuyến <mark>đường_duong</mark> đến_den")).toBe(
      "các tuyến <mark>đường</mark> đến",
    );
  });
});

describe(listAliasParts, () => {
  it.each([
    ["đường", ["duong"]],
    ["DTTS", ["dan", "toc", "thieu", "so"]],
    ["ĐBKK", ["dbkk", "dac", "đac", "biet", "kho", "khan"]],
    ["đặc", ["dac", "dbkk", "đbkk"]],
    ["dân", ["dtts"]],
    ["Dương", []],
  ])("%j may carry %j", (word, parts) => {
    expect([...listAliasParts(word)].sort()).toEqual([...parts].sort());
  });
});

describe(readSearchAliases, () => {
  it.each([
    ["HĐND_hdnd_hoi_dong_đong_nhan_dan,", ["hdnd", "hoi", "dong", "đong", "nhan", "dan"]],
    ["(đường_duong)", ["duong"]],
    ["đường", []],
    ["indicator_id", []],
  ])("%j → %j", (token, parts) => {
    expect(readSearchAliases(token)).toEqual(parts);
  });
});
