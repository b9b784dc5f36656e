// The reporters CI reads: sarif (for code scanning) and github (annotations and the job summary),
// run as a workflow would, from the repository root.
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFile, replaceOnce, ROOT } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import type { CliIo } from '../../src/cli/io.js';
import { report } from '../../src/cli/report-diagnostics.js';
import { ToolError } from '../../src/errors.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const asOf = ['--as-of', '2026-11-23'];

interface Log {
  runs: Array<{
    results: Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }> }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    originalUriBaseIds: Record<string, { uri: string }>;
  }>;
}

/** An io whose stdout is kept, for calling the CLI's reporting directly. */
function captured(): { io: CliIo; stdout: () => string } {
  let stdout = '';
  const io: CliIo = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true }, cwd: '/work/repo', env: {}, now: () => new Date('2026-11-23T12:00:00Z') };
  return { io, stdout: () => stdout };
}

/** A repository of charters: charters/bw (an error: an unknown sector) and charters/many (13 unknown sections). */
let repo: string;
beforeAll(async () => {
  repo = await temporaryFolder('charter-ci-');
  const yaml = await exampleFile('brightwater-plumbing');
  await cp(join(ROOT, 'examples/brightwater-plumbing'), join(repo, 'charters/bw'), { recursive: true });
  await writeFile(join(repo, 'charters/bw/charter.yaml'), replaceOnce(yaml, 'sector: trade_business', 'sector: trades'));
  await cp(join(ROOT, 'examples/brightwater-plumbing'), join(repo, 'charters/many'), { recursive: true });
  const unknown = Array.from({ length: 13 }, (_, i) => `extra_${i + 1}: 1\n`).join('');
  await writeFile(join(repo, 'charters/many/charter.yaml'), replaceOnce(yaml, 'id: brightwater-plumbing-2026', 'id: many-2026') + unknown);
});

