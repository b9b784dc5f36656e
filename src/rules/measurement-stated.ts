import { subject } from '../model/describe.js';
import { allStandards } from '../model/standards.js';
import type { Finding, Rule } from './rule.js';

/**
 * A public standard says how it is measured. Many published charters do not, so this is a warning
 * that names the gap, never a reason to invent a method.
 */
export const measurementStatedRule: Rule = {
  id: 'measurement-stated',
  description: 'every public standard says how it is measured (measurement.method)',
  severity: () => 'warning',
  check({ charter }) {
    const findings: Finding[] = [];
    for (const { standard, path, isPublic } of allStandards(charter)) {
      if (!isPublic || standard.measurement) continue;
      findings.push({ path: [...path, 'id'], message: `${subject(charter, path)} does not say how it is measured; add measurement.method when the charter says so` });
    }
    return findings;
  },
};
