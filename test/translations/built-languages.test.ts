// What a reader of each language gets: the Welsh example built as a user builds it (charter.html,
// charter.cy.html, the bilingual PDF), read as text and as a page in a browser; and staff text,
// translated, kept out of every public output of every language.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import gettext from 'gettext-parser';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { SAME_AS_ENGLISH } from '../../src/i18n/cy.js';
import { numbersOf } from '../../src/translation/same-numbers.js';
import { launchTestBrowser } from '../helpers/browser.js';
import { describeViolations, runAxe } from '../helpers/axe.js';
import { AS_OF, ROOT, exampleFile, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { pdfText } from '../helpers/pdf.js';
import { runBin, runInProcess } from '../helpers/run-cli.js';
import { elements, parseHtml, readableText, textOf } from '../helpers/staff-strings.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const EXAMPLE = join(ROOT, 'examples', 'glanyrafon-council');
let out: string;

beforeAll(async () => {
  out = await temporaryFolder('charter-welsh-');
  const result = await runBin(['build', EXAMPLE, '--out', out, '--as-of', AS_OF], { timeoutMs: 200_000 });
  if (result.code !== 0) throw new Error(`build exited ${result.code}: ${result.stderr}`);
}, 200_000);

const page = async (name: string) => parseHtml(await readFile(join(out, name), 'utf8'));
/** The page's own text: the body, read aloud, but the list of languages, which names English in English on purpose. */
const mainText = async (name: string, section?: string) => {
  const tree = await page(name);
  for (const nav of elements(tree, (e) => e.tagName === 'nav')) nav.children = [];
  const part = elements(tree, (e) => (section ? e.tagName === 'section' && e.properties.id === section : e.tagName === 'body'))[0]!;
  return textOf(part);
};
const squash = (text: string) => text.replace(/[\s\-\u00ad]+/g, '');

/** The Welsh translations of the example, by context. */
async function welsh(): Promise<Map<string, string>> {
  const table = gettext.po.parse(await readFile(join(EXAMPLE, 'translations/cy.po')));
  return new Map(Object.entries(table.translations).flatMap(([context, byId]) => Object.values(byId).map((e) => [context, e.msgstr.join('')] as [string, string])));
}

describe('the Welsh example, built', () => {
  it('writes every language and the bilingual PDF', async () => {
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(out)).sort()).toEqual(
      ['charter.bilingual.pdf', 'charter.cy.html', 'charter.cy.pdf', 'charter.html', 'charter.pdf', 'summary.cy.html', 'summary.cy.txt', 'summary.html', 'summary.txt'].sort(),
    );
  });

  it('the Welsh page says it is Welsh, and each page links to the other by its own name with hreflang', async () => {
    const cy = await page('charter.cy.html');
    expect(elements(cy, (e) => e.tagName === 'html')[0]!.properties.lang).toBe('cy');
    const toEnglish = elements(cy, (e) => e.tagName === 'a' && e.properties.hrefLang === 'en-GB');
    // In the list of languages at the top, and in "this charter in other languages".
    expect(toEnglish.length).toBeGreaterThan(0);
    expect(new Set(toEnglish.map((a) => `${String(a.properties.href)} ${textOf(a)}`))).toEqual(new Set(['charter.html English']));
    const english = await page('charter.html');
    const toWelsh = elements(english, (e) => e.tagName === 'a' && e.properties.hrefLang === 'cy');
    expect(toWelsh.length).toBeGreaterThan(0);
    expect(new Set(toWelsh.map((a) => `${String(a.properties.href)} ${textOf(a)} ${String(a.properties.lang)}`))).toEqual(new Set(['charter.cy.html Cymraeg cy']));
  });

  it('the Welsh page has no English heading, label or unit word', async () => {
    const cy = await page('charter.cy.html');
    const english = new Set(
      Object.values(flatten(en))
        .filter((value): value is string => typeof value === 'string' && value.length >= 4 && !SAME_AS_ENGLISH.includes(value))
        .map((value) => value.toLowerCase()),
    );
    const labels = elements(cy, (e) => /^(h[1-6]|th|caption|dt|figcaption|summary|legend)$/.test(e.tagName)).map((e) => textOf(e).trim().toLowerCase());
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => english.has(label))).toEqual([]);
    expect(await mainText('charter.cy.html')).not.toMatch(/\b(working days?|calendar days?|minutes|hours|seconds|weeks|months|years|within|per cent|Monday|Friday)\b/i);
  });

  it('the Welsh page makes the same promises: the same numbers as the English page in its standards and complaints', async () => {
    // Opening hours are left out: English writes "5pm" where Welsh writes "17:00".
    for (const section of ['standards', 'complaints']) {
      const numbers = async (name: string) => numbersOf(await mainText(name, section));
      expect((await numbers('charter.html')).length, section).toBeGreaterThan(5);
      expect(await numbers('charter.cy.html'), section).toEqual(await numbers('charter.html'));
    }
  });

  it('the Welsh summary is in Welsh, with the same numbers as the English one', async () => {
    const cy = await readFile(join(out, 'summary.cy.txt'), 'utf8');
    const english = await readFile(join(out, 'summary.txt'), 'utf8');
    expect(cy).not.toBe(english);
    expect(cy).toMatch(/Ombwdsmon Gwasanaethau Cyhoeddus Cymru/);
    expect(numbersOf(cy)).toEqual(numbersOf(english));
  });

  it('the bilingual PDF holds every commitment in both languages, English first in each section', async () => {
    const text = squash(await pdfText(join(out, 'charter.bilingual.pdf')));
    const yaml = (await import('js-yaml')).default.load(await exampleFile('glanyrafon-council')) as { standards: Array<{ id: string; commitment: string }>; rights: Array<{ id: string; text: string }> };
    const translations = await welsh();
    expect(yaml.standards.length).toBeGreaterThan(4);
    for (const standard of yaml.standards) {
      const cy = translations.get(`standards/${standard.id}/commitment`)!;
      expect(cy, standard.id).toBeTruthy();
      const [englishAt, welshAt] = [text.indexOf(squash(standard.commitment)), text.indexOf(squash(cy))];
      expect(englishAt, standard.commitment).toBeGreaterThan(-1);
      expect(welshAt, cy).toBeGreaterThan(englishAt);
    }
    // Section by section: the Welsh standards come before the English rights.
    const lastWelshStandard = Math.max(...yaml.standards.map((s) => text.indexOf(squash(translations.get(`standards/${s.id}/commitment`)!))));
    expect(text.indexOf(squash(yaml.rights[0]!.text))).toBeGreaterThan(lastWelshStandard);
  });

  it("the bilingual PDF's cover and last lines are in both languages: the council's names, the version, the date it takes effect", async () => {
    const cover = (await pdfText(join(out, 'charter.bilingual.pdf'), { first: 1, last: 1 })).replace(/\s+/g, ' ');
    expect(cover).toContain('Glan-yr-Afon County Borough Council / Cyngor Bwrdeistref Sirol Glan-yr-Afon');
    expect(cover).toContain('Version 3.0 · Effective from 1 November 2026');
    expect(cover).toContain('Fersiwn 3.0 · Yn weithredol o 1 Tachwedd 2026');
    expect((await pdfText(join(out, 'charter.bilingual.pdf'))).replace(/\s+/g, ' ')).toContain('Version 3.0 / Fersiwn 3.0');
    // Each language's own page keeps one language.
    const english = (await pdfText(join(out, 'charter.pdf'), { first: 1, last: 1 })).replace(/\s+/g, ' ');
    expect(english).toContain('Version 3.0 · Effective from 1 November 2026');
    expect(english).not.toContain('Fersiwn');
  });
});

