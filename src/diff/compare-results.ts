import type { Charter } from '../model/charter.js';
import { latestResults, type Result } from '../model/results.js';
import type { Change } from './compare.js';

/**
 * A standard whose latest result went from met to not met, or back: how the promise is being
 * kept changed, not the promise, so the verdict is `changed` (not a loosening).
 */
export function compareResults(old: readonly Result[], now: readonly Result[], charter: Charter): Change[] {
  const changes: Change[] = [];
  const [oldLatest, nowLatest] = [latestResults(old), latestResults(now)];
  for (const standard of charter.standards) {
    const before = oldLatest.get(standard.id);
    const after = nowLatest.get(standard.id);
    if (!before || !after || before.met === undefined || after.met === undefined || before.met === after.met) continue;
    const said = (r: Result) => `${r.met ? 'met' : 'not met'} (${r.period.text}: ${r.written})`;
    changes.push({ verdict: 'changed', subject: `standard "${standard.id}" results`, detail: `latest result ${said(before)} -> ${said(after)}` });
  }
  return changes;
}
