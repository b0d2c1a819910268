// The search page in the browser: Pagefind's JS API (no ready-made UI: it is several times
// heavier), loaded with a dynamic import from the site's own pagefind/ folder, on the main
// thread (the index is small; a worker would be one more download). Results as you type,
// debounced; the query and filters kept in the URL with history.replaceState; results drawn
// with DOM methods and textContent only (no HTML from the index is ever parsed).
import { normalizeQuery, normalizeSpacing } from "../lib/search/fold.ts";
import { planHighlight, type TextSegment } from "../lib/search/highlight.ts";
import { PAGE_KINDS } from "../lib/search/page-kind.ts";
import { isTypedWithDiacritics, orderExactFirst } from "../lib/search/ranking.ts";
import {
  orderByPhrase,
  shapeResult,
  type PagefindResultData,
  type ResultView,
} from "../lib/search/results.ts";
import {
  describeResultCount,
  readSearchState,
  SEARCH_PARAMS,
  suggestUnaccented,
  writeSearchState,
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
): Promise<PagefindHit[]> {
  return exclusive(async () => {
    const loose = (await pagefind.search(query, { filters })).results;
    if (!isTypedWithDiacritics(query)) return loose;
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

function renderResult(view: ResultView): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const meta = document.createElement("p");
  meta.className = "search-result__meta";
  meta.textContent = view.kind ?? PAGE_KINDS.other;
  if (view.status !== undefined && view.status !== "") {
    const status = document.createElement("span");
    status.className = "search-result__status";
    status.textContent = `Trạng thái: ${view.status}`;
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

function renderNoResults(container: HTMLElement, state: SearchState, root: HTMLElement): void {
  container.replaceChildren();
  const intro = document.createElement("p");
  intro.textContent = `Không tìm thấy trang nào có đủ các từ “${state.query}”. Bạn có thể:`;
  const tips = document.createElement("ul");
  const tip = (...parts: (string | Node)[]): void => {
    const item = document.createElement("li");
    item.append(...parts);
    tips.append(item);
  };
  const unaccented = suggestUnaccented(state.query);
  if (unaccented !== undefined) {
    const href = writeSearchState({ ...state, query: unaccented }) || "?";
    tip("tìm không dấu: ", linkTo(href, unaccented), ";");
  }
  if (state.kind !== "" || state.agency !== "") {
    tip(
      "bỏ bộ lọc: ",
      linkTo(writeSearchState({ ...state, kind: "", agency: "" }), "tìm trong mọi trang"),
      ";",
    );
  }
  tip("bớt một vài từ, hoặc dùng từ viết tắt quen thuộc (DTTS, NTM, ĐBKK, UBND);");
  tip(
    "đọc ",
    linkTo(root.dataset["programHref"] ?? "", "toàn văn chương trình"),
    " hoặc xem ",
    linkTo(root.dataset["overviewHref"] ?? "", "tổng quan các mục tiêu"),
    ".",
  );
  container.append(intro, tips);
}

async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, noWorker: true, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

async function start(root: HTMLElement): Promise<void> {
  const form = required<HTMLFormElement>(root, "form");
  const input = required<HTMLInputElement>(form, `input[name="${SEARCH_PARAMS.query}"]`);
  const agencySelect = required<HTMLSelectElement>(form, "[data-search-agency]");
  const filters = required<HTMLFieldSetElement>(form, "[data-search-filters]");
  const status = required<HTMLElement>(root, "[data-search-status]");
  const fallback = required<HTMLElement>(root, "[data-search-fallback]");
  const resultsSection = required<HTMLElement>(root, "[data-search-results]");
  const list = required<HTMLOListElement>(root, "[data-search-list]");
  const empty = required<HTMLElement>(root, "[data-search-empty]");
  const more = required<HTMLButtonElement>(root, "[data-search-more]");

  const initial = readSearchState(location.search);
  input.value = initial.query;
  const kindRadio = form.querySelector<HTMLInputElement>(
    `input[name="${SEARCH_PARAMS.kind}"][value="${CSS.escape(initial.kind)}"]`,
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
    reason.textContent =
      "Không tải được bộ tìm kiếm của trang (có thể do mạng chập chờn). Hãy tải lại trang sau ít phút.";
    fallback.hidden = false;
    console.error(error);
    return;
  }
  filters.hidden = false;

  const readForm = (): SearchState => {
    const data = new FormData(form);
    return {
      query: normalizeSpacing(String(data.get(SEARCH_PARAMS.query) ?? "")),
      kind: String(data.get(SEARCH_PARAMS.kind) ?? ""),
      agency: String(data.get(SEARCH_PARAMS.agency) ?? ""),
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
    const items = orderByPhrase(data.map((item) => shapeResult(item, plan))).map(renderResult);
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
      `${location.pathname}${writeSearchState(state)}${location.hash}`,
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
    const hits = await findHits(pagefind, query, selected);
    if (mine !== generation) return;
    plan = planHighlight(query);
    remaining = hits;
    list.replaceChildren();
    const count = hits.length;
    empty.hidden = count > 0;
    if (count === 0) renderNoResults(empty, state, root);
    await showMore(mine);
    if (mine !== generation) return;
    resultsSection.hidden = false;
    status.textContent = describeResultCount(count, state.query, Object.keys(selected).length > 0);
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
