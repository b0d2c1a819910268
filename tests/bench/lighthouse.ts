// Lighthouse on the real site build, served by nginx with deploy/nginx.conf (gzip and cache
// headers as in production), in Debian's Chromium (CHROME_PATH) with Lighthouse's default
// mobile settings: a Moto G Power–sized screen, simulated slow 4G and a 4× slower CPU.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { startNginx } from "../../scripts/check-site/lib/nginx.ts";
import { chromiumPath } from "../../scripts/check-site/lib/chromium.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const cli = path.join(repoRoot, "node_modules/lighthouse/cli/index.js");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** Scores (0–100) of one page; the median of the runs for each category. */
export interface LighthouseScores {
  path: string;
  runs: number;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Audits that scored below 1 in the last run, e.g. "color-contrast". */
  failing: string[];
  error?: string;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);
}

async function runOnce(url: string, outputFile: string): Promise<LighthouseReport> {
  const args = [
    cli,
    url,
    "--output=json",
    `--output-path=${outputFile}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    "--quiet",
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromiumPath },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0 || !existsSync(outputFile))
    throw new Error(
      `lighthouse exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`,
    );
  return JSON.parse(await readFile(outputFile, "utf8")) as LighthouseReport;
}

/** Returns Lighthouse's scores for each of `paths` ("", "chuong-trinh/") of the site in `distDir`. */
export async function runLighthouse(
  distDir: string,
  workDir: string,
  paths: readonly string[],
  runs: number,
): Promise<LighthouseScores[]> {
  if (!existsSync(cli)) {
    return paths.map((page) => ({
      path: page,
      runs: 0,
      performance: null,
      accessibility: null,
      bestPractices: null,
      seo: null,
      failing: [],
      error: "lighthouse is not installed (npm install)",
    }));
  }
  await mkdir(workDir, { recursive: true });
  const serverBlock = await readFile(path.join(repoRoot, "deploy/nginx.conf"), "utf8");
  const nginx = await startNginx(serverBlock, path.resolve(distDir), path.join(workDir, "nginx"));
  const results: LighthouseScores[] = [];
  try {
    for (const page of paths) {
      const scores: Record<string, number[]> = {};
      let failing: string[] = [];
      let error: string | undefined;
      for (let run = 0; run < runs; run += 1) {
        try {
          const file = path.join(workDir, `${page.replace(/\W+/g, "-") || "home"}-${run}.json`);
          const report = await runOnce(`${nginx.origin}/${page}`, file);
          if (report.runtimeError) throw new Error(report.runtimeError.message);
          for (const name of CATEGORIES) {
            const score = report.categories[name]?.score;
            if (typeof score === "number") (scores[name] ??= []).push(Math.round(score * 100));
          }
          failing = Object.values(report.categories)
            .flatMap((category) => category.auditRefs.map((ref) => ref.id))
            .filter((id) => {
              const audit = report.audits[id];
              return (
                audit?.scoreDisplayMode !== "informative" &&
                typeof audit?.score === "number" &&
                audit.score < 1
              );
            })
            .filter((id, index, all) => all.indexOf(id) === index);
        } catch (caught) {
          error = caught instanceof Error ? caught.message : String(caught);
        }
      }
      results.push({
        path: `/${page}`,
        runs,
        performance: median(scores["performance"] ?? []),
        accessibility: median(scores["accessibility"] ?? []),
        bestPractices: median(scores["best-practices"] ?? []),
        seo: median(scores["seo"] ?? []),
        failing,
        ...(error ? { error } : {}),
      });
    }
  } finally {
    await nginx.stop();
  }
  return results;
}
