import type { Change } from '../diff/compare.js';
import { escapeTableCell } from './markdown.js';

const SYMBOL: Readonly<Record<Change['verdict'], string>> = Object.freeze({
  added: '+',
  removed: '-',
  tightened: '▲',
  loosened: '▼',
  unclear: '?',
  changed: '~',
});

/** For people: one line a change, `subject: old -> new (verdict)`. */
export function diffStylish(changes: readonly Change[], old: string, now: string): string {
  if (changes.length === 0) return `No changes in commitments between ${old} and ${now}.\n`;
  const lines = changes.map((c) => `${SYMBOL[c.verdict]} ${c.subject}: ${c.detail} (${c.verdict})`);
  return `Commitments, ${old} -> ${now}:\n${lines.join('\n')}\n${summaryLine(changes)}\n`;
}

export function diffJson(changes: readonly Change[]): string {
  return `${JSON.stringify(changes, null, 2)}\n`;
}

/** For a pull-request comment: a heading, the counts and a table. */
export function diffMarkdown(changes: readonly Change[], old: string, now: string): string {
  if (changes.length === 0) return `### Charter commitments\n\nNo changes in commitments between \`${old}\` and \`${now}\`.\n`;
  // A pull-request comment is Markdown with HTML: user text must not end a row, open a comment or a tag.
  const rows = changes.map((c) => `| ${SYMBOL[c.verdict]} ${c.verdict} | ${escapeTableCell(c.subject)} | ${escapeTableCell(c.detail)} |`);
  return [`### Charter commitments`, '', `\`${old}\` → \`${now}\`: ${summaryLine(changes)}`, '', '| change | what | detail |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

function summaryLine(changes: readonly Change[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  return [...counts].map(([verdict, n]) => `${n} ${verdict}`).join(', ');
}
