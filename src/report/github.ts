import type { Diagnostic } from '../diagnostics.js';

/** GitHub Actions workflow commands, so problems appear as annotations on the pull request's lines. */
export function github(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(d.file.split('\\').join('/'))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.rule)}`,
      ].join(',');
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(d.message)}\n`;
    })
    .join('');
}

// The escaping rules of the Actions toolkit (@actions/core, command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
