import type { PoTable, PoTranslation } from 'gettext-parser';
import type { TranslatableText } from '../schema/translatable.js';

export interface PoUpdate {
  table: PoTable;
  added: number;
  /** Kept with a translation made for an earlier source text, now marked fuzzy. */
  changed: number;
  /** No longer in charter.yaml: kept as obsolete (#~) entries when translated, so nothing is lost. */
  obsolete: number;
}

/**
 * The PO table for the charter's texts now, from the file as it was (or none): never loses a
 * translation. A new text gets an empty msgstr; a text whose source changed keeps its translation,
 * marked fuzzy with the text it was made for as `#| msgid`; a text that no longer exists keeps its
 * translation as an obsolete entry, and comes back from there (fuzzy) if the text returns.
 * Entries follow charter.yaml's order; each says where its text is (`#: charter.yaml:12`).
 */
export function updatePo(previous: PoTable | undefined, texts: readonly TranslatableText[], info: { lang: string; sourceLang: string; project: string; narrative?: string; lineOf: (text: TranslatableText) => number; yamlName: string }): PoUpdate {
  const old = new Map<string, PoTranslation>();
  for (const [context, byId] of Object.entries(previous?.translations ?? {})) {
    for (const entry of Object.values(byId)) if (!(context === '' && entry.msgid === '')) old.set(context, entry);
  }
  const obsoleteBefore = new Map<string, PoTranslation>();
  for (const [context, byId] of Object.entries(previous?.obsolete ?? {})) for (const entry of Object.values(byId)) obsoleteBefore.set(context, entry);

  const translations: PoTable['translations'] = {};
  let added = 0;
  let changed = 0;
  const seen = new Set<string>();
  for (const text of texts) {
    seen.add(text.context);
    const before = old.get(text.context) ?? obsoleteBefore.get(text.context);
    const translated = before?.msgstr.join('') ?? '';
    const comments: NonNullable<PoTranslation['comments']> = { reference: `${info.yamlName}:${info.lineOf(text)}` };
    if (text.staff) comments.extracted = 'Staff only: shown in the staff handbook, never in a public output.';
    const flags = new Set((before?.comments?.flag ?? '').split(/[\s,]+/).filter(Boolean));
    if (!before) added++;
    if (before && translated !== '' && (before.msgid !== text.text || !old.has(text.context))) {
      // Changed (or revived from obsolete): the translation stays, for a translator to check against the new text.
      if (!flags.has('fuzzy')) changed++;
      flags.add('fuzzy');
      comments.previous = before.comments?.previous ?? `msgid ${JSON.stringify(before.msgid)}`;
    } else if (flags.has('fuzzy') && before?.comments?.previous) {
      comments.previous = before.comments.previous;
    }
    if (before?.comments?.translator) comments.translator = before.comments.translator;
    if (flags.size) comments.flag = [...flags].join(', ');
    translations[text.context] = { [text.text]: { msgctxt: text.context, msgid: text.text, msgstr: [translated], comments } };
  }

  const obsolete: NonNullable<PoTable['obsolete']> = {};
  let gone = 0;
  for (const [context, entry] of [...old, ...obsoleteBefore]) {
    if (seen.has(context) || entry.msgstr.join('') === '' || obsolete[context]) continue;
    obsolete[context] = { [entry.msgid]: { msgctxt: context, msgid: entry.msgid, msgstr: entry.msgstr, comments: {} } };
    if (old.has(context)) gone++;
  }

  const headers: Record<string, string> = {
    'Project-Id-Version': info.project,
    ...(previous?.headers ?? {}),
    Language: info.lang,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Source-Language': info.sourceLang,
    ...(info.narrative ? { 'X-Narrative': info.narrative } : {}),
  };
  const header: PoTranslation = { msgid: '', msgstr: [''] };
  return { table: { charset: 'utf-8', headers, translations: { '': { '': header }, ...translations }, obsolete }, added, changed, obsolete: gone };
}
