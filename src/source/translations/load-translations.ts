import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Diagnostic, START_OF_FILE } from '../../diagnostics.js';
import { toolDiagnostic } from '../../rule-ids.js';
import { primaryLanguage, supportedLanguages } from '../../i18n/index.js';
import type { Charter } from '../../model/charter.js';
import type { DataPath } from '../../model/data-path.js';
import type { NarrativeSet } from '../narrative/narrative-set.js';
import { parseNarrative, type NarrativeBlock, type NarrativeFile } from '../narrative/parse-narrative.js';
import { readTextInside, whyUnread } from '../read-source.js';
import { locate } from '../yaml/locate.js';
import type { YamlSource } from '../yaml/load-yaml.js';
import type { PoFile } from './po-file.js';

/** PO files and translated narratives are read whole; like charter.yaml, they have a size limit. */
export const MAX_TRANSLATION_BYTES = 2 * 1024 * 1024;

export type TranslationScope = 'full' | 'summary' | 'title_only';

/** A translation that is built: its PO file and its narrative, read. */
export interface LoadedTranslation {
  lang: string;
  scope: TranslationScope;
  /** The data path of its entry in meta.languages.translations. */
  path: DataPath;
  /** Where it is in the charter folder ("translations/cy.po"). */
  written: string;
  /** The PO file as diagnostics name it. */
  file: string;
  /** The PO file, when it could be read and parsed. */
  po?: PoFile;
  /** The translated narrative's blocks, by the source's block ids. */
  narrative: NarrativeSet;
  /** The translated narrative files as charter.yaml's folder holds them ("narrative.cy.md"), for `charter translate`. */
  narrativeFiles: string[];
}

/** Where a translation's PO file is: its `source`, else translations/<lang>.po when that exists. */
export function translationSource(folder: string, translation: { lang: string; source?: string }): string | undefined {
  if (translation.source) return translation.source;
  const written = `translations/${translation.lang}.po`;
  return existsSync(join(folder, written)) ? written : undefined;
}

/**
 * Reads every translation of a schema-valid charter that has a source: the PO file (a file that
 * cannot be read or parsed, a `Language:` header naming another language, a language without a
 * catalogue are `translation-file` errors in that file) and the translated narrative, beside
 * each narrative file as narrative.<lang>.md, or the files the PO header `X-Narrative` names.
 */
export async function loadTranslations(folder: string, displayFolder: string, source: YamlSource, sourceNarrative: NarrativeSet): Promise<{ translations: LoadedTranslation[]; diagnostics: Diagnostic[] }> {
  const charter = source.data as Charter;
  const diagnostics: Diagnostic[] = [];
  const translations: LoadedTranslation[] = [];
  const display = (written: string) => (displayFolder ? join(displayFolder, written) : written);
  const list = charter.meta.languages.translations ?? [];
  for (const [index, translation] of list.entries()) {
    const written = translationSource(folder, translation);
    if (!written) continue;
    const path: DataPath = ['meta', 'languages', 'translations', index];
    const file = display(written);
    const loaded: LoadedTranslation = { lang: translation.lang, scope: translation.scope ?? 'full', path, written, file, narrative: { files: [], blocks: new Map() }, narrativeFiles: [] };
    translations.push(loaded);
    if (!supportedLanguages().includes(primaryLanguage(translation.lang))) {
      diagnostics.push(
        toolDiagnostic(source.file, locate(source, [...path, 'lang']), 'translation-file', `there are no headings and words for "${translation.lang}" yet, so it cannot be built; the languages there are: ${supportedLanguages().join(', ')}`),
      );
      continue;
    }
    const text = await readText(folder, written, file, translation.source ? locate(source, [...path, 'source']) : undefined, source.file, diagnostics);
    if (text === undefined) continue;
    // gettext-parser (with the character sets it can decode) loads only for a charter that has a translation.
    const { readPo } = await import('./po-file.js');
    const read = readPo(text);
    if (!read.ok) {
      diagnostics.push(toolDiagnostic(file, read.at, 'translation-file', `${basename(file)} is not a PO file charter can read: ${read.message}`));
      continue;
    }
    const named = read.po.language;
    if (named && named.replace(/_/g, '-').toLowerCase() !== translation.lang.toLowerCase()) {
      diagnostics.push(toolDiagnostic(file, headerLine(text, 'Language'), 'translation-file', `the header says Language: ${named}, but charter.yaml has this file as the "${translation.lang}" translation; make them the same`));
      continue;
    }
    for (const entry of read.po.entries) {
      if (entry.plural) {
        diagnostics.push(toolDiagnostic(file, entry.at, 'translation-file', `"${entry.msgid}" has plural forms (msgid_plural), but charter's texts have none; translate it as one msgstr`));
      }
    }
    loaded.po = read.po;
    const narrative = await loadTranslatedNarrative(folder, displayFolder, display, read.po, translation.lang, sourceNarrative, diagnostics);
    loaded.narrative = narrative.set;
    loaded.narrativeFiles = narrative.files;
  }
  return { translations, diagnostics };
}

/** The translated narrative files: those named in X-Narrative, else narrative.<lang>.md beside each source narrative file. */
export function translatedNarrativeFiles(po: PoFile | undefined, lang: string, sourceNarrative: NarrativeSet, displayFolder: string): string[] {
  const named = po?.headers['X-Narrative'];
  if (named) return named.split(',').map((s) => s.trim()).filter(Boolean);
  return sourceNarrative.files.map((f) => {
    const written = displayFolder && f.file.startsWith(`${displayFolder}/`) ? f.file.slice(displayFolder.length + 1) : f.file;
    return join(dirname(written), `${basename(written).replace(/\.md$/i, '')}.${lang}.md`);
  });
}

async function loadTranslatedNarrative(
  folder: string,
  displayFolder: string,
  display: (written: string) => string,
  po: PoFile,
  lang: string,
  sourceNarrative: NarrativeSet,
  diagnostics: Diagnostic[],
): Promise<{ set: NarrativeSet; files: string[] }> {
  const written = translatedNarrativeFiles(po, lang, sourceNarrative, displayFolder);
  const files: NarrativeFile[] = [];
  const seen = new Map<string, NarrativeBlock>();
  const present: string[] = [];
  for (const name of written) {
    if (!existsSync(join(folder, name))) continue;
    const text = await readText(folder, name, display(name), undefined, display(name), diagnostics);
    if (text === undefined) continue;
    present.push(name);
    const parsed = parseNarrative(text.replace(/\r\n?/g, '\n'), display(name), seen);
    files.push(parsed.narrative);
    diagnostics.push(...parsed.diagnostics);
  }
  return { set: { files, blocks: seen }, files: present };
}

async function readText(folder: string, written: string, file: string, at: ReturnType<typeof locate> | undefined, yamlFile: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
  const read = await readTextInside(folder, written, MAX_TRANSLATION_BYTES);
  if (read.ok) return read.text;
  const why = `${read.problem === 'outside' ? `translation file "${written}"` : basename(file)} ${whyUnread(read, MAX_TRANSLATION_BYTES)}`;
  const inYaml = read.problem === 'outside' && at;
  diagnostics.push(toolDiagnostic(inYaml ? yamlFile : file, inYaml ? at : START_OF_FILE, 'translation-file', why));
  return undefined;
}

function headerLine(text: string, header: string): { line: number; column: number; endLine: number; endColumn: number } {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`"${header}:`));
  const line = index === -1 ? 1 : index + 1;
  return { line, column: 1, endLine: line, endColumn: 1 };
}
