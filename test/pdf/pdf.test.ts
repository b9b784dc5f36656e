import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCharters } from '../../src/build/build-charters.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { BrowserNotFoundError, findBrowser } from '../../src/pdf/find-browser.js';
import { LazyPrinter } from '../../src/pdf/lazy-printer.js';
import { PrintError, Printer } from '../../src/pdf/printer.js';
import type { PrintJob } from '../../src/pdf/print-service.js';
import { loadTemplate } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { BROWSER, launchTestBrowser } from '../helpers/browser.js';
import { describeViolations, runAxe } from '../helpers/axe.js';
import { AS_OF, ROOT } from '../helpers/charter-fixture.js';
import { pdfFacts, pdfText, type PdfFacts } from '../helpers/pdf.js';
import { waitUntil } from '../helpers/wait.js';
import { runBin, type CliResult } from '../helpers/run-cli.js';
import { EXAMPLES, normalise, publicCommitments, readSource, staffOnlyStrings, type CharterSource, type ExampleName } from '../helpers/staff-strings.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';



/** For comparing prose across line breaks and hyphenation: no whitespace, no hyphens at all. */
function squeeze(text: string): string {
  return text.replace(/[\s\u00ad\u2010\u2011-]+/g, '');
}

/** Every string in the PDF's /Title entries (document info and bookmarks), literal or UTF-16 hex. */
function pdfTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  for (const match of text.matchAll(/\/Title\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
    const raw = match[1]!;
    let bytes: Buffer;
    if (raw.startsWith('(')) {
      const body = raw.slice(1, -1).replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) =>
        /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
      );
      bytes = Buffer.from(body, 'latin1');
    } else {
      bytes = Buffer.from(raw.slice(1, -1).replace(/\s/g, ''), 'hex');
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      const swapped = Buffer.from(bytes.subarray(2));
      swapped.swap16();
      titles.push(swapped.toString('utf16le'));
    } else {
      titles.push(bytes.toString('latin1'));
    }
  }
  return titles;
}

/** Chromium processes started (directly or not) by this test process. */
function chromiumDescendants(): Array<{ pid: number; state: string }> {
  const all: Array<{ pid: number; ppid: number; comm: string; state: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const match = /^(\d+) \((.*)\) (\S) (\d+)/.exec(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (match) all.push({ pid: Number(match[1]), comm: match[2]!, state: match[3]!, ppid: Number(match[4]) });
    } catch {
      // The process ended while we looked.
    }
  }
  const family = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (family.has(p.ppid) && !family.has(p.pid)) {
        family.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => family.has(p.pid) && p.pid !== process.pid && /chrom/i.test(p.comm) && p.state !== 'Z' && p.state !== 'X').map(({ pid, state }) => ({ pid, state }));
}


function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const plainJob = (html: string): PrintJob => ({ html, paper: 'A4', headerTemplate: '<span></span>', footerTemplate: '<span></span>' });

interface BuiltPdf {
  source: CharterSource;
  out: string;
  result: CliResult;
  pdf: Buffer;
  facts: PdfFacts | undefined;
  layout: string;
  raw: string;
  pages: number;
}

const built = new Map<ExampleName, BuiltPdf>();
const get = (example: ExampleName): BuiltPdf => built.get(example)!;
const metaOf = (source: CharterSource) =>
  source.yaml.meta as { title: string; version: string; organisation: { name: string }; languages: { primary: string } };
const catalogOf = (source: CharterSource) => (metaOf(source).languages.primary.startsWith('de') ? de : en);

beforeAll(async () => {
  await Promise.all(
    EXAMPLES.map(async (example) => {
      const out = await temporaryFolder(`charter-pdf-${example}-`);
      const result = await runBin(['build', `examples/${example}`, '--out', out, '--as-of', AS_OF], { timeoutMs: 90_000 });
      const source = await readSource(join(ROOT, 'examples', example));
      const file = join(out, 'charter.pdf');
      const pdf = await readFile(file).catch(() => Buffer.alloc(0));
      const ok = pdf.length > 0;
      const facts = ok ? await pdfFacts(file) : undefined;
      built.set(example, {
        source,
        out,
        result,
        pdf,
        facts,
        layout: ok ? await pdfText(file, { layout: true }) : '',
        raw: ok ? await pdfText(file) : '',
        pages: facts?.pages ?? 0,
      });
    }),
  );
}, 120_000);

