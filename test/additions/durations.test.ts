// Durations, December 2026 additions: plain days with meta.day_basis, business days, rings,
// ranges and zero (docs/format.md "Durations"; spec "Additions of December 2026" > Durations).
import { describe, expect, it } from 'vitest';
import { compareDurations, parseDuration } from '../../src/model/duration.js';
import { formatDuration } from '../../src/words/index.js';
import { replace, ruleTester } from '../helpers/rule-tester.js';
import { edited, expectOneSchemaProblem, expectSchemaValid, problemsOf } from './support.js';

// brightwater-plumbing's written-quote standard: "within 3 working days", threshold {value: 3, unit: working_days}.
const QUOTE_THRESHOLD = 'threshold: {value: 3, unit: working_days}';
const QUOTE_WORDS = 'quote within 3 working days';
const QUOTE_COMMITMENT = { needle: 'commitment: You will get a written, fixed-price quote', value: 'You will get' };
const DAY_BASIS = (basis: 'working' | 'calendar') => replace('  languages:\n    primary: en-GB\n', `  day_basis: ${basis}\n  languages:\n    primary: en-GB\n`);

describe('plain "days"', () => {
  it('is accepted with meta.day_basis (the kandi-municipality example writes "7 days" throughout)', async () => {
    await expectSchemaValid(await edited('kandi-municipality'));
  });

  it('is accepted in brightwater once day_basis is set, in both forms', async () => {
    const yaml = await edited(
      'brightwater-plumbing',
      ['  languages:\n    primary: en-GB\n', '  day_basis: calendar\n  languages:\n    primary: en-GB\n'],
      [QUOTE_THRESHOLD, 'threshold: "3 days"'],
      ['threshold: {value: 5, unit: working_days}', 'threshold: {value: 5, unit: days}'],
    );
    await expectSchemaValid(yaml);
  });

  it('without day_basis is a schema error at the value whose message gives both ways out', async () => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, 'threshold: "3 days"']);
    await expectOneSchemaProblem(
      yaml,
      { needle: 'threshold: "3 days"', value: '"3 days"' },
      'standard "bw-quote" target.threshold: plain "days" is ambiguous: say "3 working days" or "3 calendar days", or set meta.day_basis: working (or calendar) once for the whole charter',
    );
  });

  it('without day_basis is refused in the mapping form and in the singular too', async () => {
    for (const written of ['{value: 3, unit: days}', '{value: 1, unit: day}', '"1 day"']) {
      const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, `threshold: ${written}`]);
      const [problem, ...rest] = await problemsOf('schema', yaml);
      expect(rest, written).toEqual([]);
      expect(problem, written).toMatchObject({ severity: 'error', line: yaml.split('\n').findIndex((l) => l.includes(`threshold: ${written}`)) + 1 });
      expect(problem!.message, written).toMatch(/plain "days" is ambiguous: say .*working.* or .*calendar.*, or set meta\.day_basis/);
    }
  });

  it('without day_basis is refused in every duration field, e.g. a complaint stage', async () => {
    const yaml = await edited('brightwater-plumbing', ['respond_within: {value: 3, unit: working_days}', 'respond_within: "3 days"']);
    await expectOneSchemaProblem(yaml, { needle: 'respond_within: "3 days"', value: '"3 days"' }, /^complaint stage 1 respond_within: plain "days" is ambiguous: say "3 working days" or "3 calendar days", or set meta\.day_basis/);
  });

  it('are printed "days", as the author wrote them', () => {
    expect(formatDuration('7 days', 'en-GB')).toBe('7 days');
    expect(formatDuration({ value: 1, unit: 'days' }, 'en-GB')).toBe('1 day');
  });

  it('count as the day basis in comparisons: working days with day_basis: working, calendar days otherwise', () => {
    const fiveWorking = parseDuration('5 working days')!;
    expect(compareDurations(parseDuration('5 days', 'working')!, fiveWorking)).toBe(0);
    expect(compareDurations(parseDuration('5 days', 'calendar')!, parseDuration('5 calendar days')!)).toBe(0);
    expect(compareDurations(parseDuration('5 days', 'calendar')!, fiveWorking)).toBeLessThan(0);
  });
});

