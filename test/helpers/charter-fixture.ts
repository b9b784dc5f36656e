import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkCharter, type CheckedCharter } from '../../src/check/check-charter.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { findCharter } from '../../src/source/find-charter.js';
import { temporaryFolder } from './temporary-folder.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const AS_OF = '2026-11-23';

/** The text of an example's charter.yaml (or narrative.md), to mutate in a test. */
export async function exampleFile(example: string, file = 'charter.yaml'): Promise<string> {
  return readFile(join(ROOT, 'examples', example, file), 'utf8');
}

/** Replaces one exact occurrence, failing loudly when the text is not there (so a test cannot pass vacuously). */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`replaceOnce: ${String(from)} not found`);
  return text.replace(from, to);
}

/** Writes a charter folder in a fresh temporary folder (removed when the test file is done) and returns its path. */
export async function writeCharter(files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = await temporaryFolder('charter-test-');
  for (const [name, content] of Object.entries({ ...(await companions(files)), ...files })) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), content);
  }
  return folder;
}

/**
 * The files an example's charter.yaml names beside it (its results file), taken from the example
 * when a test writes that charter.yaml (changed or not) without them: a test about something else
 * then still has a complete charter. A test that gives the file itself keeps its own.
 */
async function companions(files: Record<string, string | Uint8Array>): Promise<Record<string, string>> {
  const yaml = files['charter.yaml'];
  if (typeof yaml !== 'string') return {};
  const results = /\n {2}results: (\S+)\n/.exec(yaml)?.[1];
  const id = /\nmeta:\n(?: {2}.*\n)*? {2}id: (\S+)/.exec(yaml)?.[1];
  if (!results || !id || results in files) return {};
  for (const example of await readdir(join(ROOT, 'examples'))) {
    const own = await readFile(join(ROOT, 'examples', example, 'charter.yaml'), 'utf8').catch(() => '');
    if (!own.includes(`\n  id: ${id}\n`)) continue;
    // An example that names no such file (a test added the key) has nothing to lend.
    const text = await readFile(join(ROOT, 'examples', example, results), 'utf8').catch(() => undefined);
    return text === undefined ? {} : { [results]: text };
  }
  return {};
}

/** Checks a charter given as files, the way `charter check` would, judged on AS_OF by default. */
export async function checkFiles(files: Record<string, string | Uint8Array>, asOf = AS_OF): Promise<CheckedCharter> {
  const folder = await writeCharter(files);
  const found = await findCharter(folder, folder);
  if (!found.ok) throw new Error(found.message);
  return checkCharter(found.location, { asOf });
}

export function byRule(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

/** The 1-based line of the first line of `text` containing `needle` (to assert positions without hard-coding them). */
export function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`lineOf: "${needle}" not found`);
  return text.slice(0, index).split('\n').length;
}
