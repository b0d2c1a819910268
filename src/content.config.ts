// Content collections. `program` holds the text of the program (program.csv names it), one MDX file
// per part, reproduced verbatim (typos included); /chuong-trinh/ renders it in `order`.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { parseAnchorId } from "./lib/program/anchors.ts";
import { getProgramTextDir } from "./site/project.ts";

// The project folder's content/program (src/site/project.ts: `npm run build -- --from <folder>`
// builds another program's text). PROGRAM_DIR replaces this folder alone, for the benchmark
// (tests/bench/: a synthetic text sized to its synthetic data).
const programDir = getProgramTextDir();

const program = defineCollection({
  loader: glob({ pattern: "*.mdx", base: programDir }),
  schema: z.object({
    // Position of the part on /chuong-trinh/, from 0; unique.
    order: z.number().int().nonnegative(),
    // Label in the table of contents. With `heading: true` it is also the part's printed
    // heading and must be the published heading, verbatim.
    title: z.string().min(1),
    // Anchor id of the part: its heading's id, or the id of the first element of its body.
    anchor: z.string().refine((id) => parseAnchorId(id) !== undefined, {
      message: 'not an anchor of the program scheme (e.g. "II", "mo-dau", "noi-nhan", "phu-luc")',
    }),
    // Whether the page prints `title` as the part's h2 (sections I–IV and the appendix); parts
    // without a published heading (the heading block, the recipients) leave it false.
    heading: z.boolean().default(false),
  }),
});

export const collections = { program };
