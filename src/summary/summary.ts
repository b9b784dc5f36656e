import { publicView } from '../model/audience.js';
import type { Charter, ComplaintBody, Money, Standard } from '../model/charter.js';
import { mentionsAmount } from '../model/standards.js';
import type { Period } from '../model/periods.js';
import type { Result } from '../model/results.js';
import { formatList, formatMoney, formatPeriod, resolveLanguage } from '../words/index.js';

export const DEFAULT_MAX_WORDS = 100;

export interface SummaryOptions {
  /** How money is written; summary-length passes a stand-in of the most words an amount can take. */
  money?: (money: Money, lang: string) => string;
  /** The results file's rows: the summary then says how many standards were met in the latest period. */
  results?: readonly Result[];
  /**
   * For a translation: the parts the source language's summary kept (its `shape`), so that every
   * language's summary makes the same promises, whatever its words count.
   */
  shape?: number;
}

/**
 * Money as wide as formatMoney can make it, in words ("KES 1,500" is two, "1 500 000 Kč" four), without Intl's currency
 * data: loading that costs ~18 ms, a twentieth of a whole `charter check`, for a word count.
 */
export function widestMoney(): string {
  // A currency word and a number a locale may group with spaces ("1 500 000 Kč").
  return 'XXX 0 0 0';
}

export interface Summary {
  text: string;
  words: number;
  maxWords: number;
  /** True when the charter gives the text by hand (outputs.website_summary.text). */
  handWritten: boolean;
  /** Which parts were kept when parts had to give way (for a translation's summary to keep the same). */
  shape: number;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A summary names whom the organisation serves only when the list is short enough to read well. */
const MOST_CLIENTS_NAMED = 3;
const MOST_PROMISES = 3;

/**
 * The one-paragraph website summary, in the organisation's voice, from public content only:
 *
 * 1. who we are: the first sentence of about.summary (or the mission), the one place the
 *    organisation names itself;
 * 2. whom we serve, only when it adds something and reads well (a short list of client groups);
 * 3. up to three headline promises, as sentences made from the commitments' own words, chosen by
 *    outputs.website_summary.highlight_standards or else in this order of value: guaranteed
 *    standards, then timeliness, access and the rest, the busiest first (most channels and
 *    services), file order breaking ties;
 * 4. what a guaranteed headline standard pays, unless its sentence already says it;
 * 5. with a results file, how many standards were met in the latest period;
 * 6. how to complain, and the independent body at the end of the complaints path.
 *
 * A superseded charter's summary says so first. When the paragraph is longer than max_words, the
 * least essential parts give way: the results first, then whom we serve, then the third and second
 * promises, then who we are; a translation keeps the parts its source kept (options.shape). Pure:
 * the same charter gives the same text.
 */
export function buildSummary(charter: Charter, options: SummaryOptions = {}): Summary {
  const money = options.money ?? formatMoney;
  const settings = charter.outputs?.website_summary;
  const maxWords = settings?.max_words ?? DEFAULT_MAX_WORDS;
  const view = publicView(charter);
  const lang = view.meta.languages.primary;
  const catalog = resolveLanguage(lang).catalog;
  const t = catalog.summary;
  // A superseded charter's summary says so first, hand-written or not.
  const superseded = view.meta.status === 'superseded' ? [catalog.meta.superseded, view.meta.superseded_by ?? ''].filter(Boolean).join(' ') : '';
  if (settings?.text) {
    const own = settings.text.replace(/\s+/g, ' ').trim();
    // max_words limits the author's own text; the notice we put first is not theirs to shorten.
    return { text: [superseded, own].filter(Boolean).join(' '), words: countWords(own), maxWords, handWritten: true, shape: 0 };
  }

  const opening = firstSentence(view.about.summary || view.about.mission || '');
  const serves = view.clients.length <= MOST_CLIENTS_NAMED && !view.clients.some((c) => /\s(and|und|or|oder)\s/i.test(c.name))
    ? t.serves(formatList(view.clients.map((c) => c.name), lang))
    : '';
  const headline = headlineStandards(view, settings?.highlight_standards);
  const promise = (standard: Standard): string => {
    const sentence = mainClause(standard.commitment);
    const amount = standard.guaranteed && standard.compensation?.amount ? money(standard.compensation.amount, lang) : undefined;
    const saysAmount = amount !== undefined && mentionsAmount(sentence, standard.compensation!.amount!.amount);
    return amount && !saysAmount ? `${sentence} ${t.pays(amount)}` : sentence;
  };
  const promises = (n: number) => headline.slice(0, n).map(promise).join(' ');
  const channel = view.channels.find((c) => c.id === view.complaints.channels[0]);
  const complain = channel ? t.complain[channel.kind](channel.label, channel.contact) : '';
  const body = independentBody(view);
  const ending = body ? t.finally(body.kind, body.name) : '';

  const candidates: string[][] = [];
  for (let n = headline.length; n >= 0; n--) {
    candidates.push([superseded, opening, serves, promises(n), complain, ending]);
    candidates.push([superseded, opening, promises(n), complain, ending]);
  }
  for (let n = headline.length; n >= 0; n--) candidates.push([superseded, promises(n), complain, ending]);
  const record = resultsRecord(view, options.results ?? []);
  const recordSentence = record ? catalog.results.summary(String(record.met), String(record.total), formatPeriod(record.period, lang)) : '';
  // The fullest paragraph says how the standards did; it is the first part to give way.
  if (recordSentence) candidates.unshift([superseded, opening, serves, promises(headline.length), recordSentence, complain, ending]);
  const paragraphs = candidates.map((parts) => parts.filter(Boolean).join(' '));
  // A translation keeps the parts its source kept: its own word count may be longer (Kiswahili
  // writes numbers in words) and must not drop a promise the source makes.
  const fits = paragraphs.findIndex((p) => countWords(p) <= maxWords);
  const shape = options.shape !== undefined && options.shape < paragraphs.length ? options.shape : fits >= 0 ? fits : paragraphs.length - 1;
  const fitting = paragraphs[shape]!;
  return { text: fitting, words: countWords(fitting), maxWords, handWritten: false, shape };
}

/**
 * How the public standards did in the latest period of the results file that most of them report
 * on (a half-year reported for three standards of thirteen is not "our standards"): of those with a
 * result for it that can be judged, how many were met. Nothing to say with fewer than two.
 */
function resultsRecord(view: Charter, results: readonly Result[]): { met: number; total: number; period: Period } | undefined {
  const shown = new Set(view.standards.map((s) => s.id));
  const judged = results.filter((r) => shown.has(r.standard) && r.met !== undefined);
  const reporting = new Set(judged.map((r) => r.standard)).size;
  const byPeriod = new Map<string, Result[]>();
  for (const r of judged) byPeriod.set(r.period.text, [...(byPeriod.get(r.period.text) ?? []), r]);
  const periods = [...byPeriod.values()].filter((rows) => rows.length >= 2 && rows.length * 2 >= reporting).sort((a, b) => (a[0]!.period.end < b[0]!.period.end ? 1 : -1));
  const latest = periods[0];
  return latest ? { met: latest.filter((r) => r.met).length, total: latest.length, period: latest[0]!.period } : undefined;
}

const CATEGORY_ORDER: readonly Standard['category'][] = ['timeliness', 'access', 'accuracy', 'quality', 'courtesy', 'information'];

/** The headline standards: those the charter highlights, else guaranteed first, then by category and reach. */
function headlineStandards(charter: Charter, highlighted: readonly string[] | undefined): Standard[] {
  const byId = new Map(charter.standards.map((s) => [s.id, s]));
  if (highlighted?.length) return highlighted.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])).slice(0, MOST_PROMISES);
  const reach = (s: Standard) => (s.applies_to.channels?.length ?? 0) + (s.applies_to.services?.length ?? 0);
  const ranked = charter.standards
    .map((standard, index) => ({ standard, index }))
    .sort(
      (a, b) =>
        Number(Boolean(b.standard.guaranteed)) - Number(Boolean(a.standard.guaranteed)) ||
        CATEGORY_ORDER.indexOf(a.standard.category) - CATEGORY_ORDER.indexOf(b.standard.category) ||
        reach(b.standard) - reach(a.standard) ||
        a.index - b.index,
    );
  return ranked.slice(0, MOST_PROMISES).map((r) => r.standard);
}

