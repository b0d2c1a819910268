// The site's identity: name, publisher, contact, repository, default site URL, licence. It lives in
// ONE file, site.config.json at the repository root, so a fork changes who it is in one place. A
// value not known yet is `null`, never a made-up name or address: the pages then say in words that
// it has not been set (describePublisher).

import { z } from "zod";
import { ProblemsError } from "../errors.ts";
import { DEFAULT_LANG, LANGS, type Lang } from "../i18n/languages.ts";

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, "an absolute http(s) URL")
  .describe("an absolute http(s) URL");
const optionalUrl = httpUrl.nullable();
const text = z.string().trim().min(1);

/** Schema of site.config.json. */
export const siteConfigSchema = z
  .object({
    /** Free comment for the people editing the file. */
    $comment: z.string().optional(),
    /** The site's name, as titles, feeds and citations give it. */
    siteName: text,
    /** Public origin used when SITE_URL is not set (canonical and share-card URLs). */
    siteUrl: httpUrl,
    /** Who publishes the site; null until the publisher has been set. */
    publisher: z.strictObject({ name: text.nullable(), url: optionalUrl }),
    /** How to reach the publisher; null until set. */
    contact: z.strictObject({
      email: z
        .string()
        .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "an e-mail address")
        .nullable(),
      url: optionalUrl,
    }),
    /** Public source repository (issues, history); null until published. */
    repositoryUrl: optionalUrl,
    /** Licence of the data and texts compiled by the site. */
    licence: z.strictObject({ name: text, url: httpUrl }),
    /**
     * Languages the site is published in, the default (unprefixed URLs) first; default ["vi"].
     * Each one after the first needs its `translations` entry.
     */
    languages: z
      .array(z.enum(LANGS as [Lang, ...Lang[]]))
      .min(1)
      .refine((langs) => langs[0] === DEFAULT_LANG, `a list that starts with "${DEFAULT_LANG}"`)
      .refine((langs) => new Set(langs).size === langs.length, "a list without repeats")
      .default([DEFAULT_LANG]),
    /** The site's identity in each non-default language; the default's is the fields above. */
    translations: z.strictObject({ en: z.strictObject({ siteName: text }).optional() }).default({}),
  })
  .strict()
  .superRefine((config, context) => {
    for (const lang of config.languages.slice(1)) {
      if (lang === "en" && config.translations.en === undefined)
        context.addIssue({
          code: "custom",
          path: ["translations", lang],
          message: `the site's name in "${lang}" ({"siteName": "…"}), since languages lists "${lang}"`,
        });
    }
  });

/** The validated site.config.json. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Returns the site's name in `lang` (the default language's is `siteName`). */
export function siteNameIn(config: SiteConfig, lang: Lang): string {
  return lang === "en" ? (config.translations.en?.siteName ?? config.siteName) : config.siteName;
}

/** Thrown when site.config.json is missing, not JSON or not valid; `lines` are the problems. */
export class SiteConfigError extends ProblemsError {
  override readonly name = "SiteConfigError";
}

function describeGot(value: unknown): string {
  if (value === undefined) return "nothing";
  return JSON.stringify(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * Returns the site configuration in `source` (the text of `file`), or throws SiteConfigError
 * listing every problem as `file: path: expected …, got …. fix`.
 */
export function parseSiteConfig(source: string, file: string): SiteConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SiteConfigError([
      `${file}: (file): expected JSON, got a syntax error (${reason}). Fix the JSON syntax.`,
    ]);
  }
  const parsed = siteConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fix = "Use null for a value not known yet; see the comment at the top of the file.";
  const lines = parsed.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const got = describeGot(valueAt(raw, [...issue.path, key]));
        return `${file}: ${[...issue.path, key].join(".")}: expected no such key, got ${got}. Remove it or check its spelling.`;
      });
    }
    const where = issue.path.length > 0 ? issue.path.join(".") : "(file)";
    const got = describeGot(valueAt(raw, issue.path));
    const expected =
      issue.code === "invalid_type" ? `a value of type ${issue.expected}` : issue.message;
    return [`${file}: ${where}: expected ${expected}, got ${got}. ${fix}`];
  });
  throw new SiteConfigError(lines);
}

/** How the publisher is named on pages and in citations. */
export interface PublisherView {
  /** False while site.config.json has no publisher. */
  readonly configured: boolean;
  /** The publisher's name, or the placeholder "Chưa cấu hình: đơn vị công bố". */
  readonly name: string;
  readonly url: string | null;
}

/** Placeholder shown while no publisher is configured. */
export const UNSET_PUBLISHER = "Chưa cấu hình: đơn vị công bố";

/** Returns the publisher as pages show it, with the placeholder when it is not set. */
export function describePublisher(config: SiteConfig): PublisherView {
  const name = config.publisher.name;
  return name === null
    ? { configured: false, name: UNSET_PUBLISHER, url: null }
    : { configured: true, name, url: config.publisher.url };
}
