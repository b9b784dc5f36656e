import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeAtomic } from '../../build/write-atomic.js';
import { checkCharter } from '../../check/check-charter.js';
import { ToolError, writeError } from '../../errors.js';
import { primaryLanguage, supportedLanguages } from '../../i18n/index.js';
import { toolDiagnostic } from '../../rule-ids.js';
import { translatableTexts } from '../../schema/translatable.js';
import { MAX_TRANSLATION_BYTES, translatedNarrativeFiles, translationSource } from '../../source/translations/load-translations.js';
import { readTextInside, whyUnread } from '../../source/read-source.js';
import { readPo, writePo, type PoFile } from '../../source/translations/po-file.js';
import { locate } from '../../source/yaml/locate.js';
import { updatePo } from '../../translation/update-po.js';
import { pathExists } from '../../util/path-exists.js';
import { printable, START_OF_FILE } from '../../diagnostics.js';
import { EXIT } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { resolveAsOf } from '../options.js';
import { finish, report } from '../report-diagnostics.js';
import { resolveCharters } from '../resolve-charters.js';

/**
 * `charter translate <charter> --lang cy`: writes or updates the language's PO file from
 * charter.yaml (updatePo: nothing translated is ever lost), and starts the translated narrative
 * as a copy of the source's, where it does not exist yet. A PO file that does not parse is
 * reported and left as it is.
 */
export async function translateCommand(charterArgument: string | undefined, options: { lang: string; asOf?: string }, io: CliIo): Promise<number> {
  const lang = options.lang.trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) throw new ToolError(`--lang "${printable(lang)}" is not a language tag such as cy, fr or sw`);
  if (!supportedLanguages().includes(primaryLanguage(lang))) {
    throw new ToolError(`there are no headings and words for "${lang}" yet; the languages there are: ${supportedLanguages().join(', ')}`);
  }
  const [location] = await resolveCharters(charterArgument ? [charterArgument] : [], io.cwd);
  const checked = await checkCharter(location!, { asOf: resolveAsOf(options.asOf, io.env, io.now) });
  if (!checked.charter || !checked.source) {
    report(checked.diagnostics, { reporter: 'stylish' }, io);
    return finish({ diagnostics: checked.diagnostics, failures: checked.unreadable ? [checked.unreadable] : [] }, io);
  }
  const charter = checked.charter;
  const source = checked.source;
  if (charter.meta.languages.primary.toLowerCase() === lang.toLowerCase()) {
    throw new ToolError(`${lang} is the charter's own language (meta.languages.primary); give the language to translate into`);
  }
  const folder = location!.folder;
  const shown = (written: string) => (location!.displayFolder ? join(location!.displayFolder, written) : written);
  const declared = charter.meta.languages.translations?.find((t) => t.lang.toLowerCase() === lang.toLowerCase());
  const written = (declared && translationSource(folder, declared)) ?? `translations/${lang}.po`;
  const poPath = join(folder, written);

  let previous: PoFile | undefined;
  if (await pathExists(poPath)) {
    // Read as check reads it: a regular UTF-8 file inside the folder, within the size limit.
    const text = await readTextInside(folder, written, MAX_TRANSLATION_BYTES);
    const read = text.ok ? readPo(text.text) : undefined;
    if (!read?.ok) {
      const why = read ? read.message : text.ok ? '' : text.problem === 'outside' ? text.reason : `it ${whyUnread(text, MAX_TRANSLATION_BYTES)}`;
      const problem = toolDiagnostic(shown(written), read ? read.at : START_OF_FILE, 'translation-file', `${basename(written)} is not a PO file charter can read: ${why}; it was left as it is`);
      report([problem], { reporter: 'stylish' }, io);
      return finish({ diagnostics: [problem], failures: [] }, io);
    }
    previous = read.po;
  }

  // A new translation keeps its narrative with its PO file (translations/narrative.cy.md, named in
  // the header); an existing one keeps where check reads it from (its header, or beside the source).
  const narrativeFiles = checked.narrative.files.map((f) => f.file.slice(location!.displayFolder ? location!.displayFolder.length + 1 : 0));
  const targets = previous ? translatedNarrativeFiles(previous, lang, checked.narrative, location!.displayFolder) : narrativeFiles.map((f) => join(dirname(written), `${basename(f, '.md')}.${lang}.md`));
  const update = updatePo(previous?.table, translatableTexts(charter), {
    lang,
    sourceLang: charter.meta.languages.primary,
    project: charter.meta.id,
    yamlName: basename(location!.yamlPath),
    lineOf: (text) => locate(source, text.path).line,
    ...(targets.length ? { narrative: targets.join(', ') } : {}),
  });
  const started: string[] = [];
  try {
    await writeAtomic(poPath, writePo(update.table));
    for (const [index, target] of targets.entries()) {
      const from = narrativeFiles[index];
      if (!from || (await pathExists(join(folder, target)))) continue;
      await writeAtomic(join(folder, target), await readFile(join(folder, from), 'utf8'));
      started.push(`${shown(target)} (from ${basename(from)})`);
    }
  } catch (error) {
    throw writeError(error, shown(dirname(written)));
  }

  const texts = Object.keys(update.table.translations).length - 1;
  const untranslated = Object.values(update.table.translations).flatMap((byId) => Object.values(byId)).filter((e) => e.msgid !== '' && e.msgstr.join('') === '').length;
  const counts = [`${update.added} new`, `${update.changed} changed (marked fuzzy, with the earlier text)`, `${update.obsolete} no longer used (kept at the end of the file)`].join(', ');
  io.stderr.write(`Wrote ${shown(written)}: ${texts} texts, ${untranslated} without a translation; ${counts}.\n`);
  if (started.length) io.stderr.write(`Started ${started.join(' and ')}: translate each block, keeping its {#id}.\n`);
  if (!declared) io.stderr.write(`charter.yaml does not list "${lang}" yet: add it under meta.languages.translations (- lang: ${lang}) so that charter build builds it.\n`);
  io.stderr.write(`Next: translate in your PO editor (Poedit, Weblate, Crowdin...), then run "charter check ${location!.displayFolder || '.'}".\n`);
  return EXIT.ok;
}
