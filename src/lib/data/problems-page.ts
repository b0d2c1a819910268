// The page `npm run dev` serves instead of the site while data/ has problems: the validator's
// own lines (`file:line: column: expected …, got …` + fix), nothing else, so an editor sees
// what to fix without reading a stack trace. The dev server's client script reloads it as soon
// as a data file changes, so it goes away by itself once the file is fixed.

import { escapeXml } from "../xml.ts";

/** Returns the HTML of the dev page listing `problems`; `reloadScript` is the dev client's URL (e.g. "/@vite/client"). */
export function renderProblemsPage(problems: readonly string[], reloadScript: string): string {
  const count = problems.length === 1 ? "1 lỗi" : `${problems.length} lỗi`;
  const items = problems.map((line) => `<li><code>${escapeXml(line)}</code></li>`).join("\n");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dữ liệu có ${count}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:1rem;max-width:60rem}li{margin:.5rem 0}code{white-space:pre-wrap;overflow-wrap:anywhere}</style>
<script type="module" src="${escapeXml(reloadScript)}"></script>
</head>
<body>
<h1>Dữ liệu có ${count}</h1>
<p>Trang web chưa hiển thị được vì các ô dưới đây chưa đúng. Sửa tệp ở dòng được chỉ ra rồi lưu lại: trang sẽ tự tải lại.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
