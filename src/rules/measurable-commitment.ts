import { countingUnit, parseDuration, toHours, type DayBasis, type DurationUnit, type NormalDuration } from '../model/duration.js';
import { subject } from '../model/describe.js';
import type { Duration, Standard } from '../model/charter.js';
import { allStandards } from '../model/standards.js';
import { duration as formatDuration, number as formatNumber } from './messages.js';
import type { Finding, Rule } from './rule.js';

/*
 * How a commitment is read (docs/format.md, "How commitments are read"):
 *
 * - The commitment and the target's `statement` are read together.
 * - A threshold counts only when its number is attached to a word for its unit: "within 2 working
 *   days", "2-hour window", "48hrs", "innerhalb von 2 Werktagen", optionally with one filler word
 *   ("5 clear working days"). "2 ... days" elsewhere in the sentence does not count. "a"/"an" (and
 *   German ein/eine/...) count as 1 when attached to a unit ("within an hour").
 * - Plain "days" (Tage) means calendar days, or the charter's meta.day_basis; "business days" are
 *   working days; "hours" never means working hours. An exactly equal quantity in another fixed
 *   unit counts ("24 hours" for 1 calendar day, "3 weeks" for 21 calendar days).
 * - A percent counts only when marked as one: "80%", "80 %", "80 per cent", "80 Prozent".
 * - A count counts wherever the number appears.
 * - Numbers are digits (1.5 and German 1,5 alike) or English words up to ninety-nine and "a
 *   hundred"; a word with its numeral in brackets ("three (3)") is one number.
 * - Direction: "at least" targets (min_count, measure with min) need an at-least word; "no more
 *   than" targets (max_count, measure with max) must not have one. This catches a promise typed the
 *   wrong way round.
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Articles that mean 1 only when a unit follows: "within an hour", "innerhalb einer Stunde". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);

const WORD_NUMBER = `(?:${TENS.join('|')})(?:[-\\u2010\\u2011 ](?:${ONES.slice(1, 10).join('|')}))?|(?:a|one)[ -]hundred|${ONES.join('|')}`;
// Digits may be glued to their unit ("48hrs"); words must stand alone.
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(\\d+(?:[.,]\\d+)*(?![\\p{N}.,]\\d)(?=[^\\p{N}]|$)|(?:${WORD_NUMBER}|${[...ARTICLES].join('|')})(?![\\p{L}\\p{N}]))`, 'giu');
/** "three (3)": the numeral in brackets after a number word repeats it. */
const BRACKETED = /^\s*\(\s*(\d+(?:[.,]\d+)?)\s*\)/;

/** Unit words in English and German, tried in this order at the start of the text after a number, as whole words. */
const UNIT_WORDS: ReadonlyArray<readonly [DurationUnit, string]> = [
  ['seconds', 'sec(?:ond)?s?|sekunden?'],
  ['minutes', 'min(?:ute)?s?|minuten?'],
  ['hours', 'hours?|hrs?|stunden?'],
  ['working_hours', '(?:working|business|office)[\\s-]+hours?|arbeitsstunden?'],
  ['working_days', 'working[\\s-]+days?|werktag(?:e[ns]?|s)?|arbeitstag(?:e[ns]?|s)?'],
  ['business_days', 'business[\\s-]+days?|geschäftstag(?:e[ns]?|s)?'],
  ['calendar_days', 'calendar[\\s-]+days?|kalendertag(?:e[ns]?|s)?'],
  ['days', 'days?|tag(?:e[ns]?|s)?'],
  ['weeks', 'weeks?|wochen?'],
  ['months', '(?:calendar[\\s-]+)?months?|monat(?:e[ns]?|s)?'],
  ['years', 'years?|jahr(?:e[ns]?|s)?'],
  ['rings', 'rings?'],
];
/**
 * One pattern for them all, a named group a unit: the alternatives are tried in the list's order,
 * each followed by a non-letter, as trying them one by one would; compiled once, not twelve times
 * (a case-blind Unicode pattern is slow to compile, and every check compiled all twelve).
 */
const UNIT = new RegExp(`^(?:${UNIT_WORDS.map(([unit, words]) => `(?<${unit}>${words})`).join('|')})(?!\\p{L})`, 'iu');

