// A tiny static file server for browser tests: serves a built site under its base path on
// 127.0.0.1, the way a plain static host would (directory → index.html, unknown path → 404.html
// with status 404). Deliberately dumb: nginx is tested separately (gate 10).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** A running server; `origin` is e.g. "http://127.0.0.1:41234". */
export interface StaticServer {
  origin: string;
  /** The site's root URL: origin + base path, ending in "/". */
  rootUrl: string;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
};

/** Returns the Content-Type this server sends for `file` (binary for anything unknown). */
function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Serves `root` at http://127.0.0.1:<port><base> (port 0: any free one); `base` is "/" or e.g. "/ctr-02/". */
export async function startStaticServer(
  siteDir: string,
  base = "/",
  port = 0,
): Promise<StaticServer> {
  const root = path.resolve(siteDir);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = url.pathname;
      }
      if (!pathname.startsWith(base)) {
        await sendNotFound(response, root);
        return;
      }
      const relative = pathname.slice(base.length);
      const file = path.join(root, relative);
      // Never serve anything outside the site folder ("/../etc/passwd").
      if (file !== root && !file.startsWith(root + path.sep)) {
        await sendNotFound(response, root);
        return;
      }
      if (relative === "" || relative.endsWith("/")) {
        const index = path.join(file, "index.html");
        if (await isFile(index)) return sendFile(response, index, 200);
      } else if (await isFile(file)) {
        return sendFile(response, file, 200);
      } else if (await isFile(path.join(file, "index.html"))) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      await sendNotFound(response, root);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    rootUrl: origin + base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendFile(response: ServerResponse, file: string, status: number): void {
  response.writeHead(status, { "Content-Type": contentTypeOf(file), "Cache-Control": "no-store" });
  createReadStream(file).pipe(response);
}

async function sendNotFound(response: ServerResponse, root: string): Promise<void> {
  const page = path.join(root, "404.html");
  if (await isFile(page)) {
    sendFile(response, page, 404);
    return;
  }
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  response.end("404");
}
