// Writes lib/compiled-validator.cjs: the charter schema compiled ahead of time by ajv's
// standalone mode, so `charter check` does not spend ~100 ms compiling it on every run. The file
// carries the text of the schema it was compiled from; src/schema/validator.ts compiles the
// schema afresh when the schema on disk differs (a schema edit without `npm run build`).
// CommonJS because ajv's standalone output requires its runtime helpers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build, transform } from 'esbuild';
import { COMPACT } from './compact.mjs';

const root = new URL('../', import.meta.url).pathname;
// The one ajv configuration lives in TypeScript; bundle it on its own to run it here.
const scratch = mkdtempSync(join(tmpdir(), 'charter-ajv-'));
try {
  const setup = join(scratch, 'ajv-setup.mjs');
  await build({ absWorkingDir: root, entryPoints: ['src/schema/ajv-setup.ts'], outfile: setup, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' });
  // The bundle imports ajv by name: resolve it from the project, not from the scratch folder.
  writeFileSync(setup, readFileSync(setup, 'utf8').replace(/from "(ajv[^"]*)"/g, (_, name) => `from ${JSON.stringify(import.meta.resolve(name))}`));
  const { createAjv } = await import(setup);
  const schemaText = readFileSync(join(root, 'schemas/charter.schema.json'), 'utf8');
  const ajv = createAjv(true);
  const validate = ajv.compile(JSON.parse(schemaText));
  // Compacted like the rest of lib/ (compact.mjs): generated code that nobody reads.
  const { code } = await transform(standaloneCode.default(ajv, validate), { ...COMPACT, format: 'cjs', platform: 'node', target: 'node20' });
  writeFileSync(join(root, 'lib/compiled-validator.cjs'), `${code}\nmodule.exports.schemaText = ${JSON.stringify(schemaText)};\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
