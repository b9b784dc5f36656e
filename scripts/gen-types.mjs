// Generates src/model/charter.ts from schemas/charter.schema.json, so the TypeScript types of a
// charter have one source. Run `npm run gen:types` after editing the schema; a test fails when
// the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const root = new URL('../', import.meta.url);

/**
 * A property written `{$ref, description}` (a shared type with its own description, shown on
 * hover) becomes `{allOf: [{$ref}], description}`: json-schema-to-typescript then keeps the shared
 * type's name (Duration, Money, Frequency...) and puts the description on the property, instead of
 * a numbered copy of the type (Duration1, Money2...) carrying the description.
 */
function keepSharedTypeNames(node) {
  if (Array.isArray(node)) return node.forEach(keepSharedTypeNames);
  if (!node || typeof node !== 'object') return;
  if (node.properties && typeof node.properties === 'object') {
    for (const [name, property] of Object.entries(node.properties)) {
      const keys = Object.keys(property ?? {});
      if (typeof property?.$ref === 'string' && keys.length === 2 && keys.includes('description')) {
        node.properties[name] = { allOf: [{ $ref: property.$ref }], description: property.description };
      }
    }
  }
  Object.values(node).forEach(keepSharedTypeNames);
}

export async function generateTypes() {
  const schema = JSON.parse(await readFile(new URL('schemas/charter.schema.json', root), 'utf8'));
  keepSharedTypeNames(schema);
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
