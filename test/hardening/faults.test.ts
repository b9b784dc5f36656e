import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharters } from '../../src/build/build-charters.js';
import { writeAtomic } from '../../src/build/write-atomic.js';
import { Printer } from '../../src/pdf/printer.js';
import type { PrintJob } from '../../src/pdf/print-service.js';
import { loadTemplate } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { BROWSER, CHROMIUM } from '../helpers/browser.js';
import { processesWith as processesWithArgument } from '../helpers/processes.js';
import { exampleFile, replaceOnce, ROOT } from '../helpers/charter-fixture.js';
import { runBin } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { waitUntil } from '../helpers/wait.js';

const asOf = ['--as-of', '2026-11-23'];

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}


/** A browser wrapper whose processes carry a marker, so a test can find exactly its own Chromium. */
async function markedBrowser(marker: string): Promise<string> {
  const folder = await temporaryFolder('charter-browser-');
  const script = join(folder, 'chromium');
  // The environment the browser is launched with (the npm-shipped one's libraries and fonts) goes along.
  const env = Object.entries(BROWSER.env ?? {}).map(([name, value]) => `${name}='${value}'`).join(' ');
  await writeFile(script, `#!/bin/sh\nexec env ${env} ${CHROMIUM} --${marker} "$@"\n`);
  await chmod(script, 0o755);
  return script;
}

/** `charter build <args>` as a user runs it, printing with `browser`: the child, what it said so far, its exit. */
function startBuild(args: string[], browser: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/charter.js'), 'build', ...args, ...asOf], {
    cwd: ROOT,
    env: { ...process.env, CHARTER_BROWSER: browser, NO_COLOR: '1' },
  });
  let said = '';
  child.stderr.on('data', (chunk) => (said += chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, stderr: () => said, closed };
}

function processesWith(marker: string): number {
  return processesWithArgument(`--${marker}`);
}

async function temporaryFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
}

