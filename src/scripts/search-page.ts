// The search page in the browser: Pagefind's JS API (no ready-made UI: it is several times
// heavier), loaded with a dynamic import from the site's own pagefind/ folder, on the main
// thread (the index is small; a worker would be one more download). Results as you type,
// debounced; the query and filters kept in the URL with history.replaceState; results drawn
// with DOM methods and textContent only (no HTML from the index is ever parsed).
// The page's language (data-lang, the same as its <html lang>) decides which Pagefind index
// is searched (Pagefind loads the index of the page's <html lang>) and how: a Vietnamese query
// gets the exact-diacritics pass and the Vietnamese highlight rules; an English one is left to
// Pagefind (its stemming, its marks, its order). The words shown come from data-messages.
import { normalizeQuery, normalizeSpacing } from "../lib/search/fold.ts";
import { planHighlight, type TextSegment } from "../lib/search/highlight.ts";
import type { SearchScriptMessages } from "../lib/search/messages.ts";
import { fillMessage } from "../lib/search/messages.ts";
import type { SearchLang } from "../lib/search/page-kind.ts";
import { isTypedWithDiacritics, orderExactFirst } from "../lib/search/ranking.ts";
import {
  orderByPhrase,
  shapeEnglishResult,
  shapeResult,
  type PagefindResultData,
  type ResultView,
} from "../lib/search/results.ts";
import {
  describeResultCount,
  readSearchState,
  suggestUnaccented,
  writeSearchState,
  type SearchParams,
  type SearchState,
} from "../lib/search/search-state.ts";

/** One search hit before its data is loaded. */
interface PagefindHit {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's JS API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindHit[] }>;
}

// Searches one at a time: the exact-diacritics pass switches a Pagefind option for the length
// of one search, which a search started in between must not see.
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Returns the hits for `query`, exact-diacritics matches first when it was typed with diacritics. */
function findHits(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, string>,
  lang: SearchLang,
): Promise<PagefindHit[]> {
  return exclusive(async () => {
    const loose = (await pagefind.search(query, { filters })).results;
    if (lang !== "vi" || !isTypedWithDiacritics(query)) return loose;
    await pagefind.options({ exactDiacritics: true });
    try {
      return orderExactFirst((await pagefind.search(query, { filters })).results, loose);
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
  });
}

const DEBOUNCE_MS = 250;
// Results drawn at once: each needs its fragment (1–12 KB), so a first search on a slow phone
// stays small; "Xem thêm kết quả" draws the next ones.
const PAGE_SIZE = 6;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

function appendSegments(parent: HTMLElement, segments: readonly TextSegment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement("mark");
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(segment.text);
    }
  }
}

function renderResult(view: ResultView, words: Words): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const meta = document.createElement("p");
  meta.className = "search-result__meta";
  meta.textContent = view.kind ?? words.messages.otherKind;
  if (view.status !== undefined && view.status !== "") {
    const status = document.createElement("span");
    status.className = "search-result__status";
    status.textContent = fillMessage(words.messages.status, { status: view.status });
    meta.append(" · ", status);
  }
  const title = document.createElement("h3");
  title.className = "search-result__title";
  const link = document.createElement("a");
  link.href = view.url;
  link.textContent = view.title;
  title.append(link);
  item.append(meta, title);
  if (view.sections.length > 0) {
    const list = document.createElement("ul");
    list.className = "search-result__sections";
    for (const section of view.sections) {
      const entry = document.createElement("li");
      const sectionLink = document.createElement("a");
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      const excerpt = document.createElement("p");
      appendSegments(excerpt, section.excerpt);
      entry.append(sectionLink, excerpt);
      list.append(entry);
    }
    item.append(list);
  } else {
    const excerpt = document.createElement("p");
    excerpt.className = "search-result__excerpt";
    appendSegments(excerpt, view.excerpt);
    item.append(excerpt);
  }
  return item;
}

function linkTo(href: string, text: string): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = href;
  link.textContent = text;
  return link;
}

function renderNoResults(
  container: HTMLElement,
  state: SearchState,
  root: HTMLElement,
  words: Words,
): void {
  const { messages, params } = words;
  container.replaceChildren();
  const intro = document.createElement("p");
  intro.textContent = fillMessage(messages.noResults, { query: state.query });
  const tips = document.createElement("ul");
  const tip = (...parts: (string | Node)[]): void => {
    const item = document.createElement("li");
    item.append(...parts);
    tips.append(item);
  };
  const unaccented = words.lang === "vi" ? suggestUnaccented(state.query) : undefined;
  if (unaccented !== undefined) {
    const href = writeSearchState({ ...state, query: unaccented }, params) || "?";
    tip(messages.tipUnaccented, linkTo(href, unaccented), ";");
  }
  if (state.kind !== "" || state.agency !== "") {
    tip(
      messages.tipUnfilter,
      linkTo(
        writeSearchState({ ...state, kind: "", agency: "" }, params),
        messages.tipUnfilterLink,
      ),
      ";",
    );
  }
  tip(messages.tipFewer);
  tip(
    messages.tipRead,
    linkTo(root.dataset["programHref"] ?? "", messages.tipReadProgram),
    messages.tipReadOr,
    linkTo(root.dataset["overviewHref"] ?? "", messages.tipReadOverview),
    messages.tipReadEnd,
  );
  container.append(intro, tips);
}

