/** The 1-based line and column where `needle` starts in `text` (after `from`, if given). */
export function where(text: string, needle: string, from?: string): { line: number; column: number } {
  const start = from === undefined ? 0 : text.indexOf(from);
  if (start < 0) throw new Error(`where: "${from}" not found`);
  const index = text.indexOf(needle, start);
  if (index < 0) throw new Error(`where: "${needle}" not found`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