describe('faults mid-build leave outputs whole or untouched', () => {
  it('an output folder that cannot be written: exit 2, a clear message', async () => {
    const folder = await temporaryFolder('charter-unwritable-');
    await writeFile(join(folder, 'a-file'), 'not a folder');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--only', 'html', '--out', join(folder, 'a-file', 'out'), ...asOf]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^charter: cannot write to .*a-file\/out: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a write that fails leaves the earlier file intact and no temporary file', async () => {
    const folder = await temporaryFolder('charter-atomic-');
    const target = join(folder, 'charter.html');
    await writeFile(target, 'the earlier charter');
    // The rename fails when the target folder disappears under it; simulate with a folder in the way.
    await mkdir(join(folder, 'summary.txt'));
    await expect(writeAtomic(join(folder, 'summary.txt'), 'new text')).rejects.toThrow();
    expect(await temporaryFiles(folder)).toEqual([]);
    expect((await stat(join(folder, 'summary.txt'))).isDirectory()).toBe(true);
    await writeAtomic(target, 'the new charter');
    expect(await readFile(target, 'utf8')).toBe('the new charter');
    expect(await temporaryFiles(folder)).toEqual([]);
  });

  it('a page that cannot be written: exit 2, and no PDF, though it was printed beside the writes', async () => {
    const out = await temporaryFolder('charter-page-refused-');
    // A folder where summary.txt goes: charter.html is written, summary.txt is not.
    await mkdir(join(out, 'summary.txt'));
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, ...asOf]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^charter: cannot write to /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const names = await readdir(out);
    expect(names).toContain('charter.html');
    expect(names).not.toContain('charter.pdf');
    expect(await temporaryFiles(out)).toEqual([]);
  });

  it.each([300, 0])('the browser killed %i ms into a print: a clear error, no Chromium left, the earlier PDF intact', async (delay) => {
    const out = await temporaryFolder('charter-killed-');
    const earlier = Buffer.from('%PDF-1.4 the earlier PDF');
    await writeFile(join(out, 'charter.pdf'), earlier);
    const found = await findCharter('examples/brightwater-plumbing', ROOT);
    if (!found.ok) throw new Error(found.message);
    const printer = new Printer(BROWSER, 60_000);
    // A long document, and a kill while it is being printed.
    const slow = { print: async (job: PrintJob) => {
      const long = job.html.replace('</main>', `${'<p>A long paragraph of the charter, repeated to make printing take a while.</p>'.repeat(40_000)}</main>`);
      const printing = printer.print({ ...job, html: long });
      await waitUntil(() => printer.browserProcessId !== undefined, 10_000);
      setTimeout(() => process.kill(printer.browserProcessId!, 'SIGKILL'), delay);
      return printing;
    } };
    let pid: number | undefined;
    try {
      const report = await buildCharters([found.location], { asOf: '2026-11-23', outDir: out, outputs: new Set(['html', 'pdf']), template: await loadTemplate('charter', ROOT), concurrency: 1 }, slow);
      pid = printer.browserProcessId;
      expect(report.failures).toHaveLength(1);
      // One sentence whatever puppeteer called it ("Target closed", "detached Frame"): killed while loading or printing.
      expect(report.failures[0]?.message).toMatch(/^the browser stopped while /);
    } finally {
      await printer.close();
    }
    expect(await readFile(join(out, 'charter.pdf'))).toEqual(earlier);
    expect(await readFile(join(out, 'charter.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(await temporaryFiles(out)).toEqual([]);
    expect(await waitUntil(() => !alive(pid), 5000)).toBe(true);
  }, 60_000);

  it('Ctrl-C during a build: exit 130, the browser closed, no temporary files', async () => {
    const marker = `charter-test-${process.pid}-${Date.now()}`;
    const browser = await markedBrowser(marker);
    const out = await temporaryFolder('charter-sigint-');
    const { child, stderr, closed } = startBuild(['examples/brightwater-plumbing', 'examples/riverside-council', 'examples/stadtwerke-lindenau', '--out', out], browser);
    expect(await waitUntil(() => processesWith(marker) > 0, 20_000), 'the browser started').toBe(true);
    // The browser starts with the process; Ctrl-C once the build is under way (a page written).
    expect(await waitUntil(() => readdirSync(out, { recursive: true }).some((name) => String(name).endsWith('charter.html')), 20_000), 'a page written').toBe(true);
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr()).toMatch(/charter: interrupted; no partial output was left behind/);
    expect(await waitUntil(() => processesWith(marker) === 0, 5000), 'no Chromium left').toBe(true);
    for (const folder of [out, ...(await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => join(out, d.name))]) {
      expect(await temporaryFiles(folder)).toEqual([]);
    }
  }, 60_000);

  it('Ctrl-C as the build starts, before charter has loaded: exit 130, the browser it started at once is ended', async () => {
    const marker = `charter-test-early-${process.pid}-${Date.now()}`;
    const browser = await markedBrowser(marker);
    const out = await temporaryFolder('charter-sigint-early-');
    const { child, stderr, closed } = startBuild(['examples/brightwater-plumbing', '--out', out], browser);
    expect(await waitUntil(() => processesWith(marker) > 0, 20_000), 'the browser started').toBe(true);
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr()).toMatch(/charter: interrupted; no partial output was left behind/);
    expect(await waitUntil(() => processesWith(marker) === 0, 5000), 'no Chromium left').toBe(true);
    expect(await readdir(out)).toEqual([]);
  }, 60_000);

  it('two builds into the same folder at once: both finish, every output whole', async () => {
    const yaml = await exampleFile('brightwater-plumbing');
    const narrative = await exampleFile('brightwater-plumbing', 'narrative.md');
    const variants: string[] = [];
    for (const [i, text] of ['family-run plumbing', 'family-owned plumbing'].entries()) {
      const folder = await temporaryFolder(`charter-variant-${i}-`);
      await writeFile(join(folder, 'charter.yaml'), replaceOnce(yaml, 'family-run plumbing', text));
      await writeFile(join(folder, 'narrative.md'), narrative);
      variants.push(folder);
    }
    // What each variant gives on its own.
    const expected: string[] = [];
    for (const folder of variants) {
      const alone = await temporaryFolder('charter-alone-');
      expect((await runBin(['build', folder, '--only', 'html,summary', '--out', alone, ...asOf])).code).toBe(0);
      expected.push(await readFile(join(alone, 'charter.html'), 'utf8'));
    }
    expect(expected[0]).not.toBe(expected[1]);
    const shared = await temporaryFolder('charter-shared-');
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(variants.map((folder) => runBin(['build', folder, '--only', 'html,summary', '--out', shared, ...asOf])));
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      const html = await readFile(join(shared, 'charter.html'), 'utf8');
      expect(expected).toContain(html); // one whole version, never a mix
      expect(await temporaryFiles(shared)).toEqual([]);
    }
  }, 60_000);
});
