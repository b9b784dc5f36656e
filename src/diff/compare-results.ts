import type { Charter } from '../model/charter.js';
import { latestOf, type Result } from '../model/results.js';
import type { Change } from './compare.js';

/**
 * A standard whose latest result went from met to not met, or back: how the promise is being
 * kept changed, not the promise, so the verdict is `changed` (not a loosening).
 */
export function compareResults(old: readonly Result[], now: readonly Result[], charter: Charter): Change[] {
  const changes: Change[] = [];
  for (const standard of charter.standards) {
    const before = latestOf(old, standard.id);
    const after = latestOf(now, standard.id);
    if (!before || !after || before.met === undefined || after.met === undefined || before.met === after.met) continue;
    const said = (r: Result) => `${r.met ? 'met' : 'not met'} (${r.period.text}: ${r.written})`;
    changes.push({ verdict: 'changed', subject: `standard "${standard.id}" results`, detail: `latest result ${said(before)} -> ${said(after)}` });
  }
  return changes;
}
