/**
 * Small helpers shared by the tests of the December 2026 additions (test/additions/*). Schema
 * problems cannot go through ruleTester (its diagnosticsOf needs a schema-valid charter), so these
 * check a charter and keep the problems of one rule, or all of them.
 */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { AS_OF, byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';

export type Edit = [from: string | RegExp, to: string];

/** An example's charter.yaml with the edits applied in order (each must match, see replaceOnce). */
export async function edited(example: string, ...edits: Edit[]): Promise<string> {
  return edits.reduce((text, [from, to]) => replaceOnce(text, from, to), await exampleFile(example));
}

/** Every diagnostic of a charter given as its charter.yaml (and narrative.md, when given). */
export async function diagnostics(yaml: string, md?: string, asOf = AS_OF): Promise<Diagnostic[]> {
  return (await checkFiles({ 'charter.yaml': yaml, ...(md !== undefined && { 'narrative.md': md }) }, asOf)).diagnostics;
}

/** The diagnostics of one rule (the charter need not be schema-valid). */
export async function problemsOf(rule: string, yaml: string, md?: string, asOf = AS_OF): Promise<Diagnostic[]> {
  return byRule(await diagnostics(yaml, md, asOf), rule);
}

/** Expects exactly one schema problem, at `needle` (or `value` on the needle's line), with this message. */
export async function expectOneSchemaProblem(yaml: string, at: { needle: string; value?: string }, message: string | RegExp): Promise<Diagnostic> {
  const found = await problemsOf('schema', yaml);
  expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
  expect(found[0]).toMatchObject({
    rule: 'schema',
    severity: 'error',
    ...positionOf(yaml, at.needle, at.value),
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  });
  return found[0]!;
}

/** Expects no schema problem at all. */
export async function expectSchemaValid(yaml: string, md?: string): Promise<void> {
  const found = await problemsOf('schema', yaml, md);
  expect(found, JSON.stringify(found, null, 2)).toEqual([]);
}
