// Writes the reader's date into the print foot just before the page prints, in the page's
// language as <html lang> gives it: dd/mm/yyyy, or "5 Dec 2026" on English pages.
// src/styles/print.css explains why this is the only date a printout can carry. Without
// JavaScript the foot keeps the data release's date alone.
import { formatDateIn } from "../lib/format.ts";

const slot = document.querySelector<HTMLElement>("[data-print-date]");
const time = slot?.querySelector("time");

function fill(): void {
  if (!slot || !time) return;
  const now = new Date();
  const iso = [
    String(now.getFullYear()).padStart(4, "0"),
    String(now.getMonth() + 1).padStart(2, "0"),
    String(now.getDate()).padStart(2, "0"),
  ].join("-");
  time.dateTime = iso;
  time.textContent = formatDateIn(document.documentElement.lang === "en" ? "en" : "vi", iso);
  slot.hidden = false;
}

window.addEventListener("beforeprint", fill);
