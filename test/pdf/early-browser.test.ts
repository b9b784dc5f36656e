import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printingBuild } from '../../src/cli/early-browser.js';
import { launchArguments } from '../../src/pdf/launch-arguments.js';
import { BROWSER, CHROMIUM } from '../helpers/browser.js';
import { replaceOnce, ROOT } from '../helpers/charter-fixture.js';
import { pdfText } from '../helpers/pdf.js';
import { processesWith } from '../helpers/processes.js';
import { runBin } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { waitUntil } from '../helpers/wait.js';

const asOf = ['--as-of', '2026-11-23'];

describe('which runs start the browser as the process starts', () => {
  it.each([
    [['build'], {}],
    [['build', 'examples/riverside-council', '--out', 'site'], {}],
    [['--debug', 'build', 'x'], {}],
    [['build', '--only', 'html,pdf'], {}],
    [['build', '--only=pdf'], {}],
    [['build', '--browser', '/opt/chrome'], { browser: '/opt/chrome' }],
    [['build', '--browser=/opt/chrome', '--watch'], { browser: '/opt/chrome' }],
    [['build', '--handbook'], {}],
  ])('%j prints: start it', (args, expected) => {
    expect(printingBuild(args)).toEqual(expected);
  });

  it.each([
    [[]],
    [['check']],
    [['check', 'build']],
    [['serve']],
    [['summary']],
    [['build', '--only', 'html,summary']],
    [['build', '--only=html']],
    [['build', '--help']],
    [['build', '-h']],
    [['--version']],
  ])('%j does not print: start nothing', (args) => {
    expect(printingBuild(args)).toBeUndefined();
  });
});

describe('launch arguments', () => {
  it("hold every argument puppeteer's own launch would give, for a headless shell and for a full Chromium", async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    for (const shell of [true, false]) {
      const ours = launchArguments({ executablePath: 'chromium', source: 'system', ...(shell ? { shell: true } : {}) });
      expect(ours).toEqual(expect.arrayContaining(puppeteer.defaultArgs({ headless: shell ? 'shell' : true })));
      // Sealed and sandboxed as charter wants, whoever starts it.
      expect(ours).toEqual(expect.arrayContaining(['--no-sandbox', '--proxy-server=127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND']));
    }
  });

  it('run Chromium in one process on Linux only, with unhinted glyphs that keep the pages as in several', () => {
    const oneProcess = ['--single-process', '--no-zygote', '--font-render-hinting=none'];
    const found = { executablePath: 'chromium', source: 'system' as const, shell: true };
    expect(launchArguments(found, 'linux')).toEqual(expect.arrayContaining(oneProcess));
    for (const platform of ['darwin', 'win32'] as const) {
      expect(launchArguments(found, platform).filter((a) => oneProcess.includes(a))).toEqual([]);
    }
  });
});

/**
 * A browser that writes down each start (its arguments) before it runs the tests' Chromium, with a
 * marker on its command line so a test can see whether any is left running. With `failFirst`, its
 * first start fails.
 */
async function loggingBrowser(folder: string, marker: string, options: BrowserOptions = {}): Promise<{ path: string; starts: () => Promise<string[]> }> {
  const log = join(folder, 'starts.log');
  const path = join(folder, 'chromium');
  const env = Object.entries(BROWSER.env ?? {}).map(([name, value]) => `${name}='${value}'`).join(' ');
  const own = BROWSER.embedded ? ' --use-gl=swiftshader --disable-setuid-sandbox' : '';
  const failFirst = options.failFirst ? `if [ ! -e '${log}.failed' ]; then touch '${log}.failed'; echo 'cannot start' >&2; exit 1; fi\n` : '';
  // A first start that ends a second later, leaving a helper that holds the DevTools pipe open.
  const dieFirst = options.dieFirst ? `if [ ! -e '${log}.died' ]; then touch '${log}.died'; sh -c 'sleep 30; :' --${marker} & sleep 1; exit 1; fi\n` : '';
  await writeFile(path, `#!/bin/sh\necho "$*" >> '${log}'\n${failFirst}${dieFirst}exec env ${env} '${CHROMIUM}' --${marker} "$@"${own}\n`, { mode: 0o755 });
  return { path, starts: async () => (existsSync(log) ? (await readFile(log, 'utf8')).trim().split('\n') : []) };
}

