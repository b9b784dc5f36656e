import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { REPORTERS } from '../../src/report/index.js';
import { sarif, sarifLog } from '../../src/report/sarif.js';
import { OTHER_RULES } from '../../src/rule-ids.js';
import { RULES } from '../../src/rules/index.js';
import { PACKAGE_INFO } from '../../src/util/package-info.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const diagnostics: Diagnostic[] = [
  { file: 'charters/a/charter.yaml', line: 12, column: 5, endLine: 12, endColumn: 20, severity: 'error', rule: 'schema', message: 'standard "gg-callback": a "within" target needs a threshold' },
  { file: 'charters/a/charter.yaml', line: 140, column: 18, endLine: 141, endColumn: 3, severity: 'warning', rule: 'review-due', message: 'the next review is due on 2026-12-01, in 8 days' },
  { file: 'charters/my folder #2/narrative.md', line: 3, column: 1, endLine: 3, endColumn: 9, severity: 'error', rule: 'narrative-heading', message: 'a heading | with <b>html</b>' },
];

const OPTIONS = { color: false, cwd: '/work/repo' };
const parse = (text: string) => JSON.parse(text) as SarifLog;

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri?: string; rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri?: string }> } };
    results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }> }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind: string;
  }>;
}

describe('the sarif reporter', () => {
  it('is a reporter --reporter can pick, writing to stdout', () => {
    expect(REPORTERS.sarif).toMatchObject({ format: sarif, stream: 'stdout' });
  });

  it('writes a SARIF 2.1.0 log that the official schema accepts, formats included', () => {
    const log = parse(sarif(diagnostics, OPTIONS));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
  });

  it('an empty run is still a complete log (upload-sarif needs a file)', () => {
    const log = parse(sarif([], OPTIONS));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('describes the tool: name, version from package.json, one rule per rule id', () => {
    const { driver } = parse(sarif([], OPTIONS)).runs[0]!.tool;
    expect(driver.name).toBe('charter');
    expect(driver.version).toBe(PACKAGE_INFO.version);
    expect(driver.rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), ...OTHER_RULES.map((r) => r.id)]);
    const schemaRule = driver.rules.find((r) => r.id === 'schema')!;
    const description = OTHER_RULES.find((r) => r.id === 'schema')!.description;
    expect(schemaRule.shortDescription.text).toBe(description);
    expect(schemaRule.fullDescription.text).toBe(description);
    // GitHub shows help.markdown (help.text is required); it names the rule's section of docs/rules.md.
    expect(schemaRule.help.text).toContain('docs/rules.md#schema');
    expect(schemaRule.help.markdown).toContain('`docs/rules.md#schema`');
  });

  it('links each rule to its section of docs/rules.md once the repository is known', () => {
    const log = JSON.parse(sarifLog([], OPTIONS, { version: '1.2.3', repository: { type: 'git', url: 'git+https://github.com/example/charter.git' } })) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const { driver } = log.runs[0]!.tool;
    expect(driver.informationUri).toBe('https://github.com/example/charter');
    expect(driver.rules.find((r) => r.id === 'unique-ids')!.helpUri).toBe('https://github.com/example/charter/blob/HEAD/docs/rules.md#unique-ids');
    expect(driver.rules.every((r) => r.helpUri === `https://github.com/example/charter/blob/HEAD/docs/rules.md#${r.id}`)).toBe(true);
  });

  it('leaves helpUri and informationUri out while package.json names no repository (SARIF wants absolute URIs)', () => {
    const log = JSON.parse(sarifLog([], OPTIONS, { version: '1.2.3' })) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.tool.driver.informationUri).toBeUndefined();
    expect(log.runs[0]!.tool.driver.rules.some((r) => 'helpUri' in r)).toBe(false);
  });

  it('gives each problem a rule, a level, a message and a region in a file relative to %SRCROOT%', () => {
    const run = parse(sarif(diagnostics, OPTIONS)).runs[0]!;
    const rules = run.tool.driver.rules;
    expect(run.results.map((r) => [r.ruleId, rules[r.ruleIndex]!.id, r.level])).toEqual([
      ['schema', 'schema', 'error'],
      ['review-due', 'review-due', 'warning'],
      ['narrative-heading', 'narrative-heading', 'error'],
    ]);
    expect(run.results[2]!.message.text).toBe('a heading | with <b>html</b>');
    expect(run.results[1]!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'charters/a/charter.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 140, startColumn: 18, endLine: 141, endColumn: 3 } } },
    ]);
    // A path is a URI reference: spaces and '#' are percent-encoded.
    expect(run.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('charters/my%20folder%20%232/narrative.md');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    // Columns count UTF-16 code units, as JavaScript strings (and the yaml package) do.
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('a file outside the working folder keeps an absolute file: URI', () => {
    const [d] = diagnostics;
    const run = parse(sarif([{ ...d!, file: '/elsewhere/charter.yaml' }], OPTIONS)).runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/charter.yaml' });
  });

  it('tool failures (exit 2) are tool execution notifications, and the run did not succeed', () => {
    const log = parse(sarif(diagnostics.slice(0, 1), { ...OPTIONS, failures: ['no browser found: tried /usr/bin/chromium'] }));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.invocations).toEqual([
      { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'no browser found: tried /usr/bin/chromium' } }] },
    ]);
    expect(log.runs[0]!.results).toHaveLength(1);
  });
});

describe('the schema check itself', () => {
  it('fails a broken SARIF log', () => {
    const log = parse(sarif(diagnostics, OPTIONS)) as unknown as Record<string, unknown> & SarifLog;
    expect(sarifSchemaErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
    const run = log.runs[0]!;
    const badLevel = { ...log, runs: [{ ...run, results: [{ ...run.results[0]!, level: 'fatal' }] }] };
    expect(sarifSchemaErrors(badLevel).join('\n')).toMatch(/\/runs\/0\/results\/0\/level/);
    const zeroLine = { ...log, runs: [{ ...run, results: [{ ...run.results[0]!, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.yaml' }, region: { startLine: 0 } } }] }] }] };
    expect(sarifSchemaErrors(zeroLine).join('\n')).toMatch(/startLine/);
    const relativeHelp = { ...log, runs: [{ ...run, tool: { driver: { ...run.tool.driver, informationUri: 'docs/rules.md' } } }] };
    expect(sarifSchemaErrors(relativeHelp).join('\n')).toMatch(/informationUri must match format "uri"/);
    const noDriverName = { ...log, runs: [{ ...run, tool: { driver: {} } }] };
    expect(sarifSchemaErrors(noDriverName)).not.toEqual([]);
  });
});
