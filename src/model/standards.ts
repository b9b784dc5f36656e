import { isStaff } from './audience.js';
import type { Charter, Standard } from './charter.js';
import type { DataPath } from './data-path.js';

/** A standard with the data path it lives at, public or staff-only. */
export interface PlacedStandard {
  standard: Standard;
  path: DataPath;
  isPublic: boolean;
}

/** All standards, public and internal: charter.standards first, then staff.internal_standards, each with its data path. */
export function allStandards(charter: Charter): PlacedStandard[] {
  return [
    ...charter.standards.map((standard, index) => ({ standard, path: ['standards', index], isPublic: !isStaff(standard) })),
    ...(charter.staff?.internal_standards ?? []).map((standard, index) => ({ standard, path: ['staff', 'internal_standards', index], isPublic: false })),
  ];
}

/** `last_result.unit` spellings that mean the value is a percent. */
const PERCENT_UNITS: ReadonlySet<string> = new Set(['percent', 'per cent', 'per_cent', '%']);

export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERCENT_UNITS.has(unit.trim().toLowerCase());
}

/**
 * Whether a result is in percent: its unit says so, or it has no unit and its target is a percent.
 * The page, the chart and the rules all ask this one question.
 */
export function isPercentResult(target: Standard['target'], unit: string | undefined): boolean {
  return isPercentUnit(unit) || (unit === undefined && typeof target.percent === 'number');
}

/** Whether a text states an amount of money's number ("£40", "40 GBP", "25 €"): the promise already says what it pays. */
export function mentionsAmount(text: string, amount: number): boolean {
  const written = String(amount).replace('.', '[.,]');
  return new RegExp(`(?<![\\d.,])${written}(?:[.,]00)?(?![\\d])`).test(text);
}

