/** What callers hand the export engine (engine/*, loaded only when someone exports). */

/** The words drawn on a chart image around the drawing. */
export interface FigureText {
  title: string;
  /** Under the title: filters, measure and data date. */
  lines: string[];
  /** A warning said in bold (demo data), or null. */
  notice: string | null;
  /** Under the drawing: definition and source. */
  footer: string[];
}

/** One chart of a PDF report; its table may run on over continuation pages. */
export interface ReportPage {
  /** Over the heading: where it comes from ("Overzicht", "Dia 3 / 7"). */
  kicker: string;
  heading: string;
  /** Said in words above the chart: the goal's status, the value read. */
  statement: string[];
  /** Header lines repeated on every page of this chart: filters, measure, data date. */
  context: string[];
  /** Said in bold under the context on every page (demo data), or null. */
  notice: string | null;
  definition: string | null;
  /** The ChartFigure element (drawing, legend, summary, table), or null for a text-only page. */
  figure: HTMLElement | null;
  /** Further tables under the words (a page's answer: theme statuses, who lags), each with its caption. */
  tables?: readonly HTMLTableElement[];
}

export interface ReportFrame {
  /** The PDF's document title. */
  title: string;
  /** Left of every page's footer: "Koers · data date · source". */
  footer: string;
  continued: string;
  pageNumber: (n: number, total: number) => string;
}
