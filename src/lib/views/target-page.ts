// Everything /muc-tieu/<n>/ shows: the appendix statement verbatim with a link to its row in the
// program, the lead and coordinating agencies, a count of its indicators' statuses and a card
// per indicator.

import type { Resolution } from "../resolve/types.ts";
import { textIn } from "../i18n/data-text.ts";
import { dictionaryOf } from "../i18n/dictionary.ts";
import type { Lang } from "../i18n/languages.ts";
import { pathOf } from "../i18n/routes.ts";
import { plainOf, type Localised } from "./localise.ts";
import { listTargetAgencies } from "./agencies.ts";
import { buildIndicatorCard, type IndicatorCardView } from "./indicator-card.ts";
import { ViewInputError } from "./indicator-status.ts";
import { programPath } from "./links.ts";
import { describeStatuses, writeStatusMeta } from "./search-attributes.ts";
import { countStatuses } from "./status-counts.ts";
import type { AgencyView, Crumb, LinkView, StatusCountView } from "./types.ts";

/** Everything the target page renders. */
export interface TargetPageView {
  readonly n: number;
  readonly path: string;
  /** "Mục tiêu 3: Xã nông thôn mới vùng DTTS và miền núi". */
  readonly heading: string;
  /** The target's title alone, in the page's language ("Target 3: " + this in English). */
  readonly title: Localised;
  readonly description: string;
  /** The appendix cell, verbatim (another language: its unofficial translation). */
  readonly statement: Localised;
  readonly paragraph: LinkView;
  readonly breadcrumbs: readonly Crumb[];
  readonly lead: readonly AgencyView[];
  readonly coordinate: readonly AgencyView[];
  readonly counts: readonly StatusCountView[];
  /**
   * `data-pagefind-meta` value giving the target's status in search results: its indicator's
   * label, or the labels of its indicators with their counts; null for a target without any.
   */
  readonly searchMeta: string | null;
  readonly cards: readonly IndicatorCardView[];
  readonly previous: LinkView | null;
  readonly next: LinkView | null;
}

/** Returns the view of appendix target `n` as of the latest release, in `lang`. */
export function buildTargetPage(
  resolution: Resolution,
  n: number,
  lang: Lang = "vi",
): TargetPageView {
  const { dataset } = resolution;
  const t = dictionaryOf(lang);
  const target = dataset.targetById.get(n);
  if (!target) {
    const known = dataset.targets.map((row) => row.id).join(", ");
    throw new ViewInputError(`unknown target ${n} (known: ${known})`);
  }
  const cards = (dataset.indicatorsByTarget.get(n) ?? []).map((indicator) =>
    buildIndicatorCard(resolution, indicator, lang),
  );
  const agencies = listTargetAgencies(dataset, n, lang);
  const titleOf = (row: { id: number; title: string }): Localised =>
    lang === "vi" ? row.title : textIn(dataset, lang, "targets", String(row.id), "title");
  const targetPath = (id: number) => pathOf(lang, { kind: "target", n: id });
  const index = dataset.targets.indexOf(target);
  const neighbour = (offset: number): LinkView | null => {
    const other = dataset.targets[index + offset];
    return other
      ? { label: t.targetHeading(other.id, plainOf(titleOf(other))), href: targetPath(other.id) }
      : null;
  };
  const title = titleOf(target);
  const heading = t.targetHeading(target.id, plainOf(title));
  return {
    n,
    path: targetPath(n),
    heading,
    title,
    description: t.targetDescription(heading, dataset.program.short_name),
    statement:
      lang === "vi"
        ? target.statement
        : textIn(dataset, lang, "targets", String(target.id), "statement"),
    paragraph: {
      label: t.targetParagraph(target.id),
      href: programPath(target.program_anchor),
    },
    breadcrumbs: [
      { label: t.navHome, href: pathOf(lang, { kind: "home" }) },
      { label: t.scorecardTarget(target.id), href: null },
    ],
    lead: agencies.lead,
    coordinate: agencies.coordinate,
    counts: countStatuses(
      cards.map((card) => card.chip),
      lang,
    ),
    searchMeta:
      cards.length > 0 ? writeStatusMeta(describeStatuses(cards.map((card) => card.chip))) : null,
    cards,
    previous: neighbour(-1),
    next: neighbour(1),
  };
}
