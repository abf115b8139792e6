/** The data table of a ChartFigure (always in the document, for screen readers) as plain text cells. */

export interface FigureTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Per column: whether it holds numbers (right-aligned). */
  numeric: boolean[];
}

/** A cell's text as it is seen: words only a screen reader hears (`.sr-only`) stay off paper. */
function clean(node: Node | null | undefined): string {
  if (!node) return '';
  let shown: Node = node;
  if (node instanceof Element && node.querySelector('.sr-only')) {
    const copy = node.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    shown = copy;
  }
  return (shown.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function readFigureTable(figure: HTMLElement): FigureTable | null {
  const table = figure.querySelector<HTMLTableElement>('[data-chart-table] table');
  return table ? readTable(table) : null;
}

/** Any data table as plain text cells; null when it has no rows. */
export function readTable(table: HTMLTableElement): FigureTable | null {
  const headRow = table.tHead?.rows[0];
  const headCells = headRow ? [...headRow.cells] : [];
  const rows = [...table.tBodies].flatMap((body) => [...body.rows]).map((row) => [...row.cells].map(clean));
  if (rows.length === 0) return null;
  return {
    caption: clean(table.caption),
    head: headCells.map(clean),
    rows,
    numeric: headCells.map((cell) => cell.classList.contains('num')),
  };
}
