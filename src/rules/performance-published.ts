import { subject } from '../model/describe.js';
import type { Standard } from '../model/charter.js';
import { allStandards } from '../model/standards.js';
import { resultMet } from '../model/results.js';
import { number as formatNumber, sectorSeverity } from './messages.js';
import type { Finding, Rule } from './rule.js';

function metMessage(target: Standard['target'], value: number, met: boolean): string {
  const result = target.kind === 'max_count' ? formatNumber(value) : `${formatNumber(value)}%`;
  const comparison =
    target.kind === 'max_count'
      ? `${result} is ${met ? 'more than' : 'within'} the limit of ${target.count}`
      : `${result} is ${met ? 'below' : 'at or above'} the ${formatNumber(target.percent!)}% target`;
  return `last_result.met is ${met}, but ${comparison}; set met: ${!met}`;
}

export const performancePublishedRule: Rule = {
  id: 'performance-published',
  description: 'Every public standard says how often its results are published, and last results agree with their targets.',
  severity: sectorSeverity,
  check({ charter }) {
    const findings: Finding[] = [];
    for (const { standard, path, isPublic } of allStandards(charter)) {
      const name = subject(charter, path);
      if (isPublic && !standard.reporting?.frequency && !charter.performance_reporting?.frequency) {
        // A missing key points at its nearest existing parent: `reporting:` when present, else the id.
        const at = standard.reporting ? [...path, 'reporting', 'frequency'] : [...path, 'id'];
        findings.push({ path: at, message: `${name} has no reporting.frequency; say how often its results are published, e.g. "frequency: annually", here or once for all standards under performance_reporting.frequency` });
      }
      const result = standard.reporting?.last_result;
      if (!result || typeof result.met !== 'boolean') continue;
      const expected = resultMet(standard.target, { number: result.value }, result.unit);
      if (expected !== undefined && expected !== result.met) {
        findings.push({ path: [...path, 'reporting', 'last_result', 'met'], message: `${name}: ${metMessage(standard.target, result.value, result.met)}` });
      }
    }
    return findings;
  },
};
