import { describe, expect, it } from 'vitest';
import { knownReferencesRule } from '../../src/rules/known-references.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { baseFiles, contextOf, diagnosticsOf, where } from './support-a.js';

describe('known-references', () => {
  it('passes the example', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('known-references', yaml, md)).toEqual([]);
  });

  it('reports an unknown channel at the value, with a suggestion', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'channels: [office-phone, text-line, email]', 'channels: [office-phone, text-lnie, email]');
    expect(await diagnosticsOf('known-references', text, md)).toEqual([
      expect.objectContaining({
        rule: 'known-references',
        severity: 'error',
        ...where(text, 'text-lnie'),
        message: 'feedback.channels names channel "text-lnie", but there is no channel with that id; did you mean "text-line"?',
      }),
    ]);
  });

  it('says when the id belongs to another kind of thing', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '    applies_to: {services: [installs]}', '    applies_to: {services: [office-phone]}');
    expect(await diagnosticsOf('known-references', text, md)).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(text, '{services: [office-phone]}', 'office-phone'),
        message: 'standard "bw-quote" applies_to.services names service "office-phone", but there is no service with that id ("office-phone" is a channel)',
      }),
    ]);
  });

  it('checks client groups and internal standards', async () => {
    const { yaml, md } = await baseFiles();
    let text = replaceOnce(yaml, 'client_groups: [landlords, tenants]', 'client_groups: [landlords, renters]');
    text = replaceOnce(text, '      applies_to: {services: [installs]}', '      applies_to: {services: [instals]}');
    const found = await diagnosticsOf('known-references', text, md);
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [where(text, 'renters').line, where(text, 'renters').column, 'service "gas-safety-check" client_groups names client "renters", but there is no client with that id'],
      [where(text, 'instals').line, where(text, 'instals').column, 'internal standard "bw-int-notify" applies_to.services names service "instals", but there is no service with that id; did you mean "installs"?'],
    ]);
  });

  it('reports a narrative block that does not exist', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '  narrative: about', '  narrative: aboot');
    const [d, ...rest] = await diagnosticsOf('known-references', text, md);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: 'error',
      ...where(text, 'narrative: aboot', 'aboot'),
      message: 'about.narrative names narrative block "aboot", but there is no narrative block with that id; did you mean "about"?',
    });
  });

  it('says so when there is no narrative file at all', async () => {
    const { yaml } = await baseFiles();
    const found = await diagnosticsOf('known-references', yaml);
    expect(found.map((d) => d.message)).toEqual([
      'about.narrative names narrative block "about", but there is no narrative block with that id (the charter has no readable narrative file)',
      'complaints.narrative names narrative block "complaints", but there is no narrative block with that id (the charter has no readable narrative file)',
      'staff.narrative names narrative block "team-notes", but there is no narrative block with that id (the charter has no readable narrative file)',
    ]);
  });

  it('accepts an internal standard in highlight_standards (staff-leak reports that)', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.outputs!.website_summary!.highlight_standards = ['bw-int-notify'];
    expect(knownReferencesRule.check(context)).toEqual([]);
  });

  it('checks highlight_standards and complaints.channels', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.outputs!.website_summary!.highlight_standards = ['bw-emergency', 'bw-arrivals'];
    context.charter.complaints.channels = ['office-phone', 'fax'];
    expect(knownReferencesRule.check(context)).toEqual([
      { path: ['complaints', 'channels', 1], message: 'complaints.channels names channel "fax", but there is no channel with that id' },
      {
        path: ['outputs', 'website_summary', 'highlight_standards', 1],
        message: 'outputs.website_summary.highlight_standards names standard "bw-arrivals", but there is no standard with that id; did you mean "bw-arrival"?',
      },
    ]);
  });
});
