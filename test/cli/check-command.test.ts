import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFile, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { runBin, runInProcess } from '../helpers/run-cli.js';

const EXAMPLES = ['examples/brightwater-plumbing', 'examples/riverside-council', 'examples/stadtwerke-lindenau'];

describe('charter check', () => {
  it.each(EXAMPLES)('%s checks clean (exit 0, no output)', async (example) => {
    const result = await runInProcess(['check', example, '--as-of', '2026-11-23']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('checks several charters in one run', async () => {
    const result = await runBin(['check', ...EXAMPLES, '--reporter', 'json', '--as-of', '2026-11-23']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exit 1 with errors, reported stylish on stderr', async () => {
    const yaml = replaceOnce(await exampleFile('brightwater-plumbing'), 'sector: trade_business', 'sector: trades');
    const folder = await writeCharter({ 'charter.yaml': yaml });
    const result = await runInProcess(['check', folder], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^charter\.yaml\n {2}\d+:\d+ +error +meta\.organisation\.sector: "trades" is not one of .* schema\n\n✖ 1 problem \(1 error, 0 warnings\)\n$/);
  });

  it('--max-warnings turns warnings into exit 1, and --quiet hides them', async () => {
    // A review due within 60 days is a warning.
    const args = ['check', 'examples/brightwater-plumbing', '--as-of', '2027-02-01'];
    const plain = await runInProcess(args);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/warning .* review-due/);
    expect((await runInProcess([...args, '--max-warnings', '0'])).code).toBe(1);
    expect((await runInProcess([...args, '--max-warnings', '5'])).code).toBe(0);
    const quiet = await runInProcess([...args, '--quiet']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--as-of judges review dates (overdue is an error)', async () => {
    const result = await runInProcess(['check', 'examples/brightwater-plumbing', '--as-of', '2030-01-01', '--reporter', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ rule: 'review-due', severity: 'error' }));
  });

  it('SOURCE_DATE_EPOCH fixes today when --as-of is not given', async () => {
    const result = await runInProcess(['check', 'examples/brightwater-plumbing', '--reporter', 'json'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2030, 0, 1) / 1000) } });
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ rule: 'review-due', severity: 'error' }));
  });

  it('bad usage is exit 2 with one line', async () => {
    expect(await runInProcess(['check', '--as-of', '2026-02-30'])).toMatchObject({ code: 2, stderr: 'charter: --as-of "2026-02-30" is not a date; write it as YYYY-MM-DD\n' });
    expect((await runInProcess(['check', '--reporter', 'xml'])).code).toBe(2);
    expect((await runInProcess(['check', '--max-warnings', 'many'])).code).toBe(2);
    expect((await runInProcess(['frobnicate'])).code).toBe(2);
  });

  it('--help shows examples and exit codes; --version prints the version', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes:/);
    const version = await runBin(['--version']);
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('schema prints the JSON Schema', async () => {
    const result = await runInProcess(['schema']);
    const schema = JSON.parse(result.stdout) as { $schema: string; $id: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });
});

describe('charter init', () => {
  it('writes a starter that checks clean, with the editor schema line', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'charter-init-')), 'new');
    const init = await runInProcess(['init', folder, '--as-of', '2026-11-23']);
    expect(init.code).toBe(0);
    const yaml = await readFile(join(folder, 'charter.yaml'), 'utf8');
    // Outside a git repository the schema goes beside the charter; the modeline is relative to it.
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./charter.schema.json');
    expect(JSON.parse(await readFile(join(folder, 'charter.schema.json'), 'utf8'))).toMatchObject({ $id: expect.stringMatching(/charter-1\.schema\.json$/) });
    const check = await runInProcess(['check', folder, '--as-of', '2026-11-23']);
    expect(check).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('never overwrites an existing charter', async () => {
    const folder = await writeCharter({ 'charter.yaml': 'mine\n' });
    const result = await runInProcess(['init', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/already exists; charter init never overwrites a charter/);
    expect(await readFile(join(folder, 'charter.yaml'), 'utf8')).toBe('mine\n');
  });
});

describe('a clean check on a terminal', () => {
  it('says so in one line with stylish, and stays silent with json and github', async () => {
    const { run } = await import('../../src/cli/main.js');
    const runOn = async (reporter: string) => {
      let stdout = '';
      let stderr = '';
      const code = await run(['node', 'charter', 'check', 'examples/brightwater-plumbing', 'examples/riverside-council', '--reporter', reporter, '--as-of', '2026-11-23'], {
        stdout: { write: (text: string) => (stdout += text), isTTY: true },
        stderr: { write: (text: string) => (stderr += text), isTTY: true },
        cwd: new URL('../../', import.meta.url).pathname,
        env: { NO_COLOR: '1' },
        now: () => new Date('2026-11-23T12:00:00Z'),
      });
      return { code, stdout, stderr };
    };
    expect(await runOn('stylish')).toEqual({ code: 0, stdout: '', stderr: '✔ 2 charters checked: no problems\n' });
    expect(await runOn('json')).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(await runOn('github')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