/** The body at the end of the complaints path, when the last stage is external and independent. */
function independentBody(charter: Charter): ComplaintBody | undefined {
  const last = charter.complaints.stages.at(-1);
  return last?.external && last.independent ? last.body : undefined;
}

/**
 * A commitment's first sentence, cut to its main clause: examples in brackets or after "like" /
 * "such as" / "for example" go, so the promise reads in one breath.
 */
function mainClause(commitment: string): string {
  const sentence = firstSentence(commitment);
  const cut = sentence
    // Brackets go, except a numeral repeating its number word: "three (3)" is the author's wording.
    .replace(/\s*\((?!\d+\))[^)]*\)/g, '')
    // An example list that runs up to the main clause's subject: "For an emergency, such as a gas leak, flooding ..., we will".
    .replace(/,\s*(?:like|such as|for example|e\.g\.|zum Beispiel|wie etwa|z\. ?B\.)\s.*?,\s*(?=(?:we|you|our|they|it|wir|sie|ihr|unser)\b)/giu, ', ')
    // A short example in the middle: "urgent repairs, like a leaking roof, within 3 working days".
    .replace(/,\s*(?:like|such as|for example|e\.g\.|zum Beispiel|wie etwa|z\. ?B\.)\s[^,]*,/gi, '')
    .replace(/\s+([,.;])/g, '$1')
    .trim();
  return /[.!?]$/.test(cut) ? cut : `${cut}.`;
}

function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const match = /^.*?[.!?](?=\s+\p{Lu}|$)/u.exec(clean);
  return match ? match[0] : clean;
}
