// A synthetic program text for the benchmark, the shape of content/program/ and sized to the
// synthetic data: one cited target paragraph per indicator (`II-3-<i>`, the indicator's
// program_anchor, wrapped in <Target> like the real text), one paragraph of tasks per indicator
// under III, one per agency under IV, and the ten appendix rows (`phu-luc-1`…`phu-luc-10`).
// About 0.7 KB of MDX per indicator: the real text is ~2.3 KB per indicator, but most of it is
// prose that would not grow with the number of indicators. Built only when the benchmark sets
// PROGRAM_DIR (src/content.config.ts); labelled synthetic on every part.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const LABEL = "DỮ LIỆU TỔNG HỢP GIẢ ĐỊNH — chỉ dùng cho đo hiệu năng";

// Filler in the register of the real text; nothing in it is quoted from the program.
const SENTENCES = [
  "Tăng cường phối hợp giữa các cơ quan trong triển khai chính sách dân tộc trên địa bàn",
  "ưu tiên nguồn lực cho các xã, xóm đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi",
  "đầu tư đường ô tô đến trung tâm xã, trường học, trạm y tế và công trình nước sinh hoạt",
  "bảo tồn và phát huy bản sắc văn hóa truyền thống của các dân tộc, xây dựng nhà văn hóa xóm",
  "đào tạo, bồi dưỡng cán bộ, công chức cấp xã là người dân tộc thiểu số",
  "theo dõi, đánh giá, báo cáo kết quả thực hiện định kỳ hằng năm",
  "huy động trẻ em trong độ tuổi đến trường và duy trì sĩ số học sinh dân tộc nội trú",
  "chuyển đổi số trong quản lý nhà nước về công tác dân tộc ở cấp xã",
];

function sentence(k: number): string {
  const a = SENTENCES[k % SENTENCES.length] ?? "";
  const b = SENTENCES[(k * 3 + 1) % SENTENCES.length] ?? "";
  return `${a.charAt(0).toUpperCase()}${a.slice(1)}; ${b}`;
}

function part(
  order: number,
  title: string,
  anchor: string,
  heading: boolean,
  body: string,
): string {
  return `---\norder: ${order}\ntitle: "${title}"\nanchor: ${anchor}\nheading: ${heading}\n---\n\n${body}\n`;
}

function list(ids: readonly string[], text: (id: string, k: number) => string): string {
  const items = ids.map((id, k) => `    <ProgramItem id="${id}">- ${text(id, k)}</ProgramItem>`);
  return `  <ProgramList>\n${items.join("\n")}\n  </ProgramList>`;
}

function subsection(id: string, title: string, content: string): string {
  return `<ProgramSubsection id="${id}" title="${title}">\n${content}\n</ProgramSubsection>\n`;
}

function range(count: number, id: (k: number) => string): string[] {
  return Array.from({ length: count }, (_, k) => id(k + 1));
}

/** Writes the synthetic program for `n` indicators and `agencies` agencies (as generate.ts names them) into `dir`, replacing it. */
export function writeProgramText(
  dir: string,
  n: number,
  agencies: number,
): { files: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const indicator = (i: number): string => `gia-dinh-${String(i).padStart(4, "0")}`;
  const perTask = Math.max(2, Math.ceil(n / 10));
  const parts: [string, string][] = [
    [
      "00-mo-dau.mdx",
      part(
        0,
        "Mở đầu",
        "mo-dau",
        false,
        `<ProgramBlock id="mo-dau" as="header" class="doc-heading">\n  <p class="doc-title">CHƯƠNG TRÌNH GIẢ ĐỊNH (${n} chỉ tiêu)</p>\n  <p class="doc-subtitle">${LABEL}</p>\n</ProgramBlock>\n\n<Para id="can-cu">${LABEL}. Văn bản này do tests/bench/generate.ts sinh ra để đo hiệu năng của trang web; không phải văn bản của Chương trình 02/CTr-UBND.</Para>\n`,
      ),
    ],
    [
      "01-muc-dich.mdx",
      part(
        1,
        "I. MỤC ĐÍCH, YÊU CẦU (GIẢ ĐỊNH)",
        "I",
        true,
        subsection(
          "I-1",
          "1. Mục đích (giả định)",
          list(
            range(Math.max(2, Math.ceil(n / 20)), (k) => `I-1-${k}`),
            (_, k) => `${sentence(k)} (${LABEL}).`,
          ),
        ),
      ),
    ],
    [
      "02-muc-tieu.mdx",
      part(
        2,
        "II. MỤC TIÊU (GIẢ ĐỊNH)",
        "II",
        true,
        subsection(
          "II-3",
          "3. Mục tiêu cụ thể đến năm 2025 (giả định)",
          list(
            range(n, (i) => `II-3-${i}`),
            (_, k) =>
              `<Target indicator="${indicator(k + 1)}">Chỉ tiêu giả định số ${k + 1}: ${SENTENCES[k % SENTENCES.length] ?? ""}</Target>; ${sentence(k + 2)}.`,
          ),
        ),
      ),
    ],
    [
      "03-nhiem-vu.mdx",
      part(
        3,
        "III. NHIỆM VỤ VÀ GIẢI PHÁP (GIẢ ĐỊNH)",
        "III",
        true,
        range(10, (t) => String(t))
          .map((t) =>
            subsection(
              `III-${t}`,
              `${t}. Nhóm nhiệm vụ giả định số ${t}`,
              list(
                range(perTask, (k) => `III-${t}-${k}`),
                (_, k) => `${sentence(k + Number(t))}; ${sentence(k * 5 + 3)} (${LABEL}).`,
              ),
            ),
          )
          .join("\n"),
      ),
    ],
    [
      "04-to-chuc.mdx",
      part(
        4,
        "IV. TỔ CHỨC THỰC HIỆN (GIẢ ĐỊNH)",
        "IV",
        true,
        subsection(
          "IV-1",
          "1. Các cơ quan giả định",
          list(
            range(agencies, (k) => `IV-1-${k}`),
            (_, k) => `Cơ quan giả định số ${k + 1}: ${sentence(k)}.`,
          ),
        ),
      ),
    ],
    [
      "05-phu-luc.mdx",
      part(
        5,
        "PHỤ LỤC (GIẢ ĐỊNH)",
        "phu-luc",
        true,
        range(10, (t) => String(t))
          .map(
            (t) =>
              `<ProgramBlock id="phu-luc-${t}">\n  <p>${t}. Mục tiêu giả định số ${t} (${LABEL}).</p>\n</ProgramBlock>\n`,
          )
          .join("\n"),
      ),
    ],
  ];
  let bytes = 0;
  for (const [file, text] of parts) {
    writeFileSync(path.join(dir, file), text, "utf8");
    bytes += Buffer.byteLength(text);
  }
  return { files: parts.length, bytes };
}
