// What /gioi-thieu/ (and /en/about/) says about who stands behind the site, from
// site.config.json. A value not configured yet is said in words ("chưa cấu hình"), never filled
// with a made-up name or address.

import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { describePublisher, siteNameIn, type SiteConfig } from "../site/site-config.ts";
import type { LinkView } from "./types.ts";

/** The about page's configured parts. */
export interface AboutPageView {
  /** The site's name in the page's language. */
  readonly siteName: string;
  /** The publisher's name, or the marked placeholder. */
  readonly publisher: string;
  readonly publisherConfigured: boolean;
  readonly publisherUrl: string | null;
  /** Ways to reach the publisher (e-mail as a mailto link, contact page); empty when none is set. */
  readonly contacts: readonly LinkView[];
  /** Where to report an error: the contacts, else the repository's issues; empty when none. */
  readonly reportTo: readonly LinkView[];
  readonly repository: LinkView | null;
  readonly licence: LinkView;
}

/** Returns the about page's configured parts from the site configuration, in `lang`. */
export function buildAboutPage(config: SiteConfig, lang: Lang = "vi"): AboutPageView {
  const t = dictionaryOf(lang);
  const publisher = describePublisher(config);
  const contacts: LinkView[] = [];
  if (config.contact.email) {
    contacts.push({ label: config.contact.email, href: `mailto:${config.contact.email}` });
  }
  if (config.contact.url) contacts.push({ label: t.aboutContactPage, href: config.contact.url });
  const repository = config.repositoryUrl
    ? { label: config.repositoryUrl, href: config.repositoryUrl }
    : null;
  const issues = repository ? [{ label: t.aboutIssues, href: repository.href }] : [];
  return {
    siteName: siteNameIn(config, lang),
    publisher: publisher.configured ? publisher.name : t.publisherUnset,
    publisherConfigured: publisher.configured,
    publisherUrl: publisher.url,
    contacts,
    reportTo: [...contacts, ...issues],
    repository,
    licence: { label: config.licence.name, href: config.licence.url },
  };
}
