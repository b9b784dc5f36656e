// The PDF/UA pass on a small document that Chromium prints with everything the pass has to fix: a
// heading that wraps, links, a list, Strong and Em, a figure, the header and footer templates.
// The same print is checked before and after the pass, by the checker and by a second reader
// (pdf.js, Firefox's engine: its text and its structure tree), so the checker is seen to fail on
// what Chromium writes and to pass on what charter writes.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../src/pdf/outline.js';
import { Printer } from '../../src/pdf/printer.js';
import { checkPdfUa, formatPdfUaReport } from '../../src/pdf/pdf-ua-check.js';
import { toPdfUa } from '../../src/pdf/pdf-ua.js';
import type { PrintJob } from '../../src/pdf/print-service.js';
import { PACKAGE_INFO } from '../../src/util/package-info.js';
import { BROWSER } from '../helpers/browser.js';
import { pdfFacts, pdfText } from '../helpers/pdf.js';

const HEADING = 'Brightwater Plumbing and Heating: our promise to you';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const job: PrintJob = {
  html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${HEADING}</title>
<style>h1 { width: 14em; font-size: 28px; }</style></head><body>
<h1>${HEADING}</h1>
<p>Call us on <a href="tel:01134960184">0113 496 0184</a> or read <a href="https://brightwater.example/terms">our <strong>full</strong> terms</a>.</p>
<h2>What we promise</h2>
<ul><li>We <em>always</em> call back <strong>within one hour</strong>.</li><li><p>We arrive on time.</p><p>Or we tell you why.</p></li></ul>
<ol><li>Ring us</li><li>Write to us</li></ol>
<h3>Our results</h3>
<p><img alt="Calls answered within 60 seconds, by month" width="40" height="40" src="data:image/png;base64,${PNG}"></p>
</body></html>`,
  paper: 'A4',
  headerTemplate: '<div style="font-size:8px; width:100%; text-align:center">Brightwater · our promise to you</div>',
  footerTemplate: '<div style="font-size:8px; width:100%; text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
};
const DATE = new Date('2026-11-23T00:00:00Z');

let raw: Uint8Array;
let finished: Uint8Array;
let printer: Printer;

beforeAll(async () => {
  printer = new Printer(BROWSER, 60_000);
  raw = (await printer.print(job)).pdf;
  finished = (await toPdfUa(raw, { producer: `charter ${PACKAGE_INFO.version}`, date: DATE })).pdf;
}, 90_000);

afterAll(async () => {
  await printer?.close();
});

const failing = async (pdf: Uint8Array) => (await checkPdfUa(pdf)).results.filter((r) => !r.ok).map((r) => r.requirement.id);

describe('the checker on what Chromium prints', () => {
  it('fails it: content outside marked content, no XMP, Strong and Em not role-mapped, links without /Contents, list items not Lbl/LBody', async () => {
    expect(await failing(raw)).toEqual(['content-marked', 'xmp-pdfua', 'xmp-title', 'role-map', 'link-contents', 'list-items']);
  });

  it('says so in one line a requirement, naming the first places', async () => {
    const lines = formatPdfUaReport('raw.pdf', await checkPdfUa(raw));
    expect(lines[0]).toBe('raw.pdf: PDF/UA-1: 7 of 13 requirements met, 6 not');
    expect(lines.find((l) => l.startsWith('  role-map'))).toMatch(/^ {2}role-map \(ISO 14289-1 §7\.1, veraPDF 7\.1-4, 7\.1-5\): (Em|Strong) \(\d+×\) is not a standard type/);
    expect(lines.find((l) => l.startsWith('  link-contents'))).toContain('link to tel:01134960184 has no /Contents');
  });
});

describe('the pass', () => {
  it('makes it meet every requirement', async () => {
    const report = await checkPdfUa(finished);
    expect(report.ok, formatPdfUaReport('finished.pdf', report).join('\n')).toBe(true);
  });

  it('changes no text: pdf.js reads the same, line by line and laid out', async () => {
    expect(await pdfText(finished)).toBe(await pdfText(raw));
    expect(await pdfText(finished, { layout: true })).toBe(await pdfText(raw, { layout: true }));
    expect(await pdfText(finished)).toContain('Page 1 of 1');
  });

  it("puts the space back in the wrapped heading's bookmark, and keeps every bookmark's page", () => {
    const before = readOutline(raw);
    const after = readOutline(finished);
    expect(after.map((e) => [e.page, e.depth])).toEqual(before.map((e) => [e.page, e.depth]));
    expect(before[0]!.title).not.toBe(HEADING);
    expect(after[0]!.title).toBe(HEADING);
    expect(after.map((e) => e.title)).toEqual([HEADING, 'What we promise', 'Our results']);
  });

  it('gives each link annotation its link\'s whole text as /Contents (Chromium writes one a run: "our ", "full", " terms")', async () => {
    const doc = await PDFDocument.load(finished);
    const contents = doc.getPages()[0]!.node.Annots()!.asArray().map((ref) => {
      const annotation = doc.context.lookup(ref) as PDFDict;
      return (annotation.lookup(PDFName.of('Contents')) as PDFHexString | PDFString).decodeText();
    });
    expect(contents[0]).toBe('0113 496 0184');
    expect(contents.length).toBeGreaterThan(2);
    expect(contents.slice(1)).toEqual(contents.slice(1).map(() => 'our full terms'));
  });

  it('writes the XMP, /Info and catalog entries PDF/UA asks for, with the given date', async () => {
    const doc = await PDFDocument.load(finished, { updateMetadata: false });
    const xmp = Buffer.from((doc.context.lookup(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream).contents).toString('utf8');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${HEADING}</rdf:li>`);
    expect(xmp).toContain('<rdf:li>en-GB</rdf:li>');
    expect(xmp).toContain(`<pdf:Producer>charter ${PACKAGE_INFO.version}</pdf:Producer>`);
    expect(xmp).toContain('<xmp:CreateDate>2026-11-23T00:00:00Z</xmp:CreateDate>');
    expect(doc.getCreationDate()?.toISOString()).toBe(DATE.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(DATE.toISOString());
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    const facts = await pdfFacts(finished);
    expect([facts.creator, facts.producer, facts.title]).toEqual([`charter ${PACKAGE_INFO.version}`, `charter ${PACKAGE_INFO.version}`, HEADING]);
    expect((await pdfFacts(raw)).creator).toMatch(/Chrom/); // HeadlessChrome's user agent, or Chromium's headless shell
    expect(Buffer.from(finished.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
  });

  it('gives the same bytes for the same print and date (reproducible builds)', async () => {
    const again = (await toPdfUa(raw, { producer: `charter ${PACKAGE_INFO.version}`, date: DATE })).pdf;
    expect(Buffer.compare(Buffer.from(again), Buffer.from(finished))).toBe(0);
  });

  it("keeps the structure tree whole for another reader: pdf.js finds each list item's content in its LBody", async () => {
    const roles = async (pdf: Uint8Array) => {
      const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
      try {
        const tree = (await (await doc.getPage(1)).getStructTree()) as unknown as Node;
        const items: string[][] = [];
        const texts: string[] = [];
        const walk = (node: Node) => {
          if (node.role === 'LI') items.push((node.children ?? []).map((child) => child.role ?? 'content'));
          if (node.role === 'LBody') texts.push(JSON.stringify(node.children?.length ?? 0));
          for (const child of node.children ?? []) walk(child);
        };
        walk(tree);
        return { items, bodies: texts.length };
      } finally {
        await doc.destroy();
      }
    };
    interface Node {
      role?: string;
      children?: Node[];
    }
    const before = await roles(raw);
    const after = await roles(finished);
    expect(before.items.length).toBe(4);
    expect(before.items.some((kids) => kids.some((role) => role !== 'Lbl' && role !== 'LBody'))).toBe(true);
    expect(after.items).toEqual(before.items.map(() => ['Lbl', 'LBody']));
    expect(after.bodies).toBe(4);
  });

  it('a PDF that is not one is one clear error', async () => {
    await expect(toPdfUa(new TextEncoder().encode('not a pdf'), { producer: 'charter' })).rejects.toThrow(/^could not make the printed PDF accessible \(PDF\/UA-1\): [^\n]+$/);
    await expect(checkPdfUa(new TextEncoder().encode('not a pdf'))).rejects.toThrow(/^not a PDF that can be read/);
  });
});