/** Between a number and its unit: a space, a hyphen, nothing after digits ("48hrs"), and one filler word. */
const GAP = /^(?:\s*[-\u2010\u2011]\s*|\s+|(?=\p{L}))(?:(?:full|clear|whole|complete|more|further|extra|volle[nr]?)\s+)?/iu;
const PERCENT_SIGN = /^\s*(?:%|per\s?cent(?!\p{L})|prozent(?!\p{L}))/iu;
const VAGUE = /(?<!\p{L})(promptly|as soon as possible|asap|timely|quickly|zeitnah|umgehend|schnellstmöglich)(?!\p{L})/iu;
const AT_LEAST = /(?<!\p{L})(at least|a minimum of|no fewer than|no less than|not less than|mindestens)(?!\p{L})/iu;
const IMMEDIATELY = /(?<!\p{L})(immediately|at once|at the time|on the spot|same visit|while you wait|instantly|sofort|umgehend vor ort)(?!\p{L})/iu;
const SAME_DAY = /(?<!\p{L})(same (?:working |business )?day|am selben tag|am gleichen tag|noch am selben tag)(?!\p{L})/iu;
const AVERAGE = /(?<!\p{L})(average|on average|durchschnitt\p{L}*)(?!\p{L})/iu;
const MEDIAN = /(?<!\p{L})(median)(?!\p{L})/iu;

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
  const ends: Array<[number, number]> = [];
  for (const match of text.matchAll(NUMBER)) {
    const written = match[1]!;
    const start = match.index;
    const lower = written.toLowerCase();
    const isDigits = /^\d/.test(written);
    // "twenty-four" is read whole; a number word glued to another word by a hyphen is not a number.
    if (!isDigits && /\p{L}[-\u2010\u2011]$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    const article = ARTICLES.has(lower);
    let end = start + written.length;
    let values = isDigits ? digitValues(written) : article ? [1] : [wordValue(lower)];
    const bracket = !isDigits && !article ? BRACKETED.exec(text.slice(end)) : null;
    if (bracket) {
      values = [...new Set([...values, ...digitValues(bracket[1]!)])];
      end += bracket[0].length;
    }
    const after = text.slice(end);
    const percent = !article && PERCENT_SIGN.test(after);
    const unit = percent ? undefined : unitAfter(after, isDigits);
    if (article && !unit) continue;
    if (unit) end += unit.length;
    mentions.push({ values, percent, article, text: text.slice(start, end), ...(unit ? { unit: unit.unit } : {}) });
    ends.push([start, end]);
  }
  // "2 to 7 working days": the first number of a range takes the unit written after the second.
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1];
    if (mention.unit || mention.percent || !next?.unit || !/^\s*(?:-|\u2013|to|bis)\s*$/i.test(text.slice(ends[i]![1], ends[i + 1]![0]))) return;
    mention.unit = next.unit;
  });
  // The numeral inside "three (3)" was read with its word; do not count it again.
  return mentions.filter((m, i) => !(i > 0 && mentions[i - 1]!.text.includes(`(${m.text}`)));
}

function wordValue(word: string): number {
  const normal = word.replace(/[\u2010\u2011 -]+/g, ' ');
  if (/hundred$/.test(normal)) return 100;
  const [tens, ones] = normal.split(' ');
  const t = TENS.indexOf(tens!);
  if (t >= 0) return (t + 2) * 10 + (ones ? ONES.indexOf(ones) : 0);
  return ONES.indexOf(normal);
}

function unitAfter(after: string, digits: boolean): { unit: DurationUnit; length: number } | undefined {
  const gap = GAP.exec(after);
  if (!gap) return undefined;
  // A unit glued to the number ("48hrs", "5mins") only after digits: "tend" is not "ten d...".
  if (gap[0] === '' && !digits) return undefined;
  const found = UNIT.exec(after.slice(gap[0].length));
  const unit = found && UNIT_WORDS.find(([name]) => found.groups?.[name] !== undefined)?.[0];
  return found && unit ? { unit, length: gap[0].length + found[0].length } : undefined;
}

