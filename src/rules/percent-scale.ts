import { subject } from '../model/describe.js';
import { allStandards, isPercentUnit } from '../model/standards.js';
import { number as formatNumber } from './messages.js';
import type { Finding, Rule } from './rule.js';

/** Below this a percent is more likely a 0-1 fraction (0.8 for 80%) than a real target. */
const LOWEST_LIKELY_PERCENT = 50;

/** The second half of the message: a fraction gets the number it probably means. */
function advice(value: number): string {
  if (value > 0 && value <= 1) return `which looks like a 0-1 fraction; write percents out of 100, e.g. ${formatNumber(value * 100)}`;
  return `below ${LOWEST_LIKELY_PERCENT}; check it is out of 100 and not a 0-1 fraction`;
}

export const percentScaleRule: Rule = {
  id: 'percent-scale',
  description: 'A percent below 50 usually means a 0-1 fraction was typed (0.8 for 80%).',
  severity: () => 'warning',
  check({ charter }) {
    const findings: Finding[] = [];
    for (const { standard, path } of allStandards(charter)) {
      const percent = standard.target.percent;
      if (typeof percent === 'number' && percent < LOWEST_LIKELY_PERCENT) {
        findings.push({ path: [...path, 'target', 'percent'], message: `${subject(charter, path)}: the target percent is ${formatNumber(percent)}, ${advice(percent)}` });
      }
      const result = standard.reporting?.last_result;
      if (result && isPercentUnit(result.unit) && result.value < LOWEST_LIKELY_PERCENT) {
        findings.push({
          path: [...path, 'reporting', 'last_result', 'value'],
          message: `${subject(charter, path)}: the last result is ${formatNumber(result.value)} percent, ${advice(result.value)}`,
        });
      }
    }
    return findings;
  },
};
