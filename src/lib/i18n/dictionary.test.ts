import { describe, expect, it } from "vitest";
import { dictionaryOf } from "./dictionary.ts";
import { en } from "./dictionaries/en.ts";
import { vi } from "./dictionaries/vi.ts";

describe(dictionaryOf, () => {
  it("gives English exactly the keys of Vietnamese", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it("gives each sentence builder the same number of parameters in both languages", () => {
    for (const [key, value] of Object.entries(vi)) {
      const other = (en as Record<string, unknown>)[key];
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === "function" && typeof other === "function")
        expect(other.length, key).toBe(value.length);
    }
  });

  // Arguments for the sentence builders that look a word up by a code.
  const samples: Record<string, readonly unknown[]> = {
    statusLabel: ["achieved", 2025],
    statusMeaning: ["no_data"],
    goalRuleName: ["at_least"],
    goalRuleLevel: ["change_per_year"],
    goalRuleMet: ["change_per_year"],
    roleOther: ["other-scope"],
    revisionKind: ["withdrawn"],
    strength: ["weak"],
    chartLineNote: ["other-scope"],
  };

  it("writes no empty entry and no Vietnamese letter in English", () => {
    for (const [key, value] of Object.entries(en)) {
      const text =
        typeof value === "function"
          ? (value as (...args: unknown[]) => string)(...(samples[key] ?? ["X", "Y"]))
          : value;
      expect(text.trim(), key).not.toBe("");
      // "Thái Nguyên" and agency names come from data, never from the English dictionary.
      expect(text, key).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
  });

  it("marks a Vietnamese-only fallback in the reader's language", () => {
    expect(dictionaryOf("en").vietnameseOnly).toBe("(Vietnamese only)");
    expect(dictionaryOf("vi").footerIndependent("UBND tỉnh X")).toContain("UBND tỉnh X");
  });
});
