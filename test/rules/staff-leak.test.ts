import { describe, expect, it } from 'vitest';
import { staffLeakRule } from '../../src/rules/staff-leak.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { baseFiles, contextOf, diagnosticsOf, where } from './support-a.js';

describe('staff-leak', () => {
  it('passes the example (staff.narrative may name a staff block)', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('staff-leak', yaml, md)).toEqual([]);
  });

  it('reports an internal standard highlighted in the website summary', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'highlight_standards: [bw-emergency, bw-messages, bw-arrival]', 'highlight_standards: [bw-emergency, bw-int-notify, bw-arrival]');
    expect(await diagnosticsOf('staff-leak', text, md)).toEqual([
      expect.objectContaining({
        rule: 'staff-leak',
        severity: 'error',
        ...where(text, 'highlight_standards:', 'bw-int-notify'),
        message: 'outputs.website_summary.highlight_standards names standard "bw-int-notify", which is an internal standard; a public section may only name public things',
      }),
    ]);
  });

  it('reports every public place that names a staff channel', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '    use_for: [enquiries, requests, feedback]\n', '    use_for: [enquiries, requests, feedback]\n    audience: staff\n');
    const found = await diagnosticsOf('staff-leak', text, md);
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [...Object.values(where(text, 'channels: [text-line, email, booking-form]', 'text-line')), 'standard "bw-messages" applies_to.channels names channel "text-line", which is marked audience: staff; a public section may only name public things'],
      [...Object.values(where(text, 'channels: [office-phone, text-line, email]', 'text-line')), 'feedback.channels names channel "text-line", which is marked audience: staff; a public section may only name public things'],
    ]);
  });

  it('reports a public section that names a staff narrative block', async () => {
    const { yaml, md } = await baseFiles();
    const markdown = replaceOnce(md, '{#complaints}', '{#complaints audience=staff}');
    expect(await diagnosticsOf('staff-leak', yaml, markdown)).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(yaml, '  narrative: complaints', 'complaints'),
        message: 'complaints.narrative names narrative block "complaints", which is a staff block (audience=staff); a public section may only name public things',
      }),
    ]);
  });

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
