// What may be left out since December 2026, and what is inherited: a warning names the gap, an
// error stays an error for what is wrong (spec "Inheritance and what may be left out").
import { describe, expect, it } from 'vitest';
import { replace, ruleTester } from '../helpers/rule-tester.js';
import { edited, expectSchemaValid } from './support.js';

const measurementGap = (id: string) => `standard "${id}" does not say how it is measured; add measurement.method when the charter says so`;

ruleTester('measurement-stated', {
  base: 'brightwater-plumbing',
  valid: [
    { name: 'every public standard of brightwater-plumbing says how it is measured' },
    {
      name: 'internal standards are staff-only: no measurement, no warning',
      base: 'riverside-council',
      edit: replace(/(  internal_standards:\n(?:.*\n)*?)      measurement:\n(?:        .*\n)+/, '$1'),
    },
    {
      name: 'a staff-only standard in the public list is not checked',
      edit: [replace('    measurement:\n      method: job_records\n    reporting:\n      frequency: annually\n    owner: Managing Director\n  - id: bw-quote', '    audience: staff\n    reporting:\n      frequency: annually\n    owner: Managing Director\n  - id: bw-quote')],
    },
  ],
  invalid: [
    {
      name: 'a public standard without measurement: a warning at its id (and no schema error: measurement is optional)',
      edit: replace('    measurement:\n      method: job_records\n    reporting:\n      frequency: annually\n    owner: Managing Director\n  - id: bw-quote', '    reporting:\n      frequency: annually\n    owner: Managing Director\n  - id: bw-quote'),
      errors: [{ severity: 'warning', at: { needle: '  - id: bw-survey', value: 'bw-survey' }, length: 'bw-survey'.length, message: measurementGap('bw-survey') }],
    },
    {
      name: 'kenya-lands-ministry: one warning for each standard its published charter leaves unmeasured',
      base: 'kenya-lands-ministry',
      errors: ['ls-phone', 'ls-correspondence', 'ls-consent', 'ls-deed-plans', 'ls-maps'].map((id) => ({ severity: 'warning' as const, at: { needle: `  - id: ${id}\n`, value: id }, message: measurementGap(id) })),
    },
  ],
});

const BW_SURVEY_REPORTING = '    reporting:\n      frequency: annually\n    owner: Managing Director\n  - id: bw-quote';
const BW_SURVEY_NO_REPORTING = '    owner: Managing Director\n  - id: bw-quote';
const RIVERSIDE_EMAIL_REPORTING = /(  - id: rdc-written\n(?:    .*\n|      .*\n)*?)    reporting:\n      frequency: quarterly\n/;

ruleTester('performance-published', {
  base: 'brightwater-plumbing',
  valid: [
    { name: 'a standard without reporting.frequency takes performance_reporting.frequency', edit: replace(BW_SURVEY_REPORTING, BW_SURVEY_NO_REPORTING) },
    { name: 'the same in a public sector charter', base: 'riverside-council', edit: replace(RIVERSIDE_EMAIL_REPORTING, '$1') },
    { name: 'kenya-lands-ministry gives the frequency once, under performance_reporting', base: 'kenya-lands-ministry' },
    { name: "a standard's own frequency is enough without performance_reporting.frequency", edit: replace('  published: true\n  frequency: annually\n', '  published: true\n') },
  ],
  invalid: [
    {
      name: 'neither its own nor performance_reporting.frequency: a warning for a business, at the id',
      edit: [replace(BW_SURVEY_REPORTING, BW_SURVEY_NO_REPORTING), replace('  published: true\n  frequency: annually\n', '  published: true\n')],
      errors: [{ severity: 'warning', at: { needle: '  - id: bw-survey', value: 'bw-survey' }, message: /^standard "bw-survey" has no reporting\.frequency; .*performance_reporting\.frequency$/ }],
    },
    {
      name: 'neither: an error for a public body',
      base: 'riverside-council',
      edit: [replace(RIVERSIDE_EMAIL_REPORTING, '$1'), replace('  published: true\n  frequency: quarterly\n', '  published: true\n')],
      errors: [{ severity: 'error', at: { needle: '  - id: rdc-written', value: 'rdc-written' }, message: /^standard "rdc-written" has no reporting\.frequency; say how often its results are published/ }],
    },
  ],
});

