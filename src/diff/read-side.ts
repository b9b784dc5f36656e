import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ToolError } from '../errors.js';
import type { Diagnostic } from '../diagnostics.js';
import { validate } from '../schema/validate.js';
import type { Charter } from '../model/charter.js';
import { loadYamlFile, parseYamlBytes } from '../source/yaml/load-yaml.js';
import { readTextInside } from '../source/read-source.js';
import { YAML_LIMITS } from '../source/yaml/limits.js';
import { readPo } from '../source/translations/po-file.js';
import type { SideTranslation } from './compare-translations.js';
import { readResults } from '../source/results/read-results.js';
import type { Result } from '../model/results.js';

const run = promisify(execFile);

export type Side = { ok: true; charter: Charter; label: string; translations: SideTranslation[]; results: Result[] } | { ok: false; diagnostics: Diagnostic[] };

/** Reads a file of the charter's folder on this side: from disk, or from git at the revision. */
type ReadBeside = (relativePath: string) => Promise<string | undefined>;

/**
 * One side of a diff: a charter.yaml (or a folder holding one), or `REV:path`, read from git with
 * `git show` (e.g. HEAD~1:charters/a/charter.yaml, or main:./charter.yaml relative to here).
 */
export async function readSide(argument: string, cwd: string): Promise<Side> {
  const local = resolve(cwd, argument);
  if (existsSync(local)) {
    const file = existsSync(resolve(local, 'charter.yaml')) ? resolve(local, 'charter.yaml') : local;
    const loaded = await loadYamlFile(file, argument);
    if (!loaded.ok) {
      if (loaded.unreadable) throw loaded.unreadable;
      return { ok: false, diagnostics: loaded.diagnostics };
    }
    const folder = dirname(file);
    // Only a regular text file inside the folder, and only so much of it: the guard of every file a charter names.
    return checked(loaded.source, argument, async (path) => {
      const read = await readTextInside(folder, path, YAML_LIMITS.maxFileBytes);
      return read.ok ? read.text : undefined;
    });
  }
  const revision = /^([^:]+):(.+)$/.exec(argument);
  if (!revision) throw new ToolError(`${argument}: no such file, and not a git revision of the form REV:path`);
  const [, rev, path] = revision as unknown as [string, string, string];
  // git reads "REV:./path" relative to the working folder and "REV:path" from the repository root.
  // A folder at that revision means its charter.yaml, as for a folder on disk.
  const isFolder = await gitObjectType(`${rev}:${path}`, cwd) === 'tree';
  const spec = isFolder ? `${rev}:${path.replace(/\/$/, '')}/charter.yaml` : `${rev}:${path}`;
  let stdout: Buffer;
  try {
    ({ stdout } = await run('git', ['show', '--end-of-options', spec], { cwd, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    throw new ToolError(`${argument}: git could not read ${isFolder ? 'its charter.yaml' : 'it'}${stderr ? ` (${stderr.replace(/^fatal: /, '')})` : ''}`);
  }
  const loaded = parseYamlBytes(stdout, argument);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const folder = posix.dirname(spec.slice(rev.length + 1));
  return checked(loaded.source, argument, async (path) => {
    if (path.startsWith('/') || path.split('/').includes('..')) return undefined;
    try {
      return (await run('git', ['show', '--end-of-options', `${rev}:${posix.join(folder, path)}`], { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })).stdout;
    } catch {
      return undefined;
    }
  });
}

/** "blob", "tree", ... for REV:path; undefined when git cannot tell (the read that follows says why). */
async function gitObjectType(spec: string, cwd: string): Promise<string | undefined> {
  try {
    return (await run('git', ['cat-file', '-t', '--end-of-options', spec], { cwd, encoding: 'utf8' })).stdout.trim();
  } catch {
    return undefined;
  }
}

async function checked(source: Parameters<typeof validate>[0], label: string, readBeside: ReadBeside): Promise<Side> {
  const problems = await validate(source);
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  const charter = source.data as Charter;
  const resultsFile = charter.performance_reporting?.results;
  const resultsText = resultsFile ? await readBeside(resultsFile) : undefined;
  // The rows that read; a file with problems is `charter check`'s to report.
  const results = resultsText === undefined ? [] : readResults(resultsText, charter, resultsFile!).results;
  return { ok: true, charter, label, translations: await readTranslations(charter, readBeside), results };
}

/**
 * The side's translations that have a PO file (its `source`, or translations/<lang>.po). A file
 * that is missing or does not parse gives no translation: `charter check` reports it; the diff
 * compares what it can read.
 */
async function readTranslations(charter: Charter, readBeside: ReadBeside): Promise<SideTranslation[]> {
  const found: SideTranslation[] = [];
  for (const translation of charter.meta.languages.translations ?? []) {
    const text = await readBeside(translation.source ?? `translations/${translation.lang}.po`);
    if (text === undefined) continue;
    const po = readPo(text);
    if (po.ok) found.push({ lang: translation.lang, entries: po.po.entries });
  }
  return found;
}
