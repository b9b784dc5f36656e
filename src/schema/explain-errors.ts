import type { ErrorObject } from 'ajv';
import { describePath, subject } from '../model/describe.js';
import { DURATION_UNITS } from '../model/duration.js';
import { didYouMean, withSuggestion } from '../util/did-you-mean.js';
import { pointerToPath, type Anchor, type DataPath } from '../model/data-path.js';
import { timeZones } from './time-zones.js';
import { shorten } from '../util/shorten.js';

export interface SchemaFinding {
  path: DataPath;
  anchor: Anchor;
  message: string;
}

type SchemaNode = Record<string, unknown> & {
  properties?: Record<string, unknown>;
  'x-message'?: string;
  'x-missing'?: Record<string, string>;
  'x-type'?: string;
};

/**
 * Turns ajv's errors into one sentence per problem. ajv reports every branch it tried; a person
 * needs the one that applies: `if` wrappers are dropped, a wrong type hides the other complaints
 * about the same value, and the schema's own x-message / x-missing hints speak where they exist.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], data: unknown): SchemaFinding[] {
  // `if` only says "must match then schema"; `not` only appears inside `contains`, which speaks for itself.
  // A oneOf/anyOf with its own x-message speaks for the branches it tried: their "required" complaints go.
  // Only the required keys its own branches name go: "measure" missing is still said beside "min or max".
  const branchKeys = new Map<string, Set<string>>();
  for (const e of errors) {
    if ((e.keyword !== 'oneOf' && e.keyword !== 'anyOf') || !(e.parentSchema as SchemaNode | undefined)?.['x-message']) continue;
    const keys = branchKeys.get(e.instancePath) ?? new Set<string>();
    for (const branch of (Array.isArray(e.schema) ? e.schema : []) as Array<{ required?: string[] }>) for (const key of branch.required ?? []) keys.add(key);
    branchKeys.set(e.instancePath, keys);
  }
  const coveredByBranches = (e: ErrorObject) => e.keyword === 'required' && branchKeys.get(e.instancePath)?.has(String((e.params as { missingProperty: string }).missingProperty)) === true;
  const relevant = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'not' && !coveredByBranches(e));
  const typeErrorPaths = new Set(relevant.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of relevant) {
    if (error.keyword !== 'type' && coveredByTypeError(error.instancePath, typeErrorPaths)) continue;
    const finding = explain(error, data);
    if (!finding) continue;
    const key = `${finding.path.join('/')}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function coveredByTypeError(path: string, typeErrorPaths: Set<string>): boolean {
  for (const p of typeErrorPaths) if (path === p || path.startsWith(`${p}/`)) return true;
  return false;
}

function explain(error: ErrorObject, data: unknown): SchemaFinding | undefined {
  const path = pointerToPath(error.instancePath);
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const here = subject(data, path);
  const value = error.data;
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const hint = parent['x-missing']?.[missing];
      if (path.length === 0) {
        return { path, anchor: 'key', message: hint ?? `missing required section "${missing}"` };
      }
      const { owner } = describePath(data, path);
      if (hint && owner) return { path, anchor: 'key', message: `${owner}: ${hint}` };
      return { path, anchor: 'key', message: `${here}: ${hint ?? `missing required key "${missing}"`}` };
    }
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const suggestion = didYouMean(extra, allowed);
      const base = path.length === 0 ? `unknown section "${shorten(extra)}"` : `${here}: unknown key "${shorten(extra)}"`;
      return { path: [...path, extra], anchor: 'key', message: withSuggestion(base, suggestion) };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return {
        path,
        anchor: 'value',
        message: withSuggestion(`${here}: ${show(value)} is not one of ${allowed.join(', ')}`, suggestion),
      };
    }
    case 'const': {
      const expected = (error.params as { allowedValue: unknown }).allowedValue;
      return { path, anchor: 'value', message: parent['x-message'] ? `${here} ${parent['x-message']}` : `${here} must be ${show(expected)}, not ${show(value)}` };
    }
    case 'type':
      return { path, anchor: 'value', message: explainType(here, parent, value, String((error.params as { type: string | string[] }).type)) };
    case 'pattern':
      return { path, anchor: 'value', message: explainPattern(here, parent, value) };
    case 'format':
      return { path, anchor: 'value', message: explainFormat(here, String((error.params as { format: string }).format), value) };
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      return { path, anchor: 'value', message: `${here} needs at least ${limit} ${limit === 1 ? 'item' : 'items'}` };
    }
    case 'maxItems': {
      const limit = (error.params as { limit: number }).limit;
      return { path, anchor: 'value', message: `${here} may have at most ${limit} ${limit === 1 ? 'item' : 'items'}` };
    }
    case 'minLength': {
      const limit = (error.params as { limit: number }).limit;
      return {
        path,
        anchor: 'value',
        message: limit <= 1 ? `${here} is empty` : `${here} is too short: ${[...String(value)].length} characters, at least ${limit} needed`,
      };
    }
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      return { path, anchor: 'value', message: `${here} is too long: ${[...String(value)].length} characters, at most ${limit} allowed` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      const words: Record<string, string> = { '>=': 'at least', '<=': 'at most', '>': 'greater than', '<': 'less than' };
      return { path, anchor: 'value', message: `${here} must be ${words[comparison] ?? comparison} ${limit}, not ${show(value)}` };
    }
    case 'minProperties':
    case 'oneOf':
    case 'anyOf':
      // "a measure target needs ..." is a sentence of its own; "needs either value or ..." goes on from the name.
      return { path, anchor: 'value', message: /^an? /.test(parent['x-message'] ?? '') ? `${here}: ${parent['x-message']}` : `${here} ${parent['x-message'] ?? 'does not match any allowed form'}` };
    case 'contains':
      return { path, anchor: 'key', message: `${here} ${parent['x-message'] ?? error.message ?? 'is not valid'}` };
    default:
      return { path, anchor: 'value', message: `${here} ${error.message ?? 'is not valid'}` };
  }
}

function explainType(here: string, parent: SchemaNode, value: unknown, expected: string): string {
  if (parent['x-type'] === 'duration') {
    return `${here} must be a duration such as "2 working days" or {value: 2, unit: working_days}, not ${show(value)}`;
  }
  const kinds = expected.split(',').map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : t === 'integer' ? 'a whole number' : `a ${t}`));
  let message = `${here} must be ${kinds.join(' or ')}, not ${describeType(value)}`;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    message += `: put it in quotes, e.g. "${String(value)}"`;
  }
  return message;
}

function explainPattern(here: string, parent: SchemaNode, value: unknown): string {
  const text = String(value);
  if (parent['x-type'] === 'duration' || parent['x-type'] === 'duration-unit') {
    if (parent['x-type'] === 'duration' && /^\s*0*\.?0*(?:\s|-|to)/.test(text) && /^\s*[0.]/.test(text)) {
      return `${here}: "${text}" is zero; a duration must be more than zero (for "at once", use the target kind immediate)`;
    }
    const units = DURATION_UNITS.join(', ');
    const word = /[a-z_ ]+$/i.exec(text.trim())?.[0]?.trim();
    const suggestion = word ? didYouMean(word, units.split(', ')) : undefined;
    return withSuggestion(
      parent['x-type'] === 'duration'
        ? `${here}: "${text}" is not a duration; write a number and a unit, e.g. "2 working days" (units: ${units})`
        : `${here}: "${text}" is not a duration unit (one of ${units})`,
      suggestion,
    );
  }
  return `${here}: ${show(value)} ${parent['x-message'] ?? 'does not have the expected form'}`;
}

function explainFormat(here: string, format: string, value: unknown): string {
  switch (format) {
    case 'date':
      return `${here}: ${show(value)} is not a real date in the form YYYY-MM-DD`;
    case 'uri':
      return `${here}: ${show(value)} is not an absolute http:// or https:// URL`;
    case 'iana-timezone':
      return withSuggestion(`${here}: ${show(value)} is not an IANA time zone such as Europe/London`, typeof value === 'string' ? didYouMean(value, timeZones()) : undefined);
    default:
      return `${here}: ${show(value)} is not a valid ${format}`;
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${shorten(value, 60)}"`;
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${show(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}
