// Every example, as `charter build --handbook` writes it: charter.pdf and handbook.pdf meet every
// requirement of the PDF/UA-1 checker, while the same documents printed by Chromium without the
// pass fail it; the pass changes no text, and the handbook's contents' page numbers it fills in are
// those Chromium prints when the page carries them; the
// HTML has one h1 a page and phone numbers that do not wrap; `npm run check:pdf` says the same.
import { readdirSync, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHandbook, writeHandbook } from '../../src/build/handbook.js';
import { renderPublic } from '../../src/build/public-documents.js';
import { editionsOf } from '../../src/build/editions.js';
import { checkCharter } from '../../src/check/check-charter.js';
import { readOutline } from '../../src/pdf/outline.js';
import { checkPdfUa, formatPdfUaReport } from '../../src/pdf/pdf-ua-check.js';
import { Printer } from '../../src/pdf/printer.js';
import { loadTemplate } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { BROWSER, launchTestBrowser } from '../helpers/browser.js';
import { AS_OF, ROOT } from '../helpers/charter-fixture.js';
import { pdfText } from '../helpers/pdf.js';
import { runBin } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => existsSync(join(ROOT, 'examples', name, 'charter.yaml')));
const KINDS = ['charter.pdf', 'handbook.pdf'] as const;

interface Example {
  /** What `charter build --handbook` wrote. */
  out: string;
  /** The same two documents printed by Chromium alone, without the pass (the handbook with its page numbers in the page). */
  raw: string;
}
const built = new Map<string, Example>();
let printer: Printer;

beforeAll(async () => {
  printer = new Printer(BROWSER, 90_000);
  const template = await loadTemplate('charter', ROOT);
  // The raw prints go through the browser a few at a time; the builds run as users run them.
  const rawPrinter = { print: (job: Parameters<Printer['print']>[0]) => printer.print(job) };
  await Promise.all(
    EXAMPLES.map(async (example) => {
      const out = await temporaryFolder(`charter-ua-${example}-`);
      const raw = await temporaryFolder(`charter-ua-raw-${example}-`);
      const result = await runBin(['build', `examples/${example}`, '--handbook', '--out', out, '--as-of', AS_OF], { timeoutMs: 200_000 });
      if (result.code !== 0) throw new Error(`build of ${example} exited ${result.code}: ${result.stderr}`);
      const found = await findCharter(`examples/${example}`, ROOT);
      if (!found.ok) throw new Error(found.message);
      const checked = await checkCharter(found.location, { asOf: AS_OF });
      // The page as the build renders it: with its language links when it has translations.
      const documents = await renderPublic(checked, template, editionsOf(checked)[0]!.languages);
      await writeFile(join(raw, 'charter.pdf'), (await printer.print(documents.printJob)).pdf);
      const outputs = new Set(['pdf'] as const);
      const handbook = await writeHandbook(startHandbook([checked], { outputs, template }, rawPrinter), { outDir: raw, outputs });
      if (handbook.failure) throw handbook.failure;
      built.set(example, { out, raw });
    }),
  );
}, 300_000);

afterAll(async () => {
  await printer?.close();
});

const bytes = async (file: string) => new Uint8Array(await readFile(file));

