import { describe, expect, it } from 'vitest';
import { catalogFor, primaryLanguage, supportedLanguages, type Catalog } from '../../src/i18n/index.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';

/** Every leaf of a catalogue as [dotted path, value]. */
function leaves(node: object, prefix = ''): [string, unknown][] {
  return Object.entries(node).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** Each catalogue module: its catalogue and the strings it says are the same words as in English. */
const MODULES = Object.fromEntries(
  await Promise.all(
    supportedLanguages()
      .filter((lang) => lang !== 'en')
      .map(async (lang) => [lang, (await import(`../../src/i18n/${lang}.ts`)) as { SAME_AS_ENGLISH: readonly string[] }] as const),
  ),
);

describe('catalogFor', () => {
  it('picks by the primary subtag and falls back to English', () => {
    expect(catalogFor('de-DE')).toBe(de);
    expect(catalogFor('de')).toBe(de);
    expect(catalogFor('DE-at')).toBe(de);
    expect(catalogFor('en-GB')).toBe(en);
    expect(catalogFor('en-US')).toBe(en);
    expect(catalogFor('cy-GB').language).toBe('cy');
    expect(catalogFor('pl')).toBe(en);
    expect(catalogFor('constructor')).toBe(en);
    expect(catalogFor('')).toBe(en);
  });

  it('reads the primary subtag', () => {
    expect(primaryLanguage('de-DE')).toBe('de');
    expect(primaryLanguage(' en_GB ')).toBe('en');
  });

  it('lists its languages', () => {
    expect(supportedLanguages().sort()).toEqual(['cy', 'de', 'en', 'es', 'fr', 'sw']);
  });
});

describe.each(supportedLanguages().map((lang) => [lang, catalogFor(lang)] as [string, Catalog]))('the %s catalogue', (lang, catalog) => {
  it('has the same keys as the English one', () => {
    expect(leaves(catalog).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
  });

  it('has no empty strings and only strings and functions', () => {
    for (const [path, value] of leaves(catalog)) {
      expect(['string', 'function'], path).toContain(typeof value);
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
    }
  });

  it('names its own language', () => {
    expect(catalog.language).toBe(lang);
    expect(primaryLanguage(catalog.defaultLocale)).toBe(lang);
  });
});

describe.each(supportedLanguages().filter((lang) => lang !== 'en'))('the %s catalogue beside English', (lang) => {
  it('translates every heading and label (no English copies left behind, but for the words it says are the same)', () => {
    const english = new Map(leaves(en));
    const same = new Set(MODULES[lang]!.SAME_AS_ENGLISH);
    const untranslated = leaves(catalogFor(lang)).filter(
      ([path, value]) => typeof value === 'string' && !['language', 'defaultLocale'].includes(path) && !same.has(value) && english.get(path) === value,
    );
    expect(untranslated).toEqual([]);
  });

  it('says only of words it really shares with English that they are the same', () => {
    const english = new Set(leaves(en).map(([, value]) => value));
    for (const word of MODULES[lang]!.SAME_AS_ENGLISH) expect(english.has(word), word).toBe(true);
  });

  it('writes durations in its own words, with the number as given', () => {
    const t = catalogFor(lang);
    const words = t.durations.within({ value: 3, number: '3', unit: 'working_days', one: false });
    expect(words).toContain('3');
    expect(words).not.toMatch(/working|within/);
  });
});

describe('the German catalogue', () => {
  it('translates every section heading', () => {
    for (const key of Object.keys(en.sections) as (keyof Catalog['sections'])[]) {
      expect(de.sections[key], key).not.toBe(en.sections[key]);
    }
  });

  it('speaks to the reader with Sie, never du', () => {
    const text = leaves(de)
      .filter(([, value]) => typeof value === 'string')
      .map(([, value]) => value as string)
      .join(' ');
    expect(text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    expect(de.complaints.howToComplain).toBe('So beschweren Sie sich');
  });
});

describe('templates with values', () => {
  it('numbers pages', () => {
    expect(en.pdf.pageOf('2', '9')).toBe('Page 2 of 9');
    expect(de.pdf.pageOf('2', '9')).toBe('Seite 2 von 9');
  });

  it('writes the summary sentences', () => {
    expect(en.summary.serves('residents, tenants and businesses')).toBe('We serve residents, tenants and businesses.');
    expect(en.summary.pays('£40')).toBe('If we do not, we pay you £40.');
    expect(en.summary.complain.phone('Customer Services', '01234 567890')).toBe('To complain, call us on 01234 567890.');
    expect(en.summary.complain.email('Email', 'help@example.org')).toBe('To complain, email us at help@example.org.');
    expect(en.summary.finally('ombudsman', 'Local Government and Social Care Ombudsman')).toBe(
      'If you are still not satisfied, you can ask the Local Government and Social Care Ombudsman to look into it.',
    );
    expect(en.summary.finally('regulator', 'Ofwat')).toBe('If you are still not satisfied, you can ask Ofwat to look into it.');
    expect(en.summary.finally('appellate_authority', 'District Magistrate, Murshidabad')).toBe('If you are still not satisfied, you can appeal to the District Magistrate, Murshidabad.');

    expect(de.summary.serves('Haushalte und Betriebe')).toBe('Wir sind für Haushalte und Betriebe da.');
    expect(de.summary.complain.phone('Kundenservice', '030 23125 410')).toBe('Für eine Beschwerde rufen Sie uns an: 030 23125 410.');
    expect(de.summary.finally('adr_scheme', 'Schlichtungsstelle Energie e.V.')).toBe(
      'Sind Sie danach noch unzufrieden, können Sie sich an eine unabhängige Stelle wenden: Schlichtungsstelle Energie e.V.',
    );
  });

  it('gives every channel kind a complaint sentence that carries the contact', () => {
    for (const catalog of [en, de]) {
      for (const [kind, sentence] of Object.entries(catalog.summary.complain)) {
        expect(sentence('Label', 'CONTACT'), kind).toContain('CONTACT');
      }
    }
  });

  it('says when a last result met its target', () => {
    expect(en.standards.lastResult('2025', '94%', true)).toBe('Last result (2025): 94% (target met)');
    expect(en.standards.lastResult(undefined, '87%', false)).toBe('Last result: 87% (target not met)');
    expect(de.standards.lastResult('1. Halbjahr 2026', '88,5 %', false)).toBe('Letztes Ergebnis (1. Halbjahr 2026): 88,5 % (Ziel nicht erreicht)');
  });
});
