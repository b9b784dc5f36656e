import { parseDuration, type DurationUnit, type NormalDuration } from '../model/duration.js';
import { subject } from '../model/describe.js';
import type { Standard } from '../model/charter.js';
import { allStandards } from '../model/standards.js';
import { duration as formatDuration, number as formatNumber } from './messages.js';
import type { Finding, Rule } from './rule.js';

/*
 * How a commitment is read (docs/format.md, "How commitments are read"):
 *
 * - A threshold counts only when its number is attached to a word for its unit: "within 2 working
 *   days", "2-hour window", "innerhalb von 2 Werktagen", optionally with one filler word ("5 clear
 *   working days"). "2 ... days" elsewhere in the sentence does not count: a reader takes the number
 *   and the unit together, and a loose match would let "within 2 days" pass for 2 working days.
 *   "a"/"an" (and German ein/eine/einem/einer/eines) count as 1 when attached to a unit ("within an
 *   hour").
 * - Plain "days" (Tage, Tagen) means calendar days; "hours" never means working hours.
 * - A percent counts only when marked as one: "80%", "80 %", "80 per cent", "80 Prozent".
 * - A count counts wherever the number appears; the max_count period need not appear ("a year").
 * - Numbers are digits (1.5 and German 1,5 alike) or English words from zero to twenty. Words inside
 *   a compound ("twenty-four") are not read as their last part.
 */

const NUMBER_WORDS: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
/** Articles that mean 1 only when a unit follows: "within an hour", "innerhalb einer Stunde". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);

/** Unit words in English and German, each tried at the start of the text after a number, as whole words. */
const UNIT_WORDS: ReadonlyArray<readonly [DurationUnit, RegExp]> = [
  ['seconds', /^(?:sec(?:ond)?s?|sekunden?)(?!\p{L})/iu],
  ['minutes', /^(?:min(?:ute)?s?|minuten?)(?!\p{L})/iu],
  ['hours', /^(?:hours?|hrs?|stunden?)(?!\p{L})/iu],
  ['working_hours', /^(?:(?:working|business|office)[\s-]+hours?|arbeitsstunden?)(?!\p{L})/iu],
  ['working_days', /^(?:(?:working|business)[\s-]+days?|werktag(?:e[ns]?|s)?|arbeitstag(?:e[ns]?|s)?)(?!\p{L})/iu],
  ['calendar_days', /^(?:(?:calendar[\s-]+)?days?|kalendertag(?:e[ns]?|s)?|tag(?:e[ns]?|s)?)(?!\p{L})/iu],
  ['weeks', /^(?:weeks?|wochen?)(?!\p{L})/iu],
  ['months', /^(?:months?|monat(?:e[ns]?|s)?)(?!\p{L})/iu],
  ['years', /^(?:years?|jahr(?:e[ns]?|s)?)(?!\p{L})/iu],
];

