import { describe, expect, it } from 'vitest';
import { measurableCommitmentRule, missingFromCommitment, readMentions } from '../../src/rules/measurable-commitment.js';
import type { Target } from '../../src/model/charter.js';
import { byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';

const RULE = 'measurable-commitment';
const within = (value: number, unit: string): Target => ({ kind: 'within', threshold: { value, unit } });

describe('measurable-commitment in the pipeline', () => {
  it.each(['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'])('passes the %s example', async (example) => {
    const checked = await checkFiles({ 'charter.yaml': await exampleFile(example) });
    expect(checked.charter).toBeDefined();
    expect(byRule(checked.diagnostics, RULE)).toEqual([]);
  });

  it('reports a threshold written with the wrong unit, at the commitment', async () => {
    const text = replaceOnce(await exampleFile('brightwater-plumbing'), 'ring you back within 2 working hours.', 'ring you back within 2 hours.');
    const [finding, ...rest] = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: RULE,
      severity: 'error',
      ...positionOf(text, 'If we miss your call'),
      message: 'standard "bw-callback": the commitment says "2 hours" but the target\'s threshold is "2 working hours"; write "within 2 working hours"',
    });
  });

  it('reports a missing percent', async () => {
    const text = replaceOnce(await exampleFile('riverside-council'), 'We will answer 80% of calls', 'We will answer most calls');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...positionOf(text, 'We will answer most calls'),
        message: 'standard "rdc-calls": the commitment does not mention the target\'s percent "80%"; write it in the text, e.g. "80% of"',
      }),
    ]);
  });

  it('reports a missing count', async () => {
    const text = replaceOnce(await exampleFile('riverside-council'), 'more than 2 repair appointments', 'more than a few repair appointments');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        ...positionOf(text, 'No household will have'),
        message: 'standard "rdc-missed-appointments": the commitment does not mention the target\'s count "2"; write it in the text, e.g. "no more than 2"',
      }),
    ]);
  });

  it('gives vague words without a number their own message, in internal standards too', async () => {
    const text = replaceOnce(await exampleFile('brightwater-plumbing'), 'within 2 hours of leaving each job', 'as soon as possible after each job');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...positionOf(text, 'Upload the job sheet'),
        message: 'internal standard "bw-int-job-sheet": the commitment says "as soon as possible" but gives no number; write the target in the text, e.g. "within 2 hours"',
      }),
    ]);
  });

  it('reads German: "Tagen" is not "Werktagen"', async () => {
    const text = replaceOnce(await exampleFile('stadtwerke-lindenau'), 'innerhalb von 2 Werktagen.', 'innerhalb von 2 Tagen.');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/: the commitment says "2 Tagen" but the target's threshold is "2 working days"; write "within 2 working days"$/);
    expect(findings[0]!.line).toBe(positionOf(text, 'innerhalb von 2 Tagen.').line);
  });

  it('has a one-line description and is an error', () => {
    expect(measurableCommitmentRule.description).not.toMatch(/\n/);
  });
});

describe('reading numbers and units', () => {
  const ok = (text: string, target: Target) => expect(missingFromCommitment(text, target)).toEqual([]);
  const fails = (text: string, target: Target) => expect(missingFromCommitment(text, target)).not.toEqual([]);

  it('reads digits, decimals and English number words up to twenty', () => {
    ok('We reply within two working days.', within(2, 'working_days'));
    ok('We reply within Twenty calendar days.', within(20, 'calendar_days'));
    ok('We call back within 1.5 hours.', within(1.5, 'hours'));
    ok('Wir rufen innerhalb von 1,5 Stunden zurück.', within(1.5, 'hours'));
    ok('We reply within an hour.', within(1, 'hours'));
    ok('We reply within a working day.', within(1, 'working_days'));
    fails('We reply within a few working days.', within(1, 'working_days'));
  });

  it('does not read the last part of a compound number word', () => {
    fails('We are there within twenty-four hours.', within(4, 'hours'));
  });

  it('needs the number attached to the unit, allowing a hyphen or one filler word', () => {
    ok('Every visit has a 2-hour window.', within(2, 'hours'));
    ok('Every visit has a two-hour window.', within(2, 'hours'));
    ok('We give 5 clear working days of notice.', { kind: 'minimum_notice', threshold: '5 working days' });
    fails('We handle 2 kinds of request within a few working days.', within(2, 'working_days'));
  });

  it('matches plain "days" only to calendar days', () => {
    ok('We refund you within 14 days.', within(14, 'calendar_days'));
    fails('We reply within 2 days.', within(2, 'working_days'));
    ok('We reply within 2 business days.', within(2, 'working_days'));
  });

  it('knows the English abbreviations and the German unit words', () => {
    ok('Answered in 30 secs.', within(30, 'seconds'));
    ok('Answered in 5 mins.', within(5, 'minutes'));
    ok('Fixed in 4 hrs.', within(4, 'hours'));
    ok('innerhalb von 30 Sekunden', within(30, 'seconds'));
    ok('innerhalb von 15 Minuten', within(15, 'minutes'));
    ok('innerhalb von 4 Arbeitsstunden', within(4, 'working_hours'));
    ok('innerhalb von 10 Arbeitstagen', within(10, 'working_days'));
    ok('mindestens 7 Kalendertagen vorher', within(7, 'calendar_days'));
    ok('innerhalb von 6 Wochen', within(6, 'weeks'));
    ok('innerhalb von 3 Monaten', within(3, 'months'));
    ok('innerhalb von 2 Jahren', within(2, 'years'));
    fails('within 2 hours', within(2, 'working_hours'));
  });

  it('treats "80%", "80 %", "80 per cent" and "80 Prozent" alike, and needs the sign', () => {
    const target: Target = { kind: 'percent', percent: 80, measure: 'satisfied' };
    for (const text of ['80% are happy', '80 % are happy', '80\u00a0% sind zufrieden', '80 per cent are happy', '80 percent are happy', '80 Prozent sind zufrieden']) ok(text, target);
    fails('80 of our customers are happy', target);
  });

  it('allows other numbers besides the target', () => {
    ok('If our work fails within 12 months, we come back within 2 working days.', within(2, 'working_days'));
  });

  it('checks the count anywhere, and not the period', () => {
    ok('No more than two interruptions a year.', { kind: 'max_count', count: 2, period: '1 year', measure: 'interruptions' });
  });

  it('gives the vague message only when there is no number at all', () => {
    expect(missingFromCommitment('We reply promptly.', within(1, 'working_days'))).toEqual([
      'the commitment says "promptly" but gives no number; write the target in the text, e.g. "within 1 working day"',
    ]);
    expect(missingFromCommitment('Wir antworten zeitnah.', within(2, 'working_days'))[0]).toMatch(/says "zeitnah" but gives no number/);
    expect(missingFromCommitment('We reply promptly, within 3 working days.', within(2, 'working_days'))).toEqual([
      'the commitment does not mention the target\'s threshold "2 working days"; write it in the text, e.g. "within 2 working days"',
    ]);
  });

  it('reports each missing part', () => {
    const target: Target = { kind: 'percent_within', threshold: '30 seconds', percent: 80 };
    expect(missingFromCommitment('We answer calls fast.', target)).toHaveLength(2);
  });

  it('records what each number is attached to', () => {
    expect(readMentions('80% of calls within 30 seconds, a day')).toEqual([
      { values: [80], percent: true, article: false, text: '80' },
      { values: [30], percent: false, article: false, text: '30 seconds', unit: 'seconds' },
      { values: [1], percent: false, article: true, text: 'a day', unit: 'days' },
    ]);
  });
});
