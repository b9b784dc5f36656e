import type { Standard } from '../model/charter.js';
import { normaliseUnit } from '../model/duration.js';
import { isPercentUnit } from '../model/standards.js';
import { formatDuration } from './durations.js';
import { resolveLanguage } from './locale.js';
import { formatNumber, formatPercent } from './numbers.js';

type LastResult = NonNullable<NonNullable<Standard['reporting']>['last_result']>;

/** A last result's value in its unit: 82.7 percent → "82.7%" / "82,7 %"; other units follow the number. */
export function formatResultValue(result: LastResult, lang: string): string {
  const unit = result.unit?.trim();
  if (isPercentUnit(unit)) return formatPercent(result.value, lang);
  // A time ("2.5 working_days", as a results file gives it): in the page's words for the unit.
  const durationUnit = unit ? normaliseUnit(unit) : undefined;
  if (durationUnit) return formatDuration({ value: result.value, unit: durationUnit }, lang);
  return unit ? `${formatNumber(result.value, lang)} ${unit}` : formatNumber(result.value, lang);
}

/** A last result under a "Last result" header: "94% (2025; target met)". */
export function formatResult(result: LastResult, lang: string): string {
  const period = result.period === undefined ? undefined : String(result.period);
  return resolveLanguage(lang).catalog.standards.result(period, formatResultValue(result, lang), result.met);
}

/** "Last result (2025): 94% (target met)". The period is printed as written: a year is not a number to group. */
export function formatLastResult(result: LastResult, lang: string): string {
  const period = result.period === undefined ? undefined : String(result.period);
  return resolveLanguage(lang).catalog.standards.lastResult(period, formatResultValue(result, lang), result.met);
}
