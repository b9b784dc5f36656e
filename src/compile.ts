import { diagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { locate } from './yaml/locate.js';
import { EMPTY_NARRATIVE, type NarrativeSet } from './narrative/narrative-set.js';
import type { CharterLocation } from './steps/find-charter.js';
import { checkPaths } from './steps/check-paths.js';
import { lint } from './steps/lint.js';
import { loadNarrative } from './steps/load-narrative.js';
import { validate } from './steps/validate.js';
import type { Charter } from './types/charter.js';
import { loadYamlFile, type YamlSource } from './yaml/load-yaml.js';

export interface CheckOptions {
  /** YYYY-MM-DD: the day dates are judged on. */
  asOf: string;
}

/** The outcome of checking one charter; `charter` is set only when it passed the schema. */
export interface CheckedCharter {
  location: CharterLocation;
  diagnostics: Diagnostic[];
  source?: YamlSource;
  charter?: Charter;
  narrative: NarrativeSet;
  /** The file could not be read at all: the tool could not do its job (exit 2). */
  unreadable?: string;
}

/**
 * The checking half of the pipeline for one charter: load -> validate -> narrative -> lint.
 * Lint runs only on a schema-valid charter, so its rules can trust the shape; narrative checks
 * run whenever the files can be read.
 */
export async function checkCharter(location: CharterLocation, options: CheckOptions): Promise<CheckedCharter> {
  const loaded = await loadYamlFile(location.yamlPath, location.displayYaml);
  if (!loaded.ok) {
    return { location, diagnostics: loaded.diagnostics, narrative: EMPTY_NARRATIVE, ...(loaded.unreadable ? { unreadable: loaded.unreadable } : {}) };
  }
  const source = loaded.source;
  const diagnostics: Diagnostic[] = [...(await validate(source)), ...(await checkPaths(location.folder, source))];
  const schemaValid = diagnostics.length === 0;

  const { narrative, diagnostics: narrativeProblems } = await loadNarrative(location.folder, source, location.displayFolder);
  diagnostics.push(...narrativeProblems);

  if (!schemaValid) return { location, diagnostics: sortDiagnostics(diagnostics), source, narrative };
  const charter = source.data as Charter;
  diagnostics.push(...lint(source, { charter, asOf: options.asOf, narrative }));
  return { location, diagnostics: sortDiagnostics(diagnostics), source, charter, narrative };
}

/** Charters checked in one run need distinct meta.id values: their outputs go to dist/<meta.id>/. */
export function duplicateCharterIds(checked: readonly CheckedCharter[]): Map<CheckedCharter, Diagnostic[]> {
  const first = new Map<string, CheckedCharter>();
  const problems = new Map<CheckedCharter, Diagnostic[]>();
  for (const item of checked) {
    const id = item.charter?.meta.id;
    if (!id || !item.source) continue;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, item);
      continue;
    }
    problems.set(item, [
      diagnostic(item.source.file, locate(item.source, ['meta', 'id']), 'error', 'unique-ids', `meta.id "${id}" is also the id of ${earlier.location.displayYaml}; each charter in one run needs its own id (its outputs go to a folder of that name)`),
    ]);
  }
  return problems;
}
