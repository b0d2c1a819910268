// Word-by-word comparison of the published program text with the text the site shows.
// The source file carries some layout that is not text: markdown asterisks for emphasis,
// stray HTML tags in appendix row 10, tabs and a dashes line from the table layout. They are
// removed here; everything else (every word, diacritic, typo and punctuation mark) must match.

/** Returns the source text without its markup: asterisks, HTML tags and the table's dashes line. */
export function stripSourceMarkup(source: string): string {
  return (
    source
      .normalize("NFC")
      .split(/\r?\n/)
      // The appendix ends with a tab-separated rule of dashes ("----\t--\t-----------\t---").
      .filter((line) => !/^[\t ]*-{2,}(?:[\t ]+-+)*[\t ]*$/.test(line))
      .join("\n")
      .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi, " ")
      .replaceAll("*", "")
  );
}

/** Returns the words of `text` (NFC), split on any run of whitespace. */
export function splitWords(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\s+/u)
    .filter((word) => word !== "");
}

/** One place where the two word sequences differ. */
export interface WordDifference {
  /** Index in the expected sequence where the difference starts (0-based). */
  expectedIndex: number;
  /** Index in the actual sequence where the difference starts (0-based). */
  actualIndex: number;
  /** Expected words missing from the actual text (empty when words were only added). */
  expected: string[];
  /** Actual words not in the expected text (empty when words were only lost). */
  actual: string[];
}

/** Options of `compareWords`. */
export interface CompareOptions {
  /** Stop after this many differences. Default 10. */
  maxDifferences?: number;
  /** Words that must agree after a difference for the sequences to count as back in step. Default 4. */
  resyncRun?: number;
  /** Largest difference, in words on both sides together, to look for a resync. Default 400. */
  maxGap?: number;
}

function runsAgree(
  expected: readonly string[],
  actual: readonly string[],
  i: number,
  j: number,
  run: number,
): boolean {
  for (let k = 0; k < run; k++) {
    const atEndExpected = i + k >= expected.length;
    const atEndActual = j + k >= actual.length;
    if (atEndExpected || atEndActual) return atEndExpected && atEndActual;
    if (expected[i + k] !== actual[j + k]) return false;
  }
  return true;
}

/** Returns where `actual` differs from `expected` (empty when the words are identical). */
export function compareWords(
  expected: readonly string[],
  actual: readonly string[],
  options: CompareOptions = {},
): WordDifference[] {
  const { maxDifferences = 10, resyncRun = 4, maxGap = 400 } = options;
  const differences: WordDifference[] = [];
  let i = 0;
  let j = 0;
  while ((i < expected.length || j < actual.length) && differences.length < maxDifferences) {
    if (i < expected.length && j < actual.length && expected[i] === actual[j]) {
      i += 1;
      j += 1;
      continue;
    }
    // Smallest total gap first, so one changed word is reported as a change, not as a loss
    // and an addition far apart.
    let resync: [number, number] | undefined;
    for (let gap = 1; gap <= maxGap && !resync; gap++) {
      for (let skipExpected = gap; skipExpected >= 0; skipExpected--) {
        const skipActual = gap - skipExpected;
        const ni = i + skipExpected;
        const nj = j + skipActual;
        if (ni > expected.length || nj > actual.length) continue;
        if (runsAgree(expected, actual, ni, nj, resyncRun)) {
          resync = [ni, nj];
          break;
        }
      }
    }
    const [ni, nj] = resync ?? [expected.length, actual.length];
    differences.push({
      expectedIndex: i,
      actualIndex: j,
      expected: expected.slice(i, ni),
      actual: actual.slice(j, nj),
    });
    i = ni;
    j = nj;
  }
  return differences;
}

/** Returns a readable report of `differences`, each with `context` expected words either side. */
export function formatWordDifferences(
  differences: readonly WordDifference[],
  expected: readonly string[],
  context = 8,
): string {
  return differences
    .map((difference, n) => {
      const start = difference.expectedIndex;
      const end = start + difference.expected.length;
      const before = expected.slice(Math.max(0, start - context), start).join(" ");
      const after = expected.slice(end, end + context).join(" ");
      const lost = difference.expected.length > 0 ? `[-${difference.expected.join(" ")}-]` : "";
      const added = difference.actual.length > 0 ? `{+${difference.actual.join(" ")}+}` : "";
      return `${n + 1}. word ${start + 1} of the source: …${before} ${lost}${added} ${after}…`;
    })
    .join("\n");
}
