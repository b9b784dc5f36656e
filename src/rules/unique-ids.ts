import { subject } from '../model/describe.js';
import type { Charter } from '../model/charter.js';
import type { DataPath } from '../model/data-path.js';
import { ordinal } from './messages.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** The lists whose items carry ids that share one namespace (not meta.id, not narrative block ids). */
const ID_LISTS: ReadonlyArray<DataPath> = Object.freeze([
  ['principles'], ['clients'], ['services'], ['channels'], ['standards'], ['rights'], ['obligations'], ['policies'],
  ['staff', 'internal_standards'],
]);

/** An id names exactly one thing across the charter, so references are never ambiguous. */
export const uniqueIdsRule: Rule = {
  id: 'unique-ids',
  description: 'ids are unique across the charter',
  severity: () => 'error',
  check({ charter }: RuleContext): Finding[] {
    const first = new Map<string, DataPath>();
    const findings: Finding[] = [];
    for (const at of idPathsInFileOrder(charter)) {
      const id = valueAt(charter, at) as string;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, at);
        continue;
      }
      const item = at.slice(0, -1);
      findings.push({
        path: at,
        message: `id "${id}" is used twice: ${subject(charter, earlier.slice(0, -1))} (${listPlace(earlier)}) and ${subject(charter, item)} (${listPlace(at)}); give each its own id`,
      });
    }
    return findings;
  },
};

/** Paths of every id value, sections in the order the file writes them, so "the second" is the later one. */
function idPathsInFileOrder(charter: Charter): DataPath[] {
  const sectionOrder = Object.keys(charter);
  const lists = [...ID_LISTS].sort((a, b) => sectionOrder.indexOf(String(a[0])) - sectionOrder.indexOf(String(b[0])));
  const paths: DataPath[] = [];
  for (const list of lists) {
    const items = valueAt(charter, list);
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') paths.push([...list, index, 'id']);
    });
  }
  return paths;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}

/** "4th in channels", "1st in staff.internal_standards": where to find the item, counted as people count. */
function listPlace(idPath: DataPath): string {
  return `${ordinal((idPath[idPath.length - 2] as number) + 1)} in ${idPath.slice(0, -2).join('.')}`;
}