describe.each(EXAMPLES)('charter.pdf of %s', (example) => {
  it('is written (exit 0) and is a PDF', () => {
    const { result, pdf } = get(example);
    expect(result.code, result.stderr).toBe(0);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows the title, every public commitment and "Page 1 of N"', () => {
    const { source, layout, raw, pages } = get(example);
    expect(normalise(layout)).toContain(normalise(metaOf(source).title));
    const texts = [squeeze(layout), squeeze(raw)];
    const missing = publicCommitments(source).filter((commitment) => {
      const whole = squeeze(commitment);
      // A commitment wrapped in a narrow table column may be interleaved with the next column's
      // text; its first 40 characters still read in one piece.
      const start = squeeze(commitment.slice(0, 40));
      return !texts.some((t) => t.includes(whole)) && !texts.some((t) => t.includes(start));
    });
    expect(missing).toEqual([]);
    const t = catalogOf(source);
    expect(pages).toBeGreaterThan(1);
    expect(normalise(layout)).toContain(t.pdf.pageOf('1', String(pages)));
    expect(normalise(layout)).toContain(t.pdf.pageOf(String(pages), String(pages)));
  });

  it('contains no staff-only text', () => {
    const { source, layout, raw } = get(example);
    const staff = staffOnlyStrings(source);
    expect(staff.length).toBeGreaterThanOrEqual(20);
    const texts = [squeeze(layout), squeeze(raw)];
    expect(staff.filter((s) => texts.some((t) => t.includes(squeeze(s))))).toEqual([]);
  });

  it('is tagged, A4, titled with meta.title, with bookmarks for the section headings', () => {
    const { source, facts, pdf } = get(example);
    expect(facts!.tagged).toBe(true);
    expect([Math.floor(facts!.width), Math.floor(facts!.height)]).toEqual([595, 841]);
    expect(facts!.title).toBe(metaOf(source).title);
    const latin1 = pdf.toString('latin1');
    expect(latin1).toMatch(/\/Type\s*\/Catalog[\s\S]*?\/Outlines\s+\d+\s+\d+\s+R/);
    const titles = pdfTitles(pdf);
    // Each section's heading as the page shows it: the catalogue's, or the author's when a narrative block attaches.
    const html = readFileSync(join(get(example).out, 'charter.html'), 'utf8');
    for (const id of ['about', 'standards', 'complaints', 'review']) {
      const heading = new RegExp(`<h2 id="${id}-heading">([^<]*)</h2>`).exec(html)?.[1];
      expect(heading, id).toBeDefined();
      expect(titles, `bookmark "${heading}"`).toContain(heading!.replace(/&#x26;|&amp;/g, '&'));
    }
    expect(catalogOf(source).sections.about).toBeTruthy();
  });

  it('has no blank page at the end', async () => {
    const { source, out, pages } = get(example);
    const last = await pdfText(join(out, 'charter.pdf'), { first: pages, last: pages });
    const meta = metaOf(source);
    const t = catalogOf(source);
    let body = normalise(last);
    for (const furniture of [`${meta.organisation.name} · ${meta.title}`, `${t.meta.version} ${meta.version}`, t.pdf.pageOf(String(pages), String(pages))]) {
      body = body.split(furniture).join(' ');
    }
    expect((body.match(/\p{L}/gu) ?? []).length, `last page text: ${JSON.stringify(body)}`).toBeGreaterThan(40);
  });
});

describe('paper size', () => {
  it('paper: Letter gives 612 x 792 pt pages', async () => {
    const folder = await temporaryFolder('charter-letter-');
    await cp(join(ROOT, 'examples', 'brightwater-plumbing'), folder, { recursive: true });
    const yaml = await readFile(join(folder, 'charter.yaml'), 'utf8');
    expect(yaml).toContain('paper: A4');
    await writeFile(join(folder, 'charter.yaml'), yaml.replace('paper: A4', 'paper: Letter'));
    const out = join(folder, 'dist');
    const result = await runBin(['build', folder, '--only', 'pdf', '--out', out, '--as-of', AS_OF], { timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    const facts = await pdfFacts(join(out, 'charter.pdf'));
    expect([Math.floor(facts.width), Math.floor(facts.height)]).toEqual([612, 792]);
  });
});

describe('without a browser', () => {
  it('CHARTER_BROWSER naming nothing: exit 2, says so, and the HTML and summary are written', async () => {
    const out = await temporaryFolder('charter-nobrowser-');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, '--as-of', AS_OF], { env: { CHARTER_BROWSER: '/nonexistent/chrome' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('CHARTER_BROWSER');
    expect(result.stderr).toContain('/nonexistent/chrome');
    expect(result.stderr).toMatch(/written/);
    expect(result.stderr).toContain('charter.html');
    expect(result.stderr).toContain('summary.txt');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await readdir(out)).sort()).toEqual(['charter.html', 'summary.html', 'summary.txt']);
    expect((await stat(join(out, 'charter.html'))).size).toBeGreaterThan(1000);
  });

  it('findBrowser with nowhere to look rejects with BrowserNotFoundError saying how to install one', async () => {
    const none = findBrowser({ env: {}, systemPaths: [], useEmbedded: false });
    await expect(none).rejects.toBeInstanceOf(BrowserNotFoundError);
    await expect(none).rejects.toThrow(/apt-get install chromium/);
    await expect(none).rejects.toThrow(/--browser/);
    await expect(none).rejects.toThrow(/CHARTER_BROWSER/);
  });

  it('findBrowser takes a headless shell ahead of a full Chromium, and knows it by its name', async () => {
    const folder = await temporaryFolder('charter-shell-');
    const shell = join(folder, 'chromium-headless-shell');
    const full = join(folder, 'chromium');
    for (const path of [shell, full]) await writeFile(path, '#!/bin/sh\n', { mode: 0o755 });
    expect(await findBrowser({ env: {}, systemPaths: [shell, full], useEmbedded: false })).toEqual({ executablePath: shell, source: 'system', shell: true });
    expect(await findBrowser({ env: {}, systemPaths: [join(folder, 'missing-headless-shell'), full], useEmbedded: false })).toEqual({ executablePath: full, source: 'system' });
    // Named explicitly, a shell is still launched as one.
    expect((await findBrowser({ env: { CHARTER_BROWSER: shell }, useEmbedded: false })).shell).toBe(true);
    expect((await findBrowser({ flag: full, env: {}, useEmbedded: false })).shell).toBeUndefined();
  });

  it('a headless shell prints the charter in its own mode (a program named chrome-headless-shell running the test browser)', async () => {
    const folder = await temporaryFolder('charter-shell-print-');
    const shell = join(folder, 'chrome-headless-shell');
    const env = Object.entries(BROWSER.env ?? {}).map(([name, value]) => `${name}='${value}'`).join(' ');
    await writeFile(shell, `#!/bin/sh\nexec env ${env} '${BROWSER.executablePath}' "$@"\n`, { mode: 0o755 });
    const found = await findBrowser({ flag: shell, env: {}, useEmbedded: false });
    expect(found.shell).toBe(true);
    const printer = new Printer({ ...found, ...(BROWSER.embedded ? { embedded: true } : {}) }, 60_000);
    try {
      const printed = await printer.print({ html: '<!doctype html><html lang="en"><title>Shell</title><h1>Printed by a headless shell</h1></html>', paper: 'A4', headerTemplate: '<span></span>', footerTemplate: '<span class="pageNumber"></span>' });
      expect(printed.pages).toBe(1);
      expect(await pdfText(printed.pdf)).toContain('Printed by a headless shell');
    } finally {
      await printer.close();
    }
  }, 60_000);

  it('findBrowser names the places it tried', async () => {
    const error = await findBrowser({ env: {}, systemPaths: ['/nonexistent/chromium', '/also/missing/chrome'], useEmbedded: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect((error as Error).message).toContain('/nonexistent/chromium');
    expect((error as Error).message).toContain('/also/missing/chrome');
    expect((error as Error).message).toMatch(/install/i);
  });
});

describe('time-outs', () => {
  it('a 1 ms time-out rejects with PrintError, and after close() no Chromium is left running', async () => {
    const before = new Set(chromiumDescendants().map((p) => p.pid));
    const printer = new Printer(BROWSER, 1);
    const error = await printer.print(plainJob('<p>hello</p>')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintError);
    expect((error as Error).message).toMatch(/timed out/i);
    const pid = printer.browserProcessId;
    await printer.close();
    if (pid !== undefined) expect(await waitUntil(() => !isAlive(pid), 1000), `browser ${pid} still alive`).toBe(true);
    const leftOver = () => chromiumDescendants().filter((p) => !before.has(p.pid));
    const gone = await waitUntil(() => leftOver().length === 0, 1500);
    const still = leftOver();
    // Let any straggler end before the next test counts processes.
    await waitUntil(() => leftOver().length === 0, 10_000);
    expect(gone, `Chromium processes still running 1.5 s after close(): ${JSON.stringify(still)}`).toBe(true);
  });

  describe('a document slower than the time-out, in a browser that started', () => {
    const timeoutMs = 2500;
    let error: unknown;
    let elapsed = 0;
    let pid: number | undefined;
    let aliveAfterClose = true;
    beforeAll(async () => {
      const printer = new Printer(BROWSER, timeoutMs);
      try {
        // Launch first, so only the slow document is timed.
        await printer.print(plainJob('<p>warm up</p>'));
        pid = printer.browserProcessId;
        const huge = `<!doctype html><title>slow</title>${'<p>A long document that takes Chromium many seconds to lay out and print.</p>'.repeat(100_000)}`;
        const started = Date.now();
        error = await printer.print(plainJob(huge)).then(() => undefined, (e: unknown) => e);
        elapsed = Date.now() - started;
        await printer.close();
        if (pid !== undefined) aliveAfterClose = !(await waitUntil(() => !isAlive(pid!), 2000));
      } finally {
        await printer.close();
      }
    }, 60_000);

    it('rejects with PrintError "timed out", and after close() the browser process is gone', () => {
      expect(error).toBeInstanceOf(PrintError);
      expect((error as Error).message).toMatch(/timed out/i);
      expect(pid).toBeGreaterThan(0);
      expect(aliveAfterClose, `browser ${pid} still alive 2 s after close()`).toBe(false);
    });

    it('fails after about the time-out (--timeout is the time allowed for one document, not for each step)', () => {
      // About 3 s on a quiet machine: the deadline, then closing the page (at most 1 s). The bound
      // leaves a loaded machine's slack (the suite runs files in parallel) and still fails when
      // the deadline is missed altogether: printing this document takes far longer.
      expect(elapsed, `rejected after ${elapsed} ms with a ${timeoutMs} ms time-out`).toBeLessThan(timeoutMs * 3);
    });
  });

  it('--timeout 0.001 on the command line: exit 2 with "timed out"', async () => {
    const out = await temporaryFolder('charter-timeout-');
    const result = await runBin(['build', 'examples/brightwater-plumbing', '--out', out, '--as-of', AS_OF, '--timeout', '0.001']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/timed out/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(out)).not.toContain('charter.pdf');
  });
});

describe('printing is inert', () => {
  let printer: Printer;
  beforeAll(() => {
    printer = new Printer(BROWSER, 30_000);
  });
  afterAll(async () => {
    await printer?.close();
  });

  it('refuses every remote request and runs no script', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Original title</title>
<link rel=stylesheet href="http://127.0.0.1:9/x.css"></head><body>
<p>Hello</p><img src="https://evil.example/a.png" alt="a">
<script>document.title = 'Changed by script'; fetch('https://evil.example/beacon');</script>
</body></html>`;
    const result = await printer.print(plainJob(html));
    expect(result.blocked).toEqual(expect.arrayContaining(['https://evil.example/a.png', 'http://127.0.0.1:9/x.css']));
    expect(result.blocked).not.toContain('https://evil.example/beacon');
    const file = join(await temporaryFolder('charter-inert-'), 'inert.pdf');
    await writeFile(file, result.pdf);
    expect((await pdfFacts(file)).title).toBe('Original title');
  });

  it('the hostile-narrative charter.html prints with nothing blocked', async () => {
    const out = await temporaryFolder('charter-hostile-pdf-');
    const built = await runBin(['build', join(ROOT, 'test/fixtures/hostile-narrative'), '--only', 'html', '--out', out, '--as-of', AS_OF]);
    expect(built.code, built.stderr).toBe(0);
    const result = await printer.print(plainJob(await readFile(join(out, 'charter.html'), 'utf8')));
    expect(result.blocked).toEqual([]);
    expect(result.pages).toBeGreaterThan(1);
  });

  it.each(EXAMPLES)('%s: charter.html prints with nothing blocked', async (example) => {
    const result = await printer.print(plainJob(await readFile(join(get(example).out, 'charter.html'), 'utf8')));
    expect(result.blocked).toEqual([]);
  });
});

describe('one browser for several charters', () => {
  it('warmUp(2) opens the pages of the first two documents at once, and their prints open no other', async () => {
    const printer = new Printer(BROWSER, 60_000);
    try {
      await printer.warmUp(2);
      expect(printer.pagesOpened).toBe(2);
      const printed = await Promise.all([printer.print(plainJob('<p>The first document.</p>')), printer.print(plainJob('<p>The second document.</p>'))]);
      expect(printed.map((p) => p.pages)).toEqual([1, 1]);
      expect(printer.pagesOpened).toBe(2);
      // The third has no page ready: it opens its own.
      await printer.print(plainJob('<p>The third document.</p>'));
      expect(printer.pagesOpened).toBe(3);
    } finally {
      await printer.close();
    }
  });

  it('a long-lived printer (watch, serve) keeps one page ready, opened once a document is done', async () => {
    const printer = new Printer(BROWSER, 60_000, { keepPageReady: true });
    const once = new Printer(BROWSER, 60_000);
    try {
      // One, however many are asked for: a second page would load beside the charter's print.
      await printer.warmUp(2);
      expect(printer.pagesOpened).toBe(1);
      await printer.print(plainJob('<p>A document.</p>'));
      expect(printer.pagesOpened).toBe(1);
      printer.keepPagesReady();
      printer.keepPagesReady();
      expect(printer.pagesOpened).toBe(2);
      // The next document finds its page open.
      await printer.print(plainJob('<p>The next.</p>'));
      expect(printer.pagesOpened).toBe(2);
      // A printer for one run keeps none.
      await once.warmUp(1);
      await once.print(plainJob('<p>A document.</p>'));
      once.keepPagesReady();
      expect(once.pagesOpened).toBe(1);
    } finally {
      await printer.close();
      await once.close();
    }
  });

  it('finishedPrinting() ends a one-run printer\'s browser at once and leaves a long-lived one\'s alone', async () => {
    const once = new Printer(BROWSER, 60_000);
    const long = new Printer(BROWSER, 60_000, { keepPageReady: true });
    try {
      await once.print(plainJob('<p>The last document of the run.</p>'));
      await long.print(plainJob('<p>A document.</p>'));
      const pid = once.browserProcessId!;
      const longPid = long.browserProcessId!;
      expect(isAlive(pid)).toBe(true);
      once.finishedPrinting();
      long.finishedPrinting();
      // Gone without close() being awaited: while the build runs its last PDF/UA pass.
      expect(await waitUntil(() => !isAlive(pid), 1000), `browser ${pid} still alive`).toBe(true);
      expect(isAlive(longPid)).toBe(true);
      expect((await long.print(plainJob('<p>The next rebuild.</p>'))).pages).toBe(1);
      // close() afterwards waits for the same end, however often it is called.
      await Promise.all([once.close(), once.close()]);
    } finally {
      await once.close();
      await long.close();
    }
  });

  it.runIf(process.platform === 'linux')("Chromium's temporary files go into a folder of its own, removed with the browser", async () => {
    const printer = new Printer(BROWSER, 60_000);
    let folder = '';
    try {
      await printer.print(plainJob('<p>A document.</p>'));
      const environ = readFileSync(`/proc/${printer.browserProcessId}/environ`, 'latin1').split('\0');
      folder = environ.find((entry) => entry.startsWith('TMPDIR='))?.slice('TMPDIR='.length) ?? '';
      // Not the user's temporary folder: one charter made for this browser, which goes with it
      // (a browser ended straight after its last print may not have removed its files yet).
      expect(folder).toMatch(/charter-chromium-[^/]+\/tmp$/);
      expect(existsSync(folder)).toBe(true);
    } finally {
      await printer.close();
    }
    expect(existsSync(folder)).toBe(false);
  });

  it('buildCharters() prints three charters with one browser launch', async () => {
    const locations = [];
    for (const example of EXAMPLES) {
      const found = await findCharter(`examples/${example}`, ROOT);
      if (!found.ok) throw new Error(found.message);
      locations.push(found.location);
    }
    const outDir = await temporaryFolder('charter-several-');
    const printer = new LazyPrinter({ env: process.env }, 60_000);
    try {
      const report = await buildCharters(
        locations,
        { asOf: AS_OF, outDir, outputs: new Set(['html', 'pdf', 'summary']), template: await loadTemplate('charter', ROOT), concurrency: 3 },
        printer,
      );
      expect(report.failures).toEqual([]);
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(printer.launches).toBe(1);
      for (const source of await Promise.all(EXAMPLES.map((e) => readSource(join(ROOT, 'examples', e))))) {
        const id = (source.yaml.meta as { id: string }).id;
        const pdf = await readFile(join(outDir, id, 'charter.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const text = await pdfText(join(outDir, id, 'charter.pdf'));
        expect(normalise(text)).toContain(normalise(metaOf(source).title));
      }
    } finally {
      await printer.close();
    }
  });
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(EXAMPLES)('%s: charter.html has no violations', async (example) => {
    const { passes, violations } = await runAxe(browser!, await readFile(join(get(example).out, 'charter.html'), 'utf8'));
    expect(passes, 'axe ran its rules on the page').toBeGreaterThan(10);
    expect(violations, `axe violations in ${example}:\n${describeViolations(violations)}`).toEqual([]);
  });
});
