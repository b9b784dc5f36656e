import { describe, expect, it } from 'vitest';
import { uniqueIdsRule } from '../../src/rules/unique-ids.js';
import { baseFiles, contextOf, replace, ruleTester } from '../helpers/rule-tester.js';

ruleTester('unique-ids', {
  valid: [
    { name: 'the example' },
    { name: 'meta.id is not one of the ids', edit: replace('id: brightwater-plumbing-2026', 'id: email') },
  ],
  invalid: [
    {
      name: 'the second use of an id, naming the first',
      edit: replace('  - id: bw-records\n', '  - id: email\n'),
      errors: [{
        severity: 'error',
        at: { needle: '  - id: email\n    title: Gas safety records', value: 'email' },
        message: 'id "email" is used twice: channel "email" (4th in channels) and standard "email" (9th in standards); give each its own id',
      }],
    },
    {
      name: 'an internal standard',
      edit: replace('    - id: bw-int-notify', '    - id: bw-right-id'),
      errors: [{
        severity: 'error',
        at: { needle: '    - id: bw-right-id', value: 'bw-right-id' },
        message: 'id "bw-right-id" is used twice: right "bw-right-id" (2nd in rights) and internal standard "bw-right-id" (2nd in staff.internal_standards); give each its own id',
      }],
    },
  ],
});

describe('unique-ids on the parsed charter', () => {
  it('calls the later item in the file the second, whatever the section order', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const { staff, ...rest } = context.charter;
    // staff written before everything else: its internal standard is now the first use.
    const charter = { staff, ...rest };
    charter.rights[0]!.id = 'bw-int-job-sheet';
    const findings = uniqueIdsRule.check({ ...context, charter });
    expect(findings).toEqual([
      {
        path: ['rights', 0, 'id'],
        message: 'id "bw-int-job-sheet" is used twice: internal standard "bw-int-job-sheet" (1st in staff.internal_standards) and right "bw-int-job-sheet" (1st in rights); give each its own id',
      },
    ]);
  });

  it('reports every further use, each naming the first', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.clients[1]!.id = 'homeowners';
    context.charter.clients[2]!.id = 'homeowners';
    const findings = uniqueIdsRule.check(context);
    expect(findings.map((f) => f.path)).toEqual([['clients', 1, 'id'], ['clients', 2, 'id']]);
    expect(findings[1]!.message).toContain('client "homeowners" (1st in clients) and client "homeowners" (3rd in clients)');
  });
});
