// A build that prints drives its Chromium with the part of puppeteer bundled into lib/
// (src/pdf/cdp-connection.ts), not with the package's main entry, whose launcher, browser
// downloader and proxy agent cost a quarter of a second to load beside Chromium's start-up.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF } from '../helpers/charter-fixture.js';
import { pdfText } from '../helpers/pdf.js';
import { runBin } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/** The packages of node_modules that a run loaded as CommonJS (NODE_DEBUG=module says which). */
const packagesLoaded = (stderr: string): string[] => [...new Set([...stderr.matchAll(/load "[^"]*node_modules\/((?:@[^/"]+\/)?[^/"]+)/g)].map((m) => m[1]!))].sort();

/** What puppeteer-core's main entry loads, and cdp-connection.ts does not. */
const LAUNCHER_PACKAGES = ['semver', 'ws', 'proxy-agent', 'agent-base', 'progress'];

describe('the DevTools connection', () => {
  it('prints a PDF without loading puppeteer-core’s launcher, downloader or proxy agent', async () => {
    const out = join(await temporaryFolder('charter-cdp-'), 'out');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, '--as-of', AS_OF], { env: { NODE_DEBUG: 'module' }, timeoutMs: 60_000 });
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    expect(await pdfText(join(out, 'charter.pdf'))).toContain('Brightwater');
    const loaded = packagesLoaded(result.stderr);
    expect(loaded).toContain('ajv'); // the debug log is there to read
    expect(loaded.filter((name) => LAUNCHER_PACKAGES.includes(name))).toEqual([]);
  }, 90_000);

  it('would see them: puppeteer-core’s main entry loads them', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('puppeteer-core')"], { env: { ...process.env, NODE_DEBUG: 'module' }, encoding: 'utf8' });
    expect(packagesLoaded(result.stderr).filter((name) => LAUNCHER_PACKAGES.includes(name))).toEqual(expect.arrayContaining(['semver', 'ws']));
  });
});
