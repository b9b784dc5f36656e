import type { Charter } from '../model/charter.js';
import { englishLanguageName as languageName } from '../words/language-name.js';
import type { PoEntry } from '../source/translations/po-file.js';
import { entryState } from '../translation/entry-state.js';
import type { Change } from './compare.js';

/** A translation of one side of a diff: its language and its PO entries. */
export interface SideTranslation {
  lang: string;
  entries: readonly PoEntry[];
}

/**
 * The promises that changed in one language only. A commitment whose translation changed while the
 * source text did not may now promise something else in that language: `unclear`, so that
 * --fail-on-loosened stops it for a person to read. A commitment whose source changed while its
 * translation did not leaves that language's page with the source text (the translation is out of
 * date, and not used): `changed`.
 */
export function compareTranslations(old: Charter, now: Charter, oldTranslations: readonly SideTranslation[], newTranslations: readonly SideTranslation[]): Change[] {
  const changes: Change[] = [];
  const primary = languageName(now.meta.languages.primary);
  const before = new Map(old.standards.map((s) => [s.id, s.commitment]));
  for (const translation of newTranslations) {
    const earlier = oldTranslations.find((t) => t.lang.toLowerCase() === translation.lang.toLowerCase());
    if (!earlier) continue;
    const name = languageName(translation.lang);
    for (const standard of now.standards) {
      const was = before.get(standard.id);
      if (was === undefined) continue;
      const context = `standards/${standard.id}/commitment`;
      const oldText = inUse(earlier.entries, context, was);
      const newText = inUse(translation.entries, context, standard.commitment);
      const subject = `standard "${standard.id}" in ${name}`;
      if (was === standard.commitment && oldText !== newText) {
        changes.push({
          verdict: 'unclear',
          subject,
          detail:
            newText === undefined
              ? `the ${name} promise is no longer translated; the ${primary} one did not change`
              : `the ${name} promise changed, the ${primary} one did not: "${oldText ?? was}" -> "${newText}"`,
        });
      } else if (was !== standard.commitment && oldText !== undefined && oldText === writtenTranslation(translation.entries, context)) {
        changes.push({ verdict: 'changed', subject, detail: `the ${primary} promise changed and the ${name} translation did not: it is out of date, and the ${name} page shows the ${primary} text until it is translated` });
      }
    }
  }
  return changes;
}

function inUse(entries: readonly PoEntry[], context: string, source: string): string | undefined {
  const entry = entries.find((e) => e.context === context);
  return entryState(entry, source) === 'in-use' ? entry!.msgstr : undefined;
}

/** The translation written in the file, whatever source it was made for. */
function writtenTranslation(entries: readonly PoEntry[], context: string): string | undefined {
  const entry = entries.find((e) => e.context === context);
  return entry && entry.msgstr !== '' ? entry.msgstr : undefined;
}
