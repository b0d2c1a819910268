import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problemLinesOf } from "../../../tests/support/problem-lines.ts";
import { SYNTHETIC_SITE_CONFIG } from "../../../tests/support/synthetic-site-config.ts";
import {
  describePublisher,
  parseSiteConfig,
  siteNameIn,
  SiteConfigError,
  UNSET_PUBLISHER,
} from "./site-config.ts";

const valid = SYNTHETIC_SITE_CONFIG;

const problemsOf = (value: unknown): readonly string[] =>
  problemLinesOf(() => parseSiteConfig(JSON.stringify(value), "site.config.json"), SiteConfigError);

describe(parseSiteConfig, () => {
  it("accepts the repository's own site.config.json", () => {
    const config = parseSiteConfig(readFileSync("site.config.json", "utf8"), "site.config.json");
    expect(config.siteName).toContain("02/CTr-UBND");
  });

  it("accepts nulls for what is not known yet", () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it("lists every problem with its path, what it expected and what it got", () => {
    const lines = problemsOf({
      ...valid,
      siteUrl: "ctr02.example",
      contact: { email: "not an address", url: null },
      extra: 1,
    });
    expect(lines).toHaveLength(3);
    expect(lines.join("\n")).toMatchInlineSnapshot(`
      "site.config.json: siteUrl: expected an absolute http(s) URL, got "ctr02.example". Use null for a value not known yet; see the comment at the top of the file.
      site.config.json: contact.email: expected an e-mail address, got "not an address". Use null for a value not known yet; see the comment at the top of the file.
      site.config.json: extra: expected no such key, got 1. Remove it or check its spelling."
    `);
  });

  it("says when a key is missing", () => {
    const rest: Partial<typeof valid> = { ...valid };
    delete rest.licence;
    expect(problemsOf(rest)).toEqual([
      "site.config.json: licence: expected a value of type object, got nothing. Use null for a value not known yet; see the comment at the top of the file.",
    ]);
  });

  it("reports a JSON syntax error as one line", () => {
    expect(() => parseSiteConfig("{", "site.config.json")).toThrow(
      /^site\.config\.json: \(file\): expected JSON, got a syntax error/,
    );
  });
});

describe("languages", () => {
  it("publishes Vietnamese only when languages is not set", () => {
    const config = parseSiteConfig(JSON.stringify(valid), "x");
    expect(config.languages).toEqual(["vi"]);
    expect(siteNameIn(config, "en")).toBe(valid.siteName);
  });

  it("reads the English site name of the repository's own configuration", () => {
    const config = parseSiteConfig(readFileSync("site.config.json", "utf8"), "site.config.json");
    expect(config.languages).toEqual(["vi", "en"]);
    expect(siteNameIn(config, "en")).toMatch(/^Tracking .*02\/CTr-UBND/);
    expect(siteNameIn(config, "vi")).toBe(config.siteName);
  });

  it("asks for the English site name when English is published", () => {
    expect(problemsOf({ ...valid, languages: ["vi", "en"] })).toEqual([
      'site.config.json: translations.en: expected the site\'s name in "en" ({"siteName": "…"}), since languages lists "en", got nothing. Use null for a value not known yet; see the comment at the top of the file.',
    ]);
  });

  it("rejects a list that does not start with Vietnamese or names an unknown language", () => {
    expect(problemsOf({ ...valid, languages: ["en", "vi"] })).toEqual([
      'site.config.json: languages: expected a list that starts with "vi", got ["en","vi"]. Use null for a value not known yet; see the comment at the top of the file.',
    ]);
    expect(problemsOf({ ...valid, languages: ["vi", "fr"] })).toHaveLength(1);
  });
});

describe(describePublisher, () => {
  it("shows the marked placeholder while no publisher is set", () => {
    expect(describePublisher(parseSiteConfig(JSON.stringify(valid), "x"))).toEqual({
      configured: false,
      name: UNSET_PUBLISHER,
      url: null,
    });
  });

  it("shows the configured publisher", () => {
    const config = { ...valid, publisher: { name: "Nhóm thử (tổng hợp)", url: null } };
    expect(describePublisher(parseSiteConfig(JSON.stringify(config), "x")).name).toBe(
      "Nhóm thử (tổng hợp)",
    );
  });
});
