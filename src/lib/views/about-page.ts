// What /gioi-thieu/ says about who stands behind the site, from site.config.json. A value not
// configured yet is said in words ("chưa cấu hình"), never filled with a made-up name or address.

import { describePublisher, type SiteConfig } from "../site/site-config.ts";
import type { LinkView } from "./types.ts";

/** The about page's configured parts. */
export interface AboutPageView {
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

/** Returns the about page's configured parts from the site configuration. */
export function buildAboutPage(config: SiteConfig): AboutPageView {
  const publisher = describePublisher(config);
  const contacts: LinkView[] = [];
  if (config.contact.email) {
    contacts.push({ label: config.contact.email, href: `mailto:${config.contact.email}` });
  }
  if (config.contact.url) contacts.push({ label: "Trang liên hệ", href: config.contact.url });
  const repository = config.repositoryUrl
    ? { label: config.repositoryUrl, href: config.repositoryUrl }
    : null;
  const issues = repository
    ? [{ label: "mục báo lỗi (issue) của kho mã nguồn", href: repository.href }]
    : [];
  return {
    siteName: config.siteName,
    publisher: publisher.name,
    publisherConfigured: publisher.configured,
    publisherUrl: publisher.url,
    contacts,
    reportTo: [...contacts, ...issues],
    repository,
    licence: { label: config.licence.name, href: config.licence.url },
  };
}