const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(\\d+(?:[.,]\\d+)*|${[...NUMBER_WORDS, ...ARTICLES].join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const GAP = /^(?:\s*[-\u2010\u2011]\s*|\s+)(?:(?:full|clear|whole|complete|more|further|extra|volle[nr]?)\s+)?/iu;
const PERCENT_SIGN = /^\s*(?:%|per\s?cent(?!\p{L})|prozent(?!\p{L}))/iu;
const VAGUE = /(?<!\p{L})(promptly|as soon as possible|asap|timely|quickly|zeitnah|umgehend|schnellstmöglich)(?!\p{L})/iu;

/** One number in a commitment and what it is attached to. */
export interface Mention {
  /** Every value the written number can mean ("1.000" is 1 in English and 1000 in German). */
  values: number[];
  unit?: DurationUnit;
  percent: boolean;
  /** An article ("an hour") is a number only with a unit. */
  article: boolean;
  /** The number and its unit as written, for messages. */
  text: string;
}

/** Reads every number in a commitment with the unit or percent sign attached to it. */
export function readMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const written = match[1]!;
    const start = match.index;
    const lower = written.toLowerCase();
    const isDigits = /^\d/.test(written);
    // "twenty-four": the "four" is part of a compound number, not 4.
    if (!isDigits && /\p{L}[-\u2010\u2011]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    const article = ARTICLES.has(lower);
    const values = isDigits ? digitValues(written) : article ? [1] : [NUMBER_WORDS.indexOf(lower)];
    const after = text.slice(start + written.length);
    const percent = !article && PERCENT_SIGN.test(after);
    const unit = percent ? undefined : unitAfter(after);
    if (article && !unit) continue;
    const end = unit ? start + written.length + unit.length : start + written.length;
    mentions.push({ values, percent, article, text: text.slice(start, end), ...(unit ? { unit: unit.unit } : {}) });
  }
  return mentions;
}

function unitAfter(after: string): { unit: DurationUnit; length: number } | undefined {
  const gap = GAP.exec(after);
  if (!gap) return undefined;
  const rest = after.slice(gap[0].length);
  for (const [unit, pattern] of UNIT_WORDS) {
    const found = pattern.exec(rest);
    if (found) return { unit, length: gap[0].length + found[0].length };
  }
  return undefined;
}

/** English "1,500.5" and German "1.500,5" read alike; a lone separator may be either kind. */
function digitValues(written: string): number[] {
  const english = Number(written.replace(/,/g, ''));
  const german = Number(written.replace(/\./g, '').replace(',', '.'));
  return [...new Set([english, german].filter((n) => Number.isFinite(n)))];
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const says = (mention: Mention, value: number): boolean => mention.values.some((v) => same(v, value));

/** What a commitment leaves out of its target, as message tails; empty when it says everything. */
export function missingFromCommitment(commitment: string, target: Standard['target']): string[] {
  const mentions = readMentions(commitment);
  const vague = mentions.length === 0 ? VAGUE.exec(commitment) : null;
  if (vague) return [`the commitment says "${vague[1]}" but gives no number; write the target in the text, e.g. "${example(target)}"`];
  const missing: string[] = [];
  const threshold = parseDuration(target.threshold);
  if (threshold && !mentions.some((m) => m.unit === threshold.unit && says(m, threshold.value))) {
    missing.push(thresholdMissing(mentions, threshold, target.kind));
  }
  if (typeof target.percent === 'number' && !mentions.some((m) => m.percent && says(m, target.percent!))) {
    missing.push(`the commitment does not mention the target's percent "${formatNumber(target.percent)}%"; write it in the text, e.g. "${formatNumber(target.percent)}% of"`);
  }
  if (typeof target.count === 'number' && !mentions.some((m) => !m.article && !m.percent && says(m, target.count!))) {
    missing.push(`the commitment does not mention the target's count "${target.count}"; write it in the text, e.g. "no more than ${target.count}"`);
  }
  return missing;
}

function thresholdMissing(mentions: Mention[], threshold: NormalDuration, kind: Standard['target']['kind']): string {
  const wanted = formatDuration(threshold);
  const phrase = kind === 'minimum_notice' ? `at least ${wanted}` : `within ${wanted}`;
  const near = mentions.find((m) => m.unit && says(m, threshold.value));
  if (near) return `the commitment says "${near.text}" but the target's threshold is "${wanted}"; write "${phrase}"`;
  return `the commitment does not mention the target's threshold "${wanted}"; write it in the text, e.g. "${phrase}"`;
}

function example(target: Standard['target']): string {
  const threshold = parseDuration(target.threshold);
  const parts: string[] = [];
  if (typeof target.percent === 'number') parts.push(`${formatNumber(target.percent)}% of`);
  if (typeof target.count === 'number') parts.push(`no more than ${target.count}`);
  if (threshold) parts.push(`${target.kind === 'minimum_notice' ? 'at least' : 'within'} ${formatDuration(threshold)}`);
  return parts.join(' ... ');
}

export const measurableCommitmentRule: Rule = {
  id: 'measurable-commitment',
  description: 'The numbers and unit in each commitment agree with its target; no vague promises.',
  severity: () => 'error',
  check({ charter }) {
    const findings: Finding[] = [];
    for (const { standard, path } of allStandards(charter)) {
      for (const tail of missingFromCommitment(standard.commitment, standard.target)) {
        findings.push({ path: [...path, 'commitment'], message: `${subject(charter, path)}: ${tail}` });
      }
    }
    return findings;
  },
};
