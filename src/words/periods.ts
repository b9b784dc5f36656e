import type { Period } from '../model/periods.js';
import { dateTimeFormat } from './intl-cache.js';
import { resolveLanguage } from './locale.js';

/**
 * A period in words, in the page's language, by Intl: "July – September 2026" (a quarter),
 * "July 2026", "2026", "April 2026 – March 2027" (a financial year), "1 – 15 July 2026".
 */
export function formatPeriod(period: Period, lang: string): string {
  // A results file names the same periods for every standard; formatRange is slow enough to keep each.
  const key = `${lang}|${period.kind}|${period.start}|${period.end}`;
  let words = said.get(key);
  if (words === undefined) said.set(key, (words = inWords(period, lang)));
  return words;
}

const said = new Map<string, string>();

function inWords(period: Period, lang: string): string {
  const { locale } = resolveLanguage(lang);
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  switch (period.kind) {
    case 'year':
      return period.start.slice(0, 4);
    case 'month':
      return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
    case 'range':
      return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(start, end);
    default:
      return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(start, end);
  }
}
