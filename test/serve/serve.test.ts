// charter serve as a user meets it: bin/charter.js in a child process, a temporary copy of the
// council example, and the pages opened in the real Chromium the PDF tests use.
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, cp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, CHROMIUM, LAUNCH_ARGS, launchTestBrowser } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf.js';
import { processesWith as processesWithArgument } from '../helpers/processes.js';
import { AS_OF, replaceOnce, ROOT } from '../helpers/charter-fixture.js';
import { runBin } from '../helpers/run-cli.js';
import { normalise, parseHtml, readableText, readSource, staffOnlyStrings } from '../helpers/staff-strings.js';
import { rawGet, startServe, type ServeProcess } from '../helpers/serve-process.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { waitUntil } from '../helpers/wait.js';

const COMMITMENT = 'We will answer 80% of webchats within 2 minutes.';
const EDITED = 'We will answer 80% of webchats on our website within 2 minutes.';

/** For comparing prose across line breaks and hyphenation: no whitespace, no hyphens at all. */
function squeeze(text: string): string {
  return text.replace(/[\s\u00ad\u2010\u2011-]+/g, '');
}

/**
 * A browser wrapper whose processes carry a marker, so a test can find exactly its own Chromium (as
 * the fault tests do). The npm-shipped Chromium's own arguments and fonts come after the launcher's,
 * as charter gives them when it finds that browser itself.
 */
async function markedBrowser(marker: string): Promise<string> {
  const folder = await temporaryFolder('charter-browser-');
  const script = join(folder, 'chromium');
  const env = Object.entries(BROWSER.env ?? {}).map(([key, value]) => `${key}='${value}' `).join('');
  const own = BROWSER.embedded ? ` ${LAUNCH_ARGS.join(' ')}` : '';
  await writeFile(script, `#!/bin/sh\n${env ? `export ${env}\n` : ''}exec '${CHROMIUM}' --${marker} "$@"${own}\n`);
  await chmod(script, 0o755);
  return script;
}

function processesWith(marker: string): number {
  return processesWithArgument(`--${marker}`);
}

/** The processes of the marked browser: its own and, through their parents, every helper it started. */
function browserTree(marker: string): number[] {
  const parents = new Map<number, number>();
  const roots: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (name) state ppid ...": the name may hold spaces and brackets, so read after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(`--${marker}`)) roots.push(Number(entry));
    } catch {
      // gone already
    }
  }
  const tree = new Set(roots);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grown = true;
      }
    }
  }
  return [...tree];
}

function running(pid: number): boolean {
  try {
    // A zombie has ended; it only waits for its parent to collect it.
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}


/** The council example copied into a fresh folder; returns the folder that holds it (the server's working folder). */
async function councilCopy(): Promise<string> {
  const work = await temporaryFolder('charter-serve-');
  await cp(join(ROOT, 'examples/riverside-council'), join(work, 'riverside-council'), { recursive: true });
  return work;
}

async function launchBrowser(): Promise<Browser> {
  return launchTestBrowser();
}

/** The problems panel as the reader sees it: one line per problem, or null when there is none. */
function panelLines(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const panel = document.getElementById('charter-live-problems');
    if (!panel) return null;
    return [...panel.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  });
}

