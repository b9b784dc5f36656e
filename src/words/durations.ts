import type { Quantity } from '../i18n/types.js';
import { parseDuration } from '../model/duration.js';
import type { Compensation, Duration, Target } from '../model/charter.js';
import { resolveLanguage } from './locale.js';
import { formatDays, formatTime } from './hours.js';
import { formatFee, formatMoney, formatNumber, formatPercent } from './numbers.js';
import { pluralRules } from './intl-cache.js';

/** The duration as a Quantity for the catalogue; undefined when it does not parse (the schema reports that). */
function quantity(duration: Duration | undefined, lang: string): Quantity | undefined {
  const d = parseDuration(duration);
  if (!d) return undefined;
  const { locale } = resolveLanguage(lang);
  return {
    value: d.value,
    unit: d.unit,
    number: formatNumber(d.value, lang),
    one: d.min === undefined && pluralRules(locale).select(d.value) === 'one',
    ...(d.min === undefined ? {} : { min: formatNumber(d.min, lang) }),
  };
}

/** What the author wrote, for a duration that does not parse. */
function asWritten(duration: Duration | undefined): string {
  if (duration === undefined || duration === null) return '';
  if (typeof duration === 'string') return duration;
  return duration.value === undefined ? `${duration.min}-${duration.max} ${duration.unit}` : `${duration.value} ${duration.unit}`;
}

/** "1 working day", "2 working days", "1.5 hours"; "1 Werktag", "2 Werktage", "1,5 Stunden". */
export function formatDuration(duration: Duration, lang: string): string {
  const q = quantity(duration, lang);
  return q ? resolveLanguage(lang).catalog.durations.amount(q) : asWritten(duration);
}

/** "within 2 working days" / "innerhalb von 2 Werktagen". */
export function formatWithin(duration: Duration, lang: string): string {
  const q = quantity(duration, lang);
  return q ? resolveLanguage(lang).catalog.durations.within(q) : asWritten(duration);
}

/** A cadence: "every 2 years", "every year" / "alle 2 Jahre", "jedes Jahr". */
export function formatEvery(duration: Duration, lang: string): string {
  const q = quantity(duration, lang);
  return q ? resolveLanguage(lang).catalog.durations.every(q) : asWritten(duration);
}

/**
 * A standard's target in words: "within 2 working days", "95% within 2 hours", "90% of …",
 * "at least 48 hours' notice", "no more than 2 … in any 12 months". Missing parts are left out
 * rather than invented (lint reports them before anything is rendered).
 */
export function formatTarget(target: Target, lang: string): string {
  const words = targetWords(target, lang);
  return target.statistic ? resolveLanguage(lang).catalog.targets.statistic(target.statistic, words) : words;
}

/** A target's variants in words, one line each: "emergency: within 15 days (extra fee: ₹200)". */
export function formatVariants(target: Target, lang: string): string[] {
  const { catalog } = resolveLanguage(lang);
  return (target.variants ?? []).map((variant) => {
    const parts: string[] = [];
    const threshold = variant.threshold === undefined ? undefined : { ...target, threshold: variant.threshold, variants: undefined };
    if (threshold && variant.percent !== undefined) parts.push(formatTarget({ ...threshold, percent: variant.percent }, lang));
    else if (threshold) parts.push(formatTarget(target.kind === 'percent_within' || target.kind === 'minimum_notice' ? threshold : { ...threshold, kind: 'within' }, lang));
    else if (variant.percent !== undefined) parts.push(formatPercent(variant.percent, lang));
    if (variant.when) parts.push(variant.when);
    if (variant.fee) parts.push(formatFee(variant.fee, lang));
    return catalog.targets.variant(variant.label, parts.join('; '));
  });
}

function targetWords(target: Target, lang: string): string {
  const { catalog } = resolveLanguage(lang);
  const threshold = quantity(target.threshold, lang);
  const percent = target.percent === undefined ? '' : formatPercent(target.percent, lang);
  switch (target.kind) {
    case 'within':
      return threshold ? catalog.durations.within(threshold) : '';
    case 'percent_within':
      return threshold ? catalog.targets.percentWithin(percent, catalog.durations.within(threshold)).trim() : percent;
    case 'percent':
      return catalog.targets.percent(percent, target.measure?.trim() || undefined);
    case 'minimum_notice':
      return threshold ? catalog.durations.minimumNotice(threshold) : '';
    case 'max_count': {
      const period = quantity(target.period, lang);
      const count = target.count === undefined ? '' : formatNumber(target.count, lang);
      return catalog.targets.maxCount(count, target.measure?.trim() || undefined, period ? catalog.durations.period(period) : '').trim();
    }
    case 'min_count': {
      const period = quantity(target.period, lang);
      const count = target.count === undefined ? '' : formatNumber(target.count, lang);
      return catalog.targets.minCount(count, target.measure?.trim() || undefined, period ? catalog.durations.period(period) : '').trim();
    }
    case 'immediate':
      return catalog.targets.immediate;
    case 'same_day':
      return catalog.targets.sameDay(target.cutoff ? formatTime(target.cutoff, lang) : undefined);
    case 'measure': {
      const direction = target.min !== undefined ? 'min' : 'max';
      const value = formatNumber((direction === 'min' ? target.min : target.max) ?? 0, lang);
      return catalog.targets.measure(target.measure?.trim() ?? '', direction, `${value} ${target.unit ?? ''}`.trim());
    }
    case 'schedule':
      return catalog.targets.schedule(target.frequency ?? 'weekly', target.days?.length ? formatDays(target.days, lang) : undefined);
    case 'defined_by':
      return catalog.targets.definedBy(target.reference ?? '');
  }
}

/** "If we miss this, we pay you £10, plus £2 for every further working day. You need to claim it within 3 months. …" */
export function formatCompensation(compensation: Compensation, lang: string): string {
  const { catalog } = resolveLanguage(lang);
  const within = (d: Duration | undefined): string | undefined => {
    const q = quantity(d, lang);
    return q ? catalog.durations.within(q) : undefined;
  };
  const per = quantity(compensation.further_per, lang);
  return catalog.compensation.describe({
    amount: compensation.amount && formatMoney(compensation.amount, lang),
    nonHousehold: compensation.amount_non_household && formatMoney(compensation.amount_non_household, lang),
    further:
      compensation.further_amount && per
        ? { amount: formatMoney(compensation.further_amount, lang), per: catalog.durations.eachFurther(per) }
        : undefined,
    payment: compensation.payment,
    payWithin: within(compensation.pay_within),
    claimWithin: within(compensation.claim_within),
    latePayment: compensation.late_payment ? { amount: formatMoney(compensation.late_payment.amount, lang), ...(within(compensation.late_payment.after) ? { after: within(compensation.late_payment.after)! } : {}) } : undefined,
    limit: compensation.limit && quantity(compensation.limit.per, lang) ? { count: formatNumber(compensation.limit.count, lang), per: catalog.durations.period(quantity(compensation.limit.per, lang)!) } : undefined,
  });
}
