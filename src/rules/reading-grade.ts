import type { Nodes, RootContent } from 'mdast';
import type { Position } from '../diagnostics.js';
import type { DataPath } from '../model/data-path.js';
import { itemOfBlock, sectionOfBlock } from '../source/narrative/attach.js';
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
  let count = SYLLABLES_OF.get(word);
  if (count === undefined) {
    count = syllablesOf(word);
    if (SYLLABLES_OF.size < 50_000) SYLLABLES_OF.set(word, count);
  }
  return count;
}

/** Words already counted: a charter says "we", "you" and "your" hundreds of times, and each count is a dozen patterns. */
const SYLLABLES_OF = new Map<string, number>();

function syllablesOf(word: string): number {
  const parts = word.toLowerCase().split(/[-\u2010\u2011]+/).filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  return letterSyllables((parts[0] ?? '').replace(/[^a-z]/g, ''));
}

function letterSyllables(letters: string): number {
  if (!letters) return 1; // a number or a symbol
  // Own keys only: "constructor" is a word, not Object.prototype's.
  const known = Object.hasOwn(SYLLABLE_EXCEPTIONS, letters) ? SYLLABLE_EXCEPTIONS[letters] : undefined;
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
const PUNCTUATION_RUN = /[.!?]+/g;
const CLOSES_SENTENCE = /["'”’)\]]*(?:\s|$)/y;

/**
 * The sentences of a text: a run of . ! ? followed (after closing quotes or brackets) by a space or
 * the end. Scanned run by run, so a long run of dots costs its length once (a split on one regex
 * backtracked through the run at every dot: quadratic).
 */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const run of text.matchAll(PUNCTUATION_RUN)) {
    const end = run.index + run[0].length;
    CLOSES_SENTENCE.lastIndex = end;
    if (!CLOSES_SENTENCE.test(text)) continue;
    sentences.push(text.slice(start, run.index));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences;
}

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
    for (const sentence of sentencesOf(text.replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, '')))) {
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

/** A piece of prose and where it is: a YAML data path, or a place in a narrative file. */
export interface Prose {
  text: string;
  path?: DataPath;
  at?: { file: string; position: Position };
}

/** The plain text of narrative Markdown, one string per paragraph, heading or table cell, each with its place. */
export function markdownTexts(nodes: readonly RootContent[]): Array<{ text: string; position?: Position }> {
  const texts: Array<{ text: string; position?: Position }> = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') texts.push({ text: inline(node), ...(node.position ? { position: positionOfNode(node.position) } : {}) });
    else if (node.type !== 'code' && node.type !== 'html' && 'children' in node) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return texts;
}

function positionOfNode(position: NonNullable<Nodes['position']>): Position {
  return { line: position.start.line, column: position.start.column, endLine: position.start.line, endColumn: position.start.line === position.end.line ? position.end.column : position.start.column + 1 };
}

function inline(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html' || node.type === 'image' || !('children' in node)) return '';
  return node.children.map(inline).join('');
}

/** Every piece of prose a member of the public reads in the charter's public outputs, with its place. */
export function publicProse(charter: Charter, narrative: NarrativeSet): Prose[] {
  const { about, complaints } = charter;
  const found: Prose[] = [];
  const add = (text: string | undefined, path: DataPath) => {
    if (typeof text === 'string' && text.trim() !== '') found.push({ text, path });
  };
  add(about.summary, ['about', 'summary']);
  add(about.mission, ['about', 'mission']);
  add(about.vision, ['about', 'vision']);
  (about.what_we_do ?? []).forEach((text, i) => add(text, ['about', 'what_we_do', i]));
  (charter.principles ?? []).forEach((p, i) => add(p.statement, ['principles', i, 'statement']));
  charter.values.forEach((v, i) => add(v.description, ['values', i, 'description']));
  charter.services.forEach((s, i) => isPublic(s) && add(s.description, ['services', i, 'description']));
  charter.standards.forEach((s, i) => isPublic(s) && add(s.commitment, ['standards', i, 'commitment']));
  charter.rights.forEach((r, i) => isPublic(r) && add(r.text, ['rights', i, 'text']));
  charter.obligations.forEach((o, i) => isPublic(o) && add(o.text, ['obligations', i, 'text']));
  add(complaints.definition, ['complaints', 'definition']);
  complaints.stages.forEach((s, i) => add(s.how, ['complaints', 'stages', i, 'how']));
  for (const block of narrative.blocks.values()) {
    // A block attached to no section, or to the staff section, never reaches a public page.
    const section = sectionOfBlock(charter, block.id);
    const item = itemOfBlock(charter, block.id);
    if (block.audience !== 'public' || !((section && section !== 'staff') || item)) continue;
    found.push({ text: block.title, at: { file: block.file, position: block.heading } });
    for (const piece of markdownTexts(block.content)) {
      if (piece.text.trim() !== '') found.push({ text: piece.text, at: { file: block.file, position: piece.position ?? block.heading } });
    }
  }
  return found;
}

/** Texts this short are too small to judge alone: a heading of two long words is not hard prose. */
const SHORTEST_JUDGED_ALONE = 8;

export const readingGradeRule: Rule = {
  id: 'reading-grade',
  description: 'Public text is at or below reading_grade_max (Flesch-Kincaid grade) in English charters.',
  severity: () => 'warning',
  check({ charter, narrative }) {
    const max = charter.outputs?.public_document?.reading_grade_max;
    if (typeof max !== 'number' || !/^en(?:-|$)/i.test(charter.meta.languages.primary)) return [];
    const prose = publicProse(charter, narrative);
    const statistics = fleschKincaid(prose.map((p) => p.text));
    if (!statistics) return [];
    // Judge the grade as shown, so "grade 8.0" is never reported against a maximum of 8.
    const grade = shown(statistics.grade);
    if (grade <= max) return [];
    // Point at the hardest text, where the author can act, and give its own grade.
    const graded = prose.map((p) => ({ prose: p, statistics: fleschKincaid([p.text]) })).filter((g) => g.statistics !== undefined);
    const judged = graded.filter((g) => g.statistics!.words >= SHORTEST_JUDGED_ALONE);
    const hardest = (judged.length > 0 ? judged : graded).reduce((a, b) => (b.statistics!.grade > a.statistics!.grade ? b : a));
    const message = `public text reads at grade ${grade.toFixed(1)}, above reading_grade_max: ${max}; the hardest is here, at grade ${shown(hardest.statistics!.grade).toFixed(1)}: use shorter sentences and plainer words`;
    return [hardest.prose.at ? { at: hardest.prose.at, message } : { path: hardest.prose.path!, message }];
  },
};

function shown(grade: number): number {
  return Math.round(grade * 10) / 10;
}
