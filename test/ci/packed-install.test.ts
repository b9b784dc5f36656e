// The package as a user gets it: `npm pack`, installed into an empty folder, builds a PDF, and no
// browser is downloaded on the way (puppeteer-core has no install script; puppeteer's would fetch Chrome).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const run = promisify(execFile);

/** npm as this machine has it, and npm 10 (Node 20's and 22's own), whose install runs packages' install scripts. */
const NPMS: ReadonlyArray<[string, string[]]> = [
  ['the npm of this machine', []],
  ['npm 10', ['exec', '--yes', '--package=npm@10', '--', 'npm']],
];

describe('the packed tarball', () => {
  let work: string;
  let tarball: string;
  let cache: string;

  beforeAll(async () => {
    work = await temporaryFolder('charter-pack-');
    cache = (await run('npm', ['config', 'get', 'cache'])).stdout.trim();
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT });
    tarball = join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);
    expect(tarball).toMatch(/charter-\d+\.\d+\.\d+\.tgz$/);
  }, 120_000);

  it.each(NPMS)('installs with %s without downloading a browser, and builds an example with the browser the machine has', async (_name, npm) => {
    const root = await temporaryFolder('charter-install-');
    const home = join(root, 'home');
    const project = join(root, 'project');
    // A browser download would go to this dead address, and into this HOME's cache.
    const env = {
      ...process.env,
      HOME: home,
      npm_config_cache: cache,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      PUPPETEER_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
      PUPPETEER_CHROME_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9',
    };
    await run('mkdir', ['-p', home, project]);
    await writeFile(join(project, 'package.json'), '{"name": "a-charter-repository", "private": true}\n');
    const [command, ...args] = npm.length > 0 ? ['npm', ...npm] : ['npm'];
    await run(command!, [...args, 'install', '--prefer-offline', tarball], { cwd: project, env, timeout: 240_000 });

    const installed = JSON.parse(await readFile(join(project, 'node_modules/charter/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(installed.dependencies)).toContain('puppeteer-core');
    expect(Object.keys(installed.dependencies)).not.toContain('puppeteer');
    expect(existsSync(join(project, 'node_modules/puppeteer'))).toBe(false);
    expect(existsSync(join(home, '.cache/puppeteer'))).toBe(false);

    await cp(join(ROOT, 'examples/brightwater-plumbing'), join(project, 'charters/brightwater'), { recursive: true });
    const built = await run(join(project, 'node_modules/.bin/charter'), ['build', 'charters/brightwater', '--out', 'dist', '--as-of', '2026-11-23'], { cwd: project, env, timeout: 120_000 });
    expect(built.stderr).toMatch(/wrote .*charter\.pdf/);
    const pdf = await readFile(join(project, 'dist/charter.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  }, 300_000);
});
