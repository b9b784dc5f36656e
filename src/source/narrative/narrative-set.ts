import type { NarrativeBlock, NarrativeFile } from './parse-narrative.js';

/** Every narrative file of one charter, and its blocks by id. */
export interface NarrativeSet {
  files: NarrativeFile[];
  blocks: ReadonlyMap<string, NarrativeBlock>;
}

export const EMPTY_NARRATIVE: NarrativeSet = Object.freeze({ files: [], blocks: new Map() });

/** Top-level keys that can own a narrative block, by block id (docs/format.md, "Narrative"). */
export const SECTION_KEYS = Object.freeze([
  'meta', 'about', 'principles', 'values', 'clients', 'services', 'channels', 'standards', 'rights',
  'obligations', 'feedback', 'complaints', 'performance_reporting', 'accessibility', 'policies', 'review', 'staff',
]);

/** Sections that name a block with their own `narrative:` field, as data paths. */
export const NAMING_FIELDS: ReadonlyArray<readonly ['about' | 'complaints' | 'staff', 'narrative']> = Object.freeze([
  ['about', 'narrative'],
  ['complaints', 'narrative'],
  ['staff', 'narrative'],
] as const);
