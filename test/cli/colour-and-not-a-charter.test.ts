import { describe, expect, it } from 'vitest';
import { writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';

const ESC = '\u001b[';

describe('colour', () => {
  const check = (args: string[], env: Record<string, string>) => runInProcess(['check', 'examples/kandi-municipality', '--as-of', '2026-11-23', ...args], { env: { NO_COLOR: '', ...env } });

  it('--color colours the report even off a terminal, --no-color never does', async () => {
    expect((await check(['--color'], {})).stderr).toContain(ESC);
    expect((await check(['--no-color'], { FORCE_COLOR: '1' })).stderr).not.toContain(ESC);
  });

  it('TERM=dumb and NO_COLOR turn colour off, FORCE_COLOR on', async () => {
    expect((await check([], { TERM: 'dumb' })).stderr).not.toContain(ESC);
    expect((await check([], { NO_COLOR: '1', FORCE_COLOR: '1' })).stderr).not.toContain(ESC);
    expect((await check([], { FORCE_COLOR: '1' })).stderr).toContain(ESC);
  });
});

describe('a YAML file that is not a charter', () => {
  it('gets one line that says so, not a page of schema errors', async () => {
    const folder = await writeCharter({ 'charter.yaml': 'name: CI\non:\n  push: {}\njobs:\n  check: {}\n' });
    const result = await runInProcess(['check', folder, '--reporter', 'json']);
    expect(result.code).toBe(1);
    const problems = JSON.parse(result.stdout) as Array<{ rule: string; message: string }>;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'schema', message: expect.stringMatching(/^this file is not a charter/) });
  });

  it('the example workflow next to the examples is such a file', async () => {
    const result = await runInProcess(['check', 'examples/github-workflow.yml']);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/error/g)).toHaveLength(2); // the line and the total
    expect(result.stderr).toContain('this file is not a charter');
  });
});
