import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../util/package-root.js';

/** The charter JSON Schema, read once from schemas/ (shipped with the package). */
export const SCHEMA_URL = pathToFileURL(join(PACKAGE_ROOT, 'schemas', 'charter.schema.json'));

let text: string | undefined;
let parsed: Record<string, unknown> | undefined;

export function charterSchemaText(): string {
  text ??= readFileSync(SCHEMA_URL, 'utf8');
  return text;
}

export function charterSchema(): Record<string, unknown> {
  parsed ??= JSON.parse(charterSchemaText()) as Record<string, unknown>;
  return parsed;
}
