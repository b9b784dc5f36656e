import type { Charter, Standard } from '../model/charter.js';
import { latestOf, valueKind, type Result } from '../model/results.js';
import { formatPeriod } from '../words/index.js';

type LastResult = NonNullable<NonNullable<Standard['reporting']>['last_result']>;

/**
 * The charter as the pages show it: each standard with results has its `last_result` taken from
 * its latest row, its period in the page's language. A copy; the checked charter is left as it is.
 */
export function withResults(charter: Charter, results: readonly Result[] | undefined): Charter {
  if (!results?.length) return charter;
  const lang = charter.meta.languages.primary;
  const copy = structuredClone(charter);
  for (const standard of [...copy.standards, ...(copy.staff?.internal_standards ?? [])]) {
    const latest = latestOf(results, standard.id);
    if (latest) standard.reporting = { ...standard.reporting, last_result: lastResultOf(standard, latest, lang) };
  }
  return copy;
}

function lastResultOf(standard: Standard, result: Result, lang: string): LastResult {
  const kind = valueKind(standard.target);
  const unit = kind === 'percent' ? 'percent' : kind === 'duration' ? result.value.duration?.unit : kind === 'measure' ? standard.target.unit : undefined;
  return { period: formatPeriod(result.period, lang), value: result.value.number, ...(unit ? { unit } : {}), ...(result.met === undefined ? {} : { met: result.met }) };
}
