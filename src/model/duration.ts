import type { Duration } from './charter.js';

/**
 * The duration units, canonical spelling: the one list. The schema's unit patterns, the parser
 * here, the words in every catalogue and the messages all follow it (a test holds the schema to it).
 */
export const DURATION_UNITS = Object.freeze([
  'seconds',
  'minutes',
  'hours',
  'working_hours',
  'working_days',
  'calendar_days',
  'weeks',
  'months',
  'years',
] as const);

export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * The regular-expression alternation of every accepted spelling of the units: singular or plural,
 * `_` or a space ("working day", "working_days"). The schema's patterns hold exactly this.
 */
export function unitAlternation(): string {
  return DURATION_UNITS.map((unit) => `${unit.replace(/s$/, '').replace('_', '[_ ]')}s?`).join('|');
}

export interface NormalDuration {
  value: number;
  unit: DurationUnit;
}

/**
 * Hours per unit, for comparing durations across units. The format fixes these: a working day is
 * 33.6 hours (a 5-day week spread over 7 days), a month 730 hours, a year 8,760 hours. A working
 * hour is a working day's share of an 8-hour day.
 */
const HOURS_PER_UNIT: Readonly<Record<DurationUnit, number>> = Object.freeze({
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

/** Accepts any spelling the schema allows ("working day", "working_days", ...). */
export function normaliseUnit(unit: string): DurationUnit | undefined {
  const written = unit.trim().toLowerCase();
  if (!UNIT_PATTERN.test(written)) return undefined;
  return `${written.replace(' ', '_').replace(/s$/, '')}s` as DurationUnit;
}

/** Reads either form of a duration; undefined when it is not one (the schema reports that). */
export function parseDuration(duration: Duration | undefined): NormalDuration | undefined {
  if (duration === undefined || duration === null) return undefined;
  if (typeof duration === 'string') {
    const match = /^\s*([0-9]*\.?[0-9]+)\s+(.+?)\s*$/.exec(duration);
    if (!match) return undefined;
    const unit = normaliseUnit(match[2]!);
    const value = Number(match[1]);
    return unit && value > 0 ? { value, unit } : undefined;
  }
  if (typeof duration === 'object' && typeof duration.value === 'number' && typeof duration.unit === 'string') {
    const unit = normaliseUnit(duration.unit);
    return unit ? { value: duration.value, unit } : undefined;
  }
  return undefined;
}

export function toHours(duration: NormalDuration): number {
  return duration.value * HOURS_PER_UNIT[duration.unit];
}

/** Negative when a is shorter than b, 0 when equal, positive when longer. */
export function compareDurations(a: NormalDuration, b: NormalDuration): number {
  const difference = toHours(a) - toHours(b);
  return Math.abs(difference) < 1e-9 ? 0 : difference;
}

/** Whole days a duration spans on the calendar, for date arithmetic (review cadence). */
export function toCalendarDays(duration: NormalDuration): number {
  switch (duration.unit) {
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
