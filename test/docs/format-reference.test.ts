import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// Keeps docs/format.md and the schema's descriptions from drifting: every property of
// schemas/charter.schema.json has its own `description` (what an editor shows on hover), and
// every property name is mentioned in the format reference, in backticks.

type SchemaNode = { [keyword: string]: unknown };

interface Property {
  /** The property's key, e.g. `point_of_service`. */
  name: string;
  /** Where it is declared, as a JSON pointer, e.g. `#/$defs/service/properties/point_of_service`. */
  pointer: string;
  node: SchemaNode;
  /** Inside an `if` or `not`: a test of the value, which declares nothing and is not shown on hover. */
  inCondition: boolean;
}

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every property (key of a `properties` object) of the schema: under the root and under each
 * `$defs` entry, recursively through properties, items, if/then/else, not, contains and
 * allOf/anyOf/oneOf. A `$ref` is not followed: it points into `$defs`, which is walked itself.
 */
function propertiesOf(schema: SchemaNode): Property[] {
  const found: Property[] = [];
  const walk = (node: unknown, pointer: string, inCondition: boolean): void => {
    if (!isNode(node)) return;
    if (isNode(node.properties)) {
      for (const [name, child] of Object.entries(node.properties)) {
        const at = `${pointer}/properties/${name}`;
        if (isNode(child)) found.push({ name, pointer: at, node: child, inCondition });
        walk(child, at, inCondition);
      }
    }
    walk(node.items, `${pointer}/items`, inCondition);
    walk(node.then, `${pointer}/then`, inCondition);
    walk(node.else, `${pointer}/else`, inCondition);
    walk(node.if, `${pointer}/if`, true);
    walk(node.not, `${pointer}/not`, true);
    walk(node.contains, `${pointer}/contains`, true);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const branches = node[keyword];
      if (Array.isArray(branches)) branches.forEach((branch, i) => walk(branch, `${pointer}/${keyword}/${i}`, inCondition));
    }
  };
  walk(schema, '#', false);
  if (isNode(schema.$defs)) for (const [name, def] of Object.entries(schema.$defs)) walk(def, `#/$defs/${name}`, false);
  return found;
}

/**
 * The properties without a `description` of their own. A `$ref` to a generic type (`text`, `id`)
 * does not say what the field means, so its description does not count; `description` may sit
 * beside `$ref` (JSON Schema 2020-12). Tests inside `if` and `not` are exempt: they restate a
 * property declared elsewhere, and a description there would take over the editor's hover.
 */
function undescribed(properties: Property[]): string[] {
  return properties
    .filter((p) => !p.inCondition)
    .filter((p) => typeof p.node.description !== 'string' || p.node.description.trim() === '')
    .map((p) => p.pointer);
}

/** The contents of the inline code spans of a Markdown text, fenced code blocks left out. */
function codeSpans(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return [...prose.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2]!.trim());
}

/**
 * The property names the Markdown never mentions in backticks: as a code span of its own
 * (`point_of_service`) or as a part of a dotted path (`meta.day_basis`, `review.change_log[].date`).
 */
function unmentioned(names: Iterable<string>, markdown: string): string[] {
  const mentioned = new Set<string>();
  for (const span of codeSpans(markdown)) {
    if (!/^[A-Za-z0-9_.[\]]+$/.test(span)) continue;
    for (const part of span.split(/\.|\[\]/)) if (part) mentioned.add(part);
  }
  return [...new Set(names)].filter((name) => !mentioned.has(name)).sort();
}

const schema = JSON.parse(await readFile(new URL('../../schemas/charter.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const reference = await readFile(new URL('../../docs/format.md', import.meta.url), 'utf8');
const properties = propertiesOf(schema);

describe('the checks themselves', () => {
  const sample: SchemaNode = {
    properties: { meta: { $ref: '#/$defs/meta' }, about: { $ref: '#/$defs/text', description: 'A summary.' } },
    if: { properties: { meta: { const: 1 } } },
    $defs: {
      text: { type: 'string', description: 'Any text.' },
      meta: {
        type: 'object',
        properties: { title: { $ref: '#/$defs/text' }, days: { type: 'array', items: { properties: { open: { type: 'string' } } } } },
        allOf: [{ then: { properties: { title: { description: 'The title.' } } } }],
      },
      duration: { else: { properties: { unit: { type: 'string' } } } },
    },
  };

  it('walk the root and every $defs entry, through items, if/then/else and allOf', () => {
    expect(propertiesOf(sample).map((p) => p.pointer)).toEqual([
      '#/properties/meta',
      '#/properties/about',
      '#/if/properties/meta',
      '#/$defs/meta/properties/title',
      '#/$defs/meta/properties/days',
      '#/$defs/meta/properties/days/items/properties/open',
      '#/$defs/meta/allOf/0/then/properties/title',
      '#/$defs/duration/else/properties/unit',
    ]);
  });

  it('fail for a property without its own description, even when its $ref target has one', () => {
    expect(undescribed(propertiesOf(sample))).toEqual([
      '#/properties/meta',
      '#/$defs/meta/properties/title',
      '#/$defs/meta/properties/days',
      '#/$defs/meta/properties/days/items/properties/open',
      '#/$defs/duration/else/properties/unit',
    ]);
  });

  it('fail for a name the reference mentions only outside backticks or in a code block', () => {
    const markdown = 'The `meta.title` and `about` fields, and days.\n\n```yaml\nopen: "08:30"\n```\n`{unit: hours}`\n';
    expect(unmentioned(['meta', 'title', 'about', 'days', 'open', 'unit'], markdown)).toEqual(['days', 'open', 'unit']);
  });
});

describe('schemas/charter.schema.json and docs/format.md', () => {
  it('the walk finds the properties of the root, of nested objects and of $defs', () => {
    const pointers = properties.map((p) => p.pointer);
    for (const pointer of [
      '#/properties/schema_version',
      '#/$defs/meta/properties/organisation/properties/sector',
      '#/$defs/meta/properties/languages/properties/translations/items/properties/lang',
      '#/$defs/service/properties/point_of_service',
      '#/$defs/duration/else/properties/unit',
      '#/$defs/internalStandard/properties/audience',
    ]) expect(pointers).toContain(pointer);
    expect(properties.length).toBeGreaterThan(250);
  });

  it('every property has a description of its own (shown by editors on hover)', () => {
    const missing = undescribed(properties);
    expect(missing, `properties without a description:\n${missing.join('\n')}`).toEqual([]);
  });

  it('every property name is mentioned in docs/format.md, in backticks', () => {
    const missing = unmentioned(properties.map((p) => p.name), reference);
    expect(missing, `property names docs/format.md does not mention in backticks:\n${missing.join('\n')}`).toEqual([]);
  });
});