describe('--reporter sarif', () => {
  it('check: a valid SARIF log on stdout, paths relative to the working folder', async () => {
    const result = await runInProcess(['check', 'charters/bw', '--reporter', 'sarif', ...asOf], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [run] = log.runs;
    expect(run!.results).toHaveLength(1);
    expect(run!.results[0]).toMatchObject({ ruleId: 'schema', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'charters/bw/charter.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 11, startColumn: 13, endLine: 11, endColumn: 19 } } }] });
    expect(run!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(repo).href}/`);
    expect(run!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('check: a clean charter is a log with no results, exit 0', async () => {
    const result = await runInProcess(['check', 'examples/brightwater-plumbing', '--reporter', 'sarif', ...asOf]);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('build takes it too', async () => {
    const out = join(repo, 'dist');
    const result = await runInProcess(['build', 'charters/bw', '--out', out, '--reporter', 'sarif', ...asOf], { cwd: repo });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual(['schema']);
  });

  it('a run that cannot start (exit 2) is still a log: a tool execution notification, not successful', async () => {
    const result = await runInProcess(['check', 'charters/none', '--reporter', 'sarif'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('charter: charters/none: no such file or folder\n');
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'charters/none: no such file or folder' } }] }]);
  });

  it('a charter.yaml that is no file (exit 2): a notification too', async () => {
    await mkdir(join(repo, 'charters/broken/charter.yaml'), { recursive: true });
    const result = await runInProcess(['check', 'charters/broken', '--reporter', 'sarif'], { cwd: repo });
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'charters/broken/charter.yaml is a folder, not a YAML file' } }] }]);
  });

  it('a file that cannot be read (an io problem, exit 2): a result at its line 1, and the run did not succeed', () => {
    // Permission bits do not stop root (CI runs as root), so the reporting is run on what check hands it.
    const io = { file: 'charters/a/charter.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, rule: 'io', message: 'charters/a/charter.yaml cannot be read: permission denied' };
    const out = captured();
    report([io], { reporter: 'sarif' }, out.io, [new ToolError(io.message)]);
    const log = JSON.parse(out.stdout()) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toMatchObject([{ ruleId: 'io', locations: [{ physicalLocation: { artifactLocation: { uri: 'charters/a/charter.yaml' }, region: { startLine: 1 } } }] }]);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });
});

describe('--reporter github', () => {
  it('tool failures are ::error:: lines', async () => {
    const missing = await runInProcess(['check', 'charters/none', '--reporter', 'github'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('::error::charters/none: no such file or folder\n');
    await mkdir(join(repo, 'charters/outside'), { recursive: true });
    await writeFile(join(repo, 'elsewhere.yaml'), 'schema_version: 1\n');
    await symlink('../../elsewhere.yaml', join(repo, 'charters/outside/charter.yaml'));
    const refused = await runInProcess(['check', 'charters/none', 'charters/outside', '--reporter', 'github'], { cwd: repo });
    expect(refused.stdout).toBe('::error::charters/none: no such file or folder\n::error::charters/outside: charter.yaml is a link that leads outside the charter folder\n');
  });

  it('with file= when a file is to blame: an unreadable file is an io problem at its line 1, said once', () => {
    const io = { file: 'charters/a/charter.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, rule: 'io', message: 'charters/a/charter.yaml cannot be read: permission denied' };
    const out = captured();
    report([io], { reporter: 'github' }, out.io, [new ToolError(io.message)]);
    expect(out.stdout()).toBe('::error file=charters/a/charter.yaml,line=1,col=1,endLine=1,endColumn=1,title=io::charters/a/charter.yaml cannot be read: permission denied\n');
  });

  it('json stays an array of diagnostics: a run that cannot start prints nothing on stdout', async () => {
    const result = await runInProcess(['check', 'charters/none', '--reporter', 'json'], { cwd: repo });
    expect(result).toMatchObject({ code: 2, stdout: '' });
  });

  it('appends every problem to $GITHUB_STEP_SUMMARY and keeps annotations to 10 of each kind', async () => {
    const summaryFile = join(await temporaryFolder('charter-summary-'), 'step-summary.md');
    await writeFile(summaryFile, 'an earlier step wrote this\n');
    const result = await runInProcess(['check', 'charters/bw', 'charters/many', '--reporter', 'github', ...asOf], { cwd: repo, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(result.code).toBe(1);
    const annotations = result.stdout.trim().split('\n');
    expect(annotations.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(annotations.at(-1)).toBe('::notice title=charter::4 more problems not shown as annotations; see the job summary');
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary.startsWith('an earlier step wrote this\n### charter: 14 problems (14 errors, 0 warnings)\n')).toBe(true);
    expect(summary.match(/^\| charters\//gm)).toHaveLength(14);
    expect(summary).toContain('| charters/many/charter.yaml:');
    expect(summary).toContain('| error | `schema` | unknown section "extra\\_13"');
  });

  it('a summary file that cannot be written is a warning on stderr, not a failure', async () => {
    const folderNotFile = await temporaryFolder('charter-summary-');
    const result = await runInProcess(['check', 'charters/bw', '--reporter', 'github', ...asOf], { cwd: repo, env: { GITHUB_STEP_SUMMARY: folderNotFile } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^charter: cannot write the job summary to .*: it is a folder, not a file\n$/);
    expect(result.stdout).toMatch(/^::error file=charters\/bw\/charter\.yaml,/);
  });

  it('a missing section is annotated at line 1, not across the whole file', async () => {
    const yaml = await exampleFile('brightwater-plumbing');
    const rights = yaml.slice(yaml.indexOf('\nrights:') + 1, yaml.indexOf('\nobligations:') + 1);
    await cp(join(ROOT, 'examples/brightwater-plumbing'), join(repo, 'charters/no-rights'), { recursive: true });
    await writeFile(join(repo, 'charters/no-rights/charter.yaml'), replaceOnce(yaml, rights, ''));
    const result = await runInProcess(['check', 'charters/no-rights', '--reporter', 'github', ...asOf], { cwd: repo });
    expect(result.stdout).toBe('::error file=charters/no-rights/charter.yaml,line=1,col=1,endLine=1,endColumn=1,title=schema::missing required section "rights"\n');
  });
});
