import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/**
 * Replaced by the bundle step (scripts/bundle.mjs) with the file it writes the package to, beside
 * the chunks; undeclared, and so the package itself, when the sources run as they are (the tests).
 */
declare const CHARTER_YAML_BUNDLE: string | undefined;

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded the first time it is needed: the position-keeping document is only
 * built for a charter the fast path does not take, or when a problem must be placed (fast-load.ts).
 * A clean `charter check` never loads it, which saves the ~20 ms of reading its 260 KB of code.
 * Loaded with require, not import(), because the places that need it are synchronous.
 */
export function yamlPackage(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)(typeof CHARTER_YAML_BUNDLE === 'string' ? CHARTER_YAML_BUNDLE : 'yaml') as typeof Yaml;
  return loaded;
}