/** English "1,500.5" and German "1.500,5" read alike; a lone separator may be either kind. */
function digitValues(written: string): number[] {
  const english = Number(written.replace(/,/g, ''));
  const german = Number(written.replace(/\./g, '').replace(',', '.'));
  return [...new Set([english, german].filter((n) => Number.isFinite(n)))];
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const says = (mention: Mention, value: number): boolean => mention.values.some((v) => same(v, value));

/** Units whose length is fixed in hours, so an equal quantity in another of them says the same. */
const FIXED: ReadonlySet<DurationUnit> = new Set(['seconds', 'minutes', 'hours', 'calendar_days', 'weeks']);

/** Whether a mention states the threshold: its number in its unit, or an equal fixed quantity. */
function statesDuration(mention: Mention, threshold: NormalDuration, value: number, basis: DayBasis | undefined): boolean {
  if (!mention.unit) return false;
  const written: NormalDuration = { value: 0, unit: mention.unit, ...(basis ? { basis } : {}) };
  const wanted = countingUnit({ ...threshold, ...(basis ? { basis } : {}) });
  const read = countingUnit(written);
  if (threshold.unit === 'days' && mention.unit === 'days') return says(mention, value);
  if (read === wanted) return says(mention, value);
  if (FIXED.has(read) && FIXED.has(wanted)) {
    const hours = toHours({ value, unit: wanted });
    return mention.values.some((v) => same(toHours({ value: v, unit: read }), hours));
  }
  return false;
}

export interface ReadOptions {
  /** meta.day_basis: what plain "days" mean. */
  basis?: DayBasis | undefined;
}

/** What a commitment leaves out of its target, or says the other way round, as message tails; empty when it agrees. */
export function missingFromCommitment(commitment: string, target: Standard['target'], options: ReadOptions = {}): string[] {
  const text = target.statement ? `${commitment}\n${target.statement}` : commitment;
  const mentions = readMentions(text);
  const missing: string[] = [];
  const kind = target.kind;
  if (kind === 'defined_by') {
    const named = target.reference !== undefined && text.toLowerCase().includes(target.reference.toLowerCase());
    if (!named && !target.url) missing.push(`the commitment does not name "${target.reference}", the reference that sets this standard's numbers; name it, or give the target a url`);
    return missing;
  }
  if (kind === 'immediate' && !IMMEDIATELY.test(text)) missing.push('the target is "immediate" but the commitment does not say so; write "immediately", "at the time", "on the spot" or "while you wait"');
  if (kind === 'same_day' && !SAME_DAY.test(text)) missing.push('the target is "same_day" but the commitment does not say "same day"');
  const vague = mentions.length === 0 && kind !== 'immediate' && kind !== 'same_day' && kind !== 'schedule' ? VAGUE.exec(text) : null;
  if (vague) return [`the commitment says "${vague[1]}" but gives no number; write the target in the text, e.g. "${example(target)}"`];

  const durations: Array<[Duration | undefined, string]> = [[target.threshold, 'threshold']];
  for (const variant of target.variants ?? []) durations.push([variant.threshold, `variant "${variant.label}" threshold`]);
  for (const [value, label] of durations) {
    const threshold = parseDuration(value, options.basis);
    if (!threshold) continue;
    for (const number of threshold.min === undefined ? [threshold.value] : [threshold.min, threshold.value]) {
      if (mentions.some((m) => statesDuration(m, threshold, number, options.basis))) continue;
      missing.push(thresholdMissing(mentions, threshold, number, kind, label));
    }
  }
  const percents: Array<[number | undefined, string]> = [[target.percent, "the target's percent"], ...(target.variants ?? []).map((v): [number | undefined, string] => [v.percent, `variant "${v.label}" percent`])];
  for (const [percent, label] of percents) {
    if (typeof percent !== 'number' || mentions.some((m) => m.percent && says(m, percent))) continue;
    missing.push(`the commitment does not mention ${label} "${formatNumber(percent)}%"; write it in the text, e.g. "${formatNumber(percent)}% of"`);
  }
  if (typeof target.count === 'number' && !mentions.some((m) => !m.article && !m.percent && says(m, target.count!))) {
    missing.push(`the commitment does not mention the target's count "${target.count}"; write it in the text, e.g. "${kind === 'min_count' ? 'at least' : 'no more than'} ${target.count}"`);
  }
  if (kind === 'measure') {
    const value = target.min ?? target.max;
    if (typeof value === 'number' && !mentions.some((m) => !m.article && !m.percent && says(m, value))) {
      missing.push(`the commitment does not mention the target's ${target.min !== undefined ? 'minimum' : 'maximum'} "${formatNumber(value)} ${target.unit ?? ''}"; write it in the text`.replace(' "', ' "').replace(/ "$/, '"'));
    } else if (target.unit && !text.toLowerCase().includes(target.unit.toLowerCase().split(/\s+/)[0]!)) {
      missing.push(`the commitment does not name the target's unit "${target.unit}"; write it with the number, e.g. "${formatNumber(value ?? 0)} ${target.unit}"`);
    }
  }
  missing.push(...directionProblems(text, target));
  if (target.statistic === 'average' && !AVERAGE.test(text)) missing.push('the target is an average but the commitment does not say so; write "on average" or "an average of"');
  if (target.statistic === 'median' && !MEDIAN.test(text)) missing.push('the target is a median but the commitment does not say so; write "median"');
  return missing;
}

/** An "at least" promise needs its words; a "no more than" promise must not have them. */
function directionProblems(text: string, target: Standard['target']): string[] {
  const atLeast = AT_LEAST.exec(text);
  const minimum = target.kind === 'min_count' || (target.kind === 'measure' && target.min !== undefined);
  const maximum = target.kind === 'max_count' || (target.kind === 'measure' && target.max !== undefined && target.min === undefined);
  if (minimum && !atLeast) {
    return [`the target is a minimum (${target.kind === 'min_count' ? `at least ${target.count}` : `at least ${formatNumber(target.min!)} ${target.unit ?? ''}`.trim()}) but the commitment does not say "at least"; write "at least", "a minimum of" or "no fewer than"`];
  }
  if (maximum && atLeast) {
    const limit = target.kind === 'max_count' ? `no more than ${target.count}` : `no more than ${formatNumber(target.max!)} ${target.unit ?? ''}`.trim();
    const fix = target.kind === 'max_count' ? 'a min_count target' : 'a measure target with min';
    return [`the target is a maximum (${limit}) but the commitment says "${atLeast[1]}"; if the promise is "${atLeast[1]}", make it ${fix}, otherwise reword the commitment`];
  }
  return [];
}

function thresholdMissing(mentions: Mention[], threshold: NormalDuration, value: number, kind: Standard['target']['kind'], label: string): string {
  const wanted = formatDuration(threshold.min === undefined ? { value, unit: threshold.unit } : { min: threshold.min, max: threshold.value, unit: threshold.unit });
  const phrase = kind === 'minimum_notice' ? `at least ${wanted}` : `within ${wanted}`;
  const near = mentions.find((m) => m.unit && says(m, value));
  const what = label === 'threshold' ? "the target's threshold" : `the ${label}`;
  if (near) return `the commitment says "${near.text}" but ${what} is "${wanted}"; write "${phrase}"`;
  return `the commitment does not mention ${what} "${wanted}"; write it in the text, e.g. "${phrase}"`;
}

function example(target: Standard['target']): string {
  const threshold = parseDuration(target.threshold);
  const parts: string[] = [];
  if (typeof target.percent === 'number') parts.push(`${formatNumber(target.percent)}% of`);
  if (typeof target.count === 'number') parts.push(`${target.kind === 'min_count' ? 'at least' : 'no more than'} ${target.count}`);
  if (threshold) parts.push(`${target.kind === 'minimum_notice' ? 'at least' : 'within'} ${formatDuration(target.threshold!)}`);
  return parts.join(' ... ');
}

export const measurableCommitmentRule: Rule = {
  id: 'measurable-commitment',
  description: 'The numbers, unit and direction in each commitment agree with its target; no vague promises.',
  severity: () => 'error',
  check({ charter }) {
    const findings: Finding[] = [];
    for (const { standard, path } of allStandards(charter)) {
      for (const tail of missingFromCommitment(standard.commitment, standard.target, { basis: charter.meta.day_basis })) {
        findings.push({ path: [...path, 'commitment'], message: `${subject(charter, path)}: ${tail}` });
      }
    }
    return findings;
  },
};
