import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import type { ReportOptions } from './types.js';

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' };

/** For people: grouped by file, `line:column  severity  message  rule-id`, then a total. */
export function stylish(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  if (diagnostics.length === 0) return '';
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(paint(ANSI.underline, file));
    const positions = list.map((d) => `${d.line}:${d.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    list.forEach((d, i) => {
      const severity = d.severity === 'error' ? paint(ANSI.red, 'error  ') : paint(ANSI.yellow, 'warning');
      lines.push(`  ${paint(ANSI.dim, positions[i]!.padEnd(width))}  ${severity}  ${d.message}  ${paint(ANSI.dim, d.rule)}`);
    });
    lines.push('');
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const total = errors + warnings;
  const summary = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')})`;
  lines.push(paint(ANSI.bold + (errors > 0 ? ANSI.red : ANSI.yellow), summary));
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
