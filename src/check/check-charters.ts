import { diagnostic, sortDiagnostics } from '../diagnostics.js';
import type { CharterLocation } from '../source/find-charter.js';
import { locate } from '../source/yaml/locate.js';
import { checkCharter, type CheckedCharter, type CheckOptions } from './check-charter.js';
import type { RuleSettings } from './rule-settings.js';

/** Checks every charter of a run, one after another, then the run-wide rule that ids differ. */
export async function checkCharters(locations: readonly CharterLocation[], options: Omit<CheckOptions, 'rules'> & { rulesFor?: (location: CharterLocation) => RuleSettings | undefined }): Promise<CheckedCharter[]> {
  const checked: CheckedCharter[] = [];
  for (const location of locations) {
    const rules = options.rulesFor?.(location);
    checked.push(await checkCharter(location, { asOf: options.asOf, ...(rules ? { rules } : {}) }));
  }
  return withDistinctIds(checked);
}

/**
 * Charters checked in one run need distinct meta.id values: their outputs go to dist/<meta.id>/.
 * Returns the charters with an error added to each one whose id an earlier charter already took.
 */
export function withDistinctIds(checked: readonly CheckedCharter[]): CheckedCharter[] {
  const first = new Map<string, CheckedCharter>();
  return checked.map((item) => {
    const id = item.charter?.meta.id;
    if (!id || !item.source) return item;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, item);
      return item;
    }
    const problem = diagnostic(item.source.file, locate(item.source, ['meta', 'id']), 'error', 'unique-ids', `meta.id "${id}" is also the id of ${earlier.location.displayYaml}; each charter in one run needs its own id (its outputs go to a folder of that name)`);
    return { ...item, diagnostics: sortDiagnostics([...item.diagnostics, problem]) };
  });
}
