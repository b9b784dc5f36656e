import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { charterSchema, charterSchemaText } from './schema-file.js';

/** The file `npm run build` writes: the schema compiled ahead of time to plain JavaScript. */
export const COMPILED_VALIDATOR = pathToFileURL(join(PACKAGE_ROOT, 'lib', 'compiled-validator.cjs'));

let validate: ValidateFunction | undefined;

/**
 * The charter validator. Compiling the schema costs about 100 ms, a third of a `charter check`,
 * so the build writes it ahead of time. That file is used only when it was compiled from the
 * schema on disk now (it carries the schema's text, compared whole: no hash, whose crypto module
 * alone would cost a check 7 ms to load); after a schema edit without `npm run build`, or without
 * the file, the schema is compiled here, once per process, so a check never validates against an
 * old schema.
 */
export async function charterValidator(): Promise<ValidateFunction> {
  if (validate) return validate;
  try {
    const compiled = createRequire(import.meta.url)(COMPILED_VALIDATOR.pathname) as { default?: ValidateFunction; schemaText?: string } & ValidateFunction;
    if (compiled.schemaText === charterSchemaText()) validate = compiled.default ?? compiled;
  } catch {
    // Not built: compiled below.
  }
  if (!validate) {
    // ajv itself is loaded only here: the precompiled validator needs just its small runtime.
    const { createAjv } = await import('./ajv-setup.js');
    validate = createAjv().compile(charterSchema());
  }
  return validate;
}

export async function validateAgainstSchema(data: unknown): Promise<ErrorObject[]> {
  const check = await charterValidator();
  return check(data) ? [] : [...(check.errors ?? [])];
}
