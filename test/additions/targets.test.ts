// Target kinds added in December 2026 (min_count, immediate, same_day, measure, schedule,
// defined_by), variants / statistic / statement, and how measurable-commitment reads real wording.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../../src/rules/measurable-commitment.js';
import { replace, ruleTester } from '../helpers/rule-tester.js';
import { exampleFile } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { edited, expectOneSchemaProblem, expectSchemaValid, problemsOf } from './support.js';

const KM = {
  drains: 'target: {kind: min_count, count: 2, period: "1 month", measure: cleanings of the surface drains in each ward}',
  water: 'target: {kind: measure, measure: water supplied to connected households, unit: litres per person per day, min: 70}',
  waste: 'target: {kind: schedule, frequency: daily, days: [mon, tue, wed, thu, fri, sat]}',
  plans: 'target: {kind: defined_by, reference: "West Bengal Municipal (Building) Rules, 2007"}',
};
/** A standard's commitment value, for `at` (the rule reports at the commitment). */
const commitment = (start: string) => ({ needle: `commitment: ${start}`, value: start });

describe('schema: what each new target kind needs', () => {
  it.each([
    ['min_count without count', KM.drains, 'target: {kind: min_count, period: "1 month", measure: drain cleanings}', 'standard "km-drains": a "min_count" target needs a count, e.g. count: 2'],
    ['min_count without period', KM.drains, 'target: {kind: min_count, count: 2, measure: drain cleanings}', 'standard "km-drains": a "min_count" target needs a period, e.g. period: 12 months'],
    ['min_count without measure', KM.drains, 'target: {kind: min_count, count: 2, period: "1 month"}', 'standard "km-drains": a "min_count" target needs a measure saying what is counted, e.g. measure: bills'],
    ['measure without measure', KM.water, 'target: {kind: measure, unit: litres per person per day, min: 70}', 'standard "km-water-quantity": a "measure" target needs a measure saying what is measured, e.g. measure: water pressure at the boundary of your property'],
    ['measure without unit', KM.water, 'target: {kind: measure, measure: water supplied, min: 70}', 'standard "km-water-quantity": a "measure" target needs a unit, e.g. unit: bar'],
    ['schedule without frequency', KM.waste, 'target: {kind: schedule, days: [mon, thu]}', 'standard "km-waste": a "schedule" target needs a frequency: daily, weekly, fortnightly or monthly'],
    ['defined_by without reference', KM.plans, 'target: {kind: defined_by, url: "https://www.example.org/building-rules"}', 'standard "km-building-plan": a "defined_by" target needs the reference that sets the numbers, e.g. reference: Guaranteed Standards Scheme'],
  ])('%s is a schema error at the target, with its hint', async (_, from, to, message) => {
    const yaml = await edited('kandi-municipality', [from, to]);
    await expectOneSchemaProblem(yaml, { needle: to, value: 'target' }, message);
  });

  it('measure without min or max is a schema error at the target', async () => {
    const yaml = await edited('kandi-municipality', [KM.water, 'target: {kind: measure, measure: water supplied, unit: litres per person per day}']);
    await expectOneSchemaProblem(yaml, { needle: 'target: {kind: measure, measure: water supplied,', value: 'target' }, /^standard "km-water-quantity"[: ].*a "measure" target needs min \(at least\) or max \(no more than\), e\.g\. min: 1$/);
  });

  it('measure missing both its measure and min/max names both gaps', async () => {
    const yaml = await edited('kandi-municipality', [KM.water, 'target: {kind: measure, unit: bar}']);
    const messages = (await problemsOf('schema', yaml)).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([
      'standard "km-water-quantity": a "measure" target needs a measure saying what is measured, e.g. measure: water pressure at the boundary of your property',
      expect.stringMatching(/a "measure" target needs min \(at least\) or max \(no more than\)/),
    ]));
  });

  it('immediate needs nothing, same_day takes an optional HH:MM cutoff, measure takes max instead of min', async () => {
    await expectSchemaValid(await edited(
      'kandi-municipality',
      [KM.water, 'target: {kind: measure, measure: water supplied, unit: litres per person per day, max: 70}'],
      ['target: {kind: immediate}\n    measurement: {method: system_timestamps', 'target: {kind: same_day}\n    measurement: {method: system_timestamps'],
    ));
    await expectSchemaValid(await edited('kenya-lands-ministry', ['target: {kind: same_day, cutoff: "15:00"}', 'target: {kind: same_day, cutoff: "17:30"}']));
  });

  it('a same_day cutoff that is not HH:MM is refused at the value', async () => {
    const yaml = await edited('kenya-lands-ministry', ['target: {kind: same_day, cutoff: "15:00"}', 'target: {kind: same_day, cutoff: "3pm"}']);
    await expectOneSchemaProblem(yaml, { needle: 'cutoff: "3pm"', value: '"3pm"' }, /^standard "ls-search" target\.cutoff: "3pm" is not a time of day/);
  });

  it('variants, statistic and statement are accepted on any kind', async () => {
    await expectSchemaValid(await edited(
      'kandi-municipality',
      [KM.drains, 'target: {kind: min_count, count: 2, period: "1 month", measure: drain cleanings, statistic: median, statement: "We clean every drain at least twice a month.", variants: [{label: Monsoon, percent: 95, when: June to September}]}'],
      ['target: {kind: immediate}\n    measurement: {method: system_timestamps', 'target: {kind: immediate, variants: [{label: Online, channels: [e-services]}]}\n    measurement: {method: system_timestamps'],
    ));
  });

  it('statistic is average or median; a variant needs a label; a statement is at least 10 characters', async () => {
    await expectOneSchemaProblem(
      await edited('kandi-municipality', ['target: {kind: immediate}\n    measurement: {method: system_timestamps', 'target: {kind: immediate, statistic: mean}\n    measurement: {method: system_timestamps']),
      { needle: 'statistic: mean', value: 'mean' },
      'standard "km-docket" target.statistic: "mean" is not one of average, median; did you mean "median"?',
    );
    const noLabel = await edited('kandi-municipality', ['{label: Renewal, threshold: "7 days"', '{threshold: "7 days"']);
    await expectOneSchemaProblem(noLabel, { needle: '- {threshold: "7 days"', value: '{' }, /missing required key "label"$/);
    await expectOneSchemaProblem(
      await edited('kenya-lands-ministry', ['statement: We aim to meet this timeline for at least 90% of complete applications.', 'statement: Aim 90%.']),
      { needle: 'statement: Aim 90%.', value: 'Aim' },
      'standard "ls-registration" target.statement is too short: 8 characters, at least 10 needed',
    );
  });
});

