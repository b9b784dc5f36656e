// docs/rules.md has one section per rule id, whose anchor is the rule id: the sarif reporter links
// every rule to `docs/rules.md#<id>`, so a rule without its section would be a dead link.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sarifLog } from '../../src/report/sarif.js';
import { OTHER_RULES } from '../../src/rule-ids.js';
import { RULES } from '../../src/rules/index.js';

const doc = await readFile(new URL('../../docs/rules.md', import.meta.url), 'utf8');

/** The anchor GitHub gives a heading: lower case, punctuation other than '-' and '_' dropped, spaces to '-'. */
function githubAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

const sections = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);

describe('docs/rules.md', () => {
  it('has one section per rule id, in the order of the README table, each anchored at the id', () => {
    const ids = [...RULES.map((r) => r.id), ...OTHER_RULES.map((r) => r.id)];
    expect(sections).toEqual(ids.map((id) => `\`${id}\``));
    expect(sections.map(githubAnchor)).toEqual(ids);
  });

  it('says the severity of the rules that have one fixed severity', () => {
    for (const rule of OTHER_RULES) {
      const start = doc.indexOf(`## \`${rule.id}\``);
      const end = doc.indexOf('\n## ', start + 1);
      const section = doc.slice(start, end < 0 ? undefined : end);
      expect(section, rule.id).toContain(`**Severity:** ${rule.severity}`);
    }
  });

  it('is where every SARIF helpUri points', () => {
    const log = JSON.parse(sarifLog([], { color: false }, { version: '0.0.0', repository: 'https://github.com/example/charter' })) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }>;
    };
    for (const rule of log.runs[0]!.tool.driver.rules) {
      const url = new URL(rule.helpUri);
      expect(url.pathname.endsWith('/docs/rules.md'), rule.id).toBe(true);
      expect(sections.map(githubAnchor)).toContain(url.hash.slice(1));
    }
  });
});
