import { basename } from 'node:path';
import { START_OF_FILE, type Diagnostic, type Position } from '../../diagnostics.js';
import type { Charter } from '../../model/charter.js';
import { overlaps, parsePeriod, type Period } from '../../model/periods.js';
import { readValue, resultMet, type Result } from '../../model/results.js';
import { allStandards } from '../../model/standards.js';
import { toolDiagnostic } from '../../rule-ids.js';
import { didYouMean, withSuggestion } from '../../util/did-you-mean.js';
import { shorten } from '../../util/shorten.js';
import { readCsv } from './read-csv.js';

const REQUIRED = ['standard', 'period', 'value'] as const;
const KNOWN = new Set(['standard', 'period', 'value', 'sample', 'note']);

/** Past this many problems in one file, the rest are counted in one last diagnostic: a file of bad rows is one fault, not a flood. */
const MOST_PROBLEMS = 200;

export interface ReadResults {
  /** The rows that passed results-format and results-unique, in file order. */
  results: Result[];
  /** results-format and results-unique, at their line and column in the file. */
  diagnostics: Diagnostic[];
  /** Where a kept row's period is written, by the row's line. */
  periodAt: (line: number) => Position;
  /** False when the file could not be read as results at all (not CSV, no required column). */
  readable: boolean;
}

/**
 * A results file's rows in the terms of the charter's standards: results-format (the header has
 * the required columns; each row a known standard, a valid period, a value in its target's terms,
 * a whole sample) and results-unique (one row per standard and period; no overlapping periods of
 * one standard). `charter check` and `charter diff` both read results this way.
 */
export function readResults(text: string, charter: Charter, file: string): ReadResults {
  const csv = readCsv(text);
  if (!csv.ok) return { results: [], periodAt: () => START_OF_FILE, readable: false, diagnostics: [toolDiagnostic(file, csv.at, 'results-format', `${basename(file)} is not CSV charter can read: ${csv.message}`)] };

  const diagnostics: Diagnostic[] = [];
  let problems = 0;
  const report = (at: Position, rule: 'results-format' | 'results-unique', message: string) => {
    if (++problems <= MOST_PROBLEMS) diagnostics.push(toolDiagnostic(file, at, rule, message));
  };
  const format = (at: Position, message: string) => report(at, 'results-format', message);
  // The columns by name, the first of each; spreadsheets export empty columns after the last one,
  // and a nameless column is ignored.
  const columns = new Map<string, number>();
  csv.header.fields.forEach((written, index) => {
    const name = written.trim().toLowerCase();
    if (name !== '' && !columns.has(name)) columns.set(name, index);
  });
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length) {
    format(csv.header.at(0), `the header row has no ${missing.map((m) => `"${m}"`).join(' or ')} column; it needs standard, period and value (sample and note are optional)`);
    return { results: [], periodAt: () => START_OF_FILE, readable: false, diagnostics };
  }
  csv.header.fields.forEach((written, index) => {
    const name = written.trim().toLowerCase();
    if (name === '') return;
    // A name given twice is an error at the second: which of its values would count?
    if (columns.get(name) !== index) format(csv.header.at(index), `the column "${shorten(written.trim(), 40)}" is named twice; keep one`);
    else if (!KNOWN.has(name)) format(csv.header.at(index), withSuggestion(`unknown column "${shorten(written.trim(), 40)}"; the columns are standard, period, value, sample and note`, didYouMean(written.trim(), [...KNOWN])));
  });

  const standards = new Map(allStandards(charter).map((p) => [p.standard.id, p]));
  const basis = charter.meta.day_basis;
  const yearStarts = charter.performance_reporting?.year_starts;
  const results: Result[] = [];
  const periods = new Map<string, Period | null>();
  const cell = (fields: string[], name: string) => fields[columns.get(name) ?? -1]?.trim() ?? '';
  for (const row of csv.rows) {
    const at = (name: string) => row.at(columns.get(name)!);
    const id = cell(row.fields, 'standard');
    const placed = standards.get(id);
    if (!placed) {
      format(at('standard'), withSuggestion(id ? `no standard has the id "${shorten(id, 60)}"` : 'the standard is empty', didYouMean(id, [...standards.keys()])));
      continue;
    }
    const periodText = cell(row.fields, 'period');
    // A file repeats its periods once per standard: each is read once.
    let period = periods.get(periodText);
    if (period === undefined) periods.set(periodText, (period = parsePeriod(periodText, yearStarts) ?? null));
    if (!period) {
      format(at('period'), `"${shorten(periodText, 40)}" is not a period; write 2026-Q3, 2026-07, 2026, a financial year such as 2026-27, or 2026-07-01/2026-09-30`);
      continue;
    }
    const value = readValue(placed.standard.target, cell(row.fields, 'value'), basis);
    if (!value.ok) {
      format(at('value'), `${id}: ${value.message}`);
      continue;
    }
    const sampleText = columns.has('sample') ? cell(row.fields, 'sample') : '';
    if (sampleText && !/^\d+$/.test(sampleText)) {
      format(at('sample'), `the sample "${shorten(sampleText, 30)}" is not a whole number of cases`);
      continue;
    }
    const note = columns.has('note') ? cell(row.fields, 'note') : '';
    results.push({
      standard: id,
      period,
      value: value.value,
      written: cell(row.fields, 'value'),
      ...(sampleText ? { sample: Number(sampleText) } : {}),
      ...(note ? { note } : {}),
      met: resultMet(placed.standard.target, value.value),
      line: row.line,
    });
  }

  const rowAt = new Map(csv.rows.map((r) => [r.line, r]));
  // results-unique: one row per standard and period, and periods of one standard that do not overlap.
  const kept: Result[] = [];
  const keptBy = new Map<string, Result[]>();
  for (const result of results) {
    const own = keptBy.get(result.standard) ?? [];
    const clash = own.find((other) => overlaps(other.period, result.period));
    if (clash) {
      const same = clash.period.text === result.period.text;
      report(
        rowAt.get(result.line)!.at(columns.get('period')!),
        'results-unique',
        same ? `${result.standard} has a result for ${result.period.text} already, on line ${clash.line}; keep one` : `${result.standard}: ${result.period.text} overlaps ${clash.period.text} (line ${clash.line}); periods of one standard must not overlap`,
      );
      continue;
    }
    own.push(result);
    keptBy.set(result.standard, own);
    kept.push(result);
  }

  if (problems > MOST_PROBLEMS) {
    diagnostics.push(toolDiagnostic(file, START_OF_FILE, 'results-format', `${problems - MOST_PROBLEMS} more problems in ${basename(file)} are not listed; fix these first`));
  }
  return { results: kept, diagnostics, readable: true, periodAt: (line) => rowAt.get(line)?.at(columns.get('period')!) ?? START_OF_FILE };
}
