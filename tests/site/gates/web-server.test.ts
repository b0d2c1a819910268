import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commonFiles, renderPage, writeFixtureSite, type FixtureSite } from "../fixture-site.ts";
import {
  renderNginxConfig,
  startNginx,
  type RunningNginx,
} from "../../../scripts/check-site/lib/nginx.ts";
import { repoRoot } from "../../../scripts/check-site/lib/site-config.ts";
import { checkResponse, checkServedSite } from "../../../scripts/check-site/gates/web-server.ts";

const documentedConfig = await readFile(path.join(repoRoot, "deploy/nginx.conf"), "utf8");

let fixture: FixtureSite | undefined;
let nginx: RunningNginx | undefined;
let prefix: string | undefined;
afterEach(async () => {
  await nginx?.stop();
  await fixture?.remove();
  if (prefix) await rm(prefix, { recursive: true, force: true });
  nginx = undefined;
  fixture = undefined;
  prefix = undefined;
});

/** A small site with every kind of file the real one serves. */
async function writeServedSite(): Promise<FixtureSite> {
  return writeFixtureSite({
    ...commonFiles(),
    "index.html": renderPage({ body: "<p>Xin chào.</p>".repeat(40) }),
    "a/index.html": renderPage({ path: "a/" }),
    "nhung/chi-tieu/a/index.html": renderPage({ path: "nhung/chi-tieu/a/" }),
    "404.html": renderPage({ title: "Không tìm thấy trang" }),
    "_astro/Base.Ab12Cd.css": "body{margin:0}".repeat(40),
    "du-lieu/targets.csv": "id,title\n1,Thu nhập bình quân\n",
    "sitemap.xml": '<?xml version="1.0" encoding="UTF-8"?><urlset></urlset>',
    "robots.txt": "User-agent: *\n",
    "pagefind/pagefind.js": "export{};",
    "pagefind/pagefind.vi_a1b2.pf_meta": "\u0000\u0001",
    "pagefind/fragment/vi_a1b2.pf_fragment": "\u0000\u0001",
    "pagefind/wasm.vi.pagefind": "\u0000\u0001",
  });
}

async function serve(config: string): Promise<{ site: FixtureSite["site"]; origin: string }> {
  fixture = await writeServedSite();
  prefix = await mkdtemp(path.join(tmpdir(), "ctr02-nginx-test-"));
  nginx = await startNginx(config, fixture.site.distDir, prefix);
  return { site: fixture.site, origin: nginx.origin };
}

describe(renderNginxConfig, () => {
  it("keeps the documented server block but listens on one loopback port and serves the given root", () => {
    const config = renderNginxConfig(documentedConfig, {
      port: 8123,
      root: "/tmp/site",
      prefix: "/tmp/p",
    });
    expect(config).toContain("daemon off;");
    expect(config.match(/^\s*listen .*$/gm)).toEqual(["    listen 127.0.0.1:8123;"]);
    expect(config).toContain('root "/tmp/site";');
    expect(config).toContain("text/csv                      csv;");
  });
});

describe(checkResponse, () => {
  it("reports a CSV served with the wrong type and no cache header", () => {
    const problems = checkResponse(
      {
        label: "tệp CSV",
        path: "/a.csv",
        status: 200,
        contentType: /^text\/csv; charset=utf-8$/i,
        cache: "short",
      },
      { status: 200, headers: { "content-type": "application/octet-stream" }, body: "" },
    );
    expect(problems).toEqual([
      'tệp CSV (/a.csv): Content-Type "application/octet-stream", cần khớp ^text\\/csv; charset=utf-8$. Sửa khối types trong deploy/nginx.conf.',
      'tệp CSV (/a.csv): Cache-Control "", cần max-age ≤ 1 giờ để bản phát hành mới hiện ra sớm.',
    ]);
  });
});

describe(checkServedSite, () => {
  it("finds nothing wrong with the documented nginx configuration", async () => {
    const { site, origin } = await serve(documentedConfig);
    const result = await checkServedSite(site, origin);
    expect(result.problems).toEqual([]);
    expect(result.requests).toBe(12);
  }, 60_000);

  it("notices when the configuration loses the CSV type and the long cache", async () => {
    const broken = documentedConfig
      .replace(/^\s*text\/csv\s+csv;\n/m, "")
      .replace("expires 1y;", "expires 5m;");
    const { site, origin } = await serve(broken);
    const problems = (await checkServedSite(site, origin)).problems;
    expect(problems).toEqual([
      'CSS có hash (/_astro/Base.Ab12Cd.css): Cache-Control "max-age=300", tệp có hash trong tên cần max-age ≥ 1 năm (expires 1y).',
      'tệp CSV (/du-lieu/targets.csv): Content-Type "application/octet-stream", cần khớp ^text\\/csv; charset=utf-8$. Sửa khối types trong deploy/nginx.conf.',
    ]);
  }, 60_000);

  it("notices an embed location that forgets the server's other headers, and 'none' on embeds", async () => {
    const broken = documentedConfig
      .replace(
        /(location ~ \/nhung\/ \{[^}]*?)add_header X-Content-Type-Options "nosniff" always;\n/,
        "$1",
      )
      .replace('"frame-ancestors *"', "\"frame-ancestors 'none'\"");
    const { site, origin } = await serve(broken);
    const problems = (await checkServedSite(site, origin)).problems;
    expect(problems).toEqual([
      `trang nhúng (/nhung/chi-tieu/a/): content-security-policy "frame-ancestors 'none'", cần "frame-ancestors *". Sửa add_header trong deploy/nginx.conf (một location có add_header riêng bỏ mọi add_header của server: lặp lại chúng).`,
      `trang nhúng (/nhung/chi-tieu/a/): x-content-type-options không được gửi, cần "nosniff". Sửa add_header trong deploy/nginx.conf (một location có add_header riêng bỏ mọi add_header của server: lặp lại chúng).`,
    ]);
  }, 60_000);

  it("notices a server that lets every page be framed", async () => {
    const broken = documentedConfig.replace(
      /^(\s*)add_header Content-Security-Policy "frame-ancestors 'none'" always;$/m,
      '$1add_header Content-Security-Policy "frame-ancestors *" always;',
    );
    const { site, origin } = await serve(broken);
    const problems = (await checkServedSite(site, origin)).problems;
    expect(problems).toEqual([
      `trang chủ (/): content-security-policy "frame-ancestors *", cần "frame-ancestors 'none'". Sửa add_header trong deploy/nginx.conf (một location có add_header riêng bỏ mọi add_header của server: lặp lại chúng).`,
    ]);
  }, 60_000);
});
