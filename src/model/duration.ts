import type { Duration } from './charter.js';

/**
 * The duration units, canonical spelling: the one list. The schema's unit patterns, the parser
 * here, the words in every catalogue and the messages all follow it (a test holds the schema to it).
 * `days` (plain) counts as the charter's meta.day_basis; `business_days` as working days; `rings`
 * only compare with rings.
 */
export const DURATION_UNITS = Object.freeze([
  'seconds',
  'minutes',
  'hours',
  'working_hours',
  'working_days',
  'business_days',
  'calendar_days',
  'days',
  'weeks',
  'months',
  'years',
  'rings',
] as const);

export type DurationUnit = (typeof DURATION_UNITS)[number];

/** What plain "days" mean in a charter (meta.day_basis). */
export type DayBasis = 'calendar' | 'working';

/**
 * The regular-expression alternation of every accepted spelling of the units: singular or plural,
 * `_` or a space ("working day", "working_days"). The schema's patterns hold exactly this.
 */
export function unitAlternation(): string {
  return DURATION_UNITS.map((unit) => `${unit.replace(/s$/, '').replace('_', '[_ ]')}s?`).join('|');
}

/** A duration read: `value` is the promise (a range's upper end); `min` is a range's lower end. */
export interface NormalDuration {
  value: number;
  unit: DurationUnit;
  min?: number;
  /** What plain days count as; set by the reader from meta.day_basis. */
  basis?: DayBasis;
}

/**
 * Hours per unit, for comparing durations across units. The format fixes these: a working day is
 * 33.6 hours (a 5-day week spread over 7 days), a month 730 hours, a year 8,760 hours. A working
 * hour is a working day's share of an 8-hour day. Rings are not time: they compare only with rings.
 */
const HOURS_PER_UNIT: Readonly<Record<Exclude<DurationUnit, 'days' | 'business_days' | 'rings'>, number>> = Object.freeze({
  seconds: 1 / 3600,
  minutes: 1 / 60,
  hours: 1,
  working_hours: 33.6 / 8,
  working_days: 33.6,
  calendar_days: 24,
  weeks: 168,
  months: 730,
  years: 8760,
});

const UNIT_PATTERN = new RegExp(`^(?:${unitAlternation()})$`);
const NUMBER = '([0-9]*\\.?[0-9]+)';
const SHORTHAND = new RegExp(`^\\s*${NUMBER}(?:\\s*(?:-|\\u2013|to)\\s*${NUMBER})?\\s+(.+?)\\s*$`);

/** Accepts any spelling the schema allows ("working day", "working_days", ...). */
export function normaliseUnit(unit: string): DurationUnit | undefined {
  const written = unit.trim().toLowerCase();
  if (!UNIT_PATTERN.test(written)) return undefined;
  return `${written.replace(' ', '_').replace(/s$/, '')}s` as DurationUnit;
}

/**
 * Reads any form of a duration ("2 working days", "2 to 7 days", {value}, {min, max}); undefined
 * when it is not one (the schema reports that). `basis` is the charter's meta.day_basis.
 */
export function parseDuration(duration: Duration | undefined, basis?: DayBasis): NormalDuration | undefined {
  if (duration === undefined || duration === null) return undefined;
  const withBasis = (d: NormalDuration): NormalDuration => (d.unit === 'days' && basis ? { ...d, basis } : d);
  if (typeof duration === 'string') {
    const match = SHORTHAND.exec(duration);
    if (!match) return undefined;
    const unit = normaliseUnit(match[3]!);
    const first = Number(match[1]);
    const second = match[2] === undefined ? undefined : Number(match[2]);
    if (!unit || first <= 0) return undefined;
    if (second === undefined) return withBasis({ value: first, unit });
    return second > first ? withBasis({ value: second, min: first, unit }) : undefined;
  }
  if (typeof duration === 'object' && typeof duration.unit === 'string') {
    const unit = normaliseUnit(duration.unit);
    const range = duration as { min?: unknown; max?: unknown; value?: unknown };
    if (!unit) return undefined;
    if (typeof range.value === 'number') return withBasis({ value: range.value, unit });
    if (typeof range.min === 'number' && typeof range.max === 'number') return withBasis({ value: range.max, min: range.min, unit });
  }
  return undefined;
}

/**
 * The unit a duration counts as in comparisons: plain days as the charter's day basis (calendar
 * when unknown), business days as working days.
 */
export function countingUnit(duration: NormalDuration): DurationUnit {
  if (duration.unit === 'days') return duration.basis === 'working' ? 'working_days' : 'calendar_days';
  if (duration.unit === 'business_days') return 'working_days';
  return duration.unit;
}

/** Hours of a duration's promise; NaN for rings, which are not time. */
export function toHours(duration: NormalDuration): number {
  const unit = countingUnit(duration);
  return unit === 'rings' ? Number.NaN : duration.value * HOURS_PER_UNIT[unit as keyof typeof HOURS_PER_UNIT];
}

/** Whether two durations can be compared: rings only with rings. */
export function comparable(a: NormalDuration, b: NormalDuration): boolean {
  return (a.unit === 'rings') === (b.unit === 'rings');
}

/** Negative when a is shorter than b, 0 when equal, positive when longer; NaN when they do not compare. */
export function compareDurations(a: NormalDuration, b: NormalDuration): number {
  if (!comparable(a, b)) return Number.NaN;
  const difference = a.unit === 'rings' ? a.value - b.value : toHours(a) - toHours(b);
  return Math.abs(difference) < 1e-9 ? 0 : difference;
}

/** Whole days a duration spans on the calendar, for date arithmetic (review cadence). */
export function toCalendarDays(duration: NormalDuration): number {
  switch (countingUnit(duration)) {
    case 'months':
      return duration.value * (365 / 12);
    case 'years':
      return duration.value * 365;
    case 'working_days':
      return duration.value * (7 / 5);
    default:
      return toHours(duration) / 24;
  }
}
