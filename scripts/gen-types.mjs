// Generates src/model/charter.ts from schemas/charter.schema.json, so the TypeScript types of a
// charter have one source. Run `npm run gen:types` after editing the schema; a test fails when
// the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const root = new URL('../', import.meta.url);
export async function generateTypes() {
  const schema = JSON.parse(await readFile(new URL('schemas/charter.schema.json', root), 'utf8'));
  return compile(schema, 'Charter', {
    bannerComment:
      '/* Generated from schemas/charter.schema.json by `npm run gen:types`. Do not edit by hand. */\nimport type { DurationObject } from \'./duration-object.js\';',
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    style: { singleQuote: true },
    format: false,
    ignoreMinAndMaxItems: true,
    cwd: new URL('schemas/', root).pathname,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('src/model/charter.ts', root), await generateTypes());
}
