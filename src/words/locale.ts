import { catalogFor, primaryLanguage, type Catalog } from '../i18n/index.js';

/** A catalogue and the Intl locale that goes with it. */
export interface Language {
  catalog: Catalog;
  locale: string;
}

/**
 * The words come from the catalogue of the tag's primary subtag; Intl gets the full tag (so en-US
 * dates read "January 20, 2026"). When the tag is bare ("en") or has no catalogue of its own ("cy"
 * falls back to English), Intl gets the catalogue's default locale instead, so numbers and dates never
 * come out in a different language from the words around them, and never from the machine's locale.
 */
export function resolveLanguage(languageTag: string): Language {
  let language = resolved.get(languageTag);
  if (!language) resolved.set(languageTag, (language = resolve(languageTag)));
  return language;
}

/** Every word of a page asks for its language: resolved once per tag. */
const resolved = new Map<string, Language>();

function resolve(languageTag: string): Language {
  const catalog = catalogFor(languageTag);
  let locale = catalog.defaultLocale;
  if (primaryLanguage(languageTag) === catalog.language && /[-_]/.test(languageTag.trim())) {
    try {
      locale = Intl.getCanonicalLocales(languageTag.trim().replace(/_/g, '-'))[0] ?? locale;
    } catch {
      // Not a well-formed tag: keep the default locale rather than fail a render over it.
    }
  }
  return { catalog, locale };
}
