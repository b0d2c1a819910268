// Writes the reader's date (dd/mm/yyyy) into the print foot just before the page prints
// (src/styles/print.css explains why this is the only date a printout can carry). Without
// JavaScript the foot keeps the data release's date alone.
import { formatDate } from "../lib/format.ts";

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
  time.textContent = formatDate(iso);
  slot.hidden = false;
}

window.addEventListener("beforeprint", fill);
