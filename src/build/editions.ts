import type { CheckedCharter } from '../check/check-charter.js';
import type { NarrativeBlock } from '../source/narrative/parse-narrative.js';
import { ownLanguageName as ownName } from '../words/language-name.js';
import type { LanguageLink } from '../render/render-context.js';
import { translatedCharter } from '../translation/translated-charter.js';

export type { LanguageLink };

/** One language of a charter's public outputs. */
export interface Edition {
  lang: string;
  /** What the file names carry: "" for the primary language (charter.html), ".cy" for a translation (charter.cy.html). */
  suffix: string;
  /** The charter in this language, ready to render like any checked charter. */
  checked: CheckedCharter;
  /** A `summary` translation gets its summary only; a full one every output. */
  summaryOnly: boolean;
  /** Every page of the charter in another language, this one marked current. */
  languages: LanguageLink[];
  /** For a translation: the charter in its source language (its summary keeps the same parts). */
  source?: CheckedCharter;
}

/**
 * The languages an error-free charter is published in: its primary language, then each
 * translation that has a PO file (a `title_only` one is only listed, never built). A text the
 * translation leaves out, or whose translation is not in use (fuzzy, made for an earlier text),
 * stays in the source language, and so does a narrative block without its translation.
 */
export function editionsOf(checked: CheckedCharter): Edition[] {
  const charter = checked.charter!;
  const primary = charter.meta.languages.primary;
  const built = checked.translations.filter((t) => t.po && t.scope !== 'title_only');
  const pages = built.filter((t) => t.scope === 'full');
  const links = (current: string): LanguageLink[] =>
    [{ lang: primary, href: 'charter.html' }, ...pages.map((t) => ({ lang: t.lang, href: `charter.${t.lang}.html` }))].map((l) => ({ ...l, name: ownName(l.lang), current: l.lang === current }));
  const editions: Edition[] = [{ lang: primary, suffix: '', checked, summaryOnly: false, languages: pages.length ? links(primary) : [] }];
  for (const translation of built) {
    const blocks = new Map<string, NarrativeBlock>(checked.narrative.blocks);
    // A translated block is for whom its source block is: a heading that lost "audience=staff" in
    // translation must not bring staff prose into a public page.
    for (const [id, block] of translation.narrative.blocks) {
      const source = blocks.get(id);
      if (source) blocks.set(id, { ...block, audience: source.audience, definitions: block.definitions.map((d) => ({ ...d, audience: source.audience === 'staff' ? 'staff' : d.audience })) });
    }
    editions.push({
      lang: translation.lang,
      suffix: `.${translation.lang}`,
      checked: { ...checked, charter: translatedCharter(charter, translation), narrative: { files: translation.narrative.files, blocks } },
      summaryOnly: translation.scope === 'summary',
      languages: links(translation.lang),
      source: checked,
    });
  }
  return editions;
}
