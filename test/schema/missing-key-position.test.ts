// A missing key has no place of its own in the file. Its diagnostic points at the key of the
// mapping that lacks it (or the first line of a list item, which has no key), and a missing
// top-level section at line 1: never at a range spanning the whole file or the whole item, which
// annotations (github, sarif) would spread over every line.
import { describe, expect, it } from 'vitest';
import { byRule, checkFiles, exampleFile, lineOf, replaceOnce } from '../helpers/charter-fixture.js';

async function schemaProblems(yaml: string) {
  const checked = await checkFiles({ 'charter.yaml': yaml });
  return byRule(checked.diagnostics, 'schema');
}

describe('where a missing key is reported', () => {
  it('a missing top-level section: line 1, not the whole file', async () => {
    const yaml = await exampleFile('brightwater-plumbing');
    const rights = yaml.slice(yaml.indexOf('\nrights:') + 1, yaml.indexOf('\nobligations:') + 1);
    const [problem, ...rest] = await schemaProblems(replaceOnce(yaml, rights, ''));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ message: 'missing required section "rights"', line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('a key missing from a list item: the item\'s first line, not the whole item', async () => {
    const yaml = await exampleFile('brightwater-plumbing');
    const edited = replaceOnce(yaml, '    commitment: If we miss your call, we will ring you back within 2 working hours.\n', '');
    const [problem, ...rest] = await schemaProblems(edited);
    expect(rest).toEqual([]);
    const line = lineOf(edited, '- id: bw-callback');
    expect(problem).toMatchObject({ message: 'standard "bw-callback": missing required key "commitment"', line, column: 5, endLine: line, endColumn: 6 });
  });

  it('a key missing from a mapping: that mapping\'s key', async () => {
    const yaml = await exampleFile('brightwater-plumbing');
    const edited = replaceOnce(yaml, '    name: Brightwater Plumbing & Heating\n', '');
    const [problem, ...rest] = await schemaProblems(edited);
    expect(rest).toEqual([]);
    const line = lineOf(edited, '  organisation:');
    expect(problem).toMatchObject({ line, column: 3, endLine: line, endColumn: 15 });
    expect(problem!.message).toMatch(/"name"/);
  });
});
