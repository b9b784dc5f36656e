/**
 * The rule tests' one harness, in the manner of ESLint's RuleTester: each case edits an example
 * charter; a valid case must give no diagnostic of the rule, an invalid case exactly the listed
 * ones, in order, placed by positionOf. Unit tests of rule.check use contextOf.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/diagnostics.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { AS_OF, byRule, checkFiles, exampleFile, replaceOnce } from './charter-fixture.js';
import { positionOf } from './position-of.js';

const BASE = 'brightwater-plumbing';

type Edit = (text: string) => string;

/** What a case checks; the ruleTester options give defaults for all but name and edit. */
export interface CharterCase {
  name: string;
  /** The example whose charter.yaml and narrative.md are edited (BASE unless given). */
  base?: string;
  /** Edits of charter.yaml, applied in order. */
  edit?: Edit | Edit[];
  /** An edit of narrative.md, or false to leave the file out (it is there, unedited, by default). */
  md?: Edit | false;
  asOf?: string;
}

export interface ExpectedDiagnostic {
  message: string | RegExp;
  /** Where it starts: a needle, or a value on the needle's first line (see positionOf). */
  at?: string | { needle: string; value: string };
  /** The file it is in, and in which `at` is looked for. */
  file?: 'charter.yaml' | 'narrative.md';
  severity?: Severity;
  /** endColumn - column. */
  length?: number;
}

export interface InvalidCase extends CharterCase {
  errors: ExpectedDiagnostic[];
}

type Defaults = Omit<CharterCase, 'name' | 'edit'>;

export function ruleTester(rule: string, { valid = [], invalid = [], ...defaults }: Defaults & { valid?: CharterCase[]; invalid?: InvalidCase[] }): void {
  describe(rule, () => {
    for (const c of valid) {
      it(`valid: ${c.name}`, async () => {
        expect((await run(rule, { ...defaults, ...c })).found).toEqual([]);
      });
    }
    for (const c of invalid) {
      it(`invalid: ${c.name}`, async () => {
        const { yaml, md, found } = await run(rule, { ...defaults, ...c });
        expect(found).toEqual(c.errors.map((e) => expect.objectContaining(expected(e, e.file === 'narrative.md' ? md! : yaml))));
      });
    }
  });
}

/** An edit replacing one exact occurrence (see replaceOnce). */
export function replace(from: string | RegExp, to: string): Edit {
  return (text) => replaceOnce(text, from, to);
}

async function run(rule: string, c: CharterCase): Promise<{ yaml: string; md?: string; found: Diagnostic[] }> {
  const base = c.base ?? BASE;
  const yaml = [c.edit ?? []].flat().reduce((text, edit) => edit(text), await exampleFile(base));
  const md = c.md === false ? undefined : (c.md ?? ((t) => t))(await exampleFile(base, 'narrative.md'));
  return { yaml, md, found: await diagnosticsOf(rule, yaml, md, c.asOf) };
}

function expected(e: ExpectedDiagnostic, text: string): Partial<Diagnostic> {
  const position = typeof e.at === 'string' ? positionOf(text, e.at) : e.at && positionOf(text, e.at.needle, e.at.value);
  return {
    file: e.file ?? 'charter.yaml',
    message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message),
    ...position,
    ...(e.severity && { severity: e.severity }),
    ...(position && e.length !== undefined && { endColumn: position.column + e.length }),
  };
}

/** The base example's charter.yaml and narrative.md, to edit by hand. */
export async function baseFiles(example = BASE): Promise<{ yaml: string; md: string }> {
  return { yaml: await exampleFile(example), md: await exampleFile(example, 'narrative.md') };
}

/** The diagnostics of one rule for a charter given as charter.yaml (and narrative.md when given). */
export async function diagnosticsOf(rule: string, yaml: string, md?: string, asOf = AS_OF): Promise<Diagnostic[]> {
  const checked = await checkFiles({ 'charter.yaml': yaml, ...(md !== undefined && { 'narrative.md': md }) }, asOf);
  if (!checked.charter) throw new Error(`the charter is not schema-valid: ${JSON.stringify(checked.diagnostics)}`);
  return byRule(checked.diagnostics, rule);
}

/** A context for calling rule.check directly; its charter is a private copy to mutate. */
export async function contextOf(yaml: string, md?: string): Promise<RuleContext> {
  const checked = await checkFiles({ 'charter.yaml': yaml, ...(md !== undefined && { 'narrative.md': md }) });
  if (!checked.charter) throw new Error('the charter is not schema-valid');
  return { charter: structuredClone(checked.charter), asOf: AS_OF, narrative: checked.narrative };
}
