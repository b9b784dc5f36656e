// Shared by the rule tests: the base example, where a value sits, and a rule context to unit-test with.
import { AS_OF, byRule, checkFiles, exampleFile, lineOf } from '../helpers/charter-fixture.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { RuleContext } from '../../src/rules/rule.js';

export const EXAMPLE = 'brightwater-plumbing';

export async function baseFiles(): Promise<{ yaml: string; md: string }> {
  return { yaml: await exampleFile(EXAMPLE), md: await exampleFile(EXAMPLE, 'narrative.md') };
}

/** The diagnostics of one rule for a charter given as charter.yaml (and narrative.md when given). */
export async function diagnosticsOf(rule: string, yaml: string, md?: string): Promise<Diagnostic[]> {
  const files: Record<string, string> = { 'charter.yaml': yaml };
  if (md !== undefined) files['narrative.md'] = md;
  const checked = await checkFiles(files);
  if (!checked.charter) throw new Error(`the charter is not schema-valid: ${JSON.stringify(checked.diagnostics)}`);
  return byRule(checked.diagnostics, rule);
}

/** Line and column of `value` on the first line containing `needle`. */
export function where(text: string, needle: string, value = needle): { line: number; column: number } {
  const line = lineOf(text, needle);
  const column = text.split('\n')[line - 1]!.indexOf(value) + 1;
  if (column === 0) throw new Error(`where: "${value}" is not on line ${line}`);
  return { line, column };
}

/** A context for calling rule.check directly; its charter is a private copy to mutate. */
export async function contextOf(yaml: string, md?: string): Promise<RuleContext> {
  const files: Record<string, string> = { 'charter.yaml': yaml };
  if (md !== undefined) files['narrative.md'] = md;
  const checked = await checkFiles(files);
  if (!checked.charter) throw new Error('the charter is not schema-valid');
  return { charter: structuredClone(checked.charter), asOf: AS_OF, narrative: checked.narrative };
}
