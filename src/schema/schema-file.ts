import { readFileSync } from 'node:fs';

/** The charter JSON Schema, read once from schemas/ (shipped with the package). */
export const SCHEMA_URL = new URL('../../schemas/charter.schema.json', import.meta.url);

let cached: Record<string, unknown> | undefined;
export function charterSchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>;
  return cached;
}

export function charterSchemaText(): string {
  return readFileSync(SCHEMA_URL, 'utf8');
}
