import { describe, expect, it } from 'vitest';
import { staffLeakRule } from '../../src/rules/staff-leak.js';
import { baseFiles, contextOf, replace, ruleTester } from '../helpers/rule-tester.js';

ruleTester('staff-leak', {
  valid: [{ name: 'the example (staff.narrative may name a staff block)' }],
  invalid: [
    {
      name: 'an internal standard highlighted in the website summary',
      edit: replace('highlight_standards: [bw-emergency, bw-messages, bw-arrival]', 'highlight_standards: [bw-emergency, bw-int-notify, bw-arrival]'),
      errors: [{
        severity: 'error',
        at: { needle: 'highlight_standards:', value: 'bw-int-notify' },
        message: 'outputs.website_summary.highlight_standards names standard "bw-int-notify", which is an internal standard; a public section may only name public things',
      }],
    },
    {
      name: 'every public place that names a staff channel',
      edit: replace('    use_for: [enquiries, requests, feedback]\n', '    use_for: [enquiries, requests, feedback]\n    audience: staff\n'),
      errors: [
        {
          at: { needle: 'channels: [text-line, email, booking-form]', value: 'text-line' },
          message: 'standard "bw-messages" applies_to.channels names channel "text-line", which is marked audience: staff; a public section may only name public things',
        },
        {
          at: { needle: 'channels: [office-phone, text-line, email]', value: 'text-line' },
          message: 'feedback.channels names channel "text-line", which is marked audience: staff; a public section may only name public things',
        },
      ],
    },
    {
      name: 'a public section that names a staff narrative block',
      md: replace('{#complaints}', '{#complaints audience=staff}'),
      errors: [{
        severity: 'error',
        at: { needle: '  narrative: complaints', value: 'complaints' },
        message: 'complaints.narrative names narrative block "complaints", which is a staff block (audience=staff); a public section may only name public things',
      }],
    },
  ],
});

describe('staff-leak on the parsed charter', () => {
  it('reports a staff service named by a public standard, not by a staff one', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.services[3]!.audience = 'staff'; // installs
    const findings = staffLeakRule.check(context);
    // bw-survey, bw-quote, bw-arrival, bw-put-right and bw-satisfaction name it; the internal standards may.
    expect(findings.map((f) => f.path?.slice(0, 2))).toEqual([
      ['standards', 3], ['standards', 4], ['standards', 6], ['standards', 9], ['standards', 10],
    ]);
    expect(findings[0]!.message).toBe('standard "bw-survey" applies_to.services names service "installs", which is marked audience: staff; a public section may only name public things');
  });

  it('lets a staff standard name a staff channel, but not be highlighted', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.channels[2]!.audience = 'staff'; // text-line
    context.charter.standards[1]!.audience = 'staff'; // bw-messages, which names text-line
    context.charter.feedback.channels = ['email'];
    expect(staffLeakRule.check(context)).toEqual([
      {
        path: ['outputs', 'website_summary', 'highlight_standards', 1],
        message: 'outputs.website_summary.highlight_standards names standard "bw-messages", which is marked audience: staff; a public section may only name public things',
      },
    ]);
  });

  it('leaves unknown ids to known-references', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    context.charter.feedback.channels = ['nowhere'];
    context.charter.about.narrative = 'nothing';
    expect(staffLeakRule.check(context)).toEqual([]);
  });
});
