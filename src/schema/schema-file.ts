import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../util/package-root.js';

/** The charter JSON Schema, read once from schemas/ (shipped with the package). */
export const SCHEMA_URL = pathToFileURL(join(PACKAGE_ROOT, 'schemas', 'charter.schema.json'));

let cached: Record<string, unknown> | undefined;
export function charterSchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
  return cached;
}

export function charterSchemaText(): string {
  return readFileSync(SCHEMA_URL, 'utf8');
}
