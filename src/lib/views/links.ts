// Site-relative paths of the public pages (architecture.md § URLs). They never start with "/":
// templates pass them through withBase (src/lib/paths.ts), so one build works at "/" and under any
// base path.

/** Path of the overview page (the site root). */
export const HOME_PATH = "";
/** Path of the methodology page. */
export const METHODOLOGY_PATH = "phuong-phap/";
/** Path of the open data page. */
export const OPEN_DATA_PATH = "du-lieu/";

/** Returns the path of an indicator's page ("chi-tieu/xa-ntm/"). */
export function indicatorPath(id: string): string {
  return `chi-tieu/${id}/`;
}

/** Returns the path of an appendix target's page ("muc-tieu/3/"). */
export function targetPath(n: number): string {
  return `muc-tieu/${n}/`;
}

/** Returns the path of an agency's page ("co-quan/so-gd-dt/"). */
export function agencyPath(id: string): string {
  return `co-quan/${id}/`;
}

/** Returns the path of a paragraph of the program text ("chuong-trinh/#II-3-1"). */
export function programPath(anchor: string): string {
  return `chuong-trinh/#${anchor}`;
}

/** Returns the path of a data release's page ("du-lieu/phien-ban/1.0.0/"). */
export function releasePath(id: string): string {
  return `du-lieu/phien-ban/${id}/`;
}

/** Returns the path of an indicator's CSV download ("du-lieu/chi-tieu/xa-ntm.csv"). */
export function indicatorCsvPath(id: string): string {
  return `du-lieu/chi-tieu/${id}.csv`;
}

/** Path of the glossary page. */
export const GLOSSARY_PATH = "thuat-ngu/";
/** Path of the about page (publisher, contact, how to report an error). */
export const ABOUT_PATH = "gioi-thieu/";
/** Path of the list of agencies. */
export const AGENCIES_PATH = "co-quan/";

/** Returns the path of a glossary entry ("thuat-ngu/#dtts"). */
export function glossaryPath(term: string): string {
  return `${GLOSSARY_PATH}#${term}`;
}

/** Returns the path of an indicator's CSV for Excel ("du-lieu/excel/chi-tieu/xa-ntm.csv"). */
export function indicatorExcelPath(id: string): string {
  return `du-lieu/excel/chi-tieu/${id}.csv`;
}

/** Returns the path of an indicator's JSON download ("du-lieu/chi-tieu/xa-ntm.json"). */
export function indicatorJsonPath(id: string): string {
  return `du-lieu/chi-tieu/${id}.json`;
}
