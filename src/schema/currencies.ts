import currencyCodesModule from 'currency-codes';

/**
 * ISO 4217 codes in use, from the currency-codes package (its data is the ISO 4217 maintenance
 * agency's list). Intl is not the source: it also accepts withdrawn codes.
 */
let codes: Set<string> | undefined;
export function currencyCodes(): Set<string> {
  codes ??= new Set((currencyCodesModule as { codes(): string[] }).codes());
  return codes;
}

export function isCurrency(code: string): boolean {
  return currencyCodes().has(code);
}