// Plain days count as the day basis in the rules' comparisons too (here stage-timeliness).
ruleTester('stage-timeliness', {
  base: 'brightwater-plumbing',
  valid: [
    {
      name: 'day_basis: calendar: "4 days" (96 hours) acknowledges before "3 working days" (100.8 hours)',
      edit: [DAY_BASIS('calendar'), replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: "4 days"')],
    },
    {
      name: 'business days are working days: "3 business days" equals a respond_within of "3 working days"',
      edit: replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: "3 business days"'),
    },
    {
      name: 'a range is compared by its upper bound: "3 working days" is not longer than "2 to 3 working days"',
      edit: [
        replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: "3 working days"'),
        replace('respond_within: {value: 3, unit: working_days}', 'respond_within: {min: 2, max: 3, unit: working_days}'),
      ],
    },
  ],
  invalid: [
    {
      name: 'day_basis: working: "4 days" are 4 working days, longer than 3 working days',
      edit: [DAY_BASIS('working'), replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: "4 days"')],
      errors: [
        {
          severity: 'error',
          at: { needle: '  acknowledge_within: "4 days"', value: '"4 days"' },
          message: "complaints.acknowledge_within (4 days) is longer than stage 1's respond_within (3 working days); a complaint must be acknowledged no later than it is answered",
        },
      ],
    },
    {
      name: 'business days are working days: "4 business days" is longer than 3 working days, and printed as business days',
      edit: replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: "4 business days"'),
      errors: [{ severity: 'error', at: { needle: '  acknowledge_within: "4 business days"', value: '"4 business days"' }, message: /^complaints\.acknowledge_within \(4 business days\) is longer than stage 1's respond_within/ }],
    },
    {
      name: 'a range is compared by its upper bound: "4 working days" is longer than "2-3 working days"',
      edit: [
        replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: "4 working days"'),
        replace('respond_within: {value: 3, unit: working_days}', 'respond_within: "2-3 working days"'),
      ],
      errors: [{ severity: 'error', at: { needle: '  acknowledge_within: "4 working days"', value: '"4 working days"' }, message: /^complaints\.acknowledge_within \(4 working days\) is longer than stage 1's respond_within/ }],
    },
  ],
});

describe('business days', () => {
  it('are accepted in both forms and printed "business days"', async () => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, 'threshold: "3 business days"'], ['threshold: {value: 5, unit: working_days}', 'threshold: {value: 5, unit: business_days}']);
    await expectSchemaValid(yaml);
    expect(formatDuration('3 business days', 'en-GB')).toBe('3 business days');
    expect(formatDuration({ value: 1, unit: 'business_day' }, 'en-GB')).toBe('1 business day');
  });
});

describe('rings', () => {
  it('are accepted as a unit ("3 rings") and compared only with rings', async () => {
    await expectSchemaValid(await edited('kenya-lands-ministry'));
    const three = parseDuration('3 rings')!;
    expect(compareDurations(three, parseDuration({ value: 5, unit: 'rings' })!)).toBeLessThan(0);
    expect(compareDurations(three, parseDuration('3 rings')!)).toBe(0);
    expect(compareDurations(three, parseDuration('10 seconds')!)).toBeNaN();
    expect(compareDurations(parseDuration('1 hour')!, three)).toBeNaN();
    expect(formatDuration('1 ring', 'en-GB')).toBe('1 ring');
  });
});

// Commitments and the new duration forms (measurable-commitment reads the wording).
ruleTester('measurable-commitment', {
  base: 'brightwater-plumbing',
  valid: [
    { name: 'business days in the target, "working days" in the words', edit: replace(QUOTE_THRESHOLD, 'threshold: "3 business days"') },
    { name: 'a range as a mapping, each end written with its unit', edit: [replace(QUOTE_THRESHOLD, 'threshold: {min: 2, max: 7, unit: working_days}'), replace(QUOTE_WORDS, 'quote in 2 working days, and within 7 working days at most')] },
    { name: 'plain days under day_basis: working match "3 days" in the words', edit: [DAY_BASIS('working'), replace(QUOTE_THRESHOLD, 'threshold: "3 days"'), replace(QUOTE_WORDS, 'quote within 3 days')] },
    { name: 'rings: "three (3) rings"', base: 'kenya-lands-ministry' },
  ],
  invalid: [
    {
      name: 'a range needs both of its numbers in the words',
      edit: [replace(QUOTE_THRESHOLD, 'threshold: {min: 2, max: 7, unit: working_days}'), replace(QUOTE_WORDS, 'quote within 7 working days')],
      errors: [{ severity: 'error', at: QUOTE_COMMITMENT, message: /^standard "bw-quote": the commitment does not mention the target's threshold "2[^"]*working days"/ }],
    },
    {
      name: 'rings are not seconds',
      base: 'kenya-lands-ministry',
      edit: replace('within three (3) rings.', 'within three (3) seconds.'),
      errors: [{ severity: 'error', at: { needle: 'commitment: We will answer all telephone calls', value: 'We will' }, message: 'standard "ls-phone": the commitment says "three (3) seconds" but the target\'s threshold is "3 rings"; write "within 3 rings"' }],
    },
  ],
});

describe('a range written as a range in the words', () => {
  for (const [threshold, words] of [['"2 to 7 working days"', 'within 2 to 7 working days'], ['"2-7 working days"', 'within 2-7 working days'], ['{min: 2, max: 7, unit: working_days}', 'within 2 to 7 working days']]) {
    it(`threshold ${threshold}, commitment "${words}" passes measurable-commitment`, async () => {
      const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, `threshold: ${threshold}`], [QUOTE_WORDS, `quote ${words}`]);
      expect(await problemsOf('measurable-commitment', yaml)).toEqual([]);
    });
  }
});

describe('ranges', () => {
  it.each([
    ['a mapping', 'threshold: {min: 2, max: 7, unit: working_days}'],
    ['"2 to 7 working days"', 'threshold: "2 to 7 working days"'],
    ['"2-7 working days"', 'threshold: "2-7 working days"'],
  ])('%s is accepted, promises its upper bound and prints both numbers', async (_, written) => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, written]);
    await expectSchemaValid(yaml);
    const value = written.startsWith('threshold: {') ? { min: 2, max: 7, unit: 'working_days' } : JSON.parse(written.slice('threshold: '.length)) as string;
    expect(parseDuration(value)).toMatchObject({ value: 7, min: 2, unit: 'working_days' });
    expect(formatDuration(value, 'en-GB')).toMatch(/^2\s*(?:to|-|–)\s*7 working days$/);
  });

  it.each([
    ['a mapping with min > max', 'threshold: {min: 7, max: 2, unit: working_days}', 'threshold: {min: 7', 'threshold'],
    ['a mapping with min = max', 'threshold: {min: 3, max: 3, unit: working_days}', 'threshold: {min: 3', 'threshold'],
    ['"7 to 2 working days"', 'threshold: "7 to 2 working days"', 'threshold: "7 to 2', '"7 to 2 working days"'],
    ['"3-3 working days"', 'threshold: "3-3 working days"', 'threshold: "3-3', '"3-3 working days"'],
  ])('%s is a schema error at the threshold', async (_, written, needle, value) => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, written]);
    await expectOneSchemaProblem(yaml, { needle, value }, /^standard "bw-quote" target\.threshold: .*smaller.*larger|min.*less than.*max/);
  });
});

describe('zero', () => {
  it.each(['"0 hours"', '"0 working days"', '"0.0 hours"', '"00 minutes"'])('the shorthand %s is a schema error at the value', async (written) => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, `threshold: ${written}`]);
    await expectOneSchemaProblem(yaml, { needle: `threshold: ${written}`, value: written }, /^standard "bw-quote" target\.threshold: .*(zero|greater than 0)/);
  });

  it('{value: 0, unit: hours} is a schema error at the 0', async () => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, 'threshold: {value: 0, unit: hours}']);
    await expectOneSchemaProblem(yaml, { needle: 'threshold: {value: 0, unit: hours}', value: '0' }, 'standard "bw-quote" target.threshold.value must be greater than 0, not 0');
  });

  it('a fraction of a unit is not zero: "0.5 hours" is accepted', async () => {
    const yaml = await edited('brightwater-plumbing', [QUOTE_THRESHOLD, 'threshold: "0.5 hours"'], [QUOTE_WORDS, 'quote within 0.5 hours']);
    await expectSchemaValid(yaml);
  });
});
