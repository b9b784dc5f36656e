import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid, markdownTexts, publicProse } from '../../src/rules/reading-grade.js';
import { parseNarrative } from '../../src/source/narrative/parse-narrative.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { baseFiles, contextOf, diagnosticsOf, replace, ruleTester } from '../helpers/rule-tester.js';

const RULE = 'reading-grade';

ruleTester(RULE, {
  valid: [
    { name: 'plain English within reading_grade_max' },
    { name: 'a charter not in English, whatever its reading_grade_max', base: 'stadtwerke-lindenau', md: false, edit: replace('    paper: A4\n', '    paper: A4\n    reading_grade_max: 1\n') },
  ],
});

describe(RULE, () => {
  it('warns at the hardest public text, with the overall grade and its own', async () => {
    const { yaml, md } = await baseFiles();
    const hard = 'Notwithstanding extraordinarily complicated circumstances, comprehensive investigations necessitate considerable administrative deliberation before determination.';
    const text = replaceOnce(replaceOnce(yaml, 'reading_grade_max: 8', 'reading_grade_max: 2'), /(  - id: bw-callback[\s\S]*?commitment: ).*/, `$1${hard}`);
    const { charter, narrative } = await contextOf(text, md);
    const grade = fleschKincaid(publicProse(charter, narrative).map((p) => p.text))!.grade;
    const own = fleschKincaid([hard])!.grade;
    expect(grade).toBeGreaterThan(2);
    const found = await diagnosticsOf(RULE, text, md);
    expect(found).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'warning',
        ...positionOf(text, hard),
        message: `public text reads at grade ${grade.toFixed(1)}, above reading_grade_max: 2; the hardest is here, at grade ${own.toFixed(1)}: use shorter sentences and plainer words`,
      }),
    ]);
  });

  it('points into the narrative when the hardest text is there', async () => {
    const { yaml, md } = await baseFiles();
    const hard = 'Notwithstanding extraordinarily complicated circumstances, comprehensive investigations necessitate considerable administrative deliberation before determination.';
    const text = replaceOnce(yaml, 'reading_grade_max: 8', 'reading_grade_max: 2');
    const narrative = replaceOnce(md, 'Brightwater started in 1998', `${hard}\n\nBrightwater started in 1998`);
    const [found] = await diagnosticsOf(RULE, text, narrative);
    expect(found).toMatchObject({ file: 'narrative.md', ...positionOf(narrative, hard) });
  });

  it('reads public prose and public narrative, never staff text', async () => {
    const { yaml, md } = await baseFiles();
    const { charter, narrative } = await contextOf(yaml, md);
    const prose = publicProse(charter, narrative).map((p) => p.text).join('\n');
    expect(prose).toContain('family-run plumbing and heating firm'); // about.summary
    expect(prose).toContain('Brightwater started in 1998'); // the public "about" block
    expect(prose).toContain('within 4 hours of your call'); // a public commitment
    expect(prose).toContain('Ring the office or send us an email.'); // a complaint stage's how
    expect(prose).not.toContain('Upload the job sheet'); // an internal standard
    expect(prose).not.toContain('only for Brightwater staff'); // the staff block
  });
});

describe('syllables', () => {
  const cases: Record<string, number> = {
    the: 1, make: 1, homes: 1, free: 1, whole: 1, table: 2, tables: 2, people: 2, pages: 2, goes: 1, replies: 2,
    asked: 1, wanted: 2, needed: 2, agreed: 2, handled: 2, called: 1, played: 1,
    safely: 2, statement: 2, carefully: 3, family: 3, only: 2, business: 2, unless: 2,
    radio: 3, period: 3, various: 3, social: 2, special: 2, media: 3, actual: 3, equal: 2, language: 2, situation: 4,
    going: 2, paying: 2, using: 2, services: 3, minutes: 2, issues: 2, continue: 3, true: 1, guarantee: 3,
    year: 1, "you're": 1, customer: 3, complaint: 2, independent: 4, information: 4, emergency: 4, appointment: 3,
  };
  it.each(Object.entries(cases))('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('adds up hyphenated words and gives every word at least one', () => {
    expect(countSyllables('end-of-job')).toBe(3);
    expect(countSyllables('0113')).toBe(1);
    expect(countSyllables('GBP')).toBe(1);
    expect(countSyllables('rhythm')).toBe(1);
  });
});

describe('Flesch-Kincaid grade', () => {
  it('follows 0.39 * words/sentences + 11.8 * syllables/words - 15.59', () => {
    // 6 words, 1 sentence, 6 syllables.
    expect(fleschKincaid(['The cat sat on the mat.'])!.grade).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 6);
  });

  it('ends a sentence at the end of each text, and not at e.g. or a decimal point', () => {
    const stats = fleschKincaid(['The cat sat on the mat.', 'Boiler servicing', 'Pay 1.5 times, e.g. now. Then go!'])!;
    expect(stats).toMatchObject({ sentences: 4, words: 15 });
  });

  it('has no grade without words', () => {
    expect(fleschKincaid(['', '...'])).toBeUndefined();
  });

  it('takes the text of Markdown paragraphs, headings, list items and tables, not code or HTML', () => {
    const markdown = '## Block {#about}\n\nWe *fix* [leaks](https://x.example).\n\n### Costs\n\n- One\n- Two\n\n| a | b |\n| - | - |\n| c | d |\n\n```\ncode here\n```\n\n<div>html</div>\n';
    const { narrative } = parseNarrative(markdown, 'narrative.md', new Map());
    expect(markdownTexts(narrative.blocks[0]!.content).map((t) => t.text)).toEqual(['We fix leaks.', 'Costs', 'One', 'Two', 'a', 'b', 'c', 'd']);
  });
});
