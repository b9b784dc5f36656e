import type { DataPath } from './data-path.js';

/** What one item of each list is called in messages. */
const ITEM_NAMES: Readonly<Record<string, string>> = Object.freeze({
  principles: 'principle',
  values: 'value',
  clients: 'client',
  services: 'service',
  channels: 'channel',
  standards: 'standard',
  internal_standards: 'internal standard',
  rights: 'right',
  obligations: 'obligation',
  policies: 'policy',
  stages: 'complaint stage',
  internal_contacts: 'internal contact',
  consultation: 'consultation',
  change_log: 'change log entry',
  translations: 'translation',
  other_routes: 'other route',
});

/**
 * Names the thing a data path is about, the way a person would: `standard "gg-callback"` for
 * /standards/0, `complaint stage 2` for /complaints/stages/1. Returns the label of the deepest
 * labelled list item and the rest of the path after it (`target.threshold`).
 */
export function describePath(data: unknown, path: DataPath): { owner: string | undefined; field: string } {
  let node: unknown = data;
  let owner: string | undefined;
  let ownerDepth = -1;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const parentKey = i > 0 ? path[i - 1] : undefined;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
    // Items that are mappings get a label; plain values in a list (ids, days) are named by position.
    if (typeof segment === 'number' && typeof parentKey === 'string' && node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const name = ITEM_NAMES[parentKey] ?? `${parentKey} item`;
      owner = `${name} ${labelOf(node, segment, parentKey)}`;
      ownerDepth = i;
    }
  }
  const rest = path.slice(ownerDepth + 1);
  return { owner, field: formatField(ownerDepth >= 0 ? rest : path) };
}

/** "standard \"gg-callback\" target.kind", or "meta.organisation.sector" at the top. */
export function subject(data: unknown, path: DataPath): string {
  const { owner, field } = describePath(data, path);
  if (owner && field) return `${owner} ${field}`;
  return owner ?? (field || 'the charter');
}

function labelOf(item: unknown, index: number, listKey: string): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (listKey === 'stages' && typeof record.stage === 'number') return String(record.stage);
    for (const key of ['id', 'name', 'role', 'version', 'method', 'title']) {
      const value = record[key];
      if (typeof value === 'string' && value.length > 0 && value.length <= 60) return `"${value}"`;
    }
  }
  return `#${index + 1}`;
}

function formatField(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
