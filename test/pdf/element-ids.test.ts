// Structure element IDs after the PDF/UA pass. Chromium names each element after its DOM node, and
// the one process it prints in numbers DOM nodes across every page it has opened: the same page
// printed twice in one browser comes out with other IDs. The pass numbers them afresh, so one
// document gives one set of bytes (SOURCE_DATE_EPOCH) however many pages the browser printed
// before it, and a table's cells still name their header cells.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../src/pdf/pdf-objects.js';
import { toPdfUa } from '../../src/pdf/pdf-ua.js';
import { Printer } from '../../src/pdf/printer.js';
import type { PrintJob } from '../../src/pdf/print-service.js';
import { BROWSER } from '../helpers/browser.js';

const job: PrintJob = {
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our standards</title></head><body>
<h1>Our standards</h1>
<table><thead><tr><th scope="col">Standard</th><th scope="col">Target</th><th scope="col">Last result</th></tr></thead>
<tbody><tr><th scope="row">Calls</th><td>80% in 30 seconds</td><td>82%</td></tr>
<tr><th scope="row">Letters</th><td>95% in 10 days</td><td>91%</td></tr></tbody></table>
</body></html>`,
  paper: 'A4',
  headerTemplate: '<span></span>',
  footerTemplate: '<div style="font-size:8px">Page <span class="pageNumber"></span></div>',
};
const options = { producer: 'charter test', date: new Date('2026-11-23T00:00:00Z') };

let raw: Uint8Array[];
let finished: Uint8Array[];
let renumbered: number;
let printer: Printer;

beforeAll(async () => {
  printer = new Printer(BROWSER, 60_000);
  raw = [(await printer.print(job)).pdf, (await printer.print(job)).pdf];
  const passed = await Promise.all(raw.map((pdf) => toPdfUa(pdf, options)));
  finished = passed.map((p) => p.pdf);
  renumbered = passed[0]!.changes.elementIds;
}, 90_000);

afterAll(async () => {
  await printer?.close();
});

interface Ids {
  /** Each element's /ID, with the element. */
  elements: Map<string, PDFDict>;
  /** Every ID a table cell's /Headers names. */
  headers: string[];
  /** The IDTree's entries, in its order. */
  tree: Array<[string, PDFDict]>;
}

async function idsOf(pdf: Uint8Array): Promise<Ids> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const look = (o: PDFObject | undefined) => (o instanceof PDFRef ? context.lookup(o) : o);
  const items = (o: PDFObject | undefined): PDFObject[] => {
    const value = look(o);
    return value instanceof PDFArray ? value.asArray() : value === undefined ? [] : [value];
  };
  const ids: Ids = { elements: new Map(), headers: [], tree: [] };
  const root = look(doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
  const visit = (kids: PDFObject | undefined): void => {
    for (const kid of items(kids)) {
      const dict = look(kid);
      if (!(dict instanceof PDFDict) || !(dict.get(PDFName.of('S')) instanceof PDFName)) continue;
      const id = textOf(dict.get(PDFName.of('ID')));
      if (id !== undefined) ids.elements.set(id, dict);
      for (const attributes of items(dict.get(PDFName.of('A')))) {
        const a = look(attributes);
        if (a instanceof PDFDict) ids.headers.push(...items(a.get(PDFName.of('Headers'))).map((h) => textOf(h)!));
      }
      visit(dict.get(PDFName.of('K')));
    }
  };
  visit(root.get(PDFName.of('K')));
  const tree = (node: PDFObject | undefined): void => {
    const dict = look(node) as PDFDict | undefined;
    const names = items(dict?.get(PDFName.of('Names')));
    for (let i = 0; i + 1 < names.length; i += 2) ids.tree.push([textOf(names[i])!, look(names[i + 1]) as PDFDict]);
    for (const kid of items(dict?.get(PDFName.of('Kids')))) tree(kid);
  };
  tree(root.get(PDFName.of('IDTree')));
  return ids;
}

describe('structure element IDs', () => {
  it('the same page printed twice in one browser: the same bytes after the pass', () => {
    expect(Buffer.compare(Buffer.from(finished[0]!), Buffer.from(finished[1]!))).toBe(0);
  });

  it('are numbered from 1 in their order, and every table cell still names header cells that are there', async () => {
    const before = await idsOf(raw[0]!);
    const after = await idsOf(finished[0]!);
    expect(before.headers.length).toBeGreaterThan(0);
    expect(after.elements.size).toBe(before.elements.size);
    expect(renumbered).toBe(after.elements.size);
    expect([...after.elements.keys()].sort()).toEqual(Array.from({ length: after.elements.size }, (_, i) => `node${String(i + 1).padStart(8, '0')}`));
    // Each cell names the same header cells as before: the same elements, by their place in the tree.
    const place = (ids: Ids) => (id: string) => [...ids.elements.keys()].indexOf(id);
    expect(after.headers.map(place(after))).toEqual(before.headers.map(place(before)));
    expect(after.headers.every((id) => after.elements.get(id)?.get(PDFName.of('S'))?.toString() === '/TH')).toBe(true);
  });

  it('the IDTree: sorted, one entry per element, each naming the element with that ID', async () => {
    const after = await idsOf(finished[0]!);
    const keys = after.tree.map(([id]) => id);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(after.elements.size);
    for (const [id, element] of after.tree) expect(element, id).toBe(after.elements.get(id));
  });
});
