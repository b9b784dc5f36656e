import { dirname, relative, resolve } from 'node:path';
import { lilconfig } from 'lilconfig';
import { FIXED_RULES, type RuleSettings } from '../check/rule-settings.js';
import { ToolError } from '../errors.js';
import { isRealDate } from '../model/dates.js';
import { RULES } from '../rules/index.js';
import { OTHER_RULES } from '../rule-ids.js';
import { explainSchemaErrors } from '../schema/explain-errors.js';
import { gitRoot } from '../source/git-root.js';
import type { CharterLocation } from '../source/find-charter.js';
import { loadYamlFile } from '../source/yaml/load-yaml.js';
import { locate } from '../source/yaml/locate.js';
import { didYouMean, withSuggestion } from '../util/did-you-mean.js';
import { PACKAGE_ROOT } from '../util/package-root.js';
import { printable } from '../diagnostics.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names a configuration file may have, nearest first in each folder. */
export const CONFIG_FILE_NAMES = Object.freeze(['charter.config.yaml', '.charterrc.yaml']);

/** A configuration file, read and checked. Paths in it are resolved against its folder. */
export interface CharterConfig {
  file: string;
  rules?: RuleSettings;
  /** Absolute. */
  out?: string;
  maxWarnings?: number;
  asOf?: string;
}

/** Rules a configuration may set: the lint rules and the build's warnings, less the fixed ones. */
export function configurableRules(): string[] {
  const build = OTHER_RULES.filter((r) => r.severity === 'warning').map((r) => r.id);
  return [...RULES.map((r) => r.id), ...build].filter((id) => !FIXED_RULES.has(id));
}

/**
 * Finds and reads configuration files, walking up from a folder to the top of its git repository
 * (or the file system's root outside one); each file is read once per run. lilconfig does the
 * search (names, order, where to stop); the file itself is read with the charter's own YAML
 * loader, so a mistake in it is reported at its line and column like a charter's.
 */
export class ConfigFinder {
  private readonly read = new Map<string, Promise<CharterConfig>>();

  constructor(private readonly cwd: string) {}

  /** The configuration nearest to `folder`, or undefined when there is none up to the repository's top. */
  async nearest(folder: string): Promise<CharterConfig | undefined> {
    const stopDir = (await gitRoot(folder)) ?? undefined;
    const found = await lilconfig('charter', {
      searchPlaces: [...CONFIG_FILE_NAMES],
      // The path is all the search gives: the file is read below, with positions.
      loaders: { '.yaml': (filepath: string) => ({ filepath }) },
      ...(stopDir ? { stopDir } : {}),
    }).search(folder);
    if (!found) return undefined;
    const path = found.filepath;
    let config = this.read.get(path);
    if (!config) {
      config = readConfig(path, printable(relative(this.cwd, path) || path));
      this.read.set(path, config);
    }
    return config;
  }
}

type ConfigValidator = ReturnType<ReturnType<typeof import('../schema/ajv-setup.js')['createAjv']>['compile']>;
let schemaValidator: ConfigValidator | undefined;

async function readConfig(path: string, shown: string): Promise<CharterConfig> {
  const loaded = await loadYamlFile(path, shown);
  if (!loaded.ok) throw new ToolError(problemLines(loaded.diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message })), shown));
  const source = loaded.source;
  // ajv itself is loaded only when there is a configuration file: a plain check runs on the
  // precompiled charter validator and never pays for it.
  const { createAjv } = await import('../schema/ajv-setup.js');
  schemaValidator ??= createAjv().compile(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', 'config.schema.json'), 'utf8')) as object);
  const problems: Array<{ line: number; column: number; message: string }> = [];
  const place = (path: readonly (string | number)[], anchor: 'key' | 'value', message: string) => {
    const at = locate(source, path, anchor);
    problems.push({ line: at.line, column: at.column, message });
  };
  if (!schemaValidator(source.data)) {
    for (const finding of explainSchemaErrors(schemaValidator.errors ?? [], source.data)) {
      const unknownTop = finding.path.length === 1 && /unknown section/.test(finding.message);
      const message = unknownTop
        ? withSuggestion(`unknown setting "${String(finding.path[0])}"; the settings are rules, out, maxWarnings and asOf`, didYouMean(String(finding.path[0]), ['rules', 'out', 'maxWarnings', 'asOf']))
        : finding.message;
      place(finding.path, finding.anchor, message);
    }
  }
  const data = (source.data ?? {}) as { rules?: Record<string, string>; out?: string; maxWarnings?: number; asOf?: string };
  const allowed = configurableRules();
  for (const rule of Object.keys(data.rules ?? {})) {
    if (FIXED_RULES.has(rule)) place(['rules', rule], 'key', `rule "${rule}" cannot be changed: the outputs depend on it`);
    else if (!allowed.includes(rule)) place(['rules', rule], 'key', withSuggestion(`"${rule}" is not a rule that can be set; see docs/rules.md`, didYouMean(rule, allowed)));
  }
  if (typeof data.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.asOf) && !isRealDate(data.asOf)) place(['asOf'], 'value', `asOf "${data.asOf}" is not a real date`);
  if (problems.length > 0) throw new ToolError(problemLines(problems, shown));
  return {
    file: path,
    ...(data.rules ? { rules: data.rules as RuleSettings } : {}),
    ...(data.out !== undefined ? { out: resolve(dirname(path), data.out) } : {}),
    ...(data.maxWarnings !== undefined ? { maxWarnings: data.maxWarnings } : {}),
    ...(data.asOf !== undefined ? { asOf: data.asOf } : {}),
  };
}

/** One line per problem, each at its place: the run stops (exit 2), as for a bad flag. */
function problemLines(problems: ReadonlyArray<{ line: number; column: number; message: string }>, shown: string): string {
  return problems.map((p, i) => `${i === 0 ? '' : 'charter: '}${shown}:${p.line}:${p.column}: ${p.message}`).join('\n');
}

/** The configuration of one run: the file nearest the working folder for the run's settings, each charter's nearest for its rules. */
export interface RunConfig {
  run?: CharterConfig;
  rulesFor: (location: CharterLocation) => RuleSettings | undefined;
}

export async function configForRun(locations: readonly CharterLocation[], cwd: string): Promise<RunConfig> {
  const finder = new ConfigFinder(cwd);
  const run = await finder.nearest(cwd);
  const rules = new Map<string, RuleSettings | undefined>();
  for (const location of locations) rules.set(location.yamlPath, (await finder.nearest(location.folder))?.rules);
  return { ...(run ? { run } : {}), rulesFor: (location) => rules.get(location.yamlPath) };
}
