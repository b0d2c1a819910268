// A synthetic site.config.json for the unit tests (no real organisation or address): what a fresh
// fork's file holds, every value not known yet left null. Shared so that the tests of the parser
// and of the pages that read the configuration start from the same file.

/** The synthetic configuration as written in site.config.json (before defaults are applied). */
export const SYNTHETIC_SITE_CONFIG = {
  siteName: "Trang thử (tổng hợp)",
  siteUrl: "https://example.test",
  publisher: { name: null, url: null },
  contact: { email: null, url: null },
  repositoryUrl: null,
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};
