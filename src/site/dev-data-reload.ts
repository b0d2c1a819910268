/**
 * `npm run dev` follows the data folder (issue 14): an editor saves a CSV and the open page
 * shows the new figure within a second or two, without restarting the server.
 *
 * Pages read data/ through fs (load-dataset.ts), not through imports, so Vite does not know
 * they depend on it. On a change in the data folder this integration forgets the cached
 * Dataset and open data files, clears Astro's cache of getStaticPaths (the event Astro's own
 * content layer sends, "astro:content-changed") and tells the browser to reload. While the
 * folder has problems, every page request gets a page listing the validator's lines
 * (`file:line: column: …`) instead of an error overlay with a stack trace; that page carries
 * the dev client, so it reloads itself when the file is saved again.
 */
import path from "node:path";
import type { AstroIntegration } from "astro";
import { renderProblemsPage } from "../lib/data/problems-page.ts";
import { forgetLoadedDatasets, getDataDir, loadDataset } from "./load-dataset.ts";
import { forgetOpenData } from "./open-data.ts";

// Requests the dev server answers itself (its client, modules, assets): never the problems page.
const DEV_PREFIXES = ["@", "__", "node_modules/", "src/", ".astro/", "_astro/"];

/** Returns the integration that reloads `npm run dev` when a file in the data folder changes. */
export function dataReload(): AstroIntegration {
  return {
    name: "ctr-02:data-reload",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const dir = path.resolve(getDataDir());
        const base = server.config.base;
        server.watcher.add(dir);
        const onFileEvent = (file: string) => {
          if (path.relative(dir, file).startsWith("..")) return;
          forgetLoadedDatasets();
          forgetOpenData();
          const result = loadDataset(dir);
          if (result.ok)
            logger.info(`${path.relative(process.cwd(), file)}: dữ liệu hợp lệ, tải lại trang.`);
          else logger.error(result.problems.join("\n"));
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== "client") environment.hot.send("astro:content-changed", {});
          }
          server.environments.client.hot.send({ type: "full-reload", path: "*" });
        };
        server.watcher.on("change", onFileEvent);
        server.watcher.on("add", onFileEvent);
        server.watcher.on("unlink", onFileEvent);
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? "/";
          const inside = url.startsWith(base) ? url.slice(base.length) : url.slice(1);
          if (DEV_PREFIXES.some((prefix) => inside.startsWith(prefix))) return next();
          const result = loadDataset(dir);
          if (result.ok) return next();
          response.statusCode = 500;
          response.setHeader("content-type", "text/html; charset=utf-8");
          response.setHeader("cache-control", "no-store");
          response.end(renderProblemsPage(result.problems, `${base}@vite/client`));
        });
      },
    },
  };
}
