import type { Finding, Rule, RuleContext } from './rule.js';
import { isStaff } from '../model/audience.js';

/** Categories that tell a customer how quickly, or how easily, a channel answers. */
const COVERING_CATEGORIES: ReadonlySet<string> = new Set(['timeliness', 'access']);

/** Every way in that the public is offered comes with a promise about how fast it answers. */
export const channelCoveredRule: Rule = {
  id: 'channel-covered',
  description: 'every public channel is covered by at least one public timeliness or access standard',
  severity: () => 'warning',
  check({ charter }: RuleContext): Finding[] {
    const covered = new Set(
      charter.standards
        .filter((standard) => !isStaff(standard) && COVERING_CATEGORIES.has(standard.category))
        .flatMap((standard) => standard.applies_to.channels ?? []),
    );
    const findings: Finding[] = [];
    charter.channels.forEach((channel, index) => {
      if (isStaff(channel) || covered.has(channel.id)) return;
      findings.push({
        path: ['channels', index, 'id'],
        message: `channel "${channel.id}" is not covered by any public timeliness or access standard; name it in the applies_to.channels of one, so customers know how quickly it answers`,
      });
    });
    return findings;
  },
};
