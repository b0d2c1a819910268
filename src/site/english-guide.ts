// The English guide to the program (issue 17): content/en/ of the project folder, read through
// the parser of src/lib/program. A project without content/en/ has no guide: /en/program/ then
// says the summary is not available, and every heading falls back to the Vietnamese one.
import type { GuideSection } from "../lib/views/english-program-page.ts";

/** Returns the English guide's sections, or null when the project has no content/en/. */
export function readEnglishGuide(): GuideSection[] | null {
  // TODO(issue 17): read content/en/ with the en-words parser once it is merged.
  return null;
}
