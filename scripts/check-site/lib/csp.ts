// Content-Security-Policy arithmetic for gate 7: parse the <meta> policy, decide which
// directive governs what (script-src-elem → script-src → default-src, as browsers do), and
// check inline scripts, styles and attributes against the hashes the policy lists.
import { createHash } from "node:crypto";
import type { Tag } from "./html.ts";

/** A parsed policy: directive name (lower case) → its source expressions. */
type Policy = Map<string, string[]>;

/** Returns the directives of a policy string ("default-src 'self'; img-src 'self' data:"). */
export function parseCsp(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === "") continue;
    const key = name.toLowerCase();
    // Browsers ignore a repeated directive; so do we.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** Returns the sources governing `directive`, following the CSP fallback chain. */
export function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  const chains: Record<string, string[]> = {
    "script-src-elem": ["script-src-elem", "script-src", "default-src"],
    "script-src-attr": ["script-src-attr", "script-src", "default-src"],
    "style-src-elem": ["style-src-elem", "style-src", "default-src"],
    "style-src-attr": ["style-src-attr", "style-src", "default-src"],
  };
  for (const name of chains[directive] ?? [directive, "default-src"]) {
    const sources = policy.get(name);
    if (sources !== undefined) return sources;
  }
  return undefined;
}

/** Returns the CSP source expression for an inline block: "'sha256-…'". */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Returns the content of the page's CSP <meta>, or undefined when there is none. */
export function findCspMeta(tags: readonly Tag[]): { content: string; index: number } | undefined {
  const index = tags.findIndex(
    (tag) =>
      tag.name === "meta" &&
      tag.attrs.get("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  const tag = tags[index];
  return tag ? { content: tag.attrs.get("content") ?? "", index } : undefined;
}

const hashOrNonce = /^'(sha256|sha384|sha512|nonce)-/i;

// With a hash or nonce present, browsers ignore 'unsafe-inline' (CSP level 2 and later).
function allowsAnyInline(sources: readonly string[]): boolean {
  return sources.includes("'unsafe-inline'") && !sources.some((source) => hashOrNonce.test(source));
}

/** Returns what is wrong with a page's policy itself; `isSearch` allows 'wasm-unsafe-eval'. */
export function checkPolicy(policy: Policy, isSearch: boolean): string[] {
  const problems: string[] = [];
  const defaults = policy.get("default-src");
  if (
    defaults === undefined ||
    defaults.some((source) => source !== "'self'" && source !== "'none'")
  ) {
    problems.push(`default-src phải là 'self' (đang: ${defaults?.join(" ") ?? "không có"}).`);
  }
  for (const directive of ["script-src", "script-src-elem", "script-src-attr"]) {
    const sources = policy.get(directive);
    if (sources === undefined) continue;
    if (sources.includes("'unsafe-inline'")) {
      problems.push(
        `${directive} có 'unsafe-inline': dùng hash (Astro tự thêm cho script nó xử lý), đừng viết <script is:inline>.`,
      );
    }
    if (sources.includes("'unsafe-eval'"))
      problems.push(`${directive} có 'unsafe-eval': bỏ eval/new Function khỏi script.`);
    if (sources.includes("'wasm-unsafe-eval'") && !isSearch) {
      problems.push(
        `${directive} có 'wasm-unsafe-eval' ở trang không phải trang tìm kiếm: chỉ Pagefind ở trang tìm kiếm (/tim-kiem/, /en/search/) cần nó.`,
      );
    }
    const hosts = sources.filter((source) => !source.startsWith("'"));
    if (hosts.length > 0)
      problems.push(
        `${directive} cho phép nguồn ngoài ${hosts.join(" ")}: chỉ dùng 'self' và hash.`,
      );
  }
  if (effectiveSources(policy, "script-src") === undefined) {
    problems.push("thiếu script-src (và default-src): bật security.csp trong astro.config.mjs.");
  }
  for (const directive of ["style-src", "style-src-elem"]) {
    if (policy.get(directive)?.includes("'unsafe-inline'")) {
      problems.push(
        `${directive} có 'unsafe-inline': Astro đã hash mọi <style> nó xử lý; bỏ 'unsafe-inline'.`,
      );
    }
  }
  if (policy.get("object-src")?.join(" ") !== "'none'") problems.push("object-src phải là 'none'.");
  const baseUri = policy.get("base-uri")?.join(" ");
  if (baseUri !== "'self'" && baseUri !== "'none'")
    problems.push("base-uri phải là 'self' hoặc 'none'.");
  for (const ignored of ["frame-ancestors", "report-uri", "report-to", "sandbox"]) {
    if (policy.has(ignored)) {
      problems.push(
        `${ignored} không có tác dụng trong thẻ <meta>: đặt nó trong header của máy chủ web (deploy/nginx.conf).`,
      );
    }
  }
  return problems;
}

/** Returns inline code on the page that `policy` would block: unhashed scripts/styles, style and on* attributes. */
export function checkInlineCode(tags: readonly Tag[], policy: Policy): string[] {
  const problems: string[] = [];
  const scriptElem = effectiveSources(policy, "script-src-elem") ?? [];
  const styleElem = effectiveSources(policy, "style-src-elem") ?? [];
  const scriptAttr = effectiveSources(policy, "script-src-attr") ?? [];
  const styleAttr = effectiveSources(policy, "style-src-attr") ?? [];
  for (const tag of tags) {
    if (tag.name === "script" && !tag.attrs.has("src") && isExecutable(tag)) {
      const hash = hashSource(tag.text ?? "");
      if (!allowsAnyInline(scriptElem) && !scriptElem.includes(hash)) {
        problems.push(
          `<script> nội tuyến "${preview(tag.text)}" không có hash ${hash} trong CSP nên bị chặn. Viết nó thành <script> thường (không is:inline) để Astro xử lý và hash.`,
        );
      }
    }
    if (tag.name === "style") {
      const hash = hashSource(tag.text ?? "");
      if (!allowsAnyInline(styleElem) && !styleElem.includes(hash)) {
        problems.push(
          `<style> nội tuyến "${preview(tag.text)}" không có hash ${hash} trong CSP nên bị chặn. Để Astro xử lý CSS (không is:inline).`,
        );
      }
    }
    const style = tag.attrs.get("style");
    if (style !== undefined && !allowsAnyInline(styleAttr)) {
      problems.push(
        `<${tag.name} style="${preview(style)}">: CSP chặn thuộc tính style. Dùng class trong CSS, hoặc thuộc tính SVG (fill=, stroke=…).`,
      );
    }
    for (const name of tag.attrs.keys()) {
      if (/^on[a-z]+$/.test(name) && !allowsAnyInline(scriptAttr)) {
        problems.push(
          `<${tag.name} ${name}="…">: CSP chặn mã JS trong thuộc tính. Gắn sự kiện bằng addEventListener trong <script>.`,
        );
      }
    }
  }
  return problems;
}

function isExecutable(tag: Tag): boolean {
  const type = (tag.attrs.get("type") ?? "").toLowerCase();
  return type === "" || type === "module" || type.includes("javascript");
}

function preview(text: string | undefined): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}…` : flat;
}
