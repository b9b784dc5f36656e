import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { escapeTableCell } from './markdown.js';
import type { ReportOptions } from './types.js';

/**
 * GitHub shows at most 10 error and 10 warning annotations of a step and drops the rest (notices
 * are counted apart); so the reporter writes 10 of each and says how many more there are.
 */
export const ANNOTATIONS_PER_KIND = 10;

/** The job summary (1 MiB a step on GitHub) lists at most this many problems. */
export const SUMMARY_ROWS = 1000;

/**
 * GitHub Actions workflow commands, so problems appear as annotations on the pull request's lines:
 * tool failures first (`::error::`, no file), then up to 10 errors and 10 warnings, then a
 * `::notice` saying how many more there are and where to read them.
 */
export function github(diagnostics: readonly Diagnostic[], options: ReportOptions = { color: false }): string {
  const failures = untoldFailures(diagnostics, options.failures ?? []);
  const lines = failures.map((message) => `::error::${escapeData(message)}\n`);
  const room = { error: Math.max(0, ANNOTATIONS_PER_KIND - failures.length), warning: ANNOTATIONS_PER_KIND };
  let hidden = 0;
  for (const d of diagnostics) {
    if (room[d.severity] === 0) {
      hidden++;
      continue;
    }
    room[d.severity]--;
    lines.push(annotation(d));
  }
  if (hidden > 0) {
    const more = hidden === 1 ? '1 more problem not shown as an annotation' : `${hidden} more problems not shown as annotations`;
    const where = options.summary ? 'see the job summary' : 'run with --reporter stylish or json to see every problem';
    lines.push(`::notice title=charter::${escapeData(`${more}; ${where}`)}\n`);
  }
  return lines.join('');
}

/**
 * The job summary ($GITHUB_STEP_SUMMARY): every problem as a row of a Markdown table (where,
 * severity, rule, message), with the tool failures above it; nothing when there is nothing to say.
 */
export function githubSummary(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const failures = untoldFailures(diagnostics, options.failures ?? []);
  const parts: string[] = [];
  if (failures.length > 0) {
    parts.push('### charter could not do its job', '', ...failures.map((message) => `- ${escapeTableCell(message)}`), '', '');
  }
  if (diagnostics.length > 0) {
    const { errors, warnings } = countBySeverity(diagnostics);
    const rows = diagnostics
      .slice(0, SUMMARY_ROWS)
      .map((d) => `| ${escapeTableCell(`${d.file.split('\\').join('/')}:${d.line}:${d.column}`)} | ${d.severity} | \`${d.rule}\` | ${escapeTableCell(d.message)} |`);
    parts.push(
      `### charter: ${count(diagnostics.length, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')})`,
      '',
      '| where | severity | rule | message |',
      '| --- | --- | --- | --- |',
      ...rows,
    );
    if (diagnostics.length > SUMMARY_ROWS) parts.push('', `…and ${diagnostics.length - SUMMARY_ROWS} more: run with --reporter json to see every problem.`);
    parts.push('', '');
  }
  return parts.join('\n');
}

function annotation(d: Diagnostic): string {
  const properties = [
    `file=${escapeProperty(d.file.split('\\').join('/'))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(d.rule)}`,
  ].join(',');
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(d.message)}\n`;
}

/**
 * Failures, one line each, less those a diagnostic already tells at its file (an unreadable
 * charter.yaml is both a failure and an `io` problem at its line 1).
 */
function untoldFailures(diagnostics: readonly Diagnostic[], failures: readonly string[]): string[] {
  const told = new Set(diagnostics.filter((d) => d.rule === 'io').map((d) => d.message));
  return failures.filter((message) => !told.has(message)).flatMap((message) => message.split('\n')).filter((line) => line.trim() !== '');
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

// The escaping rules of the Actions toolkit (@actions/core, command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
