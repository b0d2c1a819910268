// Small text helpers shared by the gates: Vietnamese number formats for the summaries, the
// closest-match search for "did you mean" hints, and grouping of repeated problems.

const integerFormat = new Intl.NumberFormat("vi-VN");
const kilobyteFormat = new Intl.NumberFormat("vi-VN", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Returns `value` with Vietnamese digit grouping ("1.234"). */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** Returns a byte count in kilobytes of 1.024 bytes, Vietnamese style ("12,3 KB"). */
export function formatKilobytes(bytes: number): string {
  return `${kilobyteFormat.format(bytes / 1024)} KB`;
}

/** Returns the Levenshtein edit distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Returns up to `count` of `candidates` closest to `wanted` by edit distance (ties: A→Z). */
export function findClosest(wanted: string, candidates: Iterable<string>, count = 3): string[] {
  const scored = [...candidates].map((candidate) => ({
    candidate,
    // Case differences are the commonest slip in hand-written anchors; weigh them lightly.
    distance:
      editDistance(wanted.toLowerCase(), candidate.toLowerCase()) +
      (wanted === candidate ? 0 : 0.1),
  }));
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, count).map((entry) => entry.candidate);
}

/** Returns "a, b, c" or "a, b, c và 4 trang khác" for a long list of places. */
export function listPlaces(places: readonly string[], shown = 3): string {
  const head = places.slice(0, shown).join(", ");
  const rest = places.length - shown;
  return rest > 0 ? `${head} và ${formatCount(rest)} trang khác` : head;
}

/** Collects identical problems found on many pages into one line each, in first-seen order. */
export class ProblemGroups {
  #groups = new Map<string, string[]>();

  /** Records `message` (which must not name the page) as seen on `page`. */
  add(message: string, page: string): void {
    const pages = this.#groups.get(message);
    if (pages) {
      if (!pages.includes(page)) pages.push(page);
    } else {
      this.#groups.set(message, [page]);
    }
  }

  /** Returns one line per distinct message: "trang /a/, /b/: message". */
  lines(): string[] {
    return [...this.#groups].map(([message, pages]) => `${listPlaces(pages)}: ${message}`);
  }

  /** Number of (message, page) pairs recorded. */
  get size(): number {
    let total = 0;
    for (const pages of this.#groups.values()) total += pages.length;
    return total;
  }
}
