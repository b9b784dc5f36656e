// PDFs read the way a reader's tools read them, with an npm library (pdf.js, Firefox's PDF engine)
// so the tests need nothing but `npm ci`: the text of pages, the document's facts.
import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface PdfFacts {
  pages: number;
  title: string;
  author: string;
  creator: string;
  producer: string;
  /** The document says it is tagged (MarkInfo /Marked true). */
  tagged: boolean;
  /** The first page's size in points. */
  width: number;
  height: number;
}

export interface TextOptions {
  /** 1-based, inclusive. */
  first?: number;
  last?: number;
  /** Keep the horizontal gaps between words as runs of spaces (like pdftotext -layout), so columns can be told apart. */
  layout?: boolean;
}

async function open(file: string | Uint8Array): Promise<PDFDocumentProxy> {
  const data = typeof file === 'string' ? new Uint8Array(await readFile(file)) : new Uint8Array(file);
  return getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
}

export async function pdfFacts(file: string | Uint8Array): Promise<PdfFacts> {
  const pdf = await open(file);
  try {
    const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
    const mark = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    const [, , width, height] = (await pdf.getPage(1)).view as [number, number, number, number];
    const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : '');
    return { pages: pdf.numPages, title: text('Title'), author: text('Author'), creator: text('Creator'), producer: text('Producer'), tagged: mark?.Marked === true, width, height };
  } finally {
    await pdf.destroy();
  }
}

/** The text of the pages, line by line in reading order, pages separated by a form feed (as pdftotext does). */
export async function pdfText(file: string | Uint8Array, options: TextOptions = {}): Promise<string> {
  const pdf = await open(file);
  try {
    const first = Math.max(1, options.first ?? 1);
    const last = Math.min(pdf.numPages, options.last ?? pdf.numPages);
    const pages: string[] = [];
    for (let number = first; number <= last; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const items = logicalOrder(content.items.filter((item): item is TextItem => 'str' in item));
      pages.push(options.layout ? pageLines(items).join('\n') : streamText(items));
    }
    return `${pages.join('\n\f')}\n`;
  } finally {
    await pdf.destroy();
  }
}

/**
 * pdf.js gives right-to-left text (Hebrew, Arabic) in the order it is drawn, right to left: each
 * run of it is turned back to reading order, so a test finds "שלום עולם" as it was written.
 */
function logicalOrder(items: readonly TextItem[]): TextItem[] {
  const ordered: TextItem[] = [];
  for (let i = 0; i < items.length; ) {
    if (items[i]!.dir !== 'rtl') {
      ordered.push(items[i++]!);
      continue;
    }
    let end = i;
    // The run goes on over spaces between right-to-left pieces.
    while (end + 1 < items.length && (items[end + 1]!.dir === 'rtl' || (items[end + 1]!.str.trim() === '' && items[end + 2]?.dir === 'rtl'))) end++;
    ordered.push(...items.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return ordered;
}

/**
 * The text in the order it was drawn, as pdftotext gives it by default: a table cell's lines stay
 * together even where the next column's text sits on the same baseline.
 */
function streamText(items: readonly TextItem[]): string {
  let text = '';
  let previous: TextItem | undefined;
  for (const item of items) {
    if (previous) {
      const sameLine = Math.abs((previous.transform[5] as number) - (item.transform[5] as number)) < 1;
      if (previous.hasEOL || !sameLine) text += '\n';
      else if ((item.transform[4] as number) - ((previous.transform[4] as number) + previous.width) > 1 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    }
    text += item.str;
    previous = item;
  }
  return text.replace(/[ \t]+\n/g, '\n');
}

/** Items on one baseline make a line; lines top to bottom, items left to right, gaps as runs of spaces. */
function pageLines(items: readonly TextItem[]): string[] {
  const placed = items
    // A run of spaces is a gap, not text: leaving it out lets the gap be measured.
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || 10 }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<typeof placed> = [];
  for (const item of placed) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) <= Math.max(2, item.size * 0.3)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | undefined;
    for (const item of line) {
      if (end !== undefined) {
        const gap = item.x - end;
        const space = item.size * 0.25;
        if (gap > space) text += ' '.repeat(Math.max(1, Math.round(gap / (item.size * 0.5))));
        else if (gap > space * 0.4 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
      }
      text += item.text;
      end = item.x + item.width;
    }
    return text.replace(/\s+$/, '');
  });
}
