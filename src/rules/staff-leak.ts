import { subject } from '../model/describe.js';
import type { Charter } from '../model/charter.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import { isStaff } from '../model/audience.js';
import { references, type Reference } from '../model/references.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import type { FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { itemOfBlock, sectionOfBlock } from '../source/narrative/attach.js';
import type { NarrativeBlock } from '../source/narrative/parse-narrative.js';

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
    for (const block of narrative.blocks.values()) {
      if (!shownInPublic(charter, block)) continue;
      visit({ type: 'root', children: block.content }, 'footnoteReference', (node: FootnoteReference) => {
        // As in the rendering, the first note of a label in the file is the one used.
        const note = block.definitions.find((d) => d.node.type === 'footnoteDefinition' && d.node.identifier === node.identifier);
        if (note?.audience !== 'staff' || !node.position) return;
        findings.push({
          at: { file: block.file, position: { line: node.position.start.line, column: node.position.start.column, endLine: node.position.end.line, endColumn: node.position.end.column } },
          message: `the public block "${block.id}" uses the note [^${node.label ?? node.identifier}], which is written in a staff block; move the note out of the staff block, or it will not be shown`,
        });
      });
    }
    return findings;
  },
};

/** A public block shown in the public charter (not one that only the handbook shows, with the staff section or a staff item). */
function shownInPublic(charter: Charter, block: NarrativeBlock): boolean {
  if (block.audience === 'staff' || sectionOfBlock(charter, block.id) === 'staff') return false;
  const item = itemOfBlock(charter, block.id);
  if (!item) return true;
  const owner = item.list === 'standards' ? charter.standards.find((s) => s.id === item.id) : charter.services.find((s) => s.id === item.id);
  return !isStaff(owner);
}

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
