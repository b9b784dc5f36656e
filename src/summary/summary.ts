import { publicView } from '../model/audience.js';
import type { Charter, Standard } from '../model/charter.js';
import { formatDate, formatEvery, formatList, formatTarget, resolveLanguage } from '../words/index.js';

export const DEFAULT_MAX_WORDS = 100;

export interface Summary {
  text: string;
  words: number;
  maxWords: number;
  /** True when the charter gives the text by hand (outputs.website_summary.text). */
  handWritten: boolean;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The one-paragraph website summary, from public content only: who the organisation is and whom it
 * serves, up to three headline standards, how to complain, when the charter is reviewed. When the
 * whole paragraph is longer than max_words, the least essential sentences give way first (the
 * opening description, then the third and second promises). Pure: same charter, same text.
 */
export function buildSummary(charter: Charter): Summary {
  const settings = charter.outputs?.website_summary;
  const maxWords = settings?.max_words ?? DEFAULT_MAX_WORDS;
  if (settings?.text) {
    const text = settings.text.replace(/\s+/g, ' ').trim();
    return { text, words: countWords(text), maxWords, handWritten: true };
  }
  const view = publicView(charter);
  const lang = view.meta.languages.primary;
  const t = resolveLanguage(lang).catalog.summary;

  const opening = firstSentence(view.about.summary);
  const serves = t.serves(view.meta.organisation.name, formatList(view.clients.map((c) => lowerFirst(c.name, lang)), lang));
  const headline = headlineStandards(view, settings?.highlight_standards);
  const promises = (n: number) => (n === 0 ? '' : t.promises(formatList(headline.slice(0, n).map((s) => t.promise(s.title, formatTarget(s.target, lang))), lang)));
  const channel = view.channels.find((c) => c.id === view.complaints.channels[0]);
  const complain = channel ? t.complain[channel.kind](channel.label, channel.contact) : '';
  const review = t.review(formatEvery(view.review.cadence, lang), formatDate(view.review.next_review_due, lang));

  const candidates: string[][] = [];
  for (let n = headline.length; n >= 0; n--) {
    candidates.push([opening, serves, promises(n), complain, review]);
    candidates.push([serves, promises(n), complain, review]);
  }
  // A superseded charter's summary says so first, whatever else gives way.
  const superseded = view.meta.status === 'superseded' ? [resolveLanguage(lang).catalog.meta.superseded, view.meta.superseded_by ?? ''].filter(Boolean).join(' ') : '';
  const paragraphs = candidates.map((parts) => [superseded, ...parts].filter(Boolean).join(' '));
  const fitting = paragraphs.find((p) => countWords(p) <= maxWords) ?? paragraphs[paragraphs.length - 1]!;
  return { text: fitting, words: countWords(fitting), maxWords, handWritten: false };
}

function headlineStandards(charter: Charter, highlighted: readonly string[] | undefined): Standard[] {
  const byId = new Map(charter.standards.map((s) => [s.id, s]));
  const chosen = highlighted?.length ? highlighted.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) : charter.standards;
  return chosen.slice(0, 3);
}

function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const match = /^.*?[.!?](?=\s|$)/.exec(clean);
  return match ? match[0] : clean;
}

/** "Homeowners" reads better as "homeowners" mid-sentence in English; German nouns keep their capital. */
function lowerFirst(name: string, lang: string): string {
  if (!lang.toLowerCase().startsWith('en')) return name;
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
