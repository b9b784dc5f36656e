import type { Position } from '../diagnostics.js';
import { subject } from '../model/describe.js';
import type { DataPath } from '../model/data-path.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/**
 * Placeholder text left in a draft. TODO and TBD only in capitals (so "todo list" is fine); a run of
 * x's only as a whole token ("call xxxx", not "Xxxxl"); "[insert ...]" but not a Markdown link
 * whose text happens to start with "insert".
 */
const PLACEHOLDERS: readonly RegExp[] = Object.freeze([
  /\b(?:TODO|TBD)\b/g,
  /lorem\s+ipsum/gi,
  /\[\s*insert\b[^\]\n]*\](?!\()/gi,
  /(?<![\p{L}\p{N}_])[xX]{3,}(?![\p{L}\p{N}_])/gu,
]);

/** No draft placeholders in any text, staff text included. */
export const noPlaceholdersRule: Rule = {
  id: 'no-placeholders',
  description: 'no TODO, TBD, lorem ipsum, [insert ...] or xxx in any text',
  severity: () => 'error',
  check({ charter, narrative }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    walkStrings(charter, [], (text, path) => {
      const found = [...new Set(findPlaceholders(text).map((m) => m.text))];
      if (found.length === 0) return;
      const list = found.map((t) => `"${t}"`).join(', ');
      findings.push({
        path,
        message: `${subject(charter, path)} contains the placeholder${found.length > 1 ? 's' : ''} ${list}; replace ${found.length > 1 ? 'them' : 'it'} with the real text`,
      });
    });
    for (const file of narrative.files) {
      file.text.split(/\r\n|\r|\n/).forEach((line, index) => {
        for (const match of findPlaceholders(line)) {
          const position: Position = { line: index + 1, column: match.index + 1, endLine: index + 1, endColumn: match.index + 1 + match.text.length };
          findings.push({ at: { file: file.file, position }, message: `the narrative contains the placeholder "${match.text}"; replace it with the real text` });
        }
      });
    }
    return findings;
  },
};

/**
 * What every placeholder contains, whatever its case: one quick look that most texts pass, so the
 * patterns above (their lookarounds are slow to start) run only on a text that might hold one.
 */
const MIGHT_HOLD = /TODO|TBD|lorem|\[|xxx/i;

/** Every placeholder in a text, in order of appearance. */
export function findPlaceholders(text: string): Array<{ index: number; text: string }> {
  if (!MIGHT_HOLD.test(text)) return [];
  const found: Array<{ index: number; text: string }> = [];
  for (const pattern of PLACEHOLDERS) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, text: match[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

function walkStrings(node: unknown, path: DataPath, visit: (text: string, path: DataPath) => void): void {
  if (typeof node === 'string') visit(node, path);
  else if (Array.isArray(node)) node.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) walkStrings(value, [...path, key], visit);
  }
}
