/**
 * Intl formatters, made once per locale and options: making one costs far more than using it (ICU
 * loads its data), and a charter formats hundreds of numbers, dates and lists.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) made.set(key, (formatter = make()));
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return once(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return once(`list|${locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return once(`plural|${locale}`, () => new Intl.PluralRules(locale));
}
