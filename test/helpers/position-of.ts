/**
 * The 1-based line and column of `value` on the first line of `text` containing `needle`, or of
 * `needle` itself when no value is given. A needle may span lines, to pick one of several like
 * lines; it is placed on the line where it starts. Fails loudly when either is missing, so a test
 * cannot pass vacuously.
 */
export function positionOf(text: string, needle: string, value?: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`positionOf: "${needle}" not found`);
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const line = text.slice(0, lineStart).split('\n').length;
  if (value === undefined) return { line, column: index - lineStart + 1 };
  const lineEnd = text.indexOf('\n', lineStart);
  const column = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).indexOf(value) + 1;
  if (column === 0) throw new Error(`positionOf: "${value}" is not on line ${line}, the first with "${needle}"`);
  return { line, column };
}
