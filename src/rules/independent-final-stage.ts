
import { ordinal, sectorSeverity } from './messages.js';
import type { Finding, Rule, RuleContext } from './rule.js';


/** Complaint stages run 1..n, and the last one takes the complaint outside the organisation to an independent body. */
export const independentFinalStageRule: Rule = {
  id: 'independent-final-stage',
  description: 'complaint stages are numbered 1..n and the last is external and independent, with a body that is not a consumer_body',
  severity: sectorSeverity,
  check({ charter }: RuleContext): Finding[] {
    const stages = charter.complaints.stages;
    const findings: Finding[] = [];
    stages.forEach((stage, index) => {
      if (stage.stage === index + 1) return;
      findings.push({
        path: ['complaints', 'stages', index, 'stage'],
        message: `complaint stages are numbered 1 to ${stages.length} in order, but the ${ordinal(index + 1)} stage is numbered ${stage.stage}; number it ${index + 1}`,
      });
    });

    const last = stages[stages.length - 1];
    if (!last) return findings;
    const noRoute = charter.complaints.no_external_route;
    if (noRoute && !(last.external && last.independent)) {
      findings.push({
        path: ['complaints', 'no_external_route', 'reason'],
        severity: 'warning',
        message: `the complaints path ends inside the organisation, with no independent body to turn to: "${noRoute.reason}"`,
      });
      return findings;
    }
    const problems = [
      ...(last.external ? [] : ['is not external']),
      ...(last.independent ? [] : ['is not independent']),
      ...(!last.body ? ['names no body'] : last.body.kind === 'consumer_body' ? [`names a consumer body ("${last.body.name}"), which cannot decide a complaint`] : []),
    ];
    if (problems.length > 0) {
      findings.push({
        path: ['complaints', 'stages', stages.length - 1],
        message:
          `the final complaint stage ("${last.name}") ${joinAnd(problems)}; the last stage must be external and independent, ` +
          'with a body such as an ombudsman, regulator, appellate authority, ADR scheme, tribunal, court or trade scheme; or, where no such body exists, say why under complaints.no_external_route',
      });
    }
    return findings;
  },
};

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
