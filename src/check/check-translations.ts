import { diagnostic, START_OF_FILE, type Diagnostic, type Position } from '../diagnostics.js';
import { toolDiagnostic } from '../rule-ids.js';
import type { Charter } from '../model/charter.js';
import { translatableTexts } from '../schema/translatable.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import type { NarrativeBlock } from '../source/narrative/parse-narrative.js';
import type { LoadedTranslation } from '../source/translations/load-translations.js';
import type { PoEntry } from '../source/translations/po-file.js';
import { entryState } from '../translation/entry-state.js';
import { differentNumbers } from '../translation/same-numbers.js';
import { didYouMean, withSuggestion } from '../util/did-you-mean.js';
import { shorten } from '../util/shorten.js';
import { englishLanguageName } from '../words/language-name.js';

/**
 * The four translation rules (docs/translations.md), for every built translation, placed in its
 * PO file or translated narrative: translation-missing (an error for `scope: full`, a warning for
 * `summary`; a `title_only` translation needs only the title), translation-stale,
 * translation-numbers and translation-unknown. Staff-only texts are translated for the
 * handbook, but a missing one is not reported: the public charter does not wait for them.
 */
export function checkTranslations(charter: Charter, narrative: NarrativeSet, translations: readonly LoadedTranslation[]): Diagnostic[] {
  // Most charters have no translation to check: the walk over every text is not made for them.
  if (!translations.some((t) => t.po)) return [];
  const texts = translatableTexts(charter);
  const diagnostics: Diagnostic[] = [];
  for (const translation of translations) {
    if (!translation.po) continue;
    const name = englishLanguageName(translation.lang);
    const file = translation.file;
    const entries = new Map<string, PoEntry>(translation.po.entries.map((e) => [e.context, e]));
    const contexts = new Set(texts.map((t) => t.context));
    const missing = (at: Position, message: string, where = file) =>
      diagnostics.push(diagnostic(where, at, translation.scope === 'full' ? 'error' : 'warning', 'translation-missing', message));

    for (const entry of translation.po.entries) {
      if (contexts.has(entry.context)) continue;
      const said = entry.context === '' ? `"${shorten(entry.msgid, 60)}" has no msgctxt, so it names no text of charter.yaml` : `msgctxt "${entry.context}" names no text of charter.yaml`;
      diagnostics.push(toolDiagnostic(file, entry.at, 'translation-unknown', withSuggestion(`${said}; remove the entry, or run charter translate to bring the file up to date`, didYouMean(entry.context, [...contexts]))));
    }

    for (const text of texts) {
      const entry = entries.get(text.context);
      const state = entryState(entry, text.text);
      if (state === 'missing') {
        if (text.staff || (translation.scope === 'title_only' && text.context !== 'meta/title')) continue;
        missing(entry?.translationAt ?? START_OF_FILE, entry ? `${text.context} has no ${name} translation yet` : `${text.context} is not in this file; run charter translate --lang ${translation.lang} to add it`);
      } else if (state === 'fuzzy') {
        diagnostics.push(toolDiagnostic(file, entry!.at, 'translation-stale', `the ${name} text of ${text.context} is marked fuzzy: the page shows the source text until a translator checks it and removes the mark`));
      } else if (state === 'outdated') {
        diagnostics.push(
          toolDiagnostic(file, entry!.at, 'translation-stale', `the ${name} text of ${text.context} was made for an earlier text ("${shorten(entry!.msgid, 60)}"); run charter translate, check it, and the page will use it again`),
        );
      } else {
        const numbers = numbersProblem(text.text, entry!.msgstr);
        if (numbers) diagnostics.push(toolDiagnostic(file, entry!.translationAt, 'translation-numbers', `the ${name} text of ${text.context} ${numbers}`));
      }
    }

    diagnostics.push(...checkNarrative(narrative, translation, name, missing));
  }
  return diagnostics;
}

function checkNarrative(source: NarrativeSet, translation: LoadedTranslation, name: string, missing: (at: Position, message: string, where: string) => void): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const translated = translation.narrative.blocks;
  for (const block of translated.values()) {
    if (!source.blocks.has(block.id)) {
      diagnostics.push(toolDiagnostic(block.file, block.heading, 'translation-unknown', withSuggestion(`narrative block "${block.id}" is not in the source narrative; give it the id of a source block`, didYouMean(block.id, [...source.blocks.keys()]))));
    }
  }
  if (translation.scope === 'title_only') return diagnostics;
  for (const block of source.blocks.values()) {
    if (block.audience === 'staff') continue;
    const done = translated.get(block.id);
    if (!done) {
      const where = translation.narrativeFiles[0] ?? `narrative.${translation.lang}.md`;
      missing(block.heading, `narrative block "${block.id}" has no ${name} block in ${where}`, block.file);
      continue;
    }
    if (blockText(done) === blockText(block)) {
      missing(done.heading, `narrative block "${block.id}" is still the source text; translate it into ${name}`, done.file);
      continue;
    }
    const numbers = numbersProblem(blockText(block), blockText(done));
    if (numbers) diagnostics.push(toolDiagnostic(done.file, done.heading, 'translation-numbers', `narrative block "${block.id}" ${numbers}`));
  }
  return diagnostics;
}

function numbersProblem(source: string, translation: string): string | undefined {
  const { missing, extra } = differentNumbers(source, translation);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [missing.length ? `lacks ${missing.join(', ')}` : '', extra.length ? `has ${extra.join(', ')} that the source does not` : ''].filter(Boolean);
  return `${parts.join(' and ')}: a translation gives the same numbers as the source, so it makes the same promise`;
}

/** A block's words, without positions: to tell a copied block from a translated one, and to count its numbers. */
function blockText(block: NarrativeBlock): string {
  const words: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; value?: unknown; children?: unknown[]; url?: unknown };
    if (typeof n.value === 'string' && n.type !== 'html') words.push(n.value);
    if (Array.isArray(n.children)) n.children.forEach(visit);
  };
  block.content.forEach(visit);
  return words.join(' ');
}
