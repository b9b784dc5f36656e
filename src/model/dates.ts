import type { NormalDuration } from './duration.js';
import { toCalendarDays } from './duration.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isRealDate(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date as YYYY-MM-DD. The YAML loader keeps dates as strings (YAML 1.2 core schema),
 * but a Date is accepted too, as the format says both are the same.
 */
export function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && ISO_DAY.test(value)) return value;
  return undefined;
}

/**
 * A date or a month (YYYY-MM) as one day: a month read as its first day (`first`, for "reviewed in
 * June 2018") or its last (`last`, for "due by June 2027").
 */
export function dayOf(value: unknown, end: 'first' | 'last'): string | undefined {
  const date = dateText(value);
  if (date) return date;
  const month = typeof value === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null;
  if (!month) return undefined;
  const [year, number] = [Number(month[1]), Number(month[2])];
  const day = end === 'first' ? 1 : new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month[1]}-${month[2]}-${String(day).padStart(2, '0')}`;
}

/** Year, month and day of a YYYY-MM-DD date, or year and month of a YYYY-MM month (day undefined). */
export function dateParts(date: string): { year: number; month: number; day?: number } | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), ...(match[3] === undefined ? {} : { day: Number(match[3]) }) };
}

/** Whole days since 1970-01-01 in UTC, so time zones and daylight saving never shift a date. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOf(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date a duration after `date`. Whole months and years move along the calendar (31 January + 1
 * month is 28 or 29 February, 29 February + 1 year is 28 February), as people count a review
 * cycle; every other unit, and fractions of months and years, go by toCalendarDays, rounded up.
 */
export function addDuration(date: string, duration: NormalDuration): string {
  if ((duration.unit === 'months' || duration.unit === 'years') && Number.isInteger(duration.value)) {
    const months = duration.unit === 'years' ? duration.value * 12 : duration.value;
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
    return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
  }
  return dateOf(dayNumber(date) + Math.ceil(toCalendarDays(duration) - 1e-9));
}
