// Gate 10: dist/ served by Debian's nginx with the documented configuration (deploy/nginx.conf)
// behaves like the real host: right content types (CSV as UTF-8 text/csv, Pagefind's binary
// files), a year of caching for hashed assets and minutes for the rest, gzip, the 404 page,
// directory redirects; then the browser smoke test runs against it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { GateResult } from "../gate.ts";
import { scanTags } from "../lib/html.ts";
import { startNginx } from "../lib/nginx.ts";
import { repoRoot } from "../lib/site-config.ts";
import type { BuiltSite } from "../lib/site.ts";
import { runSmokeTest } from "../lib/smoke.ts";
import { formatCount } from "../lib/text.ts";

/** What one request to the server should get back. */
interface Expectation {
  /** What is being asked for, for messages, e.g. "tệp CSV". */
  label: string;
  /** URL path, e.g. "/du-lieu/targets.csv". */
  path: string;
  status: number;
  contentType?: RegExp;
  /** "long": max-age ≥ 1 year; "short": max-age ≤ 1 hour. */
  cache?: "long" | "short";
  /** The response must be gzip-compressed. */
  gzip?: boolean;
  /** Text the body must contain. */
  bodyIncludes?: string;
  /** The Location header must end with this (redirects). */
  locationEndsWith?: string;
  /** Headers that must be sent with exactly these values (names in lower case). */
  headers?: Record<string, string>;
}

/** What the server answered. */
interface ServedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const oneYear = 365 * 24 * 3600;

/** Returns what is wrong with `response` given `expectation`; [] when it matches. */
export function checkResponse(expectation: Expectation, response: ServedResponse): string[] {
  const what = `${expectation.label} (${expectation.path})`;
  if (response.status !== expectation.status) {
    return [`${what}: HTTP ${response.status}, cần ${expectation.status}.`];
  }
  const problems: string[] = [];
  const contentType = response.headers["content-type"] ?? "";
  if (expectation.contentType && !expectation.contentType.test(contentType)) {
    problems.push(
      `${what}: Content-Type "${contentType}", cần khớp ${expectation.contentType.source}. Sửa khối types trong deploy/nginx.conf.`,
    );
  }
  const cacheControl = response.headers["cache-control"] ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? Number.NaN);
  if (expectation.cache === "long" && !(maxAge >= oneYear)) {
    problems.push(
      `${what}: Cache-Control "${cacheControl}", tệp có hash trong tên cần max-age ≥ 1 năm (expires 1y).`,
    );
  }
  if (expectation.cache === "short" && !(maxAge <= 3600)) {
    problems.push(
      `${what}: Cache-Control "${cacheControl}", cần max-age ≤ 1 giờ để bản phát hành mới hiện ra sớm.`,
    );
  }
  if (expectation.gzip && response.headers["content-encoding"] !== "gzip") {
    problems.push(`${what}: không được nén gzip. Thêm kiểu này vào gzip_types.`);
  }
  if (expectation.bodyIncludes !== undefined && !response.body.includes(expectation.bodyIncludes)) {
    problems.push(`${what}: nội dung không có "${expectation.bodyIncludes}".`);
  }
  if (
    expectation.locationEndsWith !== undefined &&
    !(response.headers["location"] ?? "").endsWith(expectation.locationEndsWith)
  ) {
    problems.push(
      `${what}: chuyển hướng tới "${response.headers["location"] ?? ""}", cần …${expectation.locationEndsWith}.`,
    );
  }
  for (const [header, wanted] of Object.entries(expectation.headers ?? {})) {
    const sent = response.headers[header];
    if (sent !== wanted) {
      problems.push(
        `${what}: ${header} ${sent === undefined ? "không được gửi" : `"${sent}"`}, cần "${wanted}". Sửa add_header trong deploy/nginx.conf (một location có add_header riêng bỏ mọi add_header của server: lặp lại chúng).`,
      );
    }
  }
  return problems;
}

/** Security headers every response carries; only embeds may be framed by other sites. */
function securityHeaders(frameAncestors: "'none'" | "*"): Record<string, string> {
  return {
    "content-security-policy": `frame-ancestors ${frameAncestors}`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  };
}

