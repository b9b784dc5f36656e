import { compareDurations, parseDuration } from '../model/duration.js';
import type { Duration } from '../model/charter.js';
import type { DataPath } from '../model/data-path.js';
import { duration } from './messages.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** Internal complaint stages promise an answer in time, and the acknowledgement comes before the answer. */
export const stageTimelinessRule: Rule = {
  id: 'stage-timeliness',
  description: "internal complaint stages have respond_within; acknowledge_within is not longer than stage 1's respond_within",
  severity: () => 'error',
  check({ charter }: RuleContext): Finding[] {
    const { stages } = charter.complaints;
    const findings: Finding[] = [];
    stages.forEach((stage, index) => {
      if (stage.external || stage.respond_within !== undefined) return;
      findings.push({
        path: ['complaints', 'stages', index],
        severity: 'warning',
        message: `complaint stage ${stage.stage} ("${stage.name}") is handled internally but does not say how fast complaints are answered; add respond_within when the charter promises a time`,
      });
    });

    // Numbering problems are independent-final-stage's to report; here "stage 1" is the one numbered 1, else the first.
    const firstIndex = Math.max(0, stages.findIndex((stage) => stage.stage === 1));
    const first = stages[firstIndex];
    const basis = charter.meta.day_basis;
    const respond = parseDuration(first?.respond_within, basis);
    if (!first || !respond) return findings;
    const acknowledgements: Array<[DataPath, Duration | undefined, string]> = [
      [['complaints', 'acknowledge_within'], charter.complaints.acknowledge_within, 'complaints.acknowledge_within'],
      [['complaints', 'stages', firstIndex, 'acknowledge_within'], first.acknowledge_within, `complaint stage ${first.stage} acknowledge_within`],
    ];
    for (const [path, value, label] of acknowledgements) {
      const acknowledge = parseDuration(value, basis);
      if (!acknowledge || !(compareDurations(acknowledge, respond) > 0)) continue;
      findings.push({
        path,
        message: `${label} (${duration(acknowledge)}) is longer than stage ${first.stage}'s respond_within (${duration(respond)}); a complaint must be acknowledged no later than it is answered`,
      });
    }
    return findings;
  },
};
