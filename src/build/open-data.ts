import { stringify } from 'csv-stringify/sync';
import type { CheckedCharter } from '../check/check-charter.js';
import { isStaff } from '../model/audience.js';
import { parseDuration } from '../model/duration.js';
import { resultUnit, resultsByStandard, valueKind } from '../model/results.js';
import { formatTarget } from '../words/index.js';

/**
 * One row of the open data: a standard's result for a period, with what it was measured against.
 * The fields, their order and their meaning are schemas/performance.schema.json's; the CSV has the
 * same columns in the same order.
 */
export interface PerformanceRow {
  charter_id: string;
  charter_version: string;
  standard_id: string;
  standard_title: string;
  /** The target in words, in the charter's language. */
  target: string;
  target_kind: string;
  /** The target as a number: the percent, the count, the measure's bound, the time's amount. */
  target_value: number | null;
  target_unit: string | null;
  period: string;
  period_start: string;
  period_end: string;
  value: number;
  value_unit: string | null;
  sample: number | null;
  met: boolean | null;
  note: string | null;
}

export const PERFORMANCE_COLUMNS: ReadonlyArray<keyof PerformanceRow> = Object.freeze([
  'charter_id',
  'charter_version',
  'standard_id',
  'standard_title',
  'target',
  'target_kind',
  'target_value',
  'target_unit',
  'period',
  'period_start',
  'period_end',
  'value',
  'value_unit',
  'sample',
  'met',
  'note',
]);

/**
 * The public results of a checked charter as open data rows, in the charter's order of standards
 * and then by period: the same input gives the same rows. Staff-only standards are left out.
 */
export function performanceRows(checked: CheckedCharter): PerformanceRow[] {
  const charter = checked.charter;
  const results = checked.results?.results ?? [];
  if (!charter || results.length === 0) return [];
  const lang = charter.meta.languages.primary;
  const rows: PerformanceRow[] = [];
  const byStandard = resultsByStandard(results);
  for (const standard of charter.standards.filter((s) => !isStaff(s))) {
    const target = standard.target;
    const kind = valueKind(target);
    const threshold = kind === 'duration' ? parseDuration(target.threshold, charter.meta.day_basis) : undefined;
    const targetValue = kind === 'percent' ? target.percent : kind === 'count' ? target.count : kind === 'measure' ? (target.min ?? target.max) : threshold?.value;
    const targetUnit = kind === 'percent' ? 'percent' : kind === 'measure' ? (target.unit ?? null) : (threshold?.unit ?? null);
    const targetWords = formatTarget(target, lang);
    for (const result of byStandard.get(standard.id) ?? []) {
      rows.push({
        charter_id: charter.meta.id,
        charter_version: charter.meta.version,
        standard_id: standard.id,
        standard_title: standard.title,
        target: targetWords,
        target_kind: target.kind,
        target_value: targetValue ?? null,
        target_unit: targetUnit,
        period: result.period.text,
        period_start: result.period.start,
        period_end: result.period.end,
        value: result.value.number,
        value_unit: resultUnit(target, result) ?? null,
        sample: result.sample ?? null,
        met: result.met ?? null,
        note: result.note ?? null,
      });
    }
  }
  return rows;
}

/** performance.csv: a header and one line a row (RFC 4180, by csv-stringify), LF line ends, met as true/false, nothing as empty. */
export function performanceCsv(rows: readonly PerformanceRow[]): string {
  return stringify(
    rows.map((row) => PERFORMANCE_COLUMNS.map((column) => row[column])),
    { header: true, columns: [...PERFORMANCE_COLUMNS], cast: { boolean: (value) => (value ? 'true' : 'false') }, record_delimiter: '\n' },
  );
}

/** performance.json: the rows as an array, two-space indented, fields in the schema's order. */
export function performanceJson(rows: readonly PerformanceRow[]): string {
  return `${JSON.stringify(rows.map((row) => Object.fromEntries(PERFORMANCE_COLUMNS.map((column) => [column, row[column]]))), null, 2)}\n`;
}
