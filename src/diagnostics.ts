/**
 * A diagnostic is data: every problem the tool finds (YAML syntax, schema, lint, narrative, output)
 * becomes one of these, placed at a file, line and column. Reporters only format them.
 */
export type Severity = 'error' | 'warning';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  rule: string;
  message: string;
}

export const START_OF_FILE: Position = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1 });

export function diagnostic(
  file: string,
  at: Position,
  severity: Severity,
  rule: string,
  message: string,
): Diagnostic {
  // File names are user text too: a folder named with a newline must not fake a diagnostic line.
  return { file: printable(file), line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, severity, rule, message: printable(message) };
}

/**
 * Messages quote the charter's own text, which may hold terminal escape codes, newlines or
 * bidirectional overrides. Shown raw, they could clear a reviewer's terminal or fake extra
 * diagnostic lines; so every such character is written as an escape (\n, \u001b), and a message
 * is always one printable line.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, then position, then rule; reporters and tests rely on it. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
