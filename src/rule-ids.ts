import { diagnostic, type Diagnostic, type Position, type Severity } from './diagnostics.js';

/**
 * Every rule id a user can see that is not a lint rule (those are in src/rules/index.ts), with its
 * severity and one line for the README. A test holds the README's rule table to this list and the
 * lint rules together.
 */
export const OTHER_RULES = Object.freeze([
  { id: 'yaml', severity: 'error', description: 'charter.yaml is well-formed YAML 1.2 within the limits (no duplicate keys, tags, merge keys, bombs or deep nesting)' },
  { id: 'io', severity: 'error', description: 'a file cannot be read at all (exit 2)' },
  { id: 'schema', severity: 'error', description: 'charter.yaml follows the charter schema; paths stay inside the charter folder' },
  { id: 'narrative', severity: 'error', description: 'a narrative file is UTF-8 text, at most 256 KB, with paragraphs under 20,000 characters' },
  { id: 'narrative-heading', severity: 'error', description: 'every H2 of the narrative has an id: `## Heading {#id}`' },
  { id: 'narrative-duplicate-id', severity: 'error', description: 'no two narrative blocks share an id' },
  { id: 'narrative-text-before-heading', severity: 'error', description: 'no text comes before the first H2 of a narrative file' },
  { id: 'narrative-unattached', severity: 'error', description: 'every narrative block is shown by a section, standard or service (not meta, not an empty section)' },
  { id: 'internal', severity: 'error', description: 'charter failed on this charter (a fault of the tool, kept to this charter; the others go on): please report it' },
  { id: 'remote-content', severity: 'warning', description: 'build: a remote or missing image was left out of the page' },
  { id: 'max-pages', severity: 'warning', description: 'build: the PDF is longer than `max_pages`' },
  { id: 'translation-file', severity: 'error', description: 'a translation can be built: its PO file reads and parses, its `Language:` header is its language, the language has headings and words, no entry has plural forms' },
  { id: 'translation-missing', severity: 'error', description: 'every public text and narrative block of a translation is translated (an error for `scope: full`, a warning for `summary`)' },
  { id: 'translation-stale', severity: 'warning', description: 'a translation is marked fuzzy, or was made for an earlier source text: it is not used until a translator checks it' },
  { id: 'translation-numbers', severity: 'error', description: 'a translation has the same numbers as its source text, and no others' },
  { id: 'translation-unknown', severity: 'error', description: 'a PO entry (msgctxt) or translated narrative block names nothing in the source' },
  { id: 'results-format', severity: 'error', description: 'the results file reads as CSV with the columns standard, period and value; every row has a known standard, a valid period, a value in its target\'s terms and a whole sample; a last_result beside it agrees' },
  { id: 'results-unique', severity: 'error', description: 'one result per standard and period; periods of one standard do not overlap' },
  { id: 'results-current', severity: 'error', description: 'the latest result of each public standard is recent enough for its reporting frequency, plus one period of grace (a warning outside the public sectors, and for a standard with no results)' },
] as const satisfies ReadonlyArray<{ id: string; severity: Severity; description: string }>);

export type OtherRuleId = (typeof OTHER_RULES)[number]['id'];

/** A diagnostic of one of the rules above, with that rule's severity. */
export function toolDiagnostic(file: string, at: Position, rule: OtherRuleId, message: string): Diagnostic {
  return diagnostic(file, at, OTHER_RULES.find((r) => r.id === rule)!.severity, rule, message);
}
