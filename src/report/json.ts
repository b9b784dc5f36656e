import type { Diagnostic } from '../diagnostics.js';

/** For machines: an array of diagnostics, always valid JSON (an empty array when all is well). */
export function json(diagnostics: readonly Diagnostic[]): string {
  const plain = diagnostics.map(({ file, line, column, endLine, endColumn, severity, rule, message }) => ({
    file, line, column, endLine, endColumn, severity, rule, message,
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
