import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCharters, isWeaker } from '../../src/diff/compare.js';
import type { Charter } from '../../src/model/charter.js';
import { exampleFile, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';

let base: string;
let council: string;
beforeAll(async () => {
  base = await exampleFile('brightwater-plumbing');
  council = await exampleFile('riverside-council');
});

const diff = (oldYaml: string, newYaml: string) => compareCharters(parse(oldYaml) as Charter, parse(newYaml) as Charter);

/** Replaces the target of the first standard (bw-callback in brightwater) and diffs. */
function withThreshold(yaml: string, threshold: string): string {
  return replaceOnce(yaml, /(  - id: bw-[a-z-]+\n(?:    .*\n)*?    target:\n      kind: within\n      threshold: )\{value: \d+, unit: [a-z_]+\}/, `$1${threshold}`);
}

describe('charter diff: what changed in the promises', () => {
  it('finds nothing between a charter and itself', () => {
    expect(diff(base, base)).toEqual([]);
  });

  it('a shorter time limit is tightened, a longer one loosened', () => {
    const tighter = diff(withThreshold(base, '"1 working hour"'), withThreshold(base, '"30 minutes"'));
    expect(tighter).toEqual([expect.objectContaining({ verdict: 'tightened', detail: 'within 1 working hour -> within 30 minutes' })]);
    const looser = diff(withThreshold(base, '"1 working day"'), withThreshold(base, '"3 working days"'));
    expect(looser).toEqual([expect.objectContaining({ verdict: 'loosened', detail: 'within 1 working day -> within 3 working days' })]);
  });

  it('compares across units: 30 seconds is stricter than 2 minutes', () => {
    const changes = diff(withThreshold(base, '"2 minutes"'), withThreshold(base, '"30 seconds"'));
    expect(changes[0]).toMatchObject({ verdict: 'tightened' });
    expect(diff(withThreshold(base, '"30 seconds"'), withThreshold(base, '"2 minutes"'))[0]).toMatchObject({ verdict: 'loosened' });
    expect(diff(withThreshold(base, '"2 hours"'), withThreshold(base, '"120 minutes"'))).toEqual([]);
  });

  it('compares working and calendar days conservatively', () => {
    // 5 working days span 5 to 7 calendar days: 3 calendar days is surely stricter, 7 never stricter.
    expect(diff(withThreshold(base, '"5 working days"'), withThreshold(base, '"3 calendar days"'))[0]).toMatchObject({ verdict: 'tightened' });
    expect(diff(withThreshold(base, '"5 working days"'), withThreshold(base, '"7 calendar days"'))[0]).toMatchObject({ verdict: 'loosened' });
    // 6 calendar days lies inside 5 working days' range: the direction cannot be told.
    const unclear = diff(withThreshold(base, '"5 working days"'), withThreshold(base, '"6 calendar days"'))[0]!;
    expect(unclear).toMatchObject({ verdict: 'unclear' });
    expect(isWeaker(unclear)).toBe(true);
  });

  it('percentages: higher is tighter', () => {
    const yaml = council;
    const changes = diff(yaml, replaceOnce(yaml, /percent: 80\n/, 'percent: 90\n'));
    expect(changes.some((c) => c.verdict === 'tightened' && / -> 90%/.test(c.detail))).toBe(true);
  });

  it('standards added and removed, guarantees and compensation', () => {
    const removed = replaceOnce(base, /  - id: bw-callback\n(    .*\n|      .*\n)+?(?=  - id:)/, '');
    const changes = diff(base, removed);
    expect(changes).toContainEqual(expect.objectContaining({ verdict: 'removed', subject: 'standard "bw-callback"' }));
    expect(diff(removed, base)).toContainEqual(expect.objectContaining({ verdict: 'added', subject: 'standard "bw-callback"' }));
    const cheaper = replaceOnce(base, /amount: \{amount: 25, currency: GBP\}/, 'amount: {amount: 15, currency: GBP}');
    expect(diff(base, cheaper)).toContainEqual(expect.objectContaining({ verdict: 'loosened', detail: 'compensation 25 GBP -> 15 GBP' }));
  });

  it('complaint stages: slower replies and removed stages', () => {
    const slower = replaceOnce(base, /(    - stage: 1\n(?:      .*\n)*?      respond_within: )[^\n]+/, '$1{value: 30, unit: working_days}');
    const changes = diff(base, slower);
    expect(changes).toContainEqual(expect.objectContaining({ verdict: 'loosened', subject: 'complaint stage 1 respond within' }));
  });

  it('channels: removed, and opening hours cut', () => {
    const cut = replaceOnce(base, /close: "17:30"/, 'close: "16:00"');
    expect(diff(base, cut).find((c) => c.subject.startsWith('channel'))).toMatchObject({ verdict: 'loosened' });
  });
});

describe('charter diff on the command line', () => {
  it('stylish by default, exit 0; --fail-on-loosened exits 1 when a promise got weaker', async () => {
    const looser = await writeCharter({ 'charter.yaml': withThreshold(base, '"3 working days"') });
    const plain = await runInProcess(['diff', 'examples/brightwater-plumbing', looser]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/▼ standard "bw-[a-z-]+": within [^\n]+ -> within 3 working days \(loosened\)/);
    expect((await runInProcess(['diff', 'examples/brightwater-plumbing', looser, '--fail-on-loosened'])).code).toBe(1);
    expect((await runInProcess(['diff', looser, 'examples/brightwater-plumbing', '--fail-on-loosened'])).code).toBe(0);
  });

  it('json and markdown reporters', async () => {
    const looser = await writeCharter({ 'charter.yaml': withThreshold(base, '"3 working days"') });
    const json = JSON.parse((await runInProcess(['diff', 'examples/brightwater-plumbing', looser, '--reporter', 'json'])).stdout) as unknown[];
    expect(json).toEqual([expect.objectContaining({ verdict: 'loosened', subject: expect.stringMatching(/^standard "/) })]);
    const markdown = (await runInProcess(['diff', 'examples/brightwater-plumbing', looser, '--reporter', 'markdown'])).stdout;
    expect(markdown).toMatch(/^### Charter commitments\n/);
    expect(markdown).toMatch(/\| change \| what \| detail \|\n\| --- \| --- \| --- \|\n\| ▼ loosened \| standard "/);
  });

  it('reads REV:path from git', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'charter-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    await writeFile(join(repo, 'charter.yaml'), base);
    git('add', '.');
    git('commit', '-qm', 'first');
    await writeFile(join(repo, 'charter.yaml'), withThreshold(base, '"3 working days"'));
    const result = await runInProcess(['diff', 'HEAD:charter.yaml', 'charter.yaml', '--fail-on-loosened'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\(loosened\)/);
    const missing = await runInProcess(['diff', 'HEAD~5:charter.yaml', 'charter.yaml'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^charter: HEAD~5:charter\.yaml: git could not read it/);
  });

  it('a side with schema errors reports them (exit 1)', async () => {
    const broken = await writeCharter({ 'charter.yaml': replaceOnce(base, 'sector: trade_business', 'sector: trades') });
    const result = await runInProcess(['diff', 'examples/brightwater-plumbing', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"trades" is not one of/);
  });
});
