import { cp, readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import gettext from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { byRule, checkFiles, exampleFile, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { checkCharter } from '../../src/check/check-charter.js';
import { findCharter } from '../../src/source/find-charter.js';

const AS_OF = '2026-11-23';
const CALLBACK = 'If we miss your call, we will ring you back within 2 working hours.';
const CALLBACK_CONTEXT = 'standards/bw-callback/commitment';

/** The Brightwater example with a French translation declared. */
async function withFrench(extra: Record<string, string> = {}): Promise<string> {
  const yaml = replaceOnce(await exampleFile('brightwater-plumbing'), '    primary: en-GB\n', '    primary: en-GB\n    translations:\n      - lang: fr\n');
  return writeCharter({ 'charter.yaml': yaml, 'narrative.md': await exampleFile('brightwater-plumbing', 'narrative.md'), ...extra });
}

async function translate(folder: string, lang = 'fr') {
  return runInProcess(['translate', folder, '--lang', lang, '--as-of', AS_OF]);
}

/** Fills every empty msgstr (with "FR " + source, keeping the numbers) and returns the PO file's path. */
async function fill(folder: string, lang = 'fr', translateText = (msgid: string) => `FR ${msgid}`): Promise<string> {
  const file = join(folder, 'translations', `${lang}.po`);
  const table = gettext.po.parse(await readFile(file));
  for (const byId of Object.values(table.translations)) for (const entry of Object.values(byId)) if (entry.msgid && !entry.msgstr.join('')) entry.msgstr = [translateText(entry.msgid)];
  await writeFile(file, gettext.po.compile(table));
  const narrative = join(folder, 'translations', `narrative.${lang}.md`);
  await writeFile(narrative, (await readFile(narrative, 'utf8')).replace(/^(?!#)(\S.*)$/gm, 'FR $1'));
  return file;
}

async function check(folder: string) {
  const found = await findCharter(folder, folder);
  if (!found.ok) throw new Error('no charter');
  return checkCharter(found.location, { asOf: AS_OF });
}

function entryOf(po: string, context: string) {
  const table = gettext.po.parse(po);
  return table.translations[context] ? Object.values(table.translations[context]!)[0] : undefined;
}

/** The 1-based line of the first line of the file that contains the text. */
function lineWith(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} not found`);
  return index + 1;
}

describe('charter translate', () => {
  it('writes a PO file of the public and staff texts, with contexts, references and the narrative started', async () => {
    const folder = await withFrench();
    const result = await translate(folder);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Wrote .*translations\/fr\.po: \d+ texts, \d+ without a translation/);
    const po = await readFile(join(folder, 'translations/fr.po'), 'utf8');
    expect(po).toContain('"Language: fr\\n"');
    expect(po).toContain(`msgctxt "${CALLBACK_CONTEXT}"`);
    expect(entryOf(po, CALLBACK_CONTEXT)).toMatchObject({ msgid: CALLBACK, msgstr: [''] });
    expect(po).toMatch(/#: charter\.yaml:\d+\nmsgctxt "standards\/bw-callback\/commitment"/);
    // Not words: ids, durations, phone numbers, addresses of the web and of e-mail.
    expect(po).not.toMatch(/msgid "(bw-callback|2 working hours|https?:[^"]*|[^" ]+@[^" ]+|[\d ]+)"/);
    // Staff text is translated for the handbook, and marked.
    expect(po).toMatch(/#\. Staff only[^\n]*\n(#[^\n]*\n)*msgctxt "staff\/induction_checklist\/0"/);
    expect(await readdir(join(folder, 'translations'))).toEqual(['fr.po', 'narrative.fr.md']);
  });

  it('never loses a translation: translate, fill, change the source, translate again', async () => {
    const folder = await withFrench();
    await translate(folder);
    await fill(folder);
    expect(byRule((await check(folder)).diagnostics, 'translation-missing')).toEqual([]);

    const yaml = await readFile(join(folder, 'charter.yaml'), 'utf8');
    const changed = replaceOnce(yaml, CALLBACK, 'If we miss your call, we will ring you back within 1 working hour.');
    // A value removed from the charter: the third "what we do" line.
    await writeFile(join(folder, 'charter.yaml'), changed);
    const result = await translate(folder);
    expect(result.stderr).toContain('0 new, 1 changed');
    const po = await readFile(join(folder, 'translations/fr.po'), 'utf8');
    const entry = entryOf(po, CALLBACK_CONTEXT)!;
    expect(entry.msgid).toBe('If we miss your call, we will ring you back within 1 working hour.');
    expect(entry.msgstr).toEqual([`FR ${CALLBACK}`]);
    expect(entry.comments?.flag).toBe('fuzzy');
    expect(entry.comments?.previous).toBe(`msgid "${CALLBACK}"`);
    // Every other translation is still there.
    const table = gettext.po.parse(po);
    const empty = Object.values(table.translations).flatMap((byId) => Object.values(byId)).filter((e) => e.msgid && !e.msgstr.join(''));
    expect(empty).toEqual([]);

    // The fuzzy one is stale, and not used: the French page keeps the English promise until checked.
    const checked = await check(folder);
    const stale = byRule(checked.diagnostics, 'translation-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warning', line: lineWith(po, `msgctxt "${CALLBACK_CONTEXT}"`) });
    expect(stale[0]!.message).toContain('marked fuzzy');
  });

  it('keeps the translation of a text that was removed, as an obsolete entry, and brings it back when the text returns', async () => {
    const folder = await withFrench();
    await translate(folder);
    await fill(folder);
    const yaml = await readFile(join(folder, 'charter.yaml'), 'utf8');
    await writeFile(join(folder, 'charter.yaml'), replaceOnce(yaml, /\n {2}mission: [^\n]*/, ''));
    expect((await translate(folder)).stderr).toContain('1 no longer used');
    const po = await readFile(join(folder, 'translations/fr.po'), 'utf8');
    expect(po).toMatch(/#~ msgctxt "about\/mission"\n#~ msgid "[^"]+"\n#~ msgstr "FR /);
    await writeFile(join(folder, 'charter.yaml'), yaml);
    await translate(folder);
    const back = entryOf(await readFile(join(folder, 'translations/fr.po'), 'utf8'), 'about/mission')!;
    expect(back.msgstr[0]).toMatch(/^FR /);
    expect(back.comments?.flag).toBe('fuzzy');
  });

  it('refuses a language without a catalogue, listing the ones there are, and writes nothing', async () => {
    const folder = await withFrench();
    const result = await translate(folder, 'pl');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there are no headings and words for "pl" yet; the languages there are: en, cy, de, es, fr, sw');
    expect(await readdir(folder)).not.toContain('translations');
  });

  it('leaves a PO file that does not parse as it is, and says where', async () => {
    const broken = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "about/mission"\nmsgid "x\nmsgstr "y"\n';
    const folder = await withFrench({ 'translations/fr.po': broken });
    const result = await translate(folder);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/translations\/fr\.po\n\s+7:1\s+error\s+fr\.po is not a PO file charter can read/);
    expect(await readFile(join(folder, 'translations/fr.po'), 'utf8')).toBe(broken);
  });
});

describe('charter translate reads the PO file as check does', () => {
  it('a FIFO named like the PO file: one line, exit 1, no hang, nothing written', async () => {
    const folder = await withFrench();
    const { mkdir } = await import('node:fs/promises');
    const { execFileSync } = await import('node:child_process');
    await mkdir(join(folder, 'translations'));
    execFileSync('mkfifo', [join(folder, 'translations/fr.po')]);
    const result = await translate(folder);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('fr.po is not a PO file charter can read: is not a file; it was left as it is');
    expect(await readdir(join(folder, 'translations'))).toEqual(['fr.po']);
  });
});

describe('the translation rules', () => {
  async function filled(edit: (po: string) => string = (po) => po, narrative: (md: string) => string = (md) => md) {
    const folder = await withFrench();
    await translate(folder);
    const file = await fill(folder);
    const po = edit(await readFile(file, 'utf8'));
    await writeFile(file, po);
    const md = join(folder, 'translations/narrative.fr.md');
    const text = narrative(await readFile(md, 'utf8'));
    await writeFile(md, text);
    return { folder, po, md: text, checked: await check(folder) };
  }

  it('pass on a complete translation', async () => {
    const { checked } = await filled();
    expect(checked.diagnostics.filter((d) => d.rule.startsWith('translation-'))).toEqual([]);
  });

  it('translation-missing: an empty msgstr is an error at its line (a warning for a summary translation)', async () => {
    const { po, checked } = await filled((text) => text.replace(`msgstr "FR ${CALLBACK}"`, 'msgstr ""'));
    const missing = byRule(checked.diagnostics, 'translation-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', file: expect.stringMatching(/translations\/fr\.po$/), line: lineWith(po, `msgid "${CALLBACK}"`) + 1 });
    expect(missing[0]!.message).toBe(`${CALLBACK_CONTEXT} has no French translation yet`);

    const folder = await withFrench();
    const yaml = await readFile(join(folder, 'charter.yaml'), 'utf8');
    await writeFile(join(folder, 'charter.yaml'), replaceOnce(yaml, '      - lang: fr\n', '      - lang: fr\n        scope: summary\n'));
    await translate(folder);
    const summaryOnly = byRule((await check(folder)).diagnostics, 'translation-missing');
    expect(summaryOnly.length).toBeGreaterThan(10);
    expect(summaryOnly.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('translation-missing: a public narrative block left in English, or left out', async () => {
    const english = (text: string) => text.replace(/(\{#services\}\n)([\s\S]*?)(?=\n## )/, (_, heading: string, body: string) => heading + body.replace(/^FR /gm, ''));
    const { checked, md } = await filled(undefined, english);
    const missing = byRule(checked.diagnostics, 'translation-missing');
    expect(missing.map((d) => d.message)).toEqual(['narrative block "services" is still the source text; translate it into French']);
    expect(missing[0]).toMatchObject({ file: expect.stringMatching(/narrative\.fr\.md$/), line: lineWith(md, '{#services}') });

    const without = await filled(undefined, (text) => text.replace(/## [^\n]*\{#complaints\}\n[\s\S]*?(?=\n## )/, ''));
    expect(byRule(without.checked.diagnostics, 'translation-missing').map((d) => d.message)).toContain('narrative block "complaints" has no French block in translations/narrative.fr.md');
  });

  it('translation-stale: a translation made for an earlier text is not used, and says so at its entry', async () => {
    const { po, checked } = await filled((text) => text.replace(`msgid "${CALLBACK}"`, 'msgid "If we miss your call, we will ring you back soon."'));
    const stale = byRule(checked.diagnostics, 'translation-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warning', line: lineWith(po, `msgctxt "${CALLBACK_CONTEXT}"`) });
    expect(stale[0]!.message).toContain('was made for an earlier text ("If we miss your call, we will ring you back soon.")');
  });

  it('translation-numbers: a translation that changes a number is an error at its msgstr', async () => {
    const { po, checked } = await filled((text) => text.replace(`msgstr "FR ${CALLBACK}"`, 'msgstr "Si nous manquons votre appel, nous vous rappelons dans les 3 heures ouvrables."'));
    const numbers = byRule(checked.diagnostics, 'translation-numbers');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatchObject({ severity: 'error', line: lineWith(po, 'dans les 3 heures') });
    expect(numbers[0]!.message).toBe(`the French text of ${CALLBACK_CONTEXT} lacks 2 and has 3 that the source does not: a translation gives the same numbers as the source, so it makes the same promise`);
  });

  it('translation-numbers: "80 %" is "80%", "6 200" is "6,200"', async () => {
    const { checked } = await filled((text) =>
      text.replace(`msgstr "FR ${CALLBACK}"`, 'msgstr "Si nous manquons votre appel, nous vous rappelons dans un délai de 2 heures ouvrables."'),
    );
    expect(byRule(checked.diagnostics, 'translation-numbers')).toEqual([]);
  });

  it('translation-unknown: an entry whose msgctxt names nothing, and a narrative block the source lacks', async () => {
    const extra = '\nmsgctxt "standards/bw-nothing/commitment"\nmsgid "Nothing"\nmsgstr "Rien"\n';
    const { po, md, checked } = await filled((text) => text + extra, (text) => `${text}\n## Notre histoire {#history}\n\nDepuis 1998.\n`);
    const unknown = byRule(checked.diagnostics, 'translation-unknown');
    expect(unknown.map((d) => [d.line, d.message.split(';')[0]])).toEqual(
      expect.arrayContaining([
        [lineWith(po, 'msgctxt "standards/bw-nothing/commitment"'), 'msgctxt "standards/bw-nothing/commitment" names no text of charter.yaml'],
        [lineWith(md, '{#history}'), 'narrative block "history" is not in the source narrative'],
      ]),
    );
  });
});

describe('bad translation files', () => {
  async function folderWith(po: string) {
    return withFrench({ 'translations/fr.po': po });
  }

  it('a PO file with a plural form, and one whose Language header names another language', async () => {
    const plural = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "about/mission"\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "plusieurs"\n';
    const checked = await check(await folderWith(plural));
    expect(byRule(checked.diagnostics, 'translation-file').map((d) => [d.line, d.message])).toEqual([[5, '"one" has plural forms (msgid_plural), but charter\'s texts have none; translate it as one msgstr']]);

    const welshHeader = 'msgid ""\nmsgstr ""\n"Language: cy\\n"\n';
    const other = await check(await folderWith(welshHeader));
    expect(byRule(other.diagnostics, 'translation-file').map((d) => [d.line, d.message])).toEqual([
      [3, 'the header says Language: cy, but charter.yaml has this file as the "fr" translation; make them the same'],
    ]);
  });

  it('a translation whose language has no catalogue, at its lang in charter.yaml', async () => {
    const yaml = replaceOnce(await exampleFile('brightwater-plumbing'), '    primary: en-GB\n', '    primary: en-GB\n    translations:\n      - lang: pl\n        source: translations/pl.po\n');
    const checked = await checkFiles({ 'charter.yaml': yaml, 'translations/pl.po': 'msgid ""\nmsgstr ""\n' });
    const problem = byRule(checked.diagnostics, 'translation-file');
    expect(problem).toHaveLength(1);
    expect(problem[0]!.file).toMatch(/charter\.yaml$/);
    expect(problem[0]!.message).toContain('the languages there are: en, cy, de, es, fr, sw');
  });

  it('a PO file that does not parse: an error at its line, and the build writes nothing', async () => {
    const folder = await folderWith('msgid ""\nmsgstr ""\n\nmsgid "a\nmsgstr "b"\n');
    const result = await runInProcess(['build', folder, '--out', join(folder, 'dist'), '--as-of', AS_OF, '--only', 'html,summary']);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/translations\/fr\.po\n\s+5:1\s+error\s+fr\.po is not a PO file charter can read: Invalid key name/);
    expect(await readdir(folder)).not.toContain('dist');
  });
});

