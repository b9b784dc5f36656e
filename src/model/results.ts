import type { Standard } from './charter.js';
import { compareDurations, parseDuration, type DayBasis, type NormalDuration } from './duration.js';
import type { Period } from './periods.js';
import { isPercentUnit } from './standards.js';

type Target = Standard['target'];

/** What a result of a standard is, by its target's kind; undefined when the target has no figure to report against. */
export type ValueKind = 'percent' | 'count' | 'duration' | 'measure';

export function valueKind(target: Target): ValueKind | undefined {
  switch (target.kind) {
    case 'percent':
    case 'percent_within':
      return 'percent';
    case 'max_count':
    case 'min_count':
      return 'count';
    case 'within':
    case 'minimum_notice':
      return 'duration';
    case 'measure':
      return 'measure';
    default:
      return undefined;
  }
}

/** A result's value as read: a number (percent, count, measure), or a duration for `within` and `minimum_notice`. */
export type ResultValue = { number: number; duration?: undefined } | { number: number; duration: NormalDuration };

/** One result of the results file: a standard, a period, its value, and the verdict. */
export interface Result {
  standard: string;
  period: Period;
  value: ResultValue;
  /** The value as the file writes it ("76.4", "2.5 working days"). */
  written: string;
  sample?: number;
  note?: string;
  /** Whether it met the target; undefined when that cannot be judged. */
  met: boolean | undefined;
  /** The line of its row in the CSV file. */
  line: number;
}

export type ReadValue = { ok: true; value: ResultValue } | { ok: false; message: string };

/**
 * Reads a value in the terms of the standard's target: a percent from 0 to 100 ("76.4" or
 * "76.4%"), a count that is a whole number of 0 or more, a duration with its unit ("2.5 working
 * days"), or a number in the measure's unit.
 */
export function readValue(target: Target, text: string, basis?: DayBasis): ReadValue {
  const kind = valueKind(target);
  const written = text.trim();
  if (!kind) return { ok: false, message: `a ${target.kind} target has no figure to report a result against` };
  if (kind === 'duration') {
    if (/^[\d.,]+$/.test(written)) return { ok: false, message: `"${written}" has no unit; write a duration such as "${written} working days"` };
    const duration = parseDuration(written, basis);
    if (!duration || duration.min !== undefined || !(duration.value >= 0)) return { ok: false, message: `"${written}" is not a duration such as "2.5 working days"` };
    return { ok: true, value: { number: duration.value, duration } };
  }
  const number = kind === 'percent' ? written.replace(/\s*%$/, '') : written;
  if (!/^-?\d+(\.\d+)?$/.test(number)) return { ok: false, message: `"${written}" is not a number${kind === 'percent' ? ' (a percent such as 76.4)' : ''}` };
  const value = Number(number);
  // A percent or a count has no sign, not even "-0" (which is not below zero); a measure may be.
  const signed = number.startsWith('-');
  if (kind === 'percent' && (signed || value > 100)) return { ok: false, message: `${written} is not a percent from 0 to 100` };
  if (kind === 'count' && (signed || !Number.isInteger(value))) return { ok: false, message: `${written} is not a count (a whole number, 0 or more)` };
  return { ok: true, value: { number: value } };
}

/**
 * Whether a result met its target, or undefined when that cannot be judged. The one function
 * that decides "met": the lint rules, the page, the chart, the open data and the diff all ask it.
 * A result in a unit other than the target's (a percent for a count target) is not comparable.
 */
export function resultMet(target: Target, value: ResultValue, unit?: string): boolean | undefined {
  const percentKind = target.kind === 'percent' || target.kind === 'percent_within';
  if (percentKind && typeof target.percent === 'number' && (unit === undefined || isPercentUnit(unit))) return value.number >= target.percent;
  if (isPercentUnit(unit)) return undefined;
  if (target.kind === 'max_count' && typeof target.count === 'number') return value.number <= target.count;
  if (target.kind === 'min_count' && typeof target.count === 'number') return value.number >= target.count;
  if (target.kind === 'measure') {
    if (typeof target.min === 'number') return value.number >= target.min;
    if (typeof target.max === 'number') return value.number <= target.max;
    return undefined;
  }
  if ((target.kind === 'within' || target.kind === 'minimum_notice') && value.duration) {
    const promised = parseDuration(target.threshold, value.duration.basis);
    if (!promised) return undefined;
    const difference = compareDurations(value.duration, promised);
    if (Number.isNaN(difference)) return undefined;
    return target.kind === 'within' ? difference <= 0 : difference >= 0;
  }
  return undefined;
}

/** The verdict on a last result: what the charter says (`met`), else what the figures say. */
export function lastResultMet(standard: Standard): boolean | undefined {
  const result = standard.reporting?.last_result;
  if (!result) return undefined;
  return result.met ?? resultMet(standard.target, { number: result.value }, result.unit);
}

/** Each standard's latest result, by standard id: one pass, for checks that ask of every standard. */
export function latestResults(results: readonly Result[]): Map<string, Result> {
  const latest = new Map<string, Result>();
  for (const r of results) {
    const seen = latest.get(r.standard);
    if (!seen || r.period.end > seen.period.end) latest.set(r.standard, r);
  }
  return latest;
}

/** The unit a result is written in: percent, the duration's unit, or a measure's unit (none for a count). */
export function resultUnit(target: Target, result: Result): string | undefined {
  const kind = valueKind(target);
  return kind === 'percent' ? 'percent' : kind === 'duration' ? result.value.duration?.unit : kind === 'measure' ? target.unit : undefined;
}

/** Each standard's results, by standard id, oldest period first: one pass over the file. */
export function resultsByStandard(results: readonly Result[]): Map<string, Result[]> {
  const grouped = new Map<string, Result[]>();
  for (const r of results) {
    let list = grouped.get(r.standard);
    if (!list) grouped.set(r.standard, (list = []));
    list.push(r);
  }
  for (const list of grouped.values()) list.sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0));
  return grouped;
}
