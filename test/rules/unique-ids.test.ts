import { describe, expect, it } from 'vitest';
import { uniqueIdsRule } from '../../src/rules/unique-ids.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { baseFiles, contextOf, diagnosticsOf, where } from './support-a.js';

describe('unique-ids', () => {
  it('passes the example', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('unique-ids', yaml, md)).toEqual([]);
  });

  it('reports the second use of an id, naming the first', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '  - id: bw-records\n', '  - id: email\n');
    const [d, ...rest] = await diagnosticsOf('unique-ids', text, md);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      rule: 'unique-ids',
      severity: 'error',
      ...where(text, '  - id: email\n    title: Gas safety records', 'email'),
      message: 'id "email" is used twice: channel "email" (4th in channels) and standard "email" (9th in standards); give each its own id',
    });
  });

  it('covers internal standards', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '    - id: bw-int-notify', '    - id: bw-right-id');
    const [d, ...rest] = await diagnosticsOf('unique-ids', text, md);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: 'error',
      ...where(text, '    - id: bw-right-id', 'bw-right-id'),
      message: 'id "bw-right-id" is used twice: right "bw-right-id" (2nd in rights) and internal standard "bw-right-id" (2nd in staff.internal_standards); give each its own id',
    });
  });

  it('ignores meta.id', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'id: brightwater-plumbing-2026', 'id: email');
    expect(await diagnosticsOf('unique-ids', text, md)).toEqual([]);
  });

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
