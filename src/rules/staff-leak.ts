import { subject } from '../model/describe.js';
import type { Charter } from '../model/charter.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import { isStaff } from '../model/audience.js';
import { references, type Reference } from '../model/references.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** Public sections never name staff-only channels, services, standards or narrative blocks. */
export const staffLeakRule: Rule = {
  id: 'staff-leak',
  description: 'public sections never reference staff-only channels, services, standards or narrative',
  severity: () => 'error',
  check({ charter, narrative }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const ref of references(charter)) {
      if (!ref.public) continue;
      const why = staffOnly(charter, narrative, ref);
      if (why === undefined) continue;
      findings.push({
        path: ref.path,
        message: `${subject(charter, ref.field)} names ${ref.kind} "${ref.id}", which ${why}; a public section may only name public things`,
      });
    }
    return findings;
  },
};

/** Why the referenced thing is staff-only, or undefined when it is public (or unknown: known-references reports that). */
function staffOnly(charter: Charter, narrative: NarrativeSet, ref: Reference): string | undefined {
  const marked = 'is marked audience: staff';
  switch (ref.kind) {
    case 'channel':
      return isStaff(charter.channels.find((c) => c.id === ref.id)) ? marked : undefined;
    case 'service':
      return isStaff(charter.services.find((s) => s.id === ref.id)) ? marked : undefined;
    case 'standard':
      if (charter.staff?.internal_standards?.some((s) => s.id === ref.id)) return 'is an internal standard';
      return isStaff(charter.standards.find((s) => s.id === ref.id)) ? marked : undefined;
    case 'narrative block':
      return narrative.blocks.get(ref.id)?.audience === 'staff' ? 'is a staff block (audience=staff)' : undefined;
    case 'client':
      return undefined;
  }
}
