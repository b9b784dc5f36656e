// Issue 13: a charter with two translations against the same charter in one language. The
// translations are made as a translator would start them (charter translate), then filled with the
// source text marked per language, which costs the build the same as real words would.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gettext from 'gettext-parser';

/** Two copies of an example: as it is, and with two full translations. Returns their folders. */
export function prepareTranslated(bin, example, work, languages = ['fr', 'cy']) {
  const one = join(work, 'one-language');
  const several = join(work, 'with-translations');
  cpSync(example, one, { recursive: true });
  cpSync(example, several, { recursive: true });
  const yamlFile = join(several, 'charter.yaml');
  const list = languages.map((lang) => `      - lang: ${lang}\n`).join('');
  writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace(/(\n {4}primary: [^\n]+\n)( {4}translations:\n)?/, (_, primary) => `${primary}    translations:\n${list}`));
  for (const lang of languages) {
    const made = spawnSync('node', [bin, 'translate', several, '--lang', lang], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`charter translate failed: ${made.stderr}`);
    const po = join(several, 'translations', `${lang}.po`);
    const table = gettext.po.parse(readFileSync(po));
    for (const byId of Object.values(table.translations)) for (const entry of Object.values(byId)) if (entry.msgid) entry.msgstr = [`[${lang}] ${entry.msgid}`];
    writeFileSync(po, gettext.po.compile(table));
    const md = join(several, 'translations', `narrative.${lang}.md`);
    writeFileSync(md, readFileSync(md, 'utf8').replace(/^(?!#)(\S.*)$/gm, `[${lang}] $1`));
  }
  return { one, several };
}
