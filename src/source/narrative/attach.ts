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
  if (SECTION_KEYS.includes(blockId) && record[blockId] !== undefined) return blockId;
  return undefined;
}
