import { basename } from 'node:path';
import { diagnostic, START_OF_FILE, type Diagnostic, type Position } from '../diagnostics.js';
import { toolDiagnostic } from '../rule-ids.js';
import type { Charter } from '../model/charter.js';
import { isPublicSector } from '../model/organisation.js';
import { addDays } from '../model/periods.js';
import { latestResults, valueKind, type Result } from '../model/results.js';
import { allStandards, isPercentUnit } from '../model/standards.js';
import { readTextInside, whyUnread } from '../source/read-source.js';
import { locate } from '../source/yaml/locate.js';
import { YAML_LIMITS } from '../source/yaml/limits.js';
import type { YamlSource } from '../source/yaml/load-yaml.js';
import { join } from 'node:path';

/** A charter's results file, read and checked. */
export interface LoadedResults {
  /** The file as diagnostics name it. */
  file: string;
  /** The rows that passed results-format, in file order. */
  results: Result[];
}


/** Months one period of each reporting frequency lasts: results-current allows the period and one more of grace. */
const FREQUENCY_MONTHS: Readonly<Record<string, number>> = Object.freeze({ real_time: 1, monthly: 1, quarterly: 3, six_monthly: 6, annually: 12 });

/**
 * Reads `performance_reporting.results` (a CSV inside the charter folder, limited in size like
 * charter.yaml) and checks it: results-format (columns, known standards, periods, values in the
 * target's terms, whole samples), results-unique (one row per standard and period, no overlapping
 * periods) and results-current (the latest result of each public standard is recent enough, judged
 * on --as-of; an error for the public sectors, a warning otherwise), each at its line and column in
 * the CSV. A `last_result` written beside the results must agree with the latest row.
 */
export async function checkResults(folder: string, displayFolder: string, source: YamlSource, charter: Charter, asOf: string): Promise<{ loaded?: LoadedResults; diagnostics: Diagnostic[] }> {
  const written = charter.performance_reporting?.results;
  if (!written) return { diagnostics: [] };
  const file = displayFolder ? join(displayFolder, written) : written;
  const contents = await readTextInside(folder, written, YAML_LIMITS.maxFileBytes);
  if (!contents.ok) {
    // Placing a diagnostic in charter.yaml costs a full parse with positions: only when there is one.
    const why = whyUnread(contents, YAML_LIMITS.maxFileBytes, 'the limit for charter files; split it by year');
    if (contents.problem === 'outside') return { diagnostics: [toolDiagnostic(source.file, locate(source, ['performance_reporting', 'results']), 'results-format', `results file "${written}" ${why}`)] };
    return { diagnostics: [toolDiagnostic(file, START_OF_FILE, 'results-format', `${basename(file)} ${why}`)] };
  }
  const text = contents.text;
  // csv-parse loads only for a charter that has a results file, not on every check.
  const { readResults } = await import('../source/results/read-results.js');
  const read = readResults(text, charter, file);
  const latest = latestResults(read.results);
  // A file that cannot be read as results has one fault, said once: not also a missing result for every standard.
  const diagnostics = read.readable ? [...read.diagnostics, ...currentness(charter, latest, file, asOf, read.periodAt), ...agreement(charter, latest, source)] : read.diagnostics;
  return { loaded: { file, results: read.results }, diagnostics };
}

/** results-current: each public standard with a figure to report has a result, and its latest is recent. */
function currentness(charter: Charter, latestOf: ReadonlyMap<string, Result>, file: string, asOf: string, periodAt: (line: number) => Position): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const severity = isPublicSector(charter) ? 'error' : 'warning';
  for (const { standard, isPublic } of allStandards(charter)) {
    if (!isPublic || !valueKind(standard.target)) continue;
    const latest = latestOf.get(standard.id);
    if (!latest) {
      diagnostics.push(diagnostic(file, START_OF_FILE, 'warning', 'results-current', `${standard.id} has no results in ${basename(file)}; add its rows, or say why it is not measured yet`));
      continue;
    }
    const frequency = standard.reporting?.frequency ?? charter.performance_reporting?.frequency;
    const months = FREQUENCY_MONTHS[frequency ?? ''];
    if (!months) continue;
    // The period itself, then one more period of grace to publish it.
    const due = addMonths(latest.period.end, 2 * months);
    if (asOf > due) {
      const at = periodAt(latest.line);
      diagnostics.push(diagnostic(file, at, severity, 'results-current', `the latest result of ${standard.id} is for ${latest.period.text}, which ended on ${latest.period.end}; results are ${frequency}, so a newer one was due by ${due}`));
    }
  }
  return diagnostics;
}

/** A last_result written by hand beside the results file must say what the latest row says. */
function agreement(charter: Charter, latestOf: ReadonlyMap<string, Result>, source: YamlSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { standard, path } of allStandards(charter)) {
    const written = standard.reporting?.last_result;
    const latest = latestOf.get(standard.id);
    if (!written || !latest) continue;
    const sameValue = Math.abs(written.value - latest.value.number) < 1e-9 && (written.unit === undefined || isPercentUnit(written.unit) === (valueKind(standard.target) === 'percent'));
    const sameMet = written.met === undefined || written.met === latest.met;
    if (!sameValue || !sameMet) {
      diagnostics.push(
        toolDiagnostic(source.file, locate(source, [...path, 'reporting', 'last_result'], 'key'), 'results-format', `${standard.id}: last_result says ${written.value}${written.met === undefined ? '' : written.met ? ' (met)' : ' (not met)'}, but the latest row of the results file (${latest.period.text}) says ${latest.written}${latest.met === undefined ? '' : latest.met ? ' (met)' : ' (not met)'}; remove last_result, it is taken from the results`),
      );
    }
  }
  return diagnostics;
}

/**
 * The date `months` later. A period that ends on a month's last day is due on the last day of the
 * month it falls due in: quarterly results for July to September, due two quarters on, by 31 March.
 */
function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  const endOfMonth = addDays(date, 1).slice(8) === '01';
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(endOfMonth ? last : Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

