import { readSourceFile } from './read-source.js';
import { YAML_LIMITS } from './yaml/limits.js';
import { preScan } from './yaml/pre-scan.js';
import { yamlPackage } from './yaml/yaml-package.js';
import type { CharterLocation } from './find-charter.js';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * The charters of shard i of n. A charter goes to the shard given by a hash of its meta.id (its
 * path when it has none), so the split is stable as charters come and go, shards are disjoint, and
 * together they cover every charter: a CI matrix of n jobs runs `--shard 1/n` ... `--shard n/n`.
 */
export async function selectShard(locations: readonly CharterLocation[], shard: Shard): Promise<CharterLocation[]> {
  const selected: CharterLocation[] = [];
  for (const location of locations) {
    if (fnv1a(await shardKey(location)) % shard.count === shard.index - 1) selected.push(location);
  }
  return selected;
}

async function shardKey(location: CharterLocation): Promise<string> {
  try {
    // The same limits as the check: a regular file within the size a charter may have.
    const read = await readSourceFile(location.yamlPath, YAML_LIMITS.maxFileBytes);
    if (!read.ok) return location.displayYaml;
    const text = read.bytes.toString('utf8');
    // Hostile files (deep nesting) are left to the check, which refuses them with a diagnostic.
    const id = preScan(text) ? undefined : yamlPackage().parseDocument(text).getIn(['meta', 'id']);
    if (typeof id === 'string' && id) return id;
  } catch {
    // Unreadable or broken: the check reports it in whichever shard takes the path.
  }
  return location.displayYaml;
}

/** 32-bit FNV-1a: a small, well-spread hash that is the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
