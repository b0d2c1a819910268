import { describe, expect, it } from "vitest";
import { dictionaryOf } from "../i18n/dictionary.ts";
import { searchScriptMessages } from "./messages.ts";
import {
  describeResultCount,
  readSearchState,
  SEARCH_PARAMS_BY_LANG,
  suggestUnaccented,
  writeSearchState,
  type SearchState,
} from "./search-state.ts";

describe(readSearchState, () => {
  it.each<[string, SearchState]>([
    ["", { query: "", kind: "", agency: "" }],
    ["?q=duong+o+to", { query: "duong o to", kind: "", agency: "" }],
    ["?q=%20%20%C4%90%C6%B0%E1%BB%9Dng%20%20", { query: "Đường", kind: "", agency: "" }],
    [
      "?q=x&loai=Ch%E1%BB%89+ti%C3%AAu&co-quan=Ban+D%C3%A2n+t%E1%BB%99c+t%E1%BB%89nh",
      { query: "x", kind: "Chỉ tiêu", agency: "Ban Dân tộc tỉnh" },
    ],
  ])("reads %j", (search, state) => {
    expect(readSearchState(search)).toEqual(state);
  });
});

describe(writeSearchState, () => {
  it("writes only the fields that are set", () => {
    expect(writeSearchState({ query: "đường ô tô", kind: "", agency: "" })).toBe(
      "?q=%C4%91%C6%B0%E1%BB%9Dng+%C3%B4+t%C3%B4",
    );
    expect(writeSearchState({ query: "", kind: "", agency: "" })).toBe("");
  });

  it("round-trips through readSearchState", () => {
    const state = { query: "DTTS", kind: "Mục tiêu", agency: "Sở Văn hóa, Thể thao và Du lịch" };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe(describeResultCount, () => {
  it.each([
    ["vi", "đường", 0, false, "Không có kết quả nào cho “đường”."],
    ["vi", "đường", 1, false, "1 kết quả cho “đường”."],
    ["vi", "đường", 1234, true, "1.234 kết quả cho “đường” (đã lọc)."],
    ["en", "poverty", 0, false, "No results for “poverty”."],
    ["en", "poverty", 1, false, "1 result for “poverty”."],
    ["en", "poverty", 1234, true, "1,234 results for “poverty” (filtered)."],
  ] as const)("%s: %s, %i results, filtered %s", (lang, query, count, filtered, sentence) => {
    const messages = searchScriptMessages(dictionaryOf(lang));
    expect(describeResultCount(count, query, filtered, messages, lang)).toBe(sentence);
  });
});

describe("the English search page", () => {
  it("keeps its state in English parameter names", () => {
    const names = SEARCH_PARAMS_BY_LANG.en;
    const state = { query: "poverty", kind: "Indicator", agency: "Ethnic Affairs Committee" };
    expect(writeSearchState(state, names)).toBe(
      "?q=poverty&kind=Indicator&agency=Ethnic+Affairs+Committee",
    );
    expect(readSearchState(writeSearchState(state, names), names)).toEqual(state);
  });
});

describe(suggestUnaccented, () => {
  it.each([
    ["Đường ô tô", "duong o to"],
    ["dân tộc", "dan toc"],
    ["duong o to", undefined],
    ["DTTS", undefined],
  ])("%j → %j", (query, suggestion) => {
    expect(suggestUnaccented(query)).toBe(suggestion);
  });
});
