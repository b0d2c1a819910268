// Progressive enhancement of a table marked data-sortable: each column header with data-sort
// gets a button that orders the rows by that column, ascending then descending, and the header
// carries aria-sort. Without JavaScript the table is complete in its server order. A row's key is
// its data-sort-<key> attribute, or the text of its cell marked data-sort-<key>.

const collator = new Intl.Collator("vi", { numeric: true });

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]")) {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-sort]")];
  if (!body) continue;
  // Ties keep the server order (target, then file order), whatever the previous sort was.
  const serverOrder = new Map([...body.rows].map((row, index) => [row, index]));
  for (const header of headers) {
    const key = header.dataset["sort"] ?? "";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      const attribute = `data-sort-${key}`;
      const keyOf = (row: HTMLTableRowElement): string =>
        row.getAttribute(attribute) ?? row.querySelector(`[${attribute}]`)?.textContent ?? "";
      const rows = [...body.rows].sort(
        (a, b) =>
          collator.compare(keyOf(a), keyOf(b)) * (ascending ? 1 : -1) ||
          (serverOrder.get(a) ?? 0) - (serverOrder.get(b) ?? 0),
      );
      body.append(...rows);
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    });
  }
}