ruleTester('channel-hours', {
  base: 'kenya-lands-ministry',
  valid: [
    { name: 'the toll-free line open around the clock', edit: replace('label: Toll-free line\n    contact: "0800 720 511"\n    availability: unstated', 'label: Toll-free line\n    contact: "0800 720 511"\n    availability: 24x7') },
    { name: 'unstated on a channel that is not answered live (kandi-municipality WhatsApp, kind other)', base: 'kandi-municipality' },
  ],
  invalid: [
    {
      name: 'availability: unstated on a phone line is a warning at the value, not an error',
      errors: [{ severity: 'warning', at: { needle: '    availability: unstated', value: 'unstated' }, message: 'phone channel "toll-free" does not say when it is open (availability: unstated); residents need the hours to use it' }],
    },
    {
      name: 'availability: unstated on a live chat, without hours or timezone: still only the warning',
      base: 'riverside-council',
      edit: replace('    availability: hours\n    hours:\n      - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "16:00"}\n    timezone: Europe/London\n    use_for: [enquiries]', '    availability: unstated\n    use_for: [enquiries]'),
      errors: [{ severity: 'warning', at: { needle: '    availability: unstated', value: 'unstated' }, message: 'live chat channel "webchat" does not say when it is open (availability: unstated); residents need the hours to use it' }],
    },
    {
      name: 'availability: hours without the hours stays an error',
      edit: replace('label: Toll-free line\n    contact: "0800 720 511"\n    availability: unstated', 'label: Toll-free line\n    contact: "0800 720 511"\n    availability: hours'),
      errors: [{ severity: 'error', at: { needle: '  - id: toll-free', value: 'toll-free' }, message: /^phone channel "toll-free" has availability: hours but no hours and no timezone; / }],
    },
  ],
});

describe('review.consultation[].date', () => {
  it('is optional (kenya-lands-ministry has a consultation without one)', async () => {
    await expectSchemaValid(await edited('kenya-lands-ministry'));
    await expectSchemaValid(await edited('brightwater-plumbing', ['      date: 2026-01-31\n', '']));
  });
});

const stageGap = (n: number, name: string) => `complaint stage ${n} ("${name}") is handled internally but does not say how fast complaints are answered; add respond_within when the charter promises a time`;

ruleTester('stage-timeliness', {
  base: 'riverside-council',
  valid: [
    { name: 'an external stage needs no respond_within (kenya-lands-ministry: the Commission)', base: 'kenya-lands-ministry' },
    { name: 'kandi-municipality: plain days under day_basis, "1 day" acknowledges before "7 days"', base: 'kandi-municipality' },
  ],
  invalid: [
    {
      name: 'an internal stage without respond_within is a warning at the stage',
      edit: replace('      acknowledge_within: {value: 5, unit: working_days}\n      respond_within: {value: 20, unit: working_days}\n', '      acknowledge_within: {value: 5, unit: working_days}\n'),
      errors: [{ severity: 'warning', at: { needle: '    - stage: 2', value: 'stage' }, message: stageGap(2, 'Stage 2 - a senior review') }],
    },
    {
      name: 'stage 1 without respond_within: the warning, and nothing to compare the acknowledgement with',
      edit: replace('      respond_within: {value: 10, unit: working_days}\n', ''),
      errors: [{ severity: 'warning', at: { needle: '    - stage: 1', value: 'stage' }, message: stageGap(1, 'Stage 1 - we look into it') }],
    },
    {
      name: 'an acknowledgement slower than stage 1 is still an error, beside the warning (reported in file order)',
      base: 'kenya-lands-ministry',
      edit: [
        replace('  acknowledge_within: "24 hours"\n  no_detriment: true', '  acknowledge_within: "15 working days"\n  no_detriment: true'),
        replace('      acknowledge_within: "24 hours"\n      respond_within: "14 working days"\n', '      acknowledge_within: "20 calendar days"\n      respond_within: "14 working days"\n'),
        replace('    - stage: 2\n      name: Commission on Administrative Justice\n', '    - stage: 2\n      name: Internal review\n      handled_by: The Principal Secretary\n      external: false\n      independent: false\n    - stage: 3\n      name: Commission on Administrative Justice\n'),
      ],
      errors: [
        { severity: 'error', at: { needle: '  acknowledge_within: "15 working days"', value: '"15 working days"' }, message: "complaints.acknowledge_within (15 working days) is longer than stage 1's respond_within (14 working days); a complaint must be acknowledged no later than it is answered" },
        { severity: 'error', at: { needle: '      acknowledge_within: "20 calendar days"', value: '"20 calendar days"' }, message: "complaint stage 1 acknowledge_within (20 calendar days) is longer than stage 1's respond_within (14 working days); a complaint must be acknowledged no later than it is answered" },
        { severity: 'warning', at: { needle: '    - stage: 2', value: 'stage' }, message: stageGap(2, 'Internal review') },
      ],
    },
  ],
});

describe('leaving things out never needs invented content', () => {
  it('a standard without measurement, a channel with unstated hours and a consultation without a date are all schema-valid', async () => {
    const yaml = await edited(
      'riverside-council',
      [/(  - id: rdc-written\n(?:    .*\n|      .*\n)*?)    measurement:\n(?:      .*\n)+/, '$1'],
      ['    availability: hours\n    hours:\n      - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "16:00"}\n    timezone: Europe/London\n    use_for: [enquiries]', '    availability: unstated\n    use_for: [enquiries]'],
    );
    await expectSchemaValid(yaml);
    expect(yaml).not.toMatch(/  - id: rdc-written\n(?:    (?!measurement).*\n)*?    measurement:/);
  });
});
