/**
 * Small readers over pdf-lib's object model, shared by the PDF/UA pass and its checker: names,
 * text strings, stream bytes, a page's content and the structure tree in reading order.
 */
import { promisify } from 'node:util';
import { inflate, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject, type PDFPageLeaf } from 'pdf-lib';

const inflateAsync = promisify(inflate);

export const key = (name: string): PDFName => PDFName.of(name);

export function nameOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFName ? object.decodeText() : undefined;
}

export function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

export function numberOf(object: PDFObject | undefined): number | undefined {
  return object instanceof PDFNumber ? object.asNumber() : undefined;
}

export function boolOf(object: PDFObject | undefined): boolean | undefined {
  return object instanceof PDFBool ? object.asBoolean() : undefined;
}

/** The object behind a reference (or the object itself). */
export function resolve(context: PDFContext, object: PDFObject | undefined): PDFObject | undefined {
  return object instanceof PDFRef ? context.lookup(object) : object;
}

export function dictOf(context: PDFContext, object: PDFObject | undefined): PDFDict | undefined {
  const value = resolve(context, object);
  return value instanceof PDFDict ? value : undefined;
}

export function arrayOf(context: PDFContext, object: PDFObject | undefined): PDFArray | undefined {
  const value = resolve(context, object);
  return value instanceof PDFArray ? value : undefined;
}

/** An array's items, or the one object when it is not an array (as /K and /Contents may be). */
export function itemsOf(context: PDFContext, object: PDFObject | undefined): PDFObject[] {
  if (object === undefined) return [];
  const value = resolve(context, object);
  return value instanceof PDFArray ? value.asArray() : [object];
}

/** Whether Node's zlib can decode a stream alone: Flate, the only filter Chromium uses, without predictors. */
function plainFlate(stream: PDFRawStream): boolean {
  const filter = stream.dict.get(key('Filter'));
  const flate = filter instanceof PDFName ? filter.decodeText() === 'FlateDecode' : filter instanceof PDFArray && filter.size() === 1 && nameOf(filter.get(0)) === 'FlateDecode';
  return flate && !stream.dict.has(key('DecodeParms'));
}

/**
 * A stream's decoded bytes. Chromium compresses with Flate alone, which Node's zlib undoes several
 * times faster than pdf-lib's JavaScript inflater; pdf-lib decodes every other filter, and any
 * stream zlib refuses (a truncated one, say), reading what it can.
 */
export function streamBytes(stream: PDFStream): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  if (plainFlate(stream)) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // pdf-lib below.
    }
  }
  return decodePDFRawStream(stream).decode();
}

/** streamBytes, with zlib working on its own threads: the pages of a document are inflated side by side. */
async function streamBytesAsync(stream: PDFStream): Promise<Uint8Array> {
  if (stream instanceof PDFRawStream && plainFlate(stream)) {
    try {
      return await inflateAsync(stream.contents);
    } catch {
      // streamBytes falls back to pdf-lib.
    }
  }
  return streamBytes(stream);
}

/** A page's content streams: an array of streams is one stream split anywhere between tokens. */
function contentStreams(context: PDFContext, page: PDFPageLeaf): PDFStream[] {
  return itemsOf(context, page.get(key('Contents')))
    .map((item) => resolve(context, item))
    .filter((part): part is PDFStream => part instanceof PDFStream);
}

/** A page's content as one latin1 string (one character a byte). */
export function pageContent(context: PDFContext, page: PDFPageLeaf): string {
  return contentStreams(context, page)
    .map((part) => Buffer.from(streamBytes(part)).toString('latin1'))
    .join('\n');
}

export async function pageContentAsync(context: PDFContext, page: PDFPageLeaf): Promise<string> {
  const parts = await Promise.all(contentStreams(context, page).map((part) => streamBytesAsync(part)));
  return parts.map((bytes) => Buffer.from(bytes).toString('latin1')).join('\n');
}

/** PDF 1.7's standard structure types (ISO 32000-1 §14.8.4): the ones that need no RoleMap. */
export const STANDARD_STRUCTURE_TYPES: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

export interface StructElement {
  dict: PDFDict;
  /** Its object reference (Chromium writes every element as an indirect object). */
  ref: PDFRef | undefined;
  /** The /S entry as written. */
  type: string;
  /** The standard type it stands for, through the RoleMap; undefined when it reaches none. */
  role: string | undefined;
  parent: StructElement | undefined;
  /** The page its marked-content kids are on, unless a kid says otherwise (/Pg, inherited). */
  page: PDFRef | undefined;
  /** Nesting depth below the StructTreeRoot (its kids are 0). */
  depth: number;
}

/** Follows the RoleMap from a type to a standard type; undefined for a type that reaches none, or a loop. */
export function roleOf(type: string, roleMap: ReadonlyMap<string, string>): string | undefined {
  const seen = new Set<string>();
  let current = type;
  while (!STANDARD_STRUCTURE_TYPES.has(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = roleMap.get(current);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

export function readRoleMap(context: PDFContext, root: PDFDict): Map<string, string> {
  const map = new Map<string, string>();
  const dict = dictOf(context, root.get(key('RoleMap')));
  for (const [name, value] of dict?.entries() ?? []) {
    const target = nameOf(resolve(context, value));
    if (target !== undefined) map.set(name.decodeText(), target);
  }
  return map;
}

/** The document's structure elements in reading order (depth first, by /K), each once. */
export function structElements(context: PDFContext, root: PDFDict): StructElement[] {
  const roleMap = readRoleMap(context, root);
  const out: StructElement[] = [];
  const seen = new Set<PDFDict>();
  const visit = (kids: PDFObject | undefined, parent: StructElement | undefined, page: PDFRef | undefined, depth: number): void => {
    for (const kid of itemsOf(context, kids)) {
      const dict = dictOf(context, kid);
      // Marked-content references (/MCR), object references (/OBJR) and bare MCIDs are content, not elements.
      if (!dict || seen.has(dict) || !(dict.get(key('S')) instanceof PDFName)) continue;
      seen.add(dict);
      const type = nameOf(dict.get(key('S')))!;
      const pg = dict.get(key('Pg'));
      const element: StructElement = { dict, ref: kid instanceof PDFRef ? kid : undefined, type, role: roleOf(type, roleMap), parent, page: pg instanceof PDFRef ? pg : page, depth };
      out.push(element);
      visit(dict.get(key('K')), element, element.page, depth + 1);
    }
  };
  visit(root.get(key('K')), undefined, undefined, 0);
  return out;
}

/** The entries of a number tree (§7.9.7), such as the ParentTree: key -> value, from /Nums and /Kids. */
export function numberTree(context: PDFContext, node: PDFDict | undefined, into = new Map<number, PDFObject>(), seen = new Set<PDFDict>()): Map<number, PDFObject> {
  if (!node || seen.has(node)) return into;
  seen.add(node);
  const nums = arrayOf(context, node.get(key('Nums')));
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const k = numberOf(nums.get(i));
    if (k !== undefined) into.set(k, nums.get(i + 1));
  }
  for (const kid of arrayOf(context, node.get(key('Kids')))?.asArray() ?? []) numberTree(context, dictOf(context, kid), into, seen);
  return into;
}
