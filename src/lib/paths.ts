// Every internal link goes through `withBase`, so the same build works at "/" and under a
// base path such as "/ctr-02/" (architecture.md § Qualities).

/** Returns `path` (written from the site root, e.g. "chi-tieu/x/") prefixed with the base path. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return root + path.replace(/^\/+/, "");
}
