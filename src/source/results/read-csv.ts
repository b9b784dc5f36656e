import { parse } from 'csv-parse/sync';
import type { Position } from '../../diagnostics.js';

/** A CSV row: its fields, and where each one is in the file. */
export interface CsvRow {
  fields: string[];
  /** Each field's place (a field past the row's end points after its last one). */
  at: (index: number) => Position;
  /** The row's first line. */
  line: number;
}

export type CsvRead = { ok: true; header: CsvRow; rows: CsvRow[] } | { ok: false; at: Position; message: string };

/**
 * Reads a CSV file with csv-parse (RFC 4180: quoted fields with commas, quotes and line breaks; a
 * byte-order mark; CRLF or LF), keeping the line and column of every field for diagnostics. The
 * parser gives each record's raw text and the line it ends on; a small scan of that raw text,
 * aware of quotes, finds where each field starts.
 */
export function readCsv(text: string): CsvRead {
  // One kind of line break, so that lines count the same as the editor shows them.
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    records = parse(normalised, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number; code?: string };
    // An unclosed quote is found at the end of the file; the person needs the line where it opened.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(normalised) : typeof e.lines === 'number' && e.lines > 0 ? e.lines : 1;
    const message = CSV_ERRORS[e.code ?? ''] ?? (e.message ?? String(error)).replace(/ at line \d+/, '');
    return { ok: false, at: { line, column: 1, endLine: line, endColumn: 1 }, message };
  }
  const rows = records.map(({ record, info, raw }) => {
    // A record's raw text starts with the empty lines skipped before it.
    const body = raw.replace(/\n$/, '').replace(/^\n+/, '');
    const line = info.lines - countLineBreaks(body);
    // Where the fields start is needed only for a diagnostic: found then, once per row, not for every row.
    let places: { starts: number[]; breaks: number[] } | undefined;
    const at = (index: number): Position => {
      places ??= { starts: fieldStarts(body), breaks: lineBreaks(body) };
      const offset = places.starts[index] ?? body.length + 1;
      // The line breaks before the offset, found by halving: a row of many fields stays linear.
      let low = 0;
      let high = places.breaks.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (places.breaks[middle]! < offset) low = middle + 1;
        else high = middle;
      }
      const fieldLine = line + low;
      const column = offset - (low > 0 ? places.breaks[low - 1]! : -1);
      const length = Math.max(1, Math.min((record[index] ?? '').split('\n')[0]!.length, 200));
      return { line: fieldLine, column, endLine: fieldLine, endColumn: column + length };
    };
    return { fields: record, at, line };
  });
  if (rows.length === 0) return { ok: false, at: { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: 'the file is empty; it needs a header row: standard,period,value' };
  const [header, ...rest] = rows as [CsvRow, ...CsvRow[]];
  return { ok: true, header, rows: rest };
}

/** What csv-parse's errors mean, for a person with the file open in a spreadsheet or editor. */
const CSV_ERRORS: Readonly<Record<string, string>> = Object.freeze({
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field goes on after its closing quote; inside quotes, write a quote as two quotes ("")',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed: a quote (") is missing',
  INVALID_OPENING_QUOTE: 'a quote (") in the middle of a field; put the whole field in quotes and write the quote as two quotes ("")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted field goes on after its closing quote; inside quotes, write a quote as two quotes ("")',
});

function lineBreaks(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) found.push(at);
  return found;
}

/** The line of the quote that opens a field and is never closed. */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let opened = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else {
        quoted = !quoted;
        if (quoted) opened = line;
      }
    }
  }
  return opened;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The offset at which each field of a record's raw text starts. */
function fieldStarts(raw: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') {
      if (quoted && raw[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (c === ',' && !quoted) {
      starts.push(i + 1);
    }
  }
  return starts;
}
