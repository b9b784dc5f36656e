import { describe, expect, it } from 'vitest';
import { knownReferencesRule } from '../../src/rules/known-references.js';
import { baseFiles, contextOf, replace, ruleTester } from '../helpers/rule-tester.js';

ruleTester('known-references', {
  valid: [{ name: 'the example' }],
  invalid: [
    {
      name: 'an unknown channel, at the value, with a suggestion',
      edit: replace('channels: [office-phone, text-line, email]', 'channels: [office-phone, text-lnie, email]'),
      errors: [{
        severity: 'error',
        at: 'text-lnie',
        message: 'feedback.channels names channel "text-lnie", but there is no channel with that id; did you mean "text-line"?',
      }],
    },
    {
      name: 'an id that belongs to another kind of thing says so',
      edit: replace('    applies_to: {services: [installs]}', '    applies_to: {services: [office-phone]}'),
      errors: [{
        severity: 'error',
        at: { needle: '{services: [office-phone]}', value: 'office-phone' },
        message: 'standard "bw-quote" applies_to.services names service "office-phone", but there is no service with that id ("office-phone" is a channel)',
      }],
    },
    {
      name: 'client groups and internal standards',
      edit: [
        replace('client_groups: [landlords, tenants]', 'client_groups: [landlords, renters]'),
        replace('      applies_to: {services: [installs]}', '      applies_to: {services: [instals]}'),
      ],
      errors: [
        { at: 'renters', message: 'service "gas-safety-check" client_groups names client "renters", but there is no client with that id' },
        { at: 'instals', message: 'internal standard "bw-int-notify" applies_to.services names service "instals", but there is no service with that id; did you mean "installs"?' },
      ],
    },
    {
      name: 'a narrative block that does not exist',
      edit: replace('  narrative: about', '  narrative: aboot'),
      errors: [{
        severity: 'error',
        at: { needle: 'narrative: aboot', value: 'aboot' },
        message: 'about.narrative names narrative block "aboot", but there is no narrative block with that id; did you mean "about"?',
      }],
    },
    {
      name: 'no narrative file at all says so',
      md: false,
      errors: [
        { message: 'about.narrative names narrative block "about", but there is no narrative block with that id (the charter has no readable narrative file)' },
        { message: 'complaints.narrative names narrative block "complaints", but there is no narrative block with that id (the charter has no readable narrative file)' },
        { message: 'staff.narrative names narrative block "team-notes", but there is no narrative block with that id (the charter has no readable narrative file)' },
      ],
    },
  ],
});

describe('known-references on the parsed charter', () => {
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