describe.each(EXAMPLES)('%s', (example) => {
  it.each(KINDS)('%s meets every requirement of the PDF/UA-1 checker', async (kind) => {
    const file = join(built.get(example)!.out, kind);
    const report = await checkPdfUa(await bytes(file));
    expect(report.ok, formatPdfUaReport(kind, report).join('\n')).toBe(true);
  });

  it.each(KINDS)('%s printed by Chromium without the pass fails the checker', async (kind) => {
    const report = await checkPdfUa(await bytes(join(built.get(example)!.raw, kind)));
    const failing = report.results.filter((r) => !r.ok).map((r) => r.requirement.id);
    expect(failing).toEqual(expect.arrayContaining(['content-marked', 'xmp-pdfua', 'xmp-title', 'role-map', 'link-contents', 'list-items']));
  });

  it.each(KINDS)('%s has the text of the PDF Chromium printed, read line by line and laid out', async (kind) => {
    const { out, raw } = built.get(example)!;
    expect(await pdfText(join(out, kind))).toBe(await pdfText(join(raw, kind)));
    expect(await pdfText(join(out, kind), { layout: true })).toBe(await pdfText(join(raw, kind), { layout: true }));
  });

  it('every other PDF the build wrote (each translation, the bilingual one) meets every requirement too', async () => {
    const { out } = built.get(example)!;
    const others = readdirSync(out).filter((name) => name.endsWith('.pdf') && !(KINDS as readonly string[]).includes(name));
    for (const name of others) {
      const report = await checkPdfUa(await bytes(join(out, name)));
      expect(report.ok, formatPdfUaReport(name, report).join('\n')).toBe(true);
    }
  });

  it("handbook.pdf: the page numbers the pass filled into the contents, and the bookmarks, are those of Chromium printing the numbers itself", async () => {
    const { out, raw } = built.get(example)!;
    const toc = async (dir: string) => [...(await pdfText(join(dir, 'handbook.pdf'), { first: 2, last: 2, layout: true })).matchAll(/^\s*\d+\.\s+(.+?)\s{2,}(\d+)\s*$/gm)].map((m) => `${m[1]!.trim()} ${m[2]}`);
    const numbers = await toc(out);
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(await toc(raw));
    const pages = async (dir: string) => readOutline(await readFile(join(dir, 'handbook.pdf'))).map((e) => e.page);
    expect(await pages(out)).toEqual(await pages(raw));
  });

  it('handbook.html has one h1 (the cover) and no heading level skipped on the way down', async () => {
    const html = await readFile(join(built.get(example)!.out, 'handbook.html'), 'utf8');
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} then h${level}`] : []));
    expect(skips).toEqual([]);
  });
});

describe('phone numbers', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(EXAMPLES)('%s: every tel: link in charter.html and handbook.html keeps to one line', async (example) => {
    let links = 0;
    for (const name of ['charter.html', 'handbook.html']) {
      const page = await browser!.newPage();
      try {
        await page.setJavaScriptEnabled(true);
        await page.setBypassCSP(true);
        await page.setContent(await readFile(join(built.get(example)!.out, name), 'utf8'), { waitUntil: 'load' });
        const found = await page.$$eval('a[href^="tel:"]', (anchors) => anchors.map((a) => ({ text: a.textContent ?? '', whiteSpace: getComputedStyle(a).whiteSpace, lines: a.getClientRects().length })));
        links += found.length;
        expect(found.filter((link) => link.whiteSpace !== 'nowrap' || link.lines !== 1), name).toEqual([]);
      } finally {
        await page.close();
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});

describe('npm run check:pdf', () => {
  const script = join(ROOT, 'scripts/check-pdf.mjs');
  const run = (...files: string[]) => spawnSync(process.execPath, [script, ...files], { encoding: 'utf8' });

  it('exit 0 and one line a file when every requirement is met', () => {
    const { out } = built.get(EXAMPLES[0]!)!;
    const result = run(join(out, 'charter.pdf'), join(out, 'handbook.pdf'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([`${join(out, 'charter.pdf')}: PDF/UA-1: 13 of 13 requirements met`, `${join(out, 'handbook.pdf')}: PDF/UA-1: 13 of 13 requirements met`]);
  });

  it('exit 1 and a line a requirement not met for a PDF printed without the pass', () => {
    const file = join(built.get(EXAMPLES[0]!)!.raw, 'charter.pdf');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/: PDF\/UA-1: \d+ of 13 requirements met, \d+ not\n/);
    expect(result.stdout).toMatch(/^ {2}content-marked \(ISO 14289-1 §7\.1, veraPDF 7\.1-3\): page 1: /m);
  });

  it('exit 2 and one clear line for a file that is missing or not a PDF, no stack trace', () => {
    for (const file of [join(ROOT, 'no-such.pdf'), join(ROOT, 'README.md')]) {
      const result = run(file);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('gives the PDF its date, and the same bytes on every build', async () => {
    const epoch = String(Date.parse(`${AS_OF}T00:00:00Z`) / 1000);
    const outs = [await temporaryFolder('charter-ua-repro-'), await temporaryFolder('charter-ua-repro-')];
    for (const out of outs) {
      const result = await runBin(['build', `examples/${EXAMPLES[0]}`, '--only', 'pdf', '--out', out], { env: { SOURCE_DATE_EPOCH: epoch }, timeoutMs: 90_000 });
      expect(result.code, result.stderr).toBe(0);
    }
    const [a, b] = await Promise.all(outs.map((out) => readFile(join(out, 'charter.pdf'))));
    expect(a!.toString('latin1')).toContain(`<xmp:CreateDate>${AS_OF}T00:00:00Z</xmp:CreateDate>`);
    expect(a!.toString('latin1')).toContain('/CreationDate (D:20261123000000Z)');
    expect(Buffer.compare(a!, b!)).toBe(0);
  });
});
