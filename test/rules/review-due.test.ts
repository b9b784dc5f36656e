import { describe, expect, it } from 'vitest';
import { addDuration, dayNumber } from '../../src/model/dates.js';
import { byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { where } from '../helpers/where.js';

const RULE = 'review-due';

/** Brightwater: last_reviewed 2026-03-09, next_review_due 2027-03-09, cadence 1 year. */
async function findings(asOf: string, edit: (text: string) => string = (t) => t) {
  const text = edit(await exampleFile('brightwater-plumbing'));
  return { text, found: byRule((await checkFiles({ 'charter.yaml': text }, asOf)).diagnostics, RULE) };
}

describe('review-due', () => {
  it('passes a charter reviewed on time and not due soon', async () => {
    expect((await findings('2026-11-23')).found).toEqual([]);
    expect((await findings('2027-01-07')).found).toEqual([]); // 61 days before
  });

  it('warns when the review is due within 60 days, inclusive', async () => {
    const { text, found } = await findings('2027-01-08');
    expect(found).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'warning',
        ...where(text, '2027-03-09', 'next_review_due'),
        message: 'the charter is due for review on 2027-03-09, in 60 days; plan the review',
      }),
    ]);
    expect((await findings('2027-03-09')).found.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'the charter is due for review on 2027-03-09, today; plan the review'],
    ]);
  });

  it('is an error the day after the review was due', async () => {
    const { text, found } = await findings('2027-03-10');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(text, '2027-03-09', 'next_review_due'),
        message: 'the charter was due for review on 2027-03-09, 1 day before 2027-03-10; review it and update the review dates',
      }),
    ]);
  });

  it('is an error when last_reviewed is after the as-of date', async () => {
    const { text, found } = await findings('2026-11-23', (t) => replaceOnce(t, 'last_reviewed: 2026-03-09', 'last_reviewed: 2026-11-24'));
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(text, '2026-11-24'),
        message: 'review.last_reviewed 2026-11-24 is after the as-of date 2026-11-23; give the date the last review actually happened',
      }),
    ]);
  });

  it('allows the cadence plus 31 days and no more', async () => {
    const edit = (date: string) => (t: string) => replaceOnce(t, 'next_review_due: 2027-03-09', `next_review_due: ${date}`);
    expect((await findings('2026-11-23', edit('2027-04-09'))).found).toEqual([]);
    const { text, found } = await findings('2026-11-23', edit('2027-04-10'));
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...where(text, '2027-04-10'),
        message: 'review.next_review_due 2027-04-10 is more than the 1 year cadence plus 31 days after the last review on 2026-03-09; set it to 2027-04-09 or earlier',
      }),
    ]);
  });

  it('is an error when next_review_due is before last_reviewed', async () => {
    const { found } = await findings('2026-11-23', (t) => replaceOnce(t, 'next_review_due: 2027-03-09', 'next_review_due: 2026-03-01'));
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['error', 'review.next_review_due 2026-03-01 is before review.last_reviewed 2026-03-09; the next review comes after the last one'],
      ['error', 'the charter was due for review on 2026-03-01, 267 days before 2026-11-23; review it and update the review dates'],
    ]);
  });
});

describe('review date arithmetic', () => {
  it('adds months and years on the calendar, keeping to the end of short months', () => {
    expect(addDuration('2026-01-31', { value: 1, unit: 'months' })).toBe('2026-02-28');
    expect(addDuration('2028-01-31', { value: 1, unit: 'months' })).toBe('2028-02-29');
    expect(addDuration('2024-02-29', { value: 1, unit: 'years' })).toBe('2025-02-28');
    expect(addDuration('2026-03-09', { value: 18, unit: 'months' })).toBe('2027-09-09');
    expect(addDuration('2026-11-15', { value: 2, unit: 'months' })).toBe('2027-01-15');
  });

  it('adds other units as calendar days, rounded up', () => {
    expect(addDuration('2026-03-09', { value: 2, unit: 'weeks' })).toBe('2026-03-23');
    expect(addDuration('2026-03-09', { value: 5, unit: 'working_days' })).toBe('2026-03-16');
    expect(addDuration('2026-03-09', { value: 1.5, unit: 'months' })).toBe('2026-04-24'); // 45.625 days -> 46
  });

  it('counts days in UTC, so daylight saving never shifts a date', () => {
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(dayNumber('2026-10-26') - dayNumber('2026-10-24')).toBe(2);
  });
});
