/**
 * Reads the bookmarks (outline) of a PDF that Chromium wrote: each heading's title and the page
 * it lands on. Used for the handbook's table of contents: print once, read where each heading
 * fell, fill the page numbers in, print again. Chromium writes the object structure uncompressed
 * (only content streams are compressed), so a small reader suffices.
 */
import { literalBytes } from './content-stream.js';

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
  depth: number;
}

export function readOutline(pdf: Uint8Array): OutlineEntry[] {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\s)(\d+) 0 obj\s*(<<[\s\S]*?)\bendobj/g)) {
    const body = match[2]!;
    const streamAt = body.indexOf('stream');
    objects.set(Number(match[1]), streamAt >= 0 ? body.slice(0, streamAt) : body);
  }
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (!catalog) return [];
  const pageIndex = new Map<number, number>();
  const walkPages = (ref: number | undefined): void => {
    const node = ref === undefined ? undefined : objects.get(ref);
    if (!node) return;
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walkPages(Number(kid[1]));
    } else {
      pageIndex.set(ref!, pageIndex.size + 1);
    }
  };
  walkPages(reference(catalog, 'Pages'));

  const entries: OutlineEntry[] = [];
  const walkOutline = (ref: number | undefined, depth: number): void => {
    let current = ref;
    const seen = new Set<number>();
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const item = objects.get(current);
      if (!item) return;
      const page = /\/Dest\s*\[\s*(\d+) 0 R/.exec(item);
      const title = readTitle(item);
      if (page && title !== undefined) entries.push({ title, page: pageIndex.get(Number(page[1])) ?? 0, depth });
      walkOutline(reference(item, 'First'), depth + 1);
      current = reference(item, 'Next');
    }
  };
  const outlines = reference(catalog, 'Outlines');
  if (outlines !== undefined) walkOutline(reference(objects.get(outlines) ?? '', 'First'), 0);
  return entries;
}

/** Letters and digits only, lower case: outline titles lose spaces where a heading wrapped. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The page of each wanted heading, matched in document order against the outline (titles may
 * repeat across the parts of a handbook, so each match starts after the previous one).
 */
export function pagesOfHeadings(outline: readonly OutlineEntry[], headings: readonly string[]): Array<number | undefined> {
  let from = 0;
  return headings.map((heading) => {
    const wanted = normaliseTitle(heading);
    for (let i = from; i < outline.length; i++) {
      if (normaliseTitle(outline[i]!.title) === wanted) {
        from = i + 1;
        return outline[i]!.page;
      }
    }
    return undefined;
  });
}

function reference(body: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body);
  return match ? Number(match[1]) : undefined;
}

function readTitle(body: string): string | undefined {
  const start = body.indexOf('/Title');
  if (start < 0) return undefined;
  const rest = body.slice(start + 6).trimStart();
  if (rest.startsWith('<')) {
    const hex = /^<([0-9A-Fa-f\s]*)>/.exec(rest)?.[1]?.replace(/\s/g, '') ?? '';
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  if (!rest.startsWith('(')) return undefined;
  let out: string;
  try {
    out = literalBytes(rest, 0);
  } catch {
    return undefined; // unterminated: no title
  }
  // A literal string that starts with a byte-order mark is UTF-16BE.
  if (out.startsWith('\u00fe\u00ff')) return Buffer.from(out.slice(2), 'latin1').swap16().toString('utf16le');
  return Buffer.from(out, 'latin1').toString('utf8');
}
