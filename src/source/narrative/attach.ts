import { NAMING_FIELDS, SECTION_KEYS } from './narrative-set.js';

/**
 * The section a narrative block belongs to: the section that names it in its `narrative:` field,
 * or the section whose key equals the block id, when that section is present.
 */
export function sectionOfBlock(data: unknown, blockId: string): string | undefined {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  for (const [section, field] of NAMING_FIELDS) {
    const owner = record[section];
    if (owner && typeof owner === 'object' && (owner as Record<string, unknown>)[field] === blockId) return section;
  }
  if (SECTION_KEYS.includes(blockId) && sectionShown(record[blockId])) return blockId;
  return undefined;
}

/**
 * Whether a section key's value gives a section on the page: it is there, and is not an empty
 * list (`principles: []` shows no section, so a block named after it would be shown nowhere).
 */
export function sectionShown(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/** The block ids that would attach without being named: sections that are shown, and standards and services without a narrative: field. */
export function attachableIds(data: unknown): string[] {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const ids = SECTION_KEYS.filter((key) => sectionShown(record[key]));
  for (const list of ITEM_LISTS) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    for (const item of items as Array<Record<string, unknown> | null>) {
      if (item && typeof item.id === 'string' && item.narrative === undefined) ids.push(item.id);
    }
  }
  return ids;
}

/** Lists whose items (standards, services) can have a narrative block of their own. */
const ITEM_LISTS = Object.freeze(['standards', 'services'] as const);

/**
 * The standard or service a narrative block belongs to: the item that names it in its
 * `narrative:` field, or the item whose id equals the block id. The block is shown with that item.
 */
export function itemOfBlock(data: unknown, blockId: string): { list: (typeof ITEM_LISTS)[number]; id: string } | undefined {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  for (const list of ITEM_LISTS) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    for (const item of items as Array<Record<string, unknown> | null>) {
      if (item && typeof item.id === 'string' && (item.narrative === blockId || (item.id === blockId && item.narrative === undefined))) return { list, id: item.id };
    }
  }
  return undefined;
}