/** Returns the requests to make against a server of `site`, from the files the build produced. */
function planExpectations(site: BuiltSite, notFoundTitle: string | undefined): Expectation[] {
  const first = (test: (file: string) => boolean): string | undefined => site.files.find(test);
  const plan: Expectation[] = [
    {
      label: "trang chủ",
      path: site.base,
      status: 200,
      contentType: /^text\/html; charset=utf-8$/i,
      cache: "short",
      gzip: true,
      headers: securityHeaders("'none'"),
    },
  ];
  const optional: Array<
    [string, string | undefined, Omit<Expectation, "label" | "path" | "status">]
  > = [
    ["sitemap", first((file) => file === "sitemap.xml"), { contentType: /^application\/xml/i }],
    ["robots.txt", first((file) => file === "robots.txt"), { contentType: /^text\/plain/i }],
    [
      "CSS có hash",
      first((file) => /^_astro\/.*\.css$/.test(file)),
      { contentType: /^text\/css/i, cache: "long", gzip: true },
    ],
    [
      "JS có hash",
      first((file) => /^_astro\/.*\.js$/.test(file)),
      { contentType: /^text\/javascript/i, cache: "long" },
    ],
    [
      "tệp CSV",
      first((file) => file.endsWith(".csv")),
      { contentType: /^text\/csv; charset=utf-8$/i, cache: "short" },
    ],
    [
      "Pagefind .pf_meta",
      first((file) => file.endsWith(".pf_meta")),
      { contentType: /^application\/octet-stream$/i, cache: "long" },
    ],
    [
      "Pagefind .pf_index",
      first((file) => file.endsWith(".pf_index")),
      { contentType: /^application\/octet-stream$/i, cache: "long" },
    ],
    [
      "Pagefind .pf_fragment",
      first((file) => file.endsWith(".pf_fragment")),
      { contentType: /^application\/octet-stream$/i, cache: "long" },
    ],
    [
      "Pagefind wasm nén",
      first((file) => file.endsWith(".pagefind")),
      { contentType: /^application\/octet-stream$/i },
    ],
    ["wasm", first((file) => file.endsWith(".wasm")), { contentType: /^application\/wasm$/i }],
    [
      "pagefind.js",
      first((file) => file.endsWith("pagefind/pagefind.js")),
      { contentType: /^text\/javascript/i, cache: "short" },
    ],
  ];
  const embed = first((file) => /^nhung\/.+\/index\.html$/.test(file));
  if (embed !== undefined) {
    plan.push({
      label: "trang nhúng",
      path: site.base + embed.slice(0, -"index.html".length),
      status: 200,
      contentType: /^text\/html; charset=utf-8$/i,
      headers: securityHeaders("*"),
    });
  }
  for (const [label, file, expectation] of optional) {
    if (file !== undefined)
      plan.push({ label, path: site.base + file, status: 200, ...expectation });
  }
  plan.push({
    label: "trang không có",
    path: `${site.base}khong-co-trang-nay/`,
    status: 404,
    contentType: /^text\/html/i,
    ...(notFoundTitle === undefined ? {} : { bodyIncludes: notFoundTitle }),
  });
  const folder = site.htmlPages.find((page) => page.path !== "" && page.path.endsWith("/"));
  if (folder) {
    const bare = site.base + folder.path.slice(0, -1);
    plan.push({
      label: "thư mục thiếu dấu /",
      path: bare,
      status: 301,
      locationEndsWith: `${bare}/`,
    });
  }
  return plan;
}

async function request(origin: string, urlPath: string): Promise<ServedResponse> {
  const response = await fetch(origin + urlPath, {
    redirect: "manual",
    headers: { "Accept-Encoding": "gzip" },
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

/** Requests the planned files from a server of `site` at `origin`; returns the header problems. */
export async function checkServedSite(
  site: BuiltSite,
  origin: string,
): Promise<{ problems: string[]; requests: number }> {
  const notFoundHtml = site.files.includes("404.html")
    ? await readFile(path.join(site.distDir, "404.html"), "utf8")
    : "";
  const notFoundTitle = scanTags(notFoundHtml).find((tag) => tag.name === "title")?.text;
  const plan = planExpectations(site, notFoundTitle);
  const problems: string[] = [];
  for (const expectation of plan)
    problems.push(...checkResponse(expectation, await request(origin, expectation.path)));
  return { problems, requests: plan.length };
}

/** Gate 10: dist/ behind nginx with deploy/nginx.conf: headers, then the browser smoke test. */
export async function checkWebServer(
  site: BuiltSite,
  browser: Browser,
  prefix: string,
): Promise<GateResult> {
  const name = "Máy chủ web thật (nginx)";
  if (site.base !== "/") {
    return {
      name,
      summary: "bỏ qua",
      problems: [
        `dist/ được build với BASE_PATH=${site.base}; cổng này phục vụ dist/ ở "/". Build lại không đặt BASE_PATH.`,
      ],
    };
  }
  const serverBlock = await readFile(path.join(repoRoot, "deploy/nginx.conf"), "utf8");
  const nginx = await startNginx(serverBlock, site.distDir, prefix);
  try {
    const served = await checkServedSite(site, nginx.origin);
    const problems = [...served.problems];
    const smoke = await runSmokeTest(browser, `${nginx.origin}/`, site);
    problems.push(...smoke.problems.map((problem) => `[thử nhanh] ${problem}`));
    if (
      smoke.download &&
      /\.csv$/i.test(smoke.download.url) &&
      !/^text\/csv; charset=utf-8$/i.test(smoke.download.contentType)
    ) {
      problems.push(
        `[thử nhanh] ${smoke.download.url}: Content-Type "${smoke.download.contentType}", cần "text/csv; charset=utf-8".`,
      );
    }
    return {
      name,
      summary: `nginx với deploy/nginx.conf: ${formatCount(served.requests)} yêu cầu kiểm header, thử trang chủ, tải tệp và tìm kiếm trong Chromium; ${formatCount(problems.length)} lỗi`,
      problems,
    };
  } finally {
    await nginx.stop();
  }
}
