import type { DataPath } from '../model/data-path.js';
import { charterSchema } from './schema-file.js';

/** One string of charter.yaml that a translator translates. */
export interface TranslatableText {
  path: DataPath;
  /** The PO msgctxt: the data path with list items named by their id where they have one ("standards/answer-calls/commitment"). */
  context: string;
  text: string;
  /** Staff-only text (the staff section, items with audience: staff, the handbook's settings): translated for the handbook, never shown in a public output. */
  staff: boolean;
}

type SchemaNode = Record<string, unknown>;

/**
 * The translatable strings of a schema-valid charter, in document order. The schema decides: a
 * string is prose when every schema that can describe it is a plain string (`$defs/text` and its
 * like). Ids, codes, dates, durations, clock times, URLs, language tags and paths all have a
 * pattern, format, enum or `x-type`, and a few plain strings that are not words (version,
 * registration number, file paths) say `x-translatable: false`. A value with no letter at all
 * ("01632 960 200") or that is an e-mail address or a web address is the same in every language
 * and is left out too, so a translator is never asked to copy a phone number.
 */
export function translatableTexts(data: unknown): TranslatableText[] {
  const found: TranslatableText[] = [];
  const defs = (charterSchema().$defs ?? {}) as Record<string, SchemaNode>;
  const walk = (schema: SchemaNode[], value: unknown, path: Array<string | number>, context: string[], staff: boolean): void => {
    const nodes = schema.flatMap((node) => branches(node, defs));
    if (typeof value === 'string') {
      if (isProse(nodes) && isWords(value)) found.push({ path: [...path], context: context.join('/'), text: value, staff });
      return;
    }
    if (Array.isArray(value)) {
      const items = nodes.flatMap((node) => (isObject(node.items) ? [node.items] : []));
      value.forEach((item, index) => {
        const name = isObject(item) && typeof item.id === 'string' ? item.id : String(index);
        walk(items, item, [...path, index], [...context, name], staff || (isObject(item) && item.audience === 'staff'));
      });
      return;
    }
    if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const properties = nodes.flatMap((node) => {
          const own = isObject(node.properties) ? node.properties[key] : undefined;
          if (isObject(own)) return [own];
          return isObject(node.additionalProperties) ? [node.additionalProperties] : [];
        });
        const childStaff = staff || (path.length === 0 && key === 'staff') || (path.join('/') === 'outputs' && key === 'handbook') || (isObject(child) && child.audience === 'staff');
        walk(properties, child, [...path, key], [...context, key], childStaff);
      }
    }
  };
  walk([charterSchema()], data, [], [], false);
  return found;
}

/** A schema node with its $ref followed and its combinations spread: every schema that may describe a value. */
function branches(node: SchemaNode, defs: Record<string, SchemaNode>, depth = 0): SchemaNode[] {
  if (depth > 20) return [];
  const out: SchemaNode[] = [node];
  if (typeof node.$ref === 'string') {
    const target = defs[node.$ref.replace('#/$defs/', '')];
    if (target) out.push(...branches(target, defs, depth + 1));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const item of list) if (isObject(item)) out.push(...branches(item, defs, depth + 1));
  }
  for (const key of ['then', 'else'] as const) {
    const branch = node[key];
    if (isObject(branch)) out.push(...branches(branch, defs, depth + 1));
  }
  return out;
}

function isProse(nodes: readonly SchemaNode[]): boolean {
  const allowsString = nodes.some((node) => node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string')));
  const restricted = nodes.some((node) => 'pattern' in node || 'format' in node || 'enum' in node || 'const' in node || 'x-type' in node || node['x-translatable'] === false);
  return allowsString && !restricted;
}

const LETTER = /\p{L}/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

function isWords(value: string): boolean {
  const text = value.trim();
  return LETTER.test(text) && !EMAIL.test(text) && !WEB_ADDRESS.test(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
