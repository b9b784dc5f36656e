import type { NarrativeBlock, NarrativeFile } from './parse-narrative.js';

/** Every narrative file of one charter, and its blocks by id. */
export interface NarrativeSet {
  files: NarrativeFile[];
  blocks: ReadonlyMap<string, NarrativeBlock>;
}

export const EMPTY_NARRATIVE: NarrativeSet = Object.freeze({ files: [], blocks: new Map() });

/**
 * Top-level keys that can own a narrative block, by block id (docs/format.md, "Narrative"): the
 * sections the page (or, for staff, the handbook) shows with prose.
 */
export const SECTION_KEYS = Object.freeze([
  'about', 'principles', 'values', 'clients', 'services', 'channels', 'standards', 'rights',
  'obligations', 'feedback', 'complaints', 'performance_reporting', 'accessibility', 'policies', 'review', 'staff',
]);

/** Top-level keys of charter.yaml that are no section of the page: a block named after one is shown nowhere. */
export const NOT_SECTIONS = Object.freeze(['schema_version', 'meta', 'narrative', 'outputs', 'theme']);

/** Sections that name a block with their own `narrative:` field, as data paths. */
export const NAMING_FIELDS: ReadonlyArray<readonly ['about' | 'complaints' | 'staff', 'narrative']> = Object.freeze([
  ['about', 'narrative'],
  ['complaints', 'narrative'],
  ['staff', 'narrative'],
] as const);
