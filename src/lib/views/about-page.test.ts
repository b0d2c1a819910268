import { describe, expect, it } from "vitest";
import { SYNTHETIC_SITE_CONFIG } from "../../../tests/support/synthetic-site-config.ts";
import type { SiteConfig } from "../site/site-config.ts";
import { buildAboutPage } from "./about-page.ts";

// The synthetic configuration with nothing set, as parseSiteConfig fills in its defaults.
const unset: SiteConfig = { ...SYNTHETIC_SITE_CONFIG, languages: ["vi"], translations: {} };

describe(buildAboutPage, () => {
  it("says the publisher is not configured and offers no made-up contact", () => {
    const page = buildAboutPage(unset);
    expect(page.publisher).toBe("Chưa cấu hình: đơn vị công bố");
    expect(page.publisherConfigured).toBe(false);
    expect(page.contacts).toEqual([]);
    expect(page.reportTo).toEqual([]);
    expect(page.repository).toBeNull();
  });

  it("lists the configured e-mail, contact page and repository issues", () => {
    const page = buildAboutPage({
      ...unset,
      publisher: { name: "Nhóm thử (tổng hợp)", url: null },
      contact: { email: "thu@example.test", url: "https://example.test/lien-he" },
      repositoryUrl: "https://example.test/kho",
    });
    expect(page.publisher).toBe("Nhóm thử (tổng hợp)");
    expect(page.reportTo.map((link) => link.href)).toEqual([
      "mailto:thu@example.test",
      "https://example.test/lien-he",
      "https://example.test/kho",
    ]);
  });

  it("names the placeholder and the link words in the reader's language", () => {
    const page = buildAboutPage(
      {
        ...unset,
        contact: { email: null, url: "https://example.test/lien-he" },
        repositoryUrl: "https://example.test/kho",
        translations: { en: { siteName: "Test site (synthetic)" } },
      },
      "en",
    );
    expect(page.publisher).toBe("Not configured yet: publisher");
    expect(page.siteName).toBe("Test site (synthetic)");
    expect(page.reportTo.map((link) => link.label)).toEqual([
      "Contact page",
      "the issue tracker of the source repository",
    ]);
  });
});
