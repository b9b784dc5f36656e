import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';
import { pdfFacts, pdfText as readPdfText } from '../helpers/pdf.js';
import { runBin } from '../helpers/run-cli.js';
import { readSource, staffOnlyStrings } from '../helpers/staff-strings.js';

const EXAMPLES = ['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'];

/** Whitespace folded, so text wrapped by the PDF compares with text from the YAML. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
// A word hyphenated at a line end ("stadtwerke-\nlindenau") reads as two pieces, so hyphens go too.
const squash = (text: string) => text.replace(/[\s\-\u00ad]+/g, '');

function pdfText(file: string, page?: number, layout = false): Promise<string> {
  return readPdfText(file, { ...(page === undefined ? {} : { first: page, last: page }), layout });
}

async function pdfPages(file: string): Promise<number> {
  return (await pdfFacts(file)).pages;
}

function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&nbsp;/g, '\u00a0');
}

describe.each(EXAMPLES)('the staff handbook of %s', (example) => {
  let out: string;
  let staff: string[];
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), `charter-handbook-${example}-`));
    const result = await runBin(['build', `examples/${example}`, '--handbook', '--out', out, '--as-of', '2026-11-23'], { timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    staff = staffOnlyStrings(await readSource(join(ROOT, 'examples', example))).filter((text) => text.length >= 20);
    expect(staff.length).toBeGreaterThan(3);
  }, 150_000);

  it('no staff-only string reaches a public output', async () => {
    const publicTexts = {
      'charter.html': fold(decodeEntities(await readFile(join(out, 'charter.html'), 'utf8'))),
      'charter.pdf': squash(await pdfText(join(out, 'charter.pdf'))),
      'summary.txt': fold(await readFile(join(out, 'summary.txt'), 'utf8')),
      'summary.html': fold(decodeEntities(await readFile(join(out, 'summary.html'), 'utf8'))),
    };
    for (const text of staff) {
      for (const [file, content] of Object.entries(publicTexts)) {
        const needle = file.endsWith('.pdf') ? squash(text) : text;
        expect(content.includes(needle), `${file} contains staff text: ${text}`).toBe(false);
      }
    }
  });

  it('every staff-only string is in the handbook, HTML and PDF', async () => {
    const html = fold(decodeEntities(await readFile(join(out, 'handbook.html'), 'utf8')));
    const pdf = squash(await pdfText(join(out, 'handbook.pdf')));
    for (const text of staff) {
      expect(html.includes(text), `handbook.html lacks: ${text}`).toBe(true);
      expect(pdf.includes(squash(text)), `handbook.pdf lacks: ${text}`).toBe(true);
    }
  });

  it('has a cover, a table of contents, the induction checklist and a sign-off page', async () => {
    const html = await readFile(join(out, 'handbook.html'), 'utf8');
    expect(html).toMatch(/<header class="cover">/);
    expect(html).toMatch(/<nav class="toc" aria-labelledby="toc-heading">/);
    expect(html).toMatch(/<ul class="checklist">/);
    expect(html).toMatch(/id="sign-off"/);
    const last = await pdfText(join(out, 'handbook.pdf'), await pdfPages(join(out, 'handbook.pdf')));
    expect(last).toMatch(/Sign-off|Bestätigung|Unterschrift/);
  });

  it("the PDF's table of contents gives the pages where the headings really are", async () => {
    const pdf = join(out, 'handbook.pdf');
    const pages = await pdfPages(pdf);
    const tocPage = await pdfText(pdf, 2, true);
    // Lines like "  6. Our service standards      4" in the table of contents.
    const entries = [...tocPage.matchAll(/^\s*\d+\.\s+(.+?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
  // Every entry has its number: none left blank.
  expect(entries.length).toBe([...tocPage.matchAll(/^\s*\d+\.\s+\S/gm)].length);
    expect(entries.length).toBeGreaterThan(10);
    let checked = 0;
    for (const entry of entries) {
      expect(entry.page).toBeGreaterThanOrEqual(3);
      expect(entry.page).toBeLessThanOrEqual(pages);
      // The heading's text is on that page (a long title may wrap, so compare without spaces).
      expect(squash(await pdfText(pdf, entry.page)), `"${entry.title}" on page ${entry.page}`).toContain(squash(entry.title));
      checked++;
    }
    expect(checked).toBe(entries.length);
  });
});

describe('several charters in one handbook', () => {
  it('gives one handbook with one table of contents and a part per charter', async () => {
    const out = await mkdtemp(join(tmpdir(), 'charter-handbook-many-'));
    const result = await runBin(['build', ...EXAMPLES.map((e) => `examples/${e}`), '--handbook', '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(out, 'handbook.html'), 'utf8');
    expect(html.match(/<nav class="toc"/g)).toHaveLength(1);
    expect(html.match(/<article class="part"/g)).toHaveLength(3);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size, 'element ids are unique across parts').toBe(ids.length);
  });
});

/** Every entry of the handbook's table of contents names a page on which its heading is. */
async function contentsAreRight(pdf: string): Promise<number> {
  const pages = await pdfPages(pdf);
  const tocPage = await pdfText(pdf, 2, true);
  const entries = [...tocPage.matchAll(/^\s*\d+\.\s+(.+?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
  // Every entry has its number: none left blank.
  expect(entries.length).toBe([...tocPage.matchAll(/^\s*\d+\.\s+\S/gm)].length);
  for (const entry of entries) {
    expect(entry.page).toBeLessThanOrEqual(pages);
    expect(squash(await pdfText(pdf, entry.page)), `"${entry.title}" on page ${entry.page}`).toContain(squash(entry.title));
  }
  return entries.length;
}

type PrintService = import('../../src/pdf/print-service.js').PrintService;

/** `buildCharters` with --handbook, as `charter build` runs it, through the given printer; fails the test on any failure. */
async function buildWithHandbook(folder: string, out: string, printer: PrintService, outputs: ReadonlyArray<'html' | 'pdf'> = ['html', 'pdf']): Promise<void> {
  const { buildCharters } = await import('../../src/build/build-charters.js');
  const { loadTemplate } = await import('../../src/render/template.js');
  const { findCharter } = await import('../../src/source/find-charter.js');
  const found = await findCharter(folder, ROOT);
  if (!found.ok) throw new Error(found.message);
  const report = await buildCharters([found.location], { asOf: '2026-11-23', outDir: out, outputs: new Set(outputs), template: await loadTemplate('charter', ROOT), concurrency: 3, handbook: true }, printer);
  expect(report.failures).toEqual([]);
}

describe('when the handbook is printed', () => {
  it('is printed once on every build of a --watch, its contents right whether or not its headings moved', async () => {
    const { cp, writeFile } = await import('node:fs/promises');
    const { LazyPrinter } = await import('../../src/pdf/lazy-printer.js');
    const folder = await mkdtemp(join(tmpdir(), 'charter-handbook-watch-'));
    await cp(join(ROOT, 'examples/brightwater-plumbing'), folder, { recursive: true });
    // One printer for every build, as --watch keeps it.
    const real = new LazyPrinter({ env: process.env }, 60_000, { keepPageReady: true });
    let prints: string[] = [];
    const recording = {
      print: async (job: Parameters<PrintService['print']>[0]) => {
        const result = await real.print(job);
        prints.push(job.fillIn ? `fill ${result.filledIn}` : 'print');
        return result;
      },
    };
    const out = join(folder, 'out');
    const build = async () => {
      prints = [];
      await buildWithHandbook(folder, out, recording);
      return [...prints].sort();
    };
    try {
      expect(await build()).toEqual(['fill true', 'print']);
      expect(await contentsAreRight(join(out, 'handbook.pdf'))).toBeGreaterThan(10);
      expect(await build()).toEqual(['fill true', 'print']);
      // Two pages of text early on move every later heading: still one print, with the new pages.
      const before = await pdfText(join(out, 'handbook.pdf'), 2, true);
      const narrative = await readFile(join(folder, 'narrative.md'), 'utf8');
      const long = `\n\n${'We answer every call ourselves, and we write down what we promised so that nobody has to ask twice. '.repeat(60)}\n\n`;
      const at = narrative.indexOf('\n## ', narrative.indexOf('\n## ') + 1);
      await writeFile(join(folder, 'narrative.md'), `${narrative.slice(0, at)}${long}${narrative.slice(at)}`);
      expect(await build()).toEqual(['fill true', 'print']);
      expect(await pdfText(join(out, 'handbook.pdf'), 2, true)).not.toBe(before);
      expect(await contentsAreRight(join(out, 'handbook.pdf'))).toBeGreaterThan(10);
    } finally {
      await real.close();
    }
  }, 180_000);

  it('is printed once, beside the public PDF, its page numbers filled into that print; the PDF has its header, footer and PDF/UA pass', async () => {
    const { LazyPrinter } = await import('../../src/pdf/lazy-printer.js');
    const real = new LazyPrinter({ env: process.env }, 60_000);
    const events: string[] = [];
    const recording = {
      print: async (job: Parameters<PrintService['print']>[0]) => {
        const what = job.fillIn ? 'handbook' : 'public';
        events.push(`start ${what}`);
        const result = await real.print(job);
        events.push(`end ${what}${result.filledIn ? ' filled' : ''}`);
        return result;
      },
    };
    const out = await mkdtemp(join(tmpdir(), 'charter-handbook-order-'));
    try {
      await buildWithHandbook(join(ROOT, 'examples/brightwater-plumbing'), out, recording);
    } finally {
      await real.close();
    }
    // Two prints: the public PDF and the handbook, whose numbers were filled in.
    expect(events.filter((e) => e.startsWith('start'))).toHaveLength(2);
    expect(events).toContain('end handbook filled');
    // The handbook starts before the public PDF is done.
    expect(events.indexOf('start handbook')).toBeLessThan(events.indexOf('end public'));
    const written = (await import('node:fs')).readdirSync(out).sort();
    expect(written).toEqual(expect.arrayContaining(['charter.pdf', 'handbook.html', 'handbook.pdf']));
    const handbook = join(out, 'handbook.pdf');
    expect(await contentsAreRight(handbook)).toBeGreaterThan(10);
    expect(await pdfText(handbook)).not.toMatch(/\b888\b/);
    const facts = await pdfFacts(handbook);
    expect(facts.producer).toMatch(/^charter /); // through the PDF/UA pass
    expect(await pdfText(handbook, 2)).toMatch(/Page 2 of \d+/); // the running footer
  }, 120_000);

  it('when the numbers cannot be filled in, prints it again with them in the page: the same handbook, word for word', async () => {
    const { LazyPrinter } = await import('../../src/pdf/lazy-printer.js');
    const real = new LazyPrinter({ env: process.env }, 60_000);
    const build = async (refuse: boolean) => {
      const prints: string[] = [];
      const printer = {
        // Refusing: the pass is told to look for a placeholder the page does not hold, so it finds none to fill.
        print: async (job: Parameters<PrintService['print']>[0]) => {
          const fillIn = job.fillIn && refuse ? { ...job.fillIn, placeholder: '777' } : job.fillIn;
          const result = await real.print({ ...job, ...(fillIn ? { fillIn } : {}) });
          prints.push(job.fillIn ? `fill ${result.filledIn}` : 'print');
          return result;
        },
      };
      const out = await mkdtemp(join(tmpdir(), 'charter-handbook-fallback-'));
      await buildWithHandbook(join(ROOT, 'examples/riverside-council'), out, printer, ['pdf']);
      return { prints: prints.sort(), handbook: join(out, 'handbook.pdf') };
    };
    try {
      const filled = await build(false);
      const printedTwice = await build(true);
      expect(filled.prints).toEqual(['fill true', 'print']);
      expect(printedTwice.prints).toEqual(['fill false', 'print', 'print']);
      expect(await contentsAreRight(printedTwice.handbook)).toBeGreaterThan(15);
      expect(await pdfText(filled.handbook, undefined, true)).toBe(await pdfText(printedTwice.handbook, undefined, true));
      expect(await pdfPages(filled.handbook)).toBe(await pdfPages(printedTwice.handbook));
    } finally {
      await real.close();
    }
  }, 180_000);
});
