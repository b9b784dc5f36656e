import type { Fee, Money } from '../model/charter.js';
import { dateParts, dateText } from '../model/dates.js';
import { dateTimeFormat, listFormat, numberFormat } from './intl-cache.js';
import { resolveLanguage } from './locale.js';


/** 1,234.5 / 1.234,5; at most two decimals, none when whole. */
export function formatNumber(n: number, lang: string): string {
  // -0 is 0; a figure too small for two decimals keeps two significant digits ("0.001", not "0").
  const value = Object.is(n, -0) ? 0 : n;
  const digits = value !== 0 && Math.abs(value) < 0.01 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 2 };
  return numberFormat(resolveLanguage(lang).locale, digits).format(value);
}

/** n is on the 0-100 scale the charter uses: 95 → "95%" (en), "95 %" (de). */
export function formatPercent(n: number, lang: string): string {
  // The "unit" style takes 95 as 95 %, which avoids dividing by 100 and the float noise that brings.
  return numberFormat(resolveLanguage(lang).locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(Object.is(n, -0) ? 0 : n);
}

/** "£30", "£30.50", "30 €", "62,50 €": whole amounts without decimals. */
export function formatMoney(money: Money, lang: string): string {
  const { locale } = resolveLanguage(lang);
  const whole = Number.isInteger(money.amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  try {
    return numberFormat(locale, { style: 'currency', currency: money.currency, ...whole }).format(Object.is(money.amount, -0) ? 0 : money.amount);
  } catch {
    // A code Intl rejects; the schema should have caught it, but a page is better than a crash.
    return `${formatNumber(money.amount, lang)} ${money.currency}`;
  }
}

/**
 * "2026-01-20" → "20 January 2026" (en-GB), "January 20, 2026" (en-US), "20. Januar 2026" (de);
 * a month, "2018-06", → "June 2018" / "Juni 2018".
 */
export function formatDate(date: string | Date, lang: string): string {
  const { locale } = resolveLanguage(lang);
  // YAML may hand over a Date; a calendar date is a day, not an instant, so it is read and shown in UTC.
  const iso = dateText(date) ?? String(date);
  const parts = dateParts(iso);
  if (!parts) return iso;
  if (parts.day === undefined) return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(parts.year, parts.month - 1, 1)));
  const instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}

/** "a, b and c" / "a, b und c"; type "disjunction" gives "a, b or c". */
export function formatList(items: readonly string[], lang: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const list = listFormat(resolveLanguage(lang).locale, { style: 'long', type }).format(items);
  return resolveLanguage(lang).catalog.language === 'cy' ? welshList(list) : list;
}

/**
 * ICU's Welsh list writes "X, Y, a(c) Z", leaving the choice to the reader. Welsh has no comma
 * before "a", writes "ac" before a vowel, and "a" causes the aspirate mutation (c, p, t to ch, ph,
 * th): "Trigolion a Phobl", "Adborth a Chwynion".
 */
function welshList(list: string): string {
  const ASPIRATE: Readonly<Record<string, string>> = { c: 'ch', p: 'ph', t: 'th', C: 'Ch', P: 'Ph', T: 'Th' };
  return list.replace(/,? a\(c\) (\S)(\S?)/g, (_, first: string, second: string) => {
    if (/[aeiouwyâêîôûŵŷ]/i.test(first)) return ` ac ${first}${second}`;
    // "ch", "ph", "th" (and "Th") already are the mutated sounds.
    const mutated = ASPIRATE[first] && !/^[hH]$/.test(second) ? ASPIRATE[first] : first;
    return ` a ${mutated}${second}`;
  });
}

/** The price text of a service; its note is left to the caller, which shows it beside the price. */
export function formatFee(fee: Fee, lang: string): string {
  const { catalog } = resolveLanguage(lang);
  const money = (amount: number | undefined): string | undefined =>
    amount === undefined ? undefined : fee.currency ? formatMoney({ amount, currency: fee.currency }, lang) : formatNumber(amount, lang);
  switch (fee.type) {
    case 'free':
      return catalog.fees.free;
    case 'fixed':
      return money(fee.amount) ?? catalog.fees.types.fixed;
    case 'range': {
      const min = money(fee.min);
      const max = money(fee.max);
      return min && max ? catalog.fees.range(min, max) : catalog.fees.types.range;
    }
    case 'quoted':
      return catalog.fees.quoted(money(fee.from));
    case 'schedule':
      return catalog.fees.schedule(money(fee.from));
    case 'per_unit':
      return catalog.fees.perUnit(money(fee.amount) ?? '', fee.per ?? '');
  }
}

