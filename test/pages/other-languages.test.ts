// "This charter in other languages": each language named in its own language, marked for screen
// readers and browsers, with what is translated said in the page's language.
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/i18n/index.js';
import { languageName } from '../../src/render/sections/closing.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { byTag, changedExamplePage, elements, examplePages, shownText, type Page } from './read-page.js';

let pages: Map<string, Page>;
beforeAll(async () => {
  pages = await examplePages();
}, 60_000);

/** The value next to "This charter in other languages" in the accessibility section. */
function otherLanguages(page: Page): Element {
  const label = catalogFor(page.charter.meta.languages.primary).accessibility.otherLanguages;
  const section = elements(page.tree, (e) => e.tagName === 'section' && e.properties.id === 'accessibility')[0]!;
  const dl = elements(section, byTag('dl'))[0]!;
  const items = dl.children.filter((c): c is Element => c.type === 'element');
  const at = items.findIndex((e) => e.tagName === 'dt' && shownText(e) === label);
  expect(at, `"${label}" in the accessibility section`).toBeGreaterThanOrEqual(0);
  return items[at + 1]!;
}

function named(value: Element): Array<{ tag: string; text: string; lang: unknown; hrefLang: unknown; href: unknown; dir: unknown }> {
  return elements(value, (e) => e.tagName === 'a' || (e.tagName === 'span' && e.properties.lang !== undefined)).map((e) => ({
    tag: e.tagName,
    text: shownText(e),
    lang: e.properties.lang,
    hrefLang: e.properties.hrefLang,
    href: e.properties.href,
    dir: e.properties.dir,
  }));
}

describe('the translations of an English charter', () => {
  it('are named in their own languages, linked with hreflang, not given as codes', () => {
    const value = otherLanguages(pages.get('riverside-council')!);
    expect(named(value)).toEqual([
      { tag: 'a', text: 'Polski', lang: 'pl', hrefLang: 'pl', href: 'https://www.riverside.example/charter/pl', dir: 'ltr' },
      { tag: 'a', text: 'اردو', lang: 'ur', hrefLang: 'ur', href: 'https://www.riverside.example/charter/ur', dir: 'rtl' },
      { tag: 'span', text: 'Română', lang: 'ro', hrefLang: undefined, href: undefined, dir: 'ltr' },
    ]);
    expect(shownText(value)).not.toMatch(/\b(pl|ur|ro)\b/);
  });

  it('say in English how much is translated and how to get it, as one list', () => {
    expect(shownText(otherLanguages(pages.get('riverside-council')!))).toBe('Polski (summary), اردو (summary) and Română (on request)');
  });

  it('name one translation in a language Intl has no name for by its tag, and keep going', async () => {
    const page = await changedExamplePage('riverside-council', (yaml) =>
      replaceOnce(yaml, '      - lang: pl\n', '      - lang: qaa\n        url: https://www.riverside.example/charter/qaa\n      - lang: pl\n'),
    );
    const value = otherLanguages(page);
    expect(named(value).map((n) => n.text)).toEqual(['qaa', 'Polski', 'اردو', 'Română']);
    expect(named(value)[0]).toMatchObject({ tag: 'a', hrefLang: 'qaa' });
  });

  it('name the region only where two translations share a language', async () => {
    const page = await changedExamplePage('riverside-council', (yaml) =>
      replaceOnce(replaceOnce(yaml, '      - lang: pl\n', '      - lang: pt-BR\n'), '      - lang: ur\n', '      - lang: pt-PT\n'),
    );
    const [brazil, portugal, romanian] = named(otherLanguages(page));
    expect(brazil).toMatchObject({ lang: 'pt-BR', hrefLang: 'pt-BR' });
    expect(portugal).toMatchObject({ lang: 'pt-PT', hrefLang: 'pt-PT' });
    expect(brazil!.text).not.toBe(portugal!.text);
    expect(brazil!.text).toMatch(/^Português ./);
    expect(romanian).toMatchObject({ text: 'Română', lang: 'ro' });
  });
});

describe('the translations of other examples', () => {
  it.each([
    ['kenya-lands-ministry', 'Kiswahili', 'sw', 'sw'],
    ['kandi-municipality', 'বাংলা', 'bn', 'bn'],
    // A German page offering the English text: named in English ("English", the region only when two translations share a language), noted in German.
    ['stadtwerke-lindenau', 'English', 'en', 'en-GB'],
  ])('%s names its translation "%s"', (example, text, lang, hrefLang) => {
    const value = otherLanguages(pages.get(example)!);
    expect(named(value)[0]).toMatchObject({ tag: 'a', text, lang, hrefLang });
  });

  it('notes a German page\'s partial translation in German', () => {
    expect(shownText(otherLanguages(pages.get('stadtwerke-lindenau')!))).toBe('English (Zusammenfassung)');
  });
});

describe('languageName', () => {
  it('names a language in itself, capitalised as a name standing alone', () => {
    expect(languageName('pl', 'en-GB')).toEqual({ text: 'Polski', lang: 'pl', dir: 'ltr' });
    expect(languageName('ro', 'en-GB').text).toBe('Română');
    expect(languageName('ur', 'en-GB')).toEqual({ text: 'اردو', lang: 'ur', dir: 'rtl' });
    expect(languageName('cy', 'en-GB').text).toBe('Cymraeg');
  });

  it('keeps a region or script when asked to tell two apart', () => {
    // The words come from the ICU data of the Node in use ("Português (Portugal)" or "Português europeu").
    const brazil = languageName('pt-BR', 'en-GB');
    const portugal = languageName('pt-PT', 'en-GB');
    expect(brazil.text).toMatch(/^Português\b/);
    expect(portugal.text).toMatch(/^Português\b/);
    expect(brazil.text).not.toBe(portugal.text);
    expect([brazil.lang, portugal.lang]).toEqual(['pt-BR', 'pt-PT']);
  });

  it('falls back to the tag, never to the machine\'s language', () => {
    expect(languageName('qaa', 'de-DE').text).toBe('qaa');
  });
});
