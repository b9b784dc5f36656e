import type { PoEntry } from '../source/translations/po-file.js';

/**
 * What a PO entry is worth for its source text: in use, or why not. The one place that decides,
 * for the checks and for the build alike. As in gettext, a `fuzzy` translation is not used; nor
 * is one made for another source text (its msgid is not the text in charter.yaml now). Either
 * could print a promise the charter no longer makes, so the page shows the source text until a
 * translator has checked it.
 */
export type EntryState = 'in-use' | 'missing' | 'fuzzy' | 'outdated';

export function entryState(entry: PoEntry | undefined, sourceText: string): EntryState {
  if (!entry || entry.msgstr.trim() === '') return 'missing';
  if (entry.fuzzy) return 'fuzzy';
  if (entry.msgid !== sourceText) return 'outdated';
  return 'in-use';
}