interface BrowserOptions {
  failFirst?: boolean;
  dieFirst?: boolean;
}

/** Profile folders left in a temporary folder, whoever made them (charter's or puppeteer's). */
async function profilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => /chromium|profile/.test(name));
}

/** A folder, a temporary folder of its own for the run (TMPDIR) and a logging browser with a marker. */
async function arrange(name: string, options: BrowserOptions = {}) {
  const folder = await temporaryFolder(`charter-${name}-`);
  const temp = await temporaryFolder(`charter-${name}-tmp-`);
  const marker = `charter-${name}-${process.pid}-${Date.now()}`;
  const browser = await loggingBrowser(folder, marker, options);
  const env = { CHARTER_BROWSER: browser.path, TMPDIR: temp };
  /** No Chromium of this test left running, and no profile folder left behind. */
  const nothingLeft = async () => {
    expect(await waitUntil(() => processesWith(`--${marker}`) === 0, 5000), 'no Chromium left').toBe(true);
    expect(await profilesIn(temp)).toEqual([]);
  };
  return { folder, browser, env, nothingLeft };
}

describe('the browser started as the process starts', () => {
  it('prints the PDF: one browser, started at once and reached over its pipe; none left running, no profile left', async () => {
    const { folder, browser, env, nothingLeft } = await arrange('early');
    const out = join(folder, 'out');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, ...asOf], { env, timeoutMs: 60_000 });
    expect(result.stderr).toContain('charter.pdf');
    expect(result.code).toBe(0);
    const starts = await browser.starts();
    expect(starts).toHaveLength(1);
    expect(starts[0]).toContain('--remote-debugging-pipe');
    expect(await pdfText(join(out, 'charter.pdf'))).toContain('Brightwater');
    await nothingLeft();
  }, 60_000);

  it('a charter with errors prints nothing: the browser started for it is ended unused, its profile removed', async () => {
    const { folder, env, nothingLeft } = await arrange('early-errors');
    const charter = join(folder, 'charter');
    await cp(join(ROOT, 'examples/brightwater-plumbing'), charter, { recursive: true });
    const yaml = await readFile(join(charter, 'charter.yaml'), 'utf8');
    await writeFile(join(charter, 'charter.yaml'), replaceOnce(yaml, /\n {2}title: [^\n]+/, '\n  title: 42'));
    const result = await runBin(['build', charter, '--out', join(folder, 'out'), ...asOf], { env, timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    await nothingLeft();
    expect(existsSync(join(folder, 'out', 'charter.pdf'))).toBe(false);
  }, 60_000);

  it('a browser that fails to start at once is launched again the usual way, and the PDF is printed', async () => {
    const { folder, browser, env, nothingLeft } = await arrange('early-retry', { failFirst: true });
    const out = join(folder, 'out');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, ...asOf], { env, timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    const starts = await browser.starts();
    expect(starts).toHaveLength(2);
    expect(starts[0]).toContain('--remote-debugging-pipe');
    expect(starts[1]).not.toContain('--remote-debugging-pipe');
    expect(await pdfText(join(out, 'charter.pdf'))).toContain('Brightwater');
    await nothingLeft();
  }, 60_000);

  it('a browser that ends while charter connects to it, leaving a helper holding its pipe, is launched again at once, not after the helper is gone', async () => {
    const { folder, browser, env, nothingLeft } = await arrange('early-dies', { dieFirst: true });
    const out = join(folder, 'out');
    // The helper holds the pipe for 30 s: a build that waited for the pipe to close would run into the limit.
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, ...asOf], { env, timeoutMs: 20_000 });
    expect(result.code, result.stderr).toBe(0);
    const starts = await browser.starts();
    expect(starts).toHaveLength(2);
    expect(starts[1]).not.toContain('--remote-debugging-pipe');
    expect(await pdfText(join(out, 'charter.pdf'))).toContain('Brightwater');
    await nothingLeft();
  }, 60_000);

  it('a build without a PDF starts no browser', async () => {
    const { folder, browser, env } = await arrange('early-none');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--only', 'html,summary', '--out', join(folder, 'out'), ...asOf], { env });
    expect(result.code).toBe(0);
    expect(await browser.starts()).toEqual([]);
  });
});
