import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharters } from '../../src/build/build-charters.js';
import { LazyPrinter } from '../../src/pdf/lazy-printer.js';
import { loadTemplate } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { exampleFile, replaceOnce, ROOT, writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { startWatch } from '../helpers/watch-process.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const EXAMPLES = ['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'].map((e) => `examples/${e}`);
const asOf = ['--as-of', '2026-11-23'];

describe('many charters in one run', () => {
  it('writes each charter to <out>/<meta.id>/ and closes with a table', async () => {
    const out = await temporaryFolder('charter-many-');
    const result = await runInProcess(['build', ...EXAMPLES, '--only', 'html,summary', '--out', out, ...asOf]);
    expect(result.code, result.stderr).toBe(0);
    for (const id of ['brightwater-plumbing-2026', 'riverside-council-repairs-ctax-2026', 'stadtwerke-lindenau-2026']) {
      expect(existsSync(join(out, id, 'charter.html')), id).toBe(true);
      expect(existsSync(join(out, id, 'summary.txt')), id).toBe(true);
    }
    expect(result.stderr).toMatch(/^charter +errors +warnings +outputs +time\n/m);
    expect(result.stderr).toMatch(/^examples\/riverside-council +0 +0 +charter\.html summary\.txt summary\.html +\d+\.\d s$/m);
    expect(result.stderr).toMatch(/^3 charters, 3 built$/m);
  });

  it('prints nothing but the result when not on a terminal (no progress lines)', async () => {
    const out = await temporaryFolder('charter-many-');
    const result = await runInProcess(['build', ...EXAMPLES, '--only', 'html', '--out', out, '--quiet', ...asOf]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a duplicate meta.id across charters is an error, in check and build', async () => {
    const copy = await writeCharter({ 'charter.yaml': await exampleFile('brightwater-plumbing'), 'narrative.md': await exampleFile('brightwater-plumbing', 'narrative.md') });
    const check = await runInProcess(['check', 'examples/brightwater-plumbing', copy, '--reporter', 'json', ...asOf]);
    expect(check.code).toBe(1);
    const [d] = JSON.parse(check.stdout) as Array<{ rule: string; line: number; message: string }>;
    expect(d).toMatchObject({ rule: 'unique-ids', line: 6 });
    expect(d!.message).toMatch(/^meta\.id "brightwater-plumbing-2026" is also the id of examples\/brightwater-plumbing\/charter\.yaml/);
    const out = await temporaryFolder('charter-dup-');
    expect((await runInProcess(['build', 'examples/brightwater-plumbing', copy, '--only', 'html', '--out', out, ...asOf])).code).toBe(1);
  });

  it('one browser prints every PDF of the run', async () => {
    const out = await temporaryFolder('charter-one-browser-');
    const locations = [];
    for (const e of EXAMPLES) {
      const found = await findCharter(e, ROOT);
      if (found.ok) locations.push(found.location);
    }
    const printer = new LazyPrinter({ env: process.env }, 60_000);
    try {
      const report = await buildCharters(locations, { asOf: '2026-11-23', outDir: out, outputs: new Set(['pdf']), template: await loadTemplate('charter', ROOT), concurrency: 3 }, printer);
      expect(report.failures).toEqual([]);
      expect(report.charters.map((c) => c.written.length)).toEqual([1, 1, 1]);
      expect(printer.launches).toBe(1);
    } finally {
      await printer.close();
    }
  }, 120_000);
});

describe('--shard i/n', () => {
  it('shards are disjoint and together cover every charter', async () => {
    const folder = await temporaryFolder('charter-shards-');
    const base = await exampleFile('brightwater-plumbing');
    const charters: string[] = [];
    for (let i = 0; i < 12; i++) {
      const dir = join(folder, `c${i}`);
      await cp(join(ROOT, 'examples/brightwater-plumbing'), dir, { recursive: true });
      await writeFile(join(dir, 'charter.yaml'), replaceOnce(base, 'id: brightwater-plumbing-2026', `id: charter-number-${i}`));
      charters.push(dir);
    }
    const seen: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const out = await temporaryFolder('charter-shard-out-');
      const result = await runInProcess(['build', ...charters, '--shard', shard, '--only', 'summary', '--out', out, ...asOf]);
      expect(result.code, result.stderr).toBe(0);
      const built = [...result.stderr.matchAll(/^\S*(c\d+) +0 +\d+ +summary/gm)].map((m) => m[1]!);
      seen.push(...built);
    }
    expect(seen.sort()).toEqual(charters.map((c) => c.split('/').pop()!).sort());
    expect(new Set(seen).size).toBe(seen.length);
    // Stable: the same shard twice selects the same charters.
    const again = await runInProcess(['check', ...charters, '--shard', '2/3', '--reporter', 'json', ...asOf]);
    expect(again.code).toBe(0);
  });

  it('a bad --shard is exit 2', async () => {
    expect((await runInProcess(['check', '--shard', '4/3'])).code).toBe(2);
    expect((await runInProcess(['check', '--shard', 'two'])).stderr).toMatch(/--shard "two" must be i\/n/);
  });
});

describe('github reporter in a repository', () => {
  it('paths are relative to the repository root and messages escape newlines', async () => {
    const yaml = replaceOnce(await exampleFile('brightwater-plumbing'), 'sector: trade_business', 'sector: trades');
    const repo = await temporaryFolder('charter-repo-');
    await cp(join(ROOT, 'examples/brightwater-plumbing'), join(repo, 'charters/bw'), { recursive: true });
    await writeFile(join(repo, 'charters/bw/charter.yaml'), yaml);
    const result = await runInProcess(['check', 'charters/bw', '--reporter', 'github', ...asOf], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=charters\/bw\/charter\.yaml,line=11,col=13,endLine=11,endColumn=19,title=schema::meta\.organisation\.sector: "trades" is not one of /);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('build --watch', () => {
  it('rebuilds on an edit, survives a charter error, and stops on Ctrl-C', async () => {
    const folder = await temporaryFolder('charter-watch-');
    await cp(join(ROOT, 'examples/brightwater-plumbing'), join(folder, 'bw'), { recursive: true });
    const out = join(folder, 'out');
    const { child, stderr, waitFor } = startWatch(['bw', '--only', 'html', '--out', out, ...asOf], folder);
    try {
      await waitFor(() => stderr().includes('watching 1 charter'), 'the first build');
      const yamlPath = join(folder, 'bw/charter.yaml');
      const yaml = await readFile(yamlPath, 'utf8');
      await writeFile(yamlPath, yaml.replace('family-run plumbing', 'family-owned plumbing'));
      await waitFor(async () => existsSync(join(out, 'charter.html')) && (await readFile(join(out, 'charter.html'), 'utf8')).includes('family-owned plumbing'), 'the rebuild');
      await writeFile(yamlPath, yaml.replace('sector: trade_business', 'sector: trades'));
      await waitFor(() => stderr().includes('"trades" is not one of'), 'the error report');
      expect(child.exitCode).toBeNull(); // the error did not end the watch
      await writeFile(yamlPath, yaml.replace('family-run plumbing', 'family-run plumbing and heating'));
      await waitFor(async () => (await readFile(join(out, 'charter.html'), 'utf8')).includes('family-run plumbing and heating'), 'the rebuild after the fix');
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
  }, 40_000);
});