describe('charter serve: the page updates as the charter is saved', () => {
  let work: string;
  let yamlPath: string;
  let original: string;
  let marker: string;
  let server: ServeProcess;
  let address: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    work = await councilCopy();
    yamlPath = join(work, 'riverside-council', 'charter.yaml');
    original = await readFile(yamlPath, 'utf8');
    marker = `charter-serve-test-${process.pid}-${Date.now()}`;
    server = startServe(['riverside-council', '--port', '0', '--as-of', AS_OF], { cwd: work, env: { CHARTER_BROWSER: await markedBrowser(marker) } });
    address = await server.address();
    browser = await launchBrowser();
    page = await browser.newPage();
    // A CSP violation (the live script refused) shows as a console error.
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('serves the public page, with the live script allowed only by a nonce in the served copy', async () => {
    const response = await page.goto(`${address}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.body.innerText)).toContain(COMMITMENT);
    const html = await page.content();
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    const nonce = /script-src 'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    expect(html).toContain(`<script nonce="`);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([nonce])').length)).toBe(0);
    // The live channel is open: the script ran.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-charter-live'), { timeout: 5000 });
    expect(consoleErrors).toEqual([]);
  });

  it('shows an edited commitment without a reload, keeping the scroll position', async () => {
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
      window.scrollTo(0, 1500);
    });
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);
    await writeFile(yamlPath, replaceOnce(original, COMMITMENT, EDITED));
    await page.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 10_000 }, EDITED);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await panelLines(page)).toBeNull();
  });

  it('lays the problems over the last good page, at the line charter check gives, and takes them away when fixed', async () => {
    const edited = replaceOnce(original, COMMITMENT, EDITED);
    // A duplicate key: YAML that does not parse.
    const broken = replaceOnce(edited, `    commitment: ${EDITED}\n`, `    commitment: ${EDITED}\n    commitment: again\n`);
    const line = broken.split('\n').indexOf('    commitment: again') + 1;
    await writeFile(yamlPath, broken);
    await page.waitForFunction(() => document.getElementById('charter-live-problems') !== null, { timeout: 10_000 });
    const lines = (await panelLines(page))!;
    // The same problems, in the same words, as `charter check` prints.
    const checked = await runBin(['check', 'riverside-council', '--as-of', AS_OF, '--reporter', 'json'], { cwd: work });
    const diagnostics = JSON.parse(checked.stdout) as Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.some((d) => d.line === line && d.rule === 'yaml')).toBe(true);
    const errorsFirst = [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error')];
    expect(lines).toHaveLength(errorsFirst.length);
    errorsFirst.forEach((d, i) => {
      expect(lines[i]).toContain(`riverside-council/charter.yaml:${d.line}:${d.column}`);
      expect(lines[i]).toContain(d.message.replace(/\s+/g, ' '));
      expect(lines[i]).toContain(d.rule);
    });
    // Under the panel, the last good version: the edited commitment is still there.
    expect(await page.evaluate(() => document.body.innerText)).toContain(EDITED);
    // The terminal said it too, once, in the stylish form.
    await server.waitFor(() => server.output().includes(`${line}:`) && /error/.test(server.output()), 'the terminal report');

    await writeFile(yamlPath, edited);
    await page.waitForFunction(() => document.getElementById('charter-live-problems') === null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.innerText)).toContain(EDITED);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('prints /charter.pdf on request, with the new commitment, and keeps it until the source changes', async () => {
    const started = Date.now();
    const response = await rawGet(address, '/charter.pdf');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(squeeze(await pdfText(response.body))).toContain(squeeze(EDITED));
    const firstPrint = Date.now() - started;
    // The same source again: the PDF kept, not printed anew.
    const again = Date.now();
    const second = await rawGet(address, '/charter.pdf');
    expect(second.body.equals(response.body)).toBe(true);
    expect(Date.now() - again).toBeLessThan(Math.max(100, firstPrint / 2));
    expect(processesWith(marker)).toBeGreaterThan(0);
  });

  it('answers only its own address (403 otherwise) and only its own pages (404 otherwise)', async () => {
    const port = new URL(address).port;
    expect((await rawGet(address, '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await rawGet(address, '/', { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await rawGet(address, '/', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await rawGet(address, '/', { Host: `127.0.0.1:${port}` })).status).toBe(200);
    for (const path of ['/../charter.yaml', '/charter.yaml', '/riverside-council/charter.yaml', '/%2e%2e/charter.yaml', '/..%2fcharter.yaml', '//etc/passwd', '/narrative.md', '/handbook', '/dist/']) {
      const response = await rawGet(address, path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toContain('schema_version');
    }
    const summary = await rawGet(address, '/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.toString('utf8')).toContain('class="charter-summary"');
  });

  it('built outputs stay free of script', async () => {
    const out = join(work, 'dist');
    const built = await runBin(['build', 'riverside-council', '--only', 'html,summary', '--out', out, '--as-of', AS_OF], { cwd: work });
    expect(built.code).toBe(0);
    for (const name of ['charter.html', 'summary.html']) {
      const text = await readFile(join(out, name), 'utf8');
      expect(text, name).not.toMatch(/<script|nonce-|connect-src/i);
    }
  });

  it('stops on Ctrl-C with exit 130 and leaves no Chromium behind', async () => {
    expect(processesWith(marker)).toBeGreaterThan(0);
    // The browser and whatever it started: Chromium runs in one process (launch-arguments.ts), but a
    // helper it starts (a crash handler, say) is in the tree and must end too.
    const tree = browserTree(marker);
    expect(tree.length).toBeGreaterThan(0);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
    expect(server.output()).toMatch(/charter: stopped\n$/);
    // Neither the browser nor any of its helper processes.
    expect(await waitUntil(() => processesWith(marker) === 0 && !tree.some(running), 5000), 'no Chromium left').toBe(true);
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});

describe('charter serve: starting', () => {
  it('a port in use: one line that suggests --port, exit 2', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await runBin(['serve', 'examples/riverside-council', '--port', String(port), '--as-of', AS_OF]);
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^charter: port ${port} .*in use.*--port`));
    } finally {
      taken.close();
    }
  });

  it('bad options are one line each, exit 2', async () => {
    for (const args of [['--port', 'eighty'], ['--port', '70000'], ['--host', 'no-such-host.invalid']]) {
      const result = await runBin(['serve', 'examples/riverside-council', ...args, '--as-of', AS_OF]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
      expect(result.stderr).toMatch(/^charter: /);
    }
  });

  it('a charter with errors from the start: the panel alone, then the page once it is fixed', async () => {
    const work = await councilCopy();
    const yamlPath = join(work, 'riverside-council', 'charter.yaml');
    const good = await readFile(yamlPath, 'utf8');
    await writeFile(yamlPath, replaceOnce(good, 'schema_version: 1', 'schema_version: 1\nschema_version: 1'));
    const server = startServe(['riverside-council', '--port', '0', '--as-of', AS_OF], { cwd: work });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${await server.address()}/`, { waitUntil: 'load' });
      expect(await panelLines(page)).not.toBeNull();
      expect(await page.evaluate(() => document.body.innerText)).toMatch(/no page to show yet/);
      await writeFile(yamlPath, good);
      await page.waitForFunction(() => document.getElementById('charter-live-problems') === null, { timeout: 10_000 });
      expect(await page.evaluate(() => document.body.innerText)).toContain(COMMITMENT);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(130);
    } finally {
      await browser.close();
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });

  it("serves each translation's page where the language links point, and nothing for a language it does not have", async () => {
    const server = startServe(['examples/glanyrafon-council', '--port', '0', '--as-of', AS_OF]);
    try {
      const address = await server.address();
      const welsh = await rawGet(address, '/charter.cy.html');
      expect(welsh.status).toBe(200);
      const html = welsh.body.toString('utf8');
      expect(html).toMatch(/<html[^>]* lang="cy"/);
      expect(html).toContain('href="charter.html" hreflang="en-GB"');
      const english = await rawGet(address, '/charter.html');
      expect(english.status).toBe(200);
      expect(english.body.toString('utf8')).toContain('href="charter.cy.html" hreflang="cy"');
      expect((await rawGet(address, '/charter.fr.html')).status).toBe(404);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(130);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });

  it('--handbook serves /handbook with the staff parts; the public page and /summary never have them', async () => {
    const server = startServe(['examples/brightwater-plumbing', '--port', '0', '--handbook', '--as-of', AS_OF]);
    try {
      const address = await server.address();
      const handbook = await rawGet(address, '/handbook');
      expect(handbook.status).toBe(200);
      expect(handbook.headers['content-type']).toMatch(/^text\/html/);
      const summary = await runBin(['summary', 'examples/brightwater-plumbing', '--as-of', AS_OF]);
      const served = (await rawGet(address, '/summary')).body.toString('utf8');
      // The summary's own words (escaped as HTML escapes them).
      const firstWords = summary.stdout.trim().split(' ').slice(0, 6).join(' ');
      expect(normalise(readableText(parseHtml(served)).join(' '))).toContain(firstWords);
      // Every staff-only string: in the handbook, nowhere in the public pages.
      const staff = staffOnlyStrings(await readSource(join(ROOT, 'examples/brightwater-plumbing')));
      expect(staff.length).toBeGreaterThan(0);
      const textOf = (html: string) => readableText(parseHtml(html)).map(normalise).join('\n');
      const handbookText = textOf(handbook.body.toString('utf8'));
      const publicText = textOf((await rawGet(address, '/')).body.toString('utf8')) + textOf(served);
      expect(staff.some((text) => handbookText.includes(text))).toBe(true);
      for (const text of staff) expect(publicText, text).not.toContain(text);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(130);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });

  it('--open hands the address to the default browser, and goes on silently where there is none', async () => {
    const folder = await temporaryFolder('charter-open-');
    const record = join(folder, 'opened.txt');
    const fakeBrowser = join(folder, 'browser');
    await writeFile(fakeBrowser, `#!/bin/sh\necho "$1" > ${record}\n`);
    await chmod(fakeBrowser, 0o755);
    // xdg-open (which open uses on Linux) hands the address to $BROWSER.
    const server = startServe(['examples/brightwater-plumbing', '--port', '0', '--open', '--as-of', AS_OF], { env: { BROWSER: fakeBrowser, DISPLAY: '' } });
    try {
      const address = await server.address();
      expect(await waitUntil(async () => (await readFile(record, 'utf8').catch(() => '')).trim() === `${address}/`, 10_000)).toBe(true);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(130);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    // No browser at all: nothing to open, nothing said.
    const none = startServe(['examples/brightwater-plumbing', '--port', '0', '--open', '--as-of', AS_OF], { env: { BROWSER: join(folder, 'no-such-browser'), DISPLAY: '' } });
    try {
      await none.address();
      await new Promise((r) => setTimeout(r, 500));
      expect(none.child.exitCode).toBeNull();
      none.child.kill('SIGINT');
      expect(await none.exited).toBe(130);
      expect(none.output()).not.toMatch(/error|cannot|not found/i);
    } finally {
      if (none.child.exitCode === null) none.child.kill('SIGKILL');
    }
  });
});
