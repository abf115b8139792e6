import { useState, type ReactNode } from 'react';
import { onDownloadClick } from '../../../shared/api/download.ts';
import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import type { ProblemCode, ProblemParams } from '@koers/domain';
import { placeColumns } from '../lib/import-report.ts';
import { problemText } from '../lib/problem-texts.ts';
import { useImportMessages } from '../messages.ts';

/** Long reports are shown a page at a time: a million-row file can have as many errors. */
const PAGE = 100;

export interface PlacedMessage {
  row?: number | null | undefined;
  notice?: string | undefined;
  lot?: string | undefined;
  column?: string | null | undefined;
  /** The error or warning as the API wrote it (English); for a skip, its reason. */
  text: string;
  /** The same as a code and values, said in the reader's language where a text exists. */
  code?: ProblemCode | undefined;
  params?: ProblemParams | undefined;
}

interface MessageTableProps {
  kind: 'errors' | 'warnings' | 'skips';
  caption: ReactNode;
  /** The messages loaded: all of them, or the first of `total`. */
  messages: readonly PlacedMessage[];
  /** How many there are in all (more than loaded when the report was cut). */
  total?: number | undefined;
  /** Where the full report can be downloaded, for what was not loaded. */
  fullReport?: string | undefined;
}

/**
 * Errors, warnings or skips, each pointing at its place in the file: the spreadsheet row (the
 * header is row 1), or the notice and lot of an EU notice, and the column as the file names it.
 */
export function MessageTable({ kind, caption, messages, total = messages.length, fullReport }: MessageTableProps) {
  const m = useImportMessages();
  const { f, locale } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const places = placeColumns(messages);
  const showColumn = kind !== 'skips';
  const visible = messages.slice(0, shown);
  return (
    <div className="table-scroll message-table" data-messages={kind}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {m.columns.row}
            </th>
            {places.notice && <th scope="col">{m.columns.notice}</th>}
            {places.lot && <th scope="col">{m.columns.lot}</th>}
            {showColumn && <th scope="col">{m.columns.column}</th>}
            <th scope="col">{kind === 'skips' ? m.columns.reason : m.columns.message}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((message, index) => (
            <tr key={index} data-row={message.row ?? ''} data-column={message.column ?? ''}>
              <th scope="row" className="num">
                {message.row != null ? f.integer(message.row) : '—'}
              </th>
              {places.notice && <td className="break">{message.notice ?? '—'}</td>}
              {places.lot && <td>{message.lot ?? '—'}</td>}
              {showColumn && <td>{message.column ? <code>{message.column}</code> : '—'}</td>}
              <MessageText message={message} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
      {total > visible.length && (
        <p className="table-more" data-testid={`more-${kind}`}>
          <span className="muted">{m.shownOf(f.integer(visible.length), f.integer(total))}</span>{' '}
          {messages.length > shown ? (
            <button type="button" className="button button--quiet button--small" onClick={() => setShown((n) => n + PAGE)}>
              {m.showMore(f.integer(Math.min(PAGE, messages.length - shown)))}
            </button>
          ) : (
            fullReport && (
              <a href={fullReport} download onClick={onDownloadClick}>
                {m.fullReport(f.integer(total))}
              </a>
            )
          )}
        </p>
      )}
    </div>
  );
}

function MessageText({ message, locale }: { message: PlacedMessage; locale: Parameters<typeof problemText>[1] }) {
  const translated = problemText(message, locale);
  return translated === null ? <td lang="en">{message.text}</td> : <td data-code={message.code}>{translated}</td>;
}
