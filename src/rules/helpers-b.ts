import { isStaff } from '../model/audience.js';
import type { Severity } from '../diagnostics.js';
import type { NormalDuration } from '../model/duration.js';
import type { Charter, Standard } from '../types/charter.js';

/** A standard with the data path it lives at, public or staff-only. */
export interface PlacedStandard {
  standard: Standard;
  path: (string | number)[];
  isPublic: boolean;
}

/** Public standards first, then staff.internal_standards, each with its data path. */
export function allStandards(charter: Charter): PlacedStandard[] {
  const placed: PlacedStandard[] = charter.standards.map((standard, index) => ({
    standard,
    path: ['standards', index],
    isPublic: standard.audience !== 'staff',
  }));
  (charter.staff?.internal_standards ?? []).forEach((standard, index) => {
    placed.push({ standard, path: ['staff', 'internal_standards', index], isPublic: false });
  });
  return placed;
}


const PUBLIC_SECTORS: ReadonlySet<string> = new Set(['public_agency', 'local_government', 'utility', 'health']);

/** Rules that are errors for public bodies and warnings for businesses and charities. */
export function sectorSeverity(charter: Charter): Severity {
  return PUBLIC_SECTORS.has(charter.meta.organisation.sector) ? 'error' : 'warning';
}

/** `last_result.unit` spellings that mean the value is a percent. */
const PERCENT_UNITS: ReadonlySet<string> = new Set(['percent', 'per cent', 'per_cent', '%']);

export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERCENT_UNITS.has(unit.trim().toLowerCase());
}

const UNIT_WORDS: Readonly<Record<NormalDuration['unit'], readonly [string, string]>> = Object.freeze({
  seconds: ['second', 'seconds'],
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  working_hours: ['working hour', 'working hours'],
  working_days: ['working day', 'working days'],
  calendar_days: ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
});

/** "1 working day", "30 seconds": how a duration reads in a message. */
export function formatDuration(duration: NormalDuration): string {
  const [one, many] = UNIT_WORDS[duration.unit];
  return `${formatNumber(duration.value)} ${duration.value === 1 ? one : many}`;
}

/** Numbers in messages: no float noise (0.1 + 0.2), no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/**
 * A calendar date as YYYY-MM-DD. The YAML loader keeps dates as strings (YAML 1.2 core schema),
 * but a Date is accepted too, as the format says both are the same.
 */
export function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return undefined;
}

/** Anything without `audience: staff` is public (the format's default). */
export function isPublic(item: { audience?: 'public' | 'staff' } | undefined): boolean {
  return !isStaff(item);
}