describe('charter diff, per language', () => {
  it('says when a promise changed in one language only, and when a translation fell out of date', async () => {
    const folder = await withFrench();
    await translate(folder);
    await fill(folder);
    const old = join(await temporaryFolder(), 'old');
    await cp(folder, old, { recursive: true });

    // The French promise changes; the English does not.
    const file = join(folder, 'translations/fr.po');
    const po = await readFile(file, 'utf8');
    await writeFile(file, replaceOnce(po, `msgstr "FR ${CALLBACK}"`, 'msgstr "Si nous manquons votre appel, nous vous rappelons dans les 2 heures ouvrables, si possible."'));
    const frenchOnly = await runInProcess(['diff', old, folder, '--fail-on-loosened']);
    expect(frenchOnly.code).toBe(1);
    expect(frenchOnly.stdout).toContain(
      `? standard "bw-callback" in French: the French promise changed, the English one did not: "FR ${CALLBACK}" -> "Si nous manquons votre appel, nous vous rappelons dans les 2 heures ouvrables, si possible." (unclear)`,
    );

    // The English promise changes (same target); the French translation is left behind.
    await writeFile(file, po);
    const yaml = await readFile(join(folder, 'charter.yaml'), 'utf8');
    await writeFile(join(folder, 'charter.yaml'), replaceOnce(yaml, CALLBACK, 'If we miss your call, we will always ring you back within 2 working hours.'));
    const englishOnly = await runInProcess(['diff', old, folder]);
    expect(englishOnly.code).toBe(0);
    expect(englishOnly.stdout).toContain('~ standard "bw-callback" in French: the English promise changed and the French translation did not: it is out of date');
  });
});
