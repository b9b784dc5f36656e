import type { ToolError } from '../errors.js';
import { sortDiagnostics, START_OF_FILE, type Diagnostic } from '../diagnostics.js';
import { toolDiagnostic } from '../rule-ids.js';
import { EMPTY_NARRATIVE, type NarrativeSet } from '../source/narrative/narrative-set.js';
import type { CharterLocation } from '../source/find-charter.js';
import { checkPaths } from '../source/check-paths.js';
import { lint } from './lint.js';
import { applyRuleSettings, type RuleSettings } from './rule-settings.js';
import { loadNarrative } from '../source/narrative/load-narrative.js';
import { validate } from '../schema/validate.js';
import type { Charter } from '../model/charter.js';
import { loadYamlFile, type YamlSource } from '../source/yaml/load-yaml.js';
import { loadTranslations, type LoadedTranslation } from '../source/translations/load-translations.js';
import { checkTranslations } from './check-translations.js';
import { checkResults, type LoadedResults } from './check-results.js';
import { nextTurn } from '../util/next-turn.js';

export interface CheckOptions {
  /** YYYY-MM-DD: the day dates are judged on. */
  asOf: string;
  /** Rule severities a configuration file sets for this charter. */
  rules?: RuleSettings;
}

/** The outcome of checking one charter; `charter` is set only when it passed the schema. */
export interface CheckedCharter {
  location: CharterLocation;
  diagnostics: Diagnostic[];
  source?: YamlSource;
  charter?: Charter;
  narrative: NarrativeSet;
  /** The translations with a source (a PO file), read; empty until the charter passed the schema. */
  translations: LoadedTranslation[];
  /** The results file (performance_reporting.results), read and checked; undefined without one. */
  results?: LoadedResults;
  /** The file could not be read at all: the tool could not do its job (exit 2). */
  unreadable?: ToolError;
}

/**
 * The checking half of the pipeline for one charter: load -> validate -> narrative -> lint.
 * Lint runs only on a schema-valid charter, so its rules can trust the shape; narrative checks
 * run whenever the files can be read.
 */
export async function checkCharter(location: CharterLocation, options: CheckOptions): Promise<CheckedCharter> {
  try {
    const checked = await checkOne(location, options);
    return options.rules ? { ...checked, diagnostics: applyRuleSettings(checked.diagnostics, options.rules) } : checked;
  } catch (error) {
    // One charter's fault never ends the run: it gets a diagnostic, the other charters go on.
    return { location, diagnostics: [internalProblem(location.displayYaml, error)], narrative: EMPTY_NARRATIVE, translations: [] };
  }
}

/** A fault of the tool on one charter, as a diagnostic at the top of its file. */
export function internalProblem(file: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return toolDiagnostic(file, START_OF_FILE, 'internal', `charter could not finish with this charter (${reason.slice(0, 200)}); the other charters are not affected; please report it`);
}

async function checkOne(location: CharterLocation, options: CheckOptions): Promise<CheckedCharter> {
  const loaded = await loadYamlFile(location.yamlPath, location.displayYaml);
  if (!loaded.ok) {
    return { location, diagnostics: loaded.diagnostics, narrative: EMPTY_NARRATIVE, translations: [], ...(loaded.unreadable ? { unreadable: loaded.unreadable } : {}) };
  }
  const source = loaded.source;
  // A turn between the long steps lets the browser's answers through, for a build (next-turn.ts).
  await nextTurn();
  const diagnostics: Diagnostic[] = [...(await validate(source)), ...(await checkPaths(location.folder, source))];
  const schemaValid = diagnostics.length === 0;

  await nextTurn();
  const { narrative, diagnostics: narrativeProblems } = await loadNarrative(location.folder, source, location.displayFolder);
  diagnostics.push(...narrativeProblems);

  if (!schemaValid) return { location, diagnostics: sortDiagnostics(diagnostics), source, narrative, translations: [] };
  const charter = source.data as Charter;
  await nextTurn();
  diagnostics.push(...lint(source, { charter, asOf: options.asOf, narrative }));
  await nextTurn();
  const { translations, diagnostics: translationProblems } = await loadTranslations(location.folder, location.displayFolder, source, narrative);
  diagnostics.push(...translationProblems, ...checkTranslations(charter, narrative, translations));
  await nextTurn();
  const results = await checkResults(location.folder, location.displayFolder, source, charter, options.asOf);
  // Appended, not spread as arguments: a long list of problems must not overflow the call stack.
  for (const d of results.diagnostics) diagnostics.push(d);
  return { location, diagnostics: sortDiagnostics(diagnostics), source, charter, narrative, translations, ...(results.loaded ? { results: results.loaded } : {}) };
}
