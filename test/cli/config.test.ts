// The configuration file: found by walking up from each charter, read with positions, flags first.
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

let repo: string;

beforeEach(async () => {
  repo = await temporaryFolder('charter-config-');
  await promisify(execFile)('git', ['init', '-q'], { cwd: repo });
  await mkdir(join(repo, 'charters'));
  await cp(join(ROOT, 'examples/kenya-lands-ministry'), join(repo, 'charters/kenya'), { recursive: true });
  await cp(join(ROOT, 'examples/brightwater-plumbing'), join(repo, 'charters/brightwater'), { recursive: true });
});

const check = async (args: string[], cwd = repo) => {
  const result = await runInProcess(['check', ...args, '--reporter', 'json'], { cwd });
  return { ...result, problems: result.stdout ? (JSON.parse(result.stdout) as Array<{ file: string; rule: string; severity: string }>) : [] };
};

describe('rules', () => {
  it('off removes a rule, error raises it, for the charters below the file', async () => {
    const before = await check(['charters/kenya', '--as-of', '2026-11-23']);
    expect(before.problems.filter((p) => p.rule === 'measurement-stated').length).toBeGreaterThan(0);
    expect(before.code).toBe(0);

    await writeFile(join(repo, 'charter.config.yaml'), 'rules:\n  measurement-stated: off\n');
    const off = await check(['charters/kenya', '--as-of', '2026-11-23']);
    expect(off.problems.filter((p) => p.rule === 'measurement-stated')).toEqual([]);

    await writeFile(join(repo, 'charter.config.yaml'), 'rules:\n  measurement-stated: error\n');
    const raised = await check(['charters/kenya', '--as-of', '2026-11-23']);
    expect(raised.code).toBe(1);
    expect(new Set(raised.problems.filter((p) => p.rule === 'measurement-stated').map((p) => p.severity))).toEqual(new Set(['error']));
  });

  it('each charter follows the file nearest to it', async () => {
    await writeFile(join(repo, 'charter.config.yaml'), 'rules:\n  measurement-stated: error\n');
    await writeFile(join(repo, 'charters/kenya/.charterrc.yaml'), 'rules:\n  measurement-stated: warn\n');
    const result = await check(['charters/kenya', 'charters/brightwater', '--as-of', '2026-11-23']);
    const kenya = result.problems.filter((p) => p.file.includes('kenya') && p.rule === 'measurement-stated');
    expect(kenya.length).toBeGreaterThan(0);
    expect(kenya.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('a build with an error raised by the file writes nothing', async () => {
    await writeFile(join(repo, 'charter.config.yaml'), 'rules:\n  measurement-stated: error\n');
    const result = await runInProcess(['build', 'charters/kenya', '--only', 'html', '--as-of', '2026-11-23'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(await readdir(repo)).not.toContain('dist');
  });
});

describe('settings, and flags over them', () => {
  it('out (relative to the file), maxWarnings and asOf come from the file; flags win', async () => {
    await writeFile(join(repo, 'charter.config.yaml'), 'out: site\nmaxWarnings: 0\nasOf: 2026-11-23\n');
    const fromFile = await check(['charters/kenya']);
    expect(fromFile.code).toBe(1); // 6 warnings > 0
    expect((await check(['charters/kenya', '--max-warnings', '10'])).code).toBe(0);

    // Run from a subfolder: the file is found above, and its out is relative to the file.
    const built = await runInProcess(['build', 'brightwater', '--only', 'html'], { cwd: join(repo, 'charters') });
    expect(built.code, built.stderr).toBe(0);
    expect(await readdir(join(repo, 'site'))).toContain('charter.html');
    expect(await readdir(join(repo, 'charters'))).not.toContain('site');
    const flagged = await runInProcess(['build', 'charters/brightwater', '--only', 'html', '--out', 'elsewhere'], { cwd: repo });
    expect(flagged.code, flagged.stderr).toBe(0);
    expect(await readdir(repo)).toEqual(expect.arrayContaining(['elsewhere']));
  });
});

describe('a configuration file with mistakes', () => {
  const mistakes: Array<[string, string, RegExp]> = [
    ['rulez:\n  x: off\n', 'an unknown setting', /^charter: charter\.config\.yaml:1:1: unknown setting "rulez"; the settings are rules, out, maxWarnings and asOf; did you mean "rules"\?/],
    ['rules:\n  reading-grad: off\n', 'an unknown rule', /^charter: charter\.config\.yaml:2:3: "reading-grad" is not a rule that can be set; see docs\/rules\.md; did you mean "reading-grade"\?/],
    ['rules:\n  staff-leak: off\n', 'a rule that cannot change', /^charter: charter\.config\.yaml:2:3: rule "staff-leak" cannot be changed: the outputs depend on it/],
    ['rules:\n  reading-grade: warning\n', 'a severity that is not one', /^charter: charter\.config\.yaml:2:18: .*"warning" is not one of error, warn, off/],
    ['maxWarnings: -1\n', 'a negative number', /^charter: charter\.config\.yaml:1:14: /],
    ['asOf: 2026-02-30\n', 'a date that is not one', /^charter: charter\.config\.yaml:1:7: asOf "2026-02-30" is not a real date/],
    ['rules: [\n', 'YAML that does not parse', /^charter: charter\.config\.yaml:\d+:\d+: /],
  ];
  for (const [text, what, message] of mistakes) {
    it(`${what}: exit 2, one line at its place, nothing checked`, async () => {
      await writeFile(join(repo, 'charter.config.yaml'), text);
      const result = await runInProcess(['check', 'charters/brightwater'], { cwd: repo });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(result.stdout).toBe('');
    });
  }
});
