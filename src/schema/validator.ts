import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../util/package-root.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { charterSchema } from './schema-file.js';

/** The file `npm run build` writes: the schema compiled ahead of time to plain JavaScript. */
export const COMPILED_VALIDATOR = pathToFileURL(join(PACKAGE_ROOT, 'lib', 'compiled-validator.cjs'));


let validate: ValidateFunction | undefined;

/**
 * The charter validator. Compiling the schema costs about 100 ms, a third of a `charter check`,
 * so the build writes it ahead of time; without that file it is compiled here, once per process.
 */
export async function charterValidator(): Promise<ValidateFunction> {
  if (validate) return validate;
  try {
    const compiled = createRequire(import.meta.url)(COMPILED_VALIDATOR.pathname) as { default?: ValidateFunction } & ValidateFunction;
    validate = compiled.default ?? compiled;
  } catch {
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
