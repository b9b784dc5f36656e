import type { Severity } from '../diagnostics.js';
import type { Charter, Duration } from '../model/charter.js';
import { isPublicSector } from '../model/organisation.js';
import { formatDuration } from '../words/index.js';

/**
 * The words of lint messages. Messages are in English (the tool's own language, whatever the
 * charter's), and say durations with the same formatter the pages use.
 */

/** "1 working day", "30 seconds". */
export function duration(value: Duration): string {
  return formatDuration(value, 'en');
}

/** Numbers in messages: no float noise (0.1 + 0.2), no trailing zeros, no grouping ("1000"). */
export function number(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st: positions in a list, counted as people count. */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Rules that are errors for public bodies and warnings for businesses and charities. */
export function sectorSeverity(charter: Charter): Severity {
  return isPublicSector(charter) ? 'error' : 'warning';
}
