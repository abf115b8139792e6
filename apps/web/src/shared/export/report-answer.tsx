/**
 * A page's answer as the PDF handout states it first: lines in words (the first is the headline)
 * and small tables, kept in the page but hidden (screen readers hear the visible page, which says
 * the same). The page report reads it from `[data-report-answer]`.
 */
export interface AnswerTable {
  caption: string;
  head: string[];
  /** Per column: whether it holds numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
}

export function ReportAnswer({ lines, tables = [] }: { lines: readonly string[]; tables?: readonly AnswerTable[] }) {
  return (
    <div hidden data-report-answer>
      {lines.map((line, i) => (
        <p key={i} data-answer-line>
          {line}
        </p>
      ))}
      {tables.map((table) => (
        <table key={table.caption} data-answer-table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.head.map((cell, i) => (
                <th key={i} className={table.numeric[i] ? 'num' : undefined}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
