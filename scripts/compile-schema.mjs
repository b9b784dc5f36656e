// Writes lib/compiled-validator.cjs: the charter schema compiled ahead of time by ajv's
// standalone mode, so `charter check` does not spend ~100 ms compiling it on every run.
// CommonJS because ajv's standalone output requires its runtime helpers.
import { writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv } from '../lib/ajv-setup.js';
import { charterSchema } from '../lib/schema-file.js';

const ajv = createAjv(true);
const validate = ajv.compile(charterSchema());
writeFileSync(new URL('../lib/compiled-validator.cjs', import.meta.url), standaloneCode.default(ajv, validate));
