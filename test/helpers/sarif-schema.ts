import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ROOT } from './charter-fixture.js';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS; under NodeNext its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/** The official SARIF 2.1.0 schema (draft-07), vendored: see test/fixtures/sarif/README.md. */
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;

// strictRequired is off: the official schema names `required` properties inside anyOf branches
// that it declares elsewhere, which ajv's strict mode would refuse to compile.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

/** Where a SARIF log breaks the official schema (formats included): `[]` when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
