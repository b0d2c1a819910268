import { describe, expect, it } from "vitest";
import { readPageLanguage, SearchIndexError } from "../../scripts/build-steps/search-index.ts";

const page = (lang: string): string =>
  `<!doctype html><html lang="${lang}"><head></head><body><main>x</main></body></html>`;

describe(readPageLanguage, () => {
  it.each([
    [page("vi"), "chi-tieu/x/", "vi"],
    [page("en"), "en/indicators/x/", "en"],
    [page("en-GB"), "en/", "en"],
  ])("reads the index language of %j", (html, path, lang) => {
    expect(readPageLanguage(html, path)).toBe(lang);
  });

  it("stops the build when <html lang> disagrees with the URL, saying how to fix it", () => {
    expect(() => readPageLanguage(page("vi"), "en/indicators/x/")).toThrow(SearchIndexError);
    expect(() => readPageLanguage(page("vi"), "en/indicators/x/")).toThrow(
      '/en/indicators/x/: <html lang> expected "en" (from the URL), got "vi". Fix: give the page\'s layout lang="en".',
    );
    expect(() => readPageLanguage("<html><main>x</main></html>", "")).toThrow("got none");
  });
});
