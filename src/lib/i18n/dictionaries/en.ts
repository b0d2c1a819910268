// The English words of the site's interface. Typed by the Vietnamese dictionary: a key missing
// here, or one that Vietnamese does not have, fails `astro check`.
import type { Dictionary } from "./vi.ts";

/** The English dictionary. */
export const en: Dictionary = {
  skipLink: "Skip to main content",
  siteNamePrefix: "Tracking",
  siteSubtitle: (period: string) => `Ethnic-minority affairs, ${period}`,
  searchLabel: "Search",
  searchButton: "Search",
  navLabel: "Main",
  navHome: "Overview",
  navProgram: "Program text (Vietnamese)",
  navAgencies: "Agencies",
  navData: "Open data",
  navMethodology: "Methodology",
  feedTitle: "Data releases (Atom, Vietnamese)",
  langSwitchLabel: "Language",
  langSwitchTo: "Read this page in Vietnamese",
  langSwitchHome: "Vietnamese site",
  footerOpenData: "Open data",
  footerGlossary: "Glossary",
  footerAbout: "About and contact",
  footerReport: "Report an error",
  footerLicence: "Data compiled by this site are licensed",
  footerLicenceRest: "; each figure keeps the terms of the source that published it.",
  footerMethodology: "Methodology and corrections policy",
  footerIndependent: (issuer: string) =>
    `This is an independent tracker, not an official portal of ${issuer}.`,
  footerPublisher: (name: string) => `Published by: ${name}.`,
  footerNoPublisher: "The publisher has not been configured yet.",
  updatedOn: (date: string) => `Updated ${date}`,
  printCite: "Cite as",
  printFiguresAsOf: (id: string, date: string) => `Figures as of data release ${id} of ${date}.`,
  printDate: "Printed:",
  printLicence: "Licence of the compiled data: CC BY 4.0.",
  vietnameseOnly: "(Vietnamese only)",
  unofficialTranslation: "unofficial translation",
};
