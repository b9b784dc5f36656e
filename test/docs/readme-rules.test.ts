import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { OTHER_RULES } from '../../src/rule-ids.js';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's "## Rules" table: rule id -> severity column. */
function readmeRuleTable(): Map<string, string> {
  const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1));
  const rows = section.split('\n').filter((line) => /^\| `[a-z-]+` \|/.test(line));
  return new Map(rows.map((row) => {
    const [, id, severity] = row.split('|').map((cell) => cell.trim());
    return [id!.replace(/`/g, ''), severity!];
  }));
}

describe("the README's rule table", () => {
  it('lists exactly the rule ids a user can see, each once', () => {
    const table = readmeRuleTable();
    const ids = [...RULES.map((r) => r.id), ...OTHER_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...table.keys()].sort()).toEqual([...ids].sort());
  });

  it('gives the severity of the rules that have one fixed severity', () => {
    const table = readmeRuleTable();
    for (const rule of OTHER_RULES) expect(table.get(rule.id), rule.id).toBe(rule.severity);
  });

  it('lists the exit codes, 130 included', () => {
    for (const code of ['0', '1', '2', '130', '143, 129']) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});