describe('reading numbers', () => {
  it('reads English number words up to ninety-nine, hyphenated or not, and "a hundred"', () => {
    expect(readMentions('within twenty-four hours')).toEqual([expect.objectContaining({ values: [24], unit: 'hours' })]);
    expect(readMentions('within forty eight hours')).toEqual([expect.objectContaining({ values: [48], unit: 'hours' })]);
    expect(readMentions('within ninety-nine minutes')).toEqual([expect.objectContaining({ values: [99], unit: 'minutes' })]);
    expect(readMentions('within a hundred days')).toEqual([expect.objectContaining({ values: [100], unit: 'days' })]);
  });

  it('counts "three (3) working days" once, as 3', () => {
    expect(readMentions('We will process it within three (3) working days.')).toEqual([expect.objectContaining({ values: [3], unit: 'working_days', text: 'three (3) working days' })]);
  });

  it('reads abbreviations glued to digits: "48hrs", "5mins", "30secs"', () => {
    expect(readMentions('emails within 48hrs')).toEqual([expect.objectContaining({ values: [48], unit: 'hours' })]);
    expect(readMentions('seen within 5mins')).toEqual([expect.objectContaining({ values: [5], unit: 'minutes' })]);
    expect(readMentions('answered in 30secs')).toEqual([expect.objectContaining({ values: [30], unit: 'seconds' })]);
  });

  it('reads "80 %" and "80 per cent" as percents', () => {
    expect(readMentions('80 % of calls')).toEqual([expect.objectContaining({ values: [80], percent: true })]);
    expect(readMentions('80 per cent of calls')).toEqual([expect.objectContaining({ values: [80], percent: true })]);
  });
});

