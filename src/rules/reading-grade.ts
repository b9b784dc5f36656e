import type { Nodes, RootContent } from 'mdast';
import { sectionOfBlock } from '../source/narrative/attach.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import type { Charter } from '../model/charter.js';
import { isPublic } from '../model/audience.js';
import type { Rule } from './rule.js';

/*
 * One Flesch-Kincaid grade over all public prose. Each text (a YAML string, a list item, a
 * paragraph, a heading, a table cell) ends a sentence even without a full stop, as a reader takes a
 * heading or a bullet point as one unit. Numbers count as one-syllable words. Code and raw HTML in
 * the narrative are not prose and are left out.
 */

/** Words a reader says differently from how the vowel groups suggest, common in charters. */
const SYLLABLE_EXCEPTIONS: Readonly<Record<string, number>> = Object.freeze({
  business: 2, businesses: 3, every: 2, everyone: 3, anyone: 3, maybe: 2, recipe: 3, people: 2, create: 2, created: 3,
  area: 3, idea: 3, via: 2, being: 2, toward: 2, towards: 2,
});

/** Suffixes counted as one syllable on their own, so the stem's silent e is judged on the stem. */
const SUFFIXES = /(ly|ment|ful|ness|less)$/;

/** Syllables in one English word: vowel groups with the usual adjustments, at least 1. */
export function countSyllables(word: string): number {
  const parts = word.toLowerCase().split(/[-\u2010\u2011]+/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  return letterSyllables((parts[0] ?? '').replace(/[^a-z]/g, ''));
}

function letterSyllables(letters: string): number {
  if (!letters) return 1; // a number or a symbol
  const known = SYLLABLE_EXCEPTIONS[letters];
  if (known !== undefined) return known;
  if (letters.length <= 3) return 1;
  const stem = letters.replace(SUFFIXES, '');
  if (stem !== letters && stem.length >= 2 && /[aeiouy]/.test(stem.replace(/^y/, ''))) return letterSyllables(stem) + 1;
  return stemSyllables(letters);
}

function stemSyllables(word: string): number {
  const w = word.replace(/^y/, ''); // a leading y is a consonant: year, you
  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  // Silent endings: make, homes, asked, but not table, tables, handled, wanted, pages, goes.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count--;
  else if (/[^aeiouy]es$/.test(w) && !/(?:[sxz]|[cs]h|[cg]|[^aeiouyl]l)es$/.test(w)) count--;
  else if (/[^aeiouy]ed$/.test(w) && !/(?:[td]|[^aeiouyl]l)ed$/.test(w)) count--;
  // Vowels said apart: radio, period, various, actual, being, going; not nation, social, region, union.
  count += (w.match(/[^tscgxnl]i[oa]|[^qg]ua|[aeiouy]ing$/g) ?? []).length;
  return Math.max(1, count);
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|mr|mrs|ms|dr|st|approx|incl|no(?=\.\s*\d))\./giu;
const SENTENCE_END = /[.!?]+(?=["'”’)\]]*(?:\s|$))/u;

export interface TextStatistics {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** The Flesch-Kincaid grade of a set of texts; undefined when there are no words. */
export function fleschKincaid(texts: readonly string[]): TextStatistics | undefined {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const text of texts) {
    for (const sentence of text.replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, '')).split(SENTENCE_END)) {
      const found = sentence.match(WORD) ?? [];
      if (!found.length) continue;
      sentences++;
      words += found.length;
      for (const word of found) syllables += countSyllables(word);
    }
  }
  if (!words) return undefined;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade };
}

/** The plain text of narrative Markdown, one string per paragraph, heading or table cell. */
export function markdownTexts(nodes: readonly RootContent[]): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') texts.push(inline(node));
    else if (node.type !== 'code' && node.type !== 'html' && 'children' in node) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return texts;
}

function inline(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html' || node.type === 'image' || !('children' in node)) return '';
  return node.children.map(inline).join('');
}

/** Every piece of prose a member of the public reads in the charter's public outputs. */
export function publicProse(charter: Charter, narrative: NarrativeSet): string[] {
  const { about, complaints } = charter;
  const texts = [
    about.summary, about.mission, about.vision, ...(about.what_we_do ?? []),
    ...(charter.principles ?? []).map((p) => p.statement),
    ...charter.values.map((v) => v.description),
    ...charter.services.filter(isPublic).map((s) => s.description),
    ...charter.standards.filter(isPublic).map((s) => s.commitment),
    ...charter.rights.filter(isPublic).map((r) => r.text),
    ...charter.obligations.filter(isPublic).map((o) => o.text),
    complaints.definition, ...complaints.stages.map((s) => s.how),
  ];
  for (const block of narrative.blocks.values()) {
    // A block attached to no section, or to the staff section, never reaches a public page.
    const section = sectionOfBlock(charter, block.id);
    if (block.audience === 'public' && section && section !== 'staff') texts.push(block.title, ...markdownTexts(block.content));
  }
  return texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}

export const readingGradeRule: Rule = {
  id: 'reading-grade',
  description: 'Public text is at or below reading_grade_max (Flesch-Kincaid grade) in English charters.',
  severity: () => 'warning',
  check({ charter, narrative }) {
    const max = charter.outputs?.public_document?.reading_grade_max;
    if (typeof max !== 'number' || !/^en(?:-|$)/i.test(charter.meta.languages.primary)) return [];
    const statistics = fleschKincaid(publicProse(charter, narrative));
    if (!statistics) return [];
    // Judge the grade as shown, so "grade 8.0" is never reported against a maximum of 8.
    const grade = Math.round(statistics.grade * 10) / 10;
    if (grade <= max) return [];
    return [{
      path: ['outputs', 'public_document', 'reading_grade_max'],
      message: `public text reads at grade ${grade.toFixed(1)}; the charter sets reading_grade_max: ${max}, so use shorter sentences and plainer words`,
    }];
  },
};
