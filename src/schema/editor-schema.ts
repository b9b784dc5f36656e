import { charterSchema } from './schema-file.js';

/**
 * The schema as an editor sees it (yaml-language-server, VS Code's YAML extension). The sentences
 * the CLI says about a value live once, in the schema's x-message hints, as the end of a sentence
 * about the value ("is not a time of day: ..."); an editor puts its own message in place of a
 * failed pattern or of a failed node, so here each hint becomes a whole sentence in the keywords
 * yaml-language-server reads: patternErrorMessage for a pattern, errorMessage otherwise.
 */
export function editorSchema(): Record<string, unknown> {
  return withEditorMessages(structuredClone(charterSchema())) as Record<string, unknown>;
}

export function editorSchemaText(): string {
  return `${JSON.stringify(editorSchema(), null, 2)}\n`;
}

/** A duration written as text, for the editor: the CLI explains a bad one from its own knowledge of units. */
const DURATION_TEXT = 'Not a duration: write a number and a unit, e.g. "2 working days", "30 seconds" or "2 to 7 working days" (units: seconds, minutes, hours, working_hours, working_days, business_days, calendar_days, weeks, months, years; plain days only with meta.day_basis).';
const DURATION_UNIT = 'Not a unit of time: use seconds, minutes, hours, working_hours, working_days, business_days, calendar_days, weeks, months, years or rings (plain days only with meta.day_basis).';

function withEditorMessages(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withEditorMessages);
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(object)) {
    // "properties" maps names to schemas; a property named like a keyword is still a property.
    object[key] = withEditorMessages(value);
  }
  const hint = object['x-message'];
  if (typeof hint === 'string') object[typeof object.pattern === 'string' ? 'patternErrorMessage' : 'errorMessage'] = sentence(hint);
  else if (object['x-type'] === 'duration' && typeof object.pattern === 'string') object.patternErrorMessage = DURATION_TEXT;
  else if (object['x-type'] === 'duration-unit') object.patternErrorMessage = DURATION_UNIT;
  return object;
}

/** "is not a time of day: ..." -> "Not a time of day: ..."; "needs at least ..." -> "Needs at least ...". */
function sentence(hint: string): string {
  const text = hint.replace(/^is not /, 'not ');
  const whole = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return /[.!?]$/.test(whole) ? whole : `${whole}.`;
}