describe('axe-core on each language page', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['charter.html', 'charter.cy.html'])('%s has no violations', async (name) => {
    const checked = await runAxe(browser!, await readFile(join(out, name), 'utf8'));
    expect(checked.passes).toBeGreaterThan(10);
    expect(checked.violations, describeViolations(checked.violations)).toEqual([]);
  });
});

describe('staff text in a translation', () => {
  it('reaches the translated handbook and no public output of any language, even when a translated heading drops audience=staff', async () => {
    const yaml = replaceOnce(await exampleFile('brightwater-plumbing'), '    primary: en-GB\n', '    primary: en-GB\n    translations:\n      - lang: fr\n');
    // A staff note on a public standard: the page shows the standard, and must not show the note.
    const note = '\n## How we check callbacks {#bw-callback audience=staff}\n\nThe office manager checks the missed call list at noon and at four.\n';
    const folder = await writeCharter({ 'charter.yaml': yaml, 'narrative.md': (await exampleFile('brightwater-plumbing', 'narrative.md')) + note });
    expect((await runInProcess(['translate', folder, '--lang', 'fr', '--as-of', AS_OF])).code).toBe(0);
    const po = join(folder, 'translations/fr.po');
    const table = gettext.po.parse(await readFile(po));
    const staffTexts: string[] = [];
    const publicTexts = new Set<string>();
    for (const byId of Object.values(table.translations)) {
      for (const entry of Object.values(byId)) {
        if (!entry.msgid) continue;
        entry.msgstr = [`FR ${entry.msgid}`];
        (entry.comments?.extracted?.startsWith('Staff only') ? staffTexts : [...publicTexts]).push(entry.msgstr[0]!);
        if (!entry.comments?.extracted?.startsWith('Staff only')) publicTexts.add(entry.msgstr[0]!);
      }
    }
    // A staff text that the public part also says ("Managing Director") is public.
    const staff = staffTexts.filter((text) => !publicTexts.has(text));
    await writeFile(po, gettext.po.compile(table));
    const md = join(folder, 'translations/narrative.fr.md');
    // The translator drops the audience from the staff block's heading.
    const narrative = (await readFile(md, 'utf8')).replace(/^(?!#)(\S.*)$/gm, 'FR $1').replace('{#team-notes audience=staff}', '{#team-notes}').replace('{#bw-callback audience=staff}', '{#bw-callback}');
    await writeFile(md, narrative);
    staff.push('FR This part is only for Brightwater staff.', 'FR The office manager checks the missed call list at noon and at four.');
    expect(staff.length).toBeGreaterThan(5);

    const built = await temporaryFolder();
    const result = await runBin(['build', folder, '--out', built, '--handbook', '--as-of', AS_OF], { timeoutMs: 200_000 });
    expect(result.code, result.stderr).toBe(0);
    const squashed = async (name: string) => squash(name.endsWith('.pdf') ? await pdfText(join(built, name)) : (await mainTextOf(join(built, name))));
    for (const name of ['charter.fr.html', 'charter.fr.pdf', 'summary.fr.txt', 'summary.fr.html', 'charter.html', 'charter.pdf']) {
      const text = await squashed(name);
      expect(staff.filter((s) => text.includes(squash(s))), name).toEqual([]);
    }
    // And they are there for staff: the translated checklist and internal standards in the handbook.
    const handbook = await squashed('handbook.fr.html');
    expect(staff.filter((s) => handbook.includes(squash(s))).length).toBeGreaterThan(5);
    expect(handbook).toContain(squash('FR This part is only for Brightwater staff.'));
  }, 200_000);
});

async function mainTextOf(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  return file.endsWith('.txt') ? text : readableText(parseHtml(text)).join('\n');
}

function flatten(node: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) => (value !== null && typeof value === 'object' ? Object.entries(flatten(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, value]])),
  );
}

describe('a summary in another language', () => {
  it('makes the promises the source language\'s summary makes, even when its words run longer (Kiswahili writes numbers out)', async () => {
    const built = await temporaryFolder('charter-summary-sw-');
    const result = await runInProcess(['build', 'examples/kenya-lands-ministry', '--only', 'summary', '--out', built, '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    const english = await readFile(join(built, 'summary.txt'), 'utf8');
    const kiswahili = await readFile(join(built, 'summary.sw.txt'), 'utf8');
    // The three headline promises, in each language: the same-day official search is the third.
    expect(english).toContain('Official searches lodged and paid for before 3.00 p.m. are issued the same day.');
    expect(kiswahili).toContain('Upekuzi rasmi unaowasilishwa na kulipiwa kabla ya 3:00 mchana hutolewa siku hiyo hiyo.');
    expect(numbersOf(kiswahili)).toEqual(numbersOf(english));
  });
});
