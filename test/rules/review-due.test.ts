import { describe, expect, it } from 'vitest';
import { addDuration, dayNumber } from '../../src/model/dates.js';
import { replace, ruleTester } from '../helpers/rule-tester.js';

const NEXT_REVIEW_DUE = { needle: 'next_review_due: 2027-03-09', value: '2027-03-09' };

/** Brightwater: last_reviewed 2026-03-09, next_review_due 2027-03-09, cadence 1 year. */
ruleTester('review-due', {
  md: false,
  valid: [
    { name: 'reviewed on time and not due soon', asOf: '2026-11-23' },
    { name: 'due in 61 days', asOf: '2027-01-07' },
    { name: 'next_review_due the cadence plus 31 days after the last review', edit: replace('next_review_due: 2027-03-09', 'next_review_due: 2027-04-09') },
  ],
  invalid: [
    {
      name: 'due within 60 days, inclusive: a warning at next_review_due',
      asOf: '2027-01-08',
      errors: [{ severity: 'warning', at: NEXT_REVIEW_DUE, message: 'the charter is due for review on 2027-03-09, in 60 days; plan the review' }],
    },
    {
      name: 'due today: a warning',
      asOf: '2027-03-09',
      errors: [{ severity: 'warning', at: NEXT_REVIEW_DUE, message: 'the charter is due for review on 2027-03-09, today; plan the review' }],
    },
    {
      name: 'the day after the review was due: an error',
      asOf: '2027-03-10',
      errors: [{
        severity: 'error',
        at: NEXT_REVIEW_DUE,
        message: 'the charter was due for review on 2027-03-09, 1 day before 2027-03-10; review it and update the review dates',
      }],
    },
    {
      name: 'last_reviewed after the as-of date',
      asOf: '2026-11-23',
      edit: replace('last_reviewed: 2026-03-09', 'last_reviewed: 2026-11-24'),
      errors: [{
        severity: 'error',
        at: '2026-11-24',
        message: 'review.last_reviewed 2026-11-24 is after the as-of date 2026-11-23; give the date the last review actually happened',
      }],
    },
    {
      name: 'next_review_due more than the cadence plus 31 days after the last review',
      edit: replace('next_review_due: 2027-03-09', 'next_review_due: 2027-04-10'),
      errors: [{
        severity: 'error',
        at: '2027-04-10',
        message: 'review.next_review_due 2027-04-10 is more than the 1 year cadence plus 31 days after the last review on 2026-03-09; set it to 2027-04-09 or earlier',
      }],
    },
    {
      name: 'next_review_due before last_reviewed',
      asOf: '2026-11-23',
      edit: replace('next_review_due: 2027-03-09', 'next_review_due: 2026-03-01'),
      errors: [
        { severity: 'error', message: 'review.next_review_due 2026-03-01 is before review.last_reviewed 2026-03-09; the next review comes after the last one' },
        { severity: 'error', message: 'the charter was due for review on 2026-03-01, 267 days before 2026-11-23; review it and update the review dates' },
      ],
    },
  ],
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
