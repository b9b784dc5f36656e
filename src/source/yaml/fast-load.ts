import { load, Type, FAILSAFE_SCHEMA, CORE_SCHEMA, Schema } from 'js-yaml';
import { YAML_LIMITS } from './limits.js';

/*
 * The happy path of reading charter.yaml: js-yaml builds the data a third faster than the `yaml`
 * package builds its position-keeping document, and most charters have nothing to place. Anything
 * unusual (anchors, aliases, tags, merge keys, explicit keys, several documents, any error) goes
 * back to the careful path, which keeps every limit and places every problem; so does a file whose
 * data breaks a limit here. The two must read every scalar the same: YAML 1.2's core schema.
 */

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

// js-yaml's own int and float accept 1_000, 0b101 and leave out +.5: YAML 1.1 habits the `yaml`
// package (YAML 1.2 core) does not share. These follow the 1.2 core schema's regular expressions.
const int12 = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && INT.test(text),
  construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
  predicate: (value: unknown) => Number.isInteger(value),
});
const float12 = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && FLOAT.test(text),
  construct: (text: string) => {
    if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
    if (/inf/i.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return Number.parseFloat(text);
  },
  predicate: (value: unknown) => typeof value === 'number',
});
const coreTypes = (CORE_SCHEMA as unknown as { implicit: Array<Type & { tag: string }> }).implicit.filter((t) => t.tag === 'tag:yaml.org,2002:null' || t.tag === 'tag:yaml.org,2002:bool');
const YAML_12_CORE: Schema = FAILSAFE_SCHEMA.extend({ implicit: [...coreTypes, int12, float12] });

/**
 * Anything the fast path leaves to the careful one, found in the raw text: a node property or alias
 * (&a, *a, !tag) at the start of a value, a merge key, an explicit key, a directive or a document
 * marker. Conservative: text that merely looks like one ("*bold*" in quotes) takes the careful path.
 */
const CAREFUL = /(?:^|[\s[{,:-])[&*!][^\s]|<<\s*:|^\s*\?(?:\s|$)|^(?:---|\.\.\.|%)/m;

/** The charter's data read by js-yaml, or undefined when the careful path must read it. */
export function fastLoad(text: string): { data: unknown } | undefined {
  if (CAREFUL.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: YAML_12_CORE, json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !withinLimits(data)) return undefined;
  return { data };
}

/** Nesting and key length as the careful path bounds them. */
function withinLimits(root: unknown): boolean {
  const visit = (node: unknown, depth: number): boolean => {
    if (node === null || typeof node !== 'object') return true;
    if (depth > YAML_LIMITS.maxDepth) return false;
    if (Array.isArray(node)) return node.every((item) => visit(item, depth + 1));
    return Object.entries(node).every(([key, value]) => key.length <= YAML_LIMITS.maxKeyLength && key !== '<<' && visit(value, depth + 1));
  };
  return visit(root, 1);
}
