import type { Charter } from '../model/charter.js';
import { translatableTexts } from '../schema/translatable.js';
import type { LoadedTranslation } from '../source/translations/load-translations.js';
import type { PoEntry } from '../source/translations/po-file.js';
import { entryState } from './entry-state.js';

/**
 * The charter in a translation's language: every text with a translation in use replaced by it
 * (entryState decides), everything else (ids, numbers, durations, addresses) as in the source.
 * The language becomes the translation's, so headings, numbers and dates follow it; the source
 * language and the other translations become its translations, for the page's list of languages.
 */
export function translatedCharter(charter: Charter, translation: LoadedTranslation): Charter {
  const copy = structuredClone(charter) as Charter;
  const entries = new Map<string, PoEntry>((translation.po?.entries ?? []).map((e) => [e.context, e]));
  for (const text of translatableTexts(charter)) {
    const entry = entries.get(text.context);
    if (entryState(entry, text.text) === 'in-use') setAt(copy, text.path, entry!.msgstr);
  }
  const primary = charter.meta.languages.primary;
  const others = (charter.meta.languages.translations ?? []).filter((t) => t.lang !== translation.lang);
  copy.meta.languages = {
    primary: translation.lang,
    translations: [{ lang: primary, scope: 'full' }, ...others],
  };
  return copy;
}

function setAt(root: unknown, path: ReadonlyArray<string | number>, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}