async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, noWorker: true, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** The page's language and the words and URL parameter names it uses (from its data attributes). */
interface Words {
  lang: SearchLang;
  messages: SearchScriptMessages;
  params: SearchParams;
}

function readWords(root: HTMLElement): Words {
  return {
    lang: root.dataset["lang"] === "en" ? "en" : "vi",
    messages: JSON.parse(root.dataset["messages"] ?? "{}") as SearchScriptMessages,
    params: JSON.parse(root.dataset["params"] ?? "{}") as SearchParams,
  };
}

async function start(root: HTMLElement): Promise<void> {
  const words = readWords(root);
  const { lang, messages, params } = words;
  const form = required<HTMLFormElement>(root, "form");
  const input = required<HTMLInputElement>(form, `input[name="${params.query}"]`);
  const agencySelect = required<HTMLSelectElement>(form, "[data-search-agency]");
  const filters = required<HTMLFieldSetElement>(form, "[data-search-filters]");
  const status = required<HTMLElement>(root, "[data-search-status]");
  const fallback = required<HTMLElement>(root, "[data-search-fallback]");
  const resultsSection = required<HTMLElement>(root, "[data-search-results]");
  const list = required<HTMLOListElement>(root, "[data-search-list]");
  const empty = required<HTMLElement>(root, "[data-search-empty]");
  const more = required<HTMLButtonElement>(root, "[data-search-more]");

  const initial = readSearchState(location.search, params);
  input.value = initial.query;
  const kindRadio = form.querySelector<HTMLInputElement>(
    `input[name="${params.kind}"][value="${CSS.escape(initial.kind)}"]`,
  );
  if (kindRadio) kindRadio.checked = true;
  // The agencies are in the HTML (filter-options.ts): Pagefind's filter list is never asked for,
  // and a filter chunk is downloaded only by a search that uses a filter. An agency in the URL
  // that the site does not know leaves "all agencies" selected.
  const agencyOption = [...agencySelect.options].find((option) => option.value === initial.agency);
  agencySelect.value = agencyOption ? agencyOption.value : "";

  // JavaScript runs: the "needs JavaScript" note no longer applies (it comes back, with the
  // reason, only if the search files cannot be loaded).
  fallback.hidden = true;
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(root.dataset["bundle"] ?? "", root.dataset["base"] ?? "/");
  } catch (error) {
    const reason = required<HTMLElement>(root, "[data-search-fallback-reason]");
    reason.textContent = messages.loadFailed;
    fallback.hidden = false;
    console.error(error);
    return;
  }
  filters.hidden = false;

  const readForm = (): SearchState => {
    const data = new FormData(form);
    return {
      query: normalizeSpacing(String(data.get(params.query) ?? "")),
      kind: String(data.get(params.kind) ?? ""),
      agency: String(data.get(params.agency) ?? ""),
    };
  };

  let generation = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let remaining: PagefindHit[] = [];
  let plan = planHighlight("");

  /** Draws the next batch of results; returns the first new item (undefined if superseded). */
  const showMore = async (mine: number): Promise<HTMLLIElement | undefined> => {
    const batch = remaining.slice(0, PAGE_SIZE);
    remaining = remaining.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return undefined;
    // Within each batch already downloaded, phrase matches first (orderByPhrase): no extra bytes.
    const views = data.map((item) =>
      lang === "vi" ? shapeResult(item, plan, messages.programKind) : shapeEnglishResult(item),
    );
    const items = orderByPhrase(views).map((view) => renderResult(view, words));
    list.append(...items);
    more.hidden = remaining.length === 0;
    return items[0];
  };

  const run = async (): Promise<void> => {
    const mine = ++generation;
    const state = readForm();
    history.replaceState(
      history.state,
      "",
      `${location.pathname}${writeSearchState(state, params)}${location.hash}`,
    );
    const query = normalizeQuery(state.query);
    if (query === "") {
      resultsSection.hidden = true;
      status.textContent = "";
      return;
    }
    const selected: Record<string, string> = {};
    if (state.kind !== "") selected["kind"] = state.kind;
    if (state.agency !== "") selected["agency"] = state.agency;
    const hits = await findHits(pagefind, query, selected, lang);
    if (mine !== generation) return;
    plan = planHighlight(query);
    remaining = hits;
    list.replaceChildren();
    const count = hits.length;
    empty.hidden = count > 0;
    if (count === 0) renderNoResults(empty, state, root, words);
    await showMore(mine);
    if (mine !== generation) return;
    resultsSection.hidden = false;
    status.textContent = describeResultCount(
      count,
      state.query,
      Object.keys(selected).length > 0,
      messages,
      lang,
    );
  };

  const schedule = (delay: number): void => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(), delay);
  };

  input.addEventListener("input", () => schedule(DEBOUNCE_MS));
  form.addEventListener("change", (event) => {
    if (event.target !== input) schedule(0);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    schedule(0);
  });
  // The button may disappear with the last batch: focus moves to the first new result.
  more.addEventListener("click", () => {
    void showMore(generation).then((item) => item?.querySelector("a")?.focus());
  });

  // Run what was in the URL, or what was typed while the search files were loading.
  if (input.value.trim() !== "") await run();
}

const root = document.querySelector<HTMLElement>("[data-search-root]");
if (root) void start(root);
