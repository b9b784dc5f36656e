import { subject } from '../model/describe.js';
import { allStandards } from '../model/standards.js';
import type { Finding, Rule } from './rule.js';

export const guaranteeCompensationRule: Rule = {
  id: 'guarantee-compensation',
  description: 'Compensation goes with guaranteed standards only, a guarantee names an amount, and on-claim payments say how long people have to claim.',
  severity: () => 'error',
  check({ charter }) {
    const findings: Finding[] = [];
    for (const { standard, path } of allStandards(charter)) {
      const name = subject(charter, path);
      const compensation = standard.compensation;
      if (compensation && standard.guaranteed !== true) {
        // Point at an explicit `guaranteed: false` when there is one; otherwise at the compensation.
        const at = standard.guaranteed === undefined ? [...path, 'compensation'] : [...path, 'guaranteed'];
        findings.push({ path: at, message: `${name} has compensation but is not guaranteed; add "guaranteed: true" or remove the compensation` });
      }
      if (standard.guaranteed === true && !compensation?.amount) {
        const at = compensation ? [...path, 'compensation'] : [...path, 'guaranteed'];
        findings.push({ path: at, message: `${name} is guaranteed but has no compensation.amount; say what you pay when you miss it, e.g. "amount: {amount: 25, currency: GBP}"` });
      }
      if (compensation?.payment === 'on_claim' && compensation.claim_within === undefined) {
        findings.push({
          path: [...path, 'compensation', 'payment'],
          message: `${name} pays compensation on claim but has no compensation.claim_within; say how long people have to claim, e.g. "claim_within: 3 months"`,
        });
      }
    }
    return findings;
  },
};
