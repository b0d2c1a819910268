// Every download under du-lieu/ (CSVs, Excel CSVs, datapackage.json, zips, per-indicator CSVs,
// release snapshots) from one list, so a link on a page and the file it names cannot drift
// apart. The body is the Uint8Array built in src/lib/downloads, returned untouched: Astro
// writes it to disk byte for byte (tests/open-data-build.test.ts compares with data/).
import type { APIRoute, GetStaticPaths } from "astro";
import { requireOpenData } from "../../site/open-data.ts";

/** One route per file path, e.g. "targets.csv", "excel/targets.csv", "phien-ban/1.0.0/…". */
export const getStaticPaths: GetStaticPaths = () =>
  [...requireOpenData().all.keys()].map((file) => ({ params: { file } }));

/** Returns the file's bytes. */
export const GET: APIRoute = ({ params }) => {
  const file = String(params["file"]);
  const bytes = requireOpenData().all.get(file);
  if (bytes === undefined) return new Response(null, { status: 404 });
  // A copy typed as ArrayBuffer-backed, which Response accepts; the bytes are the same.
  return new Response(new Uint8Array(bytes));
};
