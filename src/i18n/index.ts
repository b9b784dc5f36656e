import { cy } from './cy.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { sw } from './sw.js';
import type { Catalog } from './types.js';

export type { Catalog } from './types.js';

/** Adding a language: one file and one line here. */
const CATALOGS: ReadonlyMap<string, Catalog> = new Map([
  ['en', en],
  ['cy', cy],
  ['de', de],
  ['es', es],
  ['fr', fr],
  ['sw', sw],
]);

/** The primary subtag of a language tag, lower case: "de-DE" → "de". */
export function primaryLanguage(languageTag: string): string {
  return languageTag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** The catalogue for a language tag, by its primary subtag; English when there is none. */
export function catalogFor(languageTag: string): Catalog {
  return CATALOGS.get(primaryLanguage(languageTag)) ?? en;
}

/** The languages that have a catalogue, for tests and for messages about unsupported languages. */
export function supportedLanguages(): string[] {
  return [...CATALOGS.keys()];
}
