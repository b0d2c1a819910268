// Gate 3: every HTML page passes html-validate with the committed .htmlvalidate.json
// (html-validate:recommended; see scripts/check-site/README.md for each relaxed rule and why). The
// configuration is read from the repository root and passed in, so pages built into a
// temporary folder are validated with the same rules.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from "html-validate";
import type { GateResult } from "../gate.ts";
import { repoRoot } from "../lib/site-config.ts";
import { showPage, type BuiltSite } from "../lib/site.ts";
import { formatCount } from "../lib/text.ts";

/** Returns the project's html-validate configuration (.htmlvalidate.json). */
async function readHtmlValidateConfig(): Promise<ConfigData> {
  return JSON.parse(
    await readFile(path.join(repoRoot, ".htmlvalidate.json"), "utf8"),
  ) as ConfigData;
}

/** Returns one line for an html-validate error: where, what, which rule and where it is explained. */
function describeMessage(where: string, message: Message): string {
  const element = message.selector === null ? "" : ` (phần tử ${message.selector})`;
  const help = message.ruleUrl === undefined ? "" : ` Cách sửa: ${message.ruleUrl}`;
  return `${where}:${message.line}:${message.column}: ${message.message}${element} [${message.ruleId}].${help}`;
}

/** Returns a validator that applies `config` to any file, wherever it lives. */
function createValidator(config: ConfigData): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** Returns the errors `validator` finds in `html` (warnings are not failures). */
async function validateHtml(
  validator: HtmlValidate,
  html: string,
  where: string,
): Promise<string[]> {
  const report = await validator.validateString(html, where);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => describeMessage(where, message)),
  );
}

/** Gate 3: every page is valid HTML according to html-validate. */
export async function checkHtml(site: BuiltSite): Promise<GateResult> {
  const validator = createValidator(await readHtmlValidateConfig());
  const problems: string[] = [];
  let invalidPages = 0;
  for (const page of site.htmlPages) {
    const html = await readFile(path.join(site.distDir, page.file), "utf8");
    const errors = await validateHtml(validator, html, showPage(page, site));
    if (errors.length > 0) invalidPages++;
    problems.push(...errors);
  }
  return {
    name: "HTML hợp lệ",
    summary:
      problems.length === 0
        ? `${formatCount(site.htmlPages.length)} trang, 0 lỗi`
        : `${formatCount(site.htmlPages.length)} trang, ${formatCount(problems.length)} lỗi trên ${formatCount(invalidPages)} trang`,
    problems,
  };
}
