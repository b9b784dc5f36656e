import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding charter's package.json, schemas/ and templates/. Found by walking up from
 * this module, so it is the same whether the code runs from src/ (tests) or from the bundle in lib/.
 */
export const PACKAGE_ROOT: string = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'schemas'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('charter: cannot find its own package folder');
    folder = parent;
  }
  return folder;
})();