ruleTester('measurable-commitment', {
  base: 'kenya-lands-ministry',
  valid: [
    { name: 'the kenya-lands-ministry example: "twenty-four hours", "three (3) rings", "48hrs", "seven (7) working days", "on the spot", "same day", "an average of", a percent in the statement' },
    { name: 'the kandi-municipality example: plain "7 days" under day_basis: working, "immediately", "at the time of", "at least two (2) times", a variant, defined_by naming its reference', base: 'kandi-municipality' },
    { name: '"forty eight hours" for 48 hours', edit: [replace('threshold: "24 hours"}\n    measurement: {method: case_management_system', 'threshold: "48 hours"}\n    measurement: {method: case_management_system'), replace('within twenty-four hours and', 'within forty eight hours and')] },
    { name: '"ninety-nine minutes" for 99 minutes', edit: [replace('threshold: "10 minutes"', 'threshold: "99 minutes"'), replace('within ten (10) minutes', 'within ninety-nine minutes')] },
    { name: '"80 %" with a space', base: 'riverside-council', edit: replace('We will answer 80% of calls', 'We will answer 80 % of calls') },
    { name: '"5mins" glued', base: 'kandi-municipality', edit: [replace('threshold: "15 minutes"', 'threshold: "5 minutes"'), replace('within 15 minutes of your arrival', 'within 5mins of your arrival')] },
    { name: '"12 calendar months" for 12 months', edit: [replace('threshold: "3 working days"', 'threshold: "12 months"'), replace('within three (3) working days.', 'within 12 calendar months.')] },
    { name: '"24 hours" for 1 calendar day', edit: replace('threshold: "24 hours"}\n    measurement: {method: case_management_system', 'threshold: "1 calendar day"}\n    measurement: {method: case_management_system') },
    { name: '"3 weeks" for 21 calendar days', edit: [replace('threshold: "3 working days"', 'threshold: "21 calendar days"'), replace('within three (3) working days.', 'within 3 weeks.')] },
    { name: '"60 minutes" for 1 hour', base: 'riverside-council', edit: [replace('threshold: {value: 24, unit: hours}', 'threshold: {value: 1, unit: hours}'), replace('safe within 24 hours of your call', 'safe within 60 minutes of your call')] },
    { name: 'min_count with "a minimum of"', base: 'kandi-municipality', edit: replace('at least two (2) times a month', 'a minimum of two (2) times a month') },
    { name: 'min_count with "no fewer than"', base: 'kandi-municipality', edit: replace('at least two (2) times a month', 'no fewer than 2 times a month') },
    { name: 'max_count needs no word of direction', base: 'riverside-council', edit: replace('No household will have more than 2 repair appointments', 'We miss 2 repair appointments at a household') },
    { name: 'max_count with "no more than"', base: 'riverside-council', edit: replace('No household will have more than 2 repair appointments', 'No household will have no more than 2 repair appointments') },
    { name: 'measure with max and "at most"', base: 'kandi-municipality', edit: [replace(KM.water, 'target: {kind: measure, measure: water supplied, unit: litres per person per day, max: 70}'), replace('We aim to supply at least 70 litres', 'We aim to supply at most 70 litres')] },
    { name: 'immediate: "while you wait"', edit: replace('are issued on the spot, once', 'are issued while you wait, once') },
    { name: 'same_day: "the same working day"', edit: replace('are issued the same day.', 'are issued the same working day.') },
    { name: 'defined_by without the reference in the words, but with a url', base: 'kandi-municipality', edit: [replace(KM.plans, 'target: {kind: defined_by, reference: "West Bengal Municipal (Building) Rules, 2007", url: "https://www.kandimunicipality.example/building-rules"}'), replace('within the time set by the West Bengal Municipal (Building) Rules, 2007.', 'within the time set by the state building rules.')] },
    { name: 'a variant percent in the words', base: 'riverside-council', edit: [replace('      percent: 80\n', '      percent: 80\n      variants: [{label: Weekends, percent: 70}]\n'), replace('We will answer 80% of calls to the contact centre within 60 seconds.', 'We will answer 80% of calls to the contact centre within 60 seconds (70% at weekends).')] },
  ],
  invalid: [
    {
      name: 'a number word that is not the threshold: "twenty-five hours" for 24 hours',
      edit: replace('within twenty-four hours and', 'within twenty-five hours and'),
      errors: [{ severity: 'error', at: commitment('We will acknowledge every complaint'), message: 'standard "ls-complaint-ack": the commitment does not mention the target\'s threshold "24 hours"; write it in the text, e.g. "within 24 hours"' }],
    },
    {
      name: '"three (3) calendar days" is not 3 working days',
      edit: replace('within three (3) working days.', 'within three (3) calendar days.'),
      errors: [{ severity: 'error', at: commitment('We will process consent'), message: 'standard "ls-consent": the commitment says "three (3) calendar days" but the target\'s threshold is "3 working days"; write "within 3 working days"' }],
    },
    {
      name: 'a percent written without its sign',
      base: 'riverside-council',
      edit: replace('We will answer 80% of calls', 'We will answer 80 of every 100 calls'),
      errors: [{ severity: 'error', at: commitment('We will answer 80 of every'), message: 'standard "rdc-calls": the commitment does not mention the target\'s percent "80%"; write it in the text, e.g. "80% of"' }],
    },
    {
      name: '"48hrs" is hours, never working hours',
      edit: replace('{label: Email, threshold: "48 hours"', '{label: Email, threshold: "48 working hours"'),
      errors: [{ severity: 'error', at: commitment('We will reply to letters'), message: /^standard "ls-correspondence": the commitment says "48hrs" but the variant "Email" threshold is "48 working hours"; write "within 48 working hours"$/ }],
    },
    {
      name: '"12 calendar days" is not 12 months',
      edit: [replace('threshold: "3 working days"', 'threshold: "12 months"'), replace('within three (3) working days.', 'within 12 calendar days.')],
      errors: [{ severity: 'error', at: commitment('We will process consent'), message: 'standard "ls-consent": the commitment says "12 calendar days" but the target\'s threshold is "12 months"; write "within 12 months"' }],
    },
    {
      name: '"33 hours" is no exact equal of 1 working day',
      edit: [replace('threshold: "3 working days"', 'threshold: "1 working day"'), replace('within three (3) working days.', 'within 24 hours.')],
      errors: [{ severity: 'error', at: commitment('We will process consent'), message: /^standard "ls-consent": the commitment does not mention the target's threshold "1 working day"/ }],
    },
    {
      name: 'plain days under day_basis: working are not "calendar days"',
      base: 'kandi-municipality',
      edit: replace('Letters and online enquiries are answered within 7 days.', 'Letters and online enquiries are answered within 7 calendar days.'),
      errors: [{ severity: 'error', at: commitment('Letters and online'), message: 'standard "km-letters": the commitment says "7 calendar days" but the target\'s threshold is "7 days"; write "within 7 days"' }],
    },
    {
      name: 'DIRECTION: a max_count whose commitment says "at least"',
      base: 'riverside-council',
      edit: replace('No household will have more than 2 repair appointments', 'Each household will have at least 2 repair appointments'),
      errors: [{ severity: 'error', at: commitment('Each household will have'), message: 'standard "rdc-missed-appointments": the target is a maximum (no more than 2) but the commitment says "at least"; if the promise is "at least", make it a min_count target, otherwise reword the commitment' }],
    },
    {
      name: 'DIRECTION: a min_count whose commitment says "no more than" (and no "at least")',
      base: 'kandi-municipality',
      edit: replace('at least two (2) times a month', 'no more than two (2) times a month'),
      errors: [{ severity: 'error', at: commitment('The surface drains'), message: 'standard "km-drains": the target is a minimum (at least 2) but the commitment does not say "at least"; write "at least", "a minimum of" or "no fewer than"' }],
    },
    {
      name: 'DIRECTION: a measure with min whose commitment says "up to"',
      base: 'kandi-municipality',
      edit: replace('We aim to supply at least 70 litres', 'We aim to supply up to 70 litres'),
      errors: [{ severity: 'error', at: commitment('We aim to supply up to'), message: /^standard "km-water-quantity": the target is a minimum \(at least 70 litres per person per day\) but the commitment does not say "at least"/ }],
    },
    {
      name: 'DIRECTION: a measure with max whose commitment says "at least"',
      base: 'kandi-municipality',
      edit: replace(KM.water, 'target: {kind: measure, measure: water supplied, unit: litres per person per day, max: 70}'),
      errors: [{ severity: 'error', at: commitment('We aim to supply at least'), message: /^standard "km-water-quantity": the target is a maximum \(no more than 70 litres per person per day\) but the commitment says "at least"; if the promise is "at least", make it a measure target with min/ }],
    },
    {
      name: 'immediate without "immediately", "at the time" or "on the spot"',
      edit: replace('are issued on the spot, once', 'are issued soon, once'),
      errors: [{ severity: 'error', at: commitment('Maps that are in stock'), message: 'standard "ls-maps": the target is "immediate" but the commitment does not say so; write "immediately", "at the time", "on the spot" or "while you wait"' }],
    },
    {
      name: 'immediate in kandi: the cremation certificate "after the cremation"',
      base: 'kandi-municipality',
      edit: replace('is issued at the time of cremation,', 'is issued after the cremation,'),
      errors: [{ severity: 'error', at: commitment('The cremation certificate'), message: /^standard "km-cremation": the target is "immediate" but the commitment does not say so/ }],
    },
    {
      name: 'same_day without "same day"',
      edit: replace('are issued the same day.', 'are issued by the end of the afternoon.'),
      errors: [{ severity: 'error', at: commitment('Official searches'), message: 'standard "ls-search": the target is "same_day" but the commitment does not say "same day"' }],
    },
    {
      name: 'statistic: average without "average"',
      edit: replace('in an average of twenty-one (21) working days', 'within twenty-one (21) working days'),
      errors: [{ severity: 'error', at: commitment('We will issue deed plans'), message: 'standard "ls-deed-plans": the target is an average but the commitment does not say so; write "on average" or "an average of"' }],
    },
    {
      name: 'defined_by neither naming its reference nor with a url',
      base: 'kandi-municipality',
      edit: replace('within the time set by the West Bengal Municipal (Building) Rules, 2007.', 'within the time set by the state building rules.'),
      errors: [{ severity: 'error', at: commitment('Building plans are'), message: 'standard "km-building-plan": the commitment does not name "West Bengal Municipal (Building) Rules, 2007", the reference that sets this standard\'s numbers; name it, or give the target a url' }],
    },
    {
      name: 'a variant threshold missing from the words',
      base: 'kandi-municipality',
      edit: replace('A new trade licence is issued within 30 days, and a renewal within 7 days, of a complete application.', 'A new trade licence is issued within 30 days of a complete application.'),
      errors: [{ severity: 'error', at: commitment('A new trade licence'), message: 'standard "km-trade-licence": the commitment does not mention the variant "Renewal" threshold "7 days"; write it in the text, e.g. "within 7 days"' }],
    },
    {
      name: 'the email variant of ls-correspondence missing from the words',
      edit: replace('and to emails within 48hrs.', 'and to emails soon after.'),
      errors: [{ severity: 'error', at: commitment('We will reply to letters'), message: 'standard "ls-correspondence": the commitment does not mention the variant "Email" threshold "48 hours"; write it in the text, e.g. "within 48 hours"' }],
    },
    {
      name: 'a statement that no longer gives the percent',
      edit: replace('statement: We aim to meet this timeline for at least 90% of complete applications.', 'statement: We aim to meet this timeline for most complete applications.'),
      errors: [{ severity: 'error', at: commitment('We will register transfers'), message: 'standard "ls-registration": the commitment does not mention the target\'s percent "90%"; write it in the text, e.g. "90% of"' }],
    },
  ],
});

describe('known-references and variants', () => {
  it('a variant naming an unknown channel is an error at the id', async () => {
    const yaml = await edited('kenya-lands-ministry', ['channels: [lands-email]}', 'channels: [lands-emial]}']);
    expect(await problemsOf('known-references', yaml, await exampleFile('kenya-lands-ministry', 'narrative.md'))).toEqual([
      expect.objectContaining({ severity: 'error', ...positionOf(yaml, 'channels: [lands-emial]}', 'lands-emial'), message: expect.stringMatching(/names channel "lands-emial", but there is no channel with that id; did you mean "lands-email"\?$/) }),
    ]);
  });

  it('a variant naming a known channel is fine', async () => {
    expect(await problemsOf('known-references', await edited('kenya-lands-ministry'), await exampleFile('kenya-lands-ministry', 'narrative.md'))).toEqual([]);
  });
});
