import { buildSummary, DEFAULT_MAX_WORDS, widestMoney } from '../summary/summary.js';
import type { Rule } from './rule.js';

/** summary-length: the website summary fits outputs.website_summary.max_words. */
export const summaryLengthRule: Rule = {
  id: 'summary-length',
  description: 'the website summary fits max_words',
  severity: () => 'error',
  check({ charter }) {
    // Counted first with the widest money words: when that fits, the real summary fits too.
    if (buildSummary(charter, { money: widestMoney }).words <= (charter.outputs?.website_summary?.max_words ?? DEFAULT_MAX_WORDS)) return [];
    const summary = buildSummary(charter);
    if (summary.words <= summary.maxWords) return [];
    if (summary.handWritten) {
      return [{ path: ['outputs', 'website_summary', 'text'], message: `the website summary has ${summary.words} words; max_words is ${summary.maxWords}: shorten it or raise max_words` }];
    }
    const path = charter.outputs?.website_summary?.max_words !== undefined ? ['outputs', 'website_summary', 'max_words'] : ['about', 'summary'];
    return [{ path, message: `the shortest website summary charter can write has ${summary.words} words, more than max_words (${summary.maxWords}); raise max_words, shorten the charter's names and titles, or write outputs.website_summary.text by hand` }];
  },
};
