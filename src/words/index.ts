/**
 * Numbers, dates and durations in words, shared by the HTML page, the website summary and the
 * handbook. Every function takes a language tag ("en-GB", "de-DE"), is pure, and passes explicit
 * locales to Intl so the output never depends on the machine it runs on.
 */
export { resolveLanguage, type Language } from './locale.js';
export { listFormat } from './intl-cache.js';
export {
  formatDate,
  formatFee,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
} from './numbers.js';
export { formatLastResult, formatResult, formatResultValue } from './results.js';
export { formatPeriod } from './periods.js';
export { englishLanguageName, ownLanguageName } from './language-name.js';
export { formatCompensation, formatDuration, formatEvery, formatTarget, formatVariants, formatWithin } from './durations.js';
export { formatAvailability, formatDays, formatHours, formatTime, type HoursRow } from './hours.js';
