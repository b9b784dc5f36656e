import type { Charter, Standard } from '../model/charter.js';
import { latestResults, resultUnit, type Result } from '../model/results.js';
import { formatPeriod } from '../words/index.js';

type LastResult = NonNullable<NonNullable<Standard['reporting']>['last_result']>;

/**
 * The charter as the pages show it: each standard with results has its `last_result` taken from
 * its latest row, its period in the page's language. A copy; the checked charter is left as it is.
 */
export function withResults(charter: Charter, results: readonly Result[] | undefined): Charter {
  if (!results?.length) return charter;
  const lang = charter.meta.languages.primary;
  const latest = latestResults(results);
  // New objects only where a result changes them: the rest of the charter is shared, not copied.
  const derive = <S extends Standard>(standard: S): S => {
    const result = latest.get(standard.id);
    return result ? { ...standard, reporting: { ...standard.reporting, last_result: lastResultOf(standard, result, lang) } } : standard;
  };
  return {
    ...charter,
    standards: charter.standards.map(derive),
    ...(charter.staff ? { staff: { ...charter.staff, ...(charter.staff.internal_standards ? { internal_standards: charter.staff.internal_standards.map(derive) } : {}) } } : {}),
  };
}

function lastResultOf(standard: Standard, result: Result, lang: string): LastResult {
  const unit = resultUnit(standard.target, result);
  return { period: formatPeriod(result.period, lang), value: result.value.number, ...(unit ? { unit } : {}), ...(result.met === undefined ? {} : { met: result.met }) };
}
