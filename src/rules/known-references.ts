import { subject } from '../model/describe.js';
import { didYouMean, withSuggestion } from '../util/did-you-mean.js';
import type { Charter } from '../model/charter.js';
import { references, type ReferenceKind } from '../model/references.js';
import { allStandards } from '../model/standards.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** Every id a charter refers to exists, of the right kind. */
export const knownReferencesRule: Rule = {
  id: 'known-references',
  description: 'every channel, service, client, standard and narrative block that is referenced exists',
  severity: () => 'error',
  check({ charter, narrative }: RuleContext): Finding[] {
    const known = knownIds(charter, [...narrative.blocks.keys()]);
    const findings: Finding[] = [];
    for (const ref of references(charter)) {
      if (known.get(ref.kind)!.has(ref.id)) continue;
      let message = `${subject(charter, ref.field)} names ${ref.kind} "${ref.id}", but there is no ${ref.kind} with that id`;
      const otherKind = [...known].find(([kind, ids]) => kind !== ref.kind && ids.has(ref.id))?.[0];
      if (ref.kind === 'narrative block' && narrative.files.length === 0) {
        message += ' (the charter has no readable narrative file)';
      } else if (otherKind) {
        message += ` ("${ref.id}" is a ${otherKind})`;
      } else {
        message = withSuggestion(message, didYouMean(ref.id, known.get(ref.kind)!));
      }
      findings.push({ path: ref.path, message });
    }
    // Officers per service name complaint stages by number.
    const stages = new Set(charter.complaints.stages.map((stage) => stage.stage));
    charter.services.forEach((service, i) =>
      service.officers?.forEach((officer, j) => {
        if (stages.has(officer.stage)) return;
        findings.push({ path: ['services', i, 'officers', j, 'stage'], message: `${subject(charter, ['services', i, 'officers', j])} names complaint stage ${officer.stage}, but the complaint stages are ${[...stages].join(', ')}` });
      }),
    );
    return findings;
  },
};

function knownIds(charter: Charter, blockIds: string[]): Map<ReferenceKind, Set<string>> {
  // Internal standards count as standards here; naming one in a public place is staff-leak's business.
  return new Map<ReferenceKind, Set<string>>([
    ['client', new Set(charter.clients.map((c) => c.id))],
    ['channel', new Set(charter.channels.map((c) => c.id))],
    ['service', new Set(charter.services.map((s) => s.id))],
    ['standard', new Set(allStandards(charter).map((s) => s.standard.id))],
    ['narrative block', new Set(blockIds)],
  ]);
}
