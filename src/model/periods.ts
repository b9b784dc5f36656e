/**
 * The periods a result can cover, as the results file writes them: a quarter (2026-Q3), a month
 * (2026-07), a calendar year (2026), a financial year (2026-27, starting on
 * performance_reporting.year_starts, 1 April by default) or two dates (2026-07-01/2026-09-30).
 */
export type PeriodKind = 'quarter' | 'month' | 'year' | 'financial_year' | 'range';

export interface Period {
  /** As written in the file: the key results are joined and sorted on. */
  text: string;
  kind: PeriodKind;
  /** First and last day, YYYY-MM-DD, both included. */
  start: string;
  end: string;
}

/** The start of a financial year, as MM-DD. */
export const DEFAULT_YEAR_STARTS = '04-01';

/** Reads a period; undefined when it is none of the five forms, or not a real date. */
export function parsePeriod(text: string, yearStarts = DEFAULT_YEAR_STARTS): Period | undefined {
  const written = text.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-Q([1-4])$/i.exec(written))) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3 + 1;
    return { text: written, kind: 'quarter', start: day(year, first, 1), end: lastDay(year, first + 2) };
  }
  if ((match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(written))) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return { text: written, kind: 'month', start: day(year, month, 1), end: lastDay(year, month) };
  }
  if ((match = /^(\d{4})$/.exec(written))) {
    const year = Number(match[1]);
    return { text: written, kind: 'year', start: day(year, 1, 1), end: day(year, 12, 31) };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(written))) {
    // 2026-27: the second year is the next one, written with two digits.
    const year = Number(match[1]);
    if ((year + 1) % 100 !== Number(match[2])) return undefined;
    const [month, date] = yearStarts.split('-').map(Number) as [number, number];
    const start = day(year, month, date);
    return { text: written, kind: 'financial_year', start, end: addDays(day(year + 1, month, date), -1) };
  }
  if ((match = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(written))) {
    const [start, end] = [match[1]!, match[2]!];
    if (!isDate(start) || !isDate(end) || start > end) return undefined;
    return { text: written, kind: 'range', start, end };
  }
  return undefined;
}

/** Whether two periods share a day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function day(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): string {
  return day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
