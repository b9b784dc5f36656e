import { relative } from 'node:path';
import type { CharterBuild } from '../build/build-charters.js';
import { countBySeverity, printable } from '../diagnostics.js';

/** One line as a charter finishes, for a terminal: `✔ charters/a  0 errors, 1 warning  1.2 s`. */
export function progressLine(result: CharterBuild): string {
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const mark = errors > 0 ? '✖' : '✔';
  return `${mark} ${printable(result.location.displayFolder || '.')}  ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}  ${seconds(result.milliseconds)}\n`;
}

/** The closing table of a run with several charters: charter, errors, warnings, outputs, time. */
export function closingTable(results: readonly CharterBuild[], cwd: string): string {
  const rows = results.map((r) => {
    const { errors, warnings } = countBySeverity(r.diagnostics);
    const outputs = r.written.map((p) => relative(r.outDir ?? cwd, p)).join(' ') || '—';
    return [printable(r.location.displayFolder || '.'), String(errors), String(warnings), outputs, seconds(r.milliseconds)];
  });
  const header = ['charter', 'errors', 'warnings', 'outputs', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `${cells.map((c, i) => (i === 1 || i === 2 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()}\n`;
  return `${line(header)}${rows.map(line).join('')}${results.length} charters, ${results.filter((r) => r.written.length > 0).length} built\n`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
