/**
 * Makes a PDF that Chromium printed conform to PDF/UA-1 (ISO 14289-1), the standard that
 * accessibility auditors check PDFs against. Chromium tags the page and writes bookmarks; this
 * pass adds what it leaves out:
 *
 * - the header, footer and background, drawn outside any marked content, become Artifacts
 *   (artifacts.ts; with the page numbers a job asks for (fill-in.ts), the only edits of content streams);
 * - XMP metadata: pdfuaid:part 1, dc:title, dc:language, pdf:Producer, the dates;
 * - a RoleMap for the structure types that PDF 1.7 does not know (Chromium writes PDF 2.0's
 *   Strong and Em into a PDF 1.7 tree);
 * - list items made of Lbl and LBody only (Chromium puts the item's content in the LI itself);
 * - /Contents on every link annotation, from the link's text;
 * - structure element IDs numbered from 1, not after the browser's DOM nodes (renumberElementIds);
 * - bookmark titles with the space where a heading wrapped ("our promise toyou");
 * - /PageMode /UseOutlines, /DisplayDocTitle, /MarkInfo, and charter as Creator and Producer
 *   instead of Chrome's user agent.
 *
 * pdf-lib does the object-level work. The objects are written back one by one, not packed into
 * object streams, as Chromium writes them: outline.ts still reads the bookmarks with its small
 * reader.
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';
import { artifactFacts, markArtifacts } from './artifacts.js';
import { fillFont, fillIn, type FillFont } from './fill-in.js';
import { scanContent } from './content-stream.js';
import { joinRuns, textCollector, type TextRun } from './marked-text.js';
import { normaliseTitle } from './outline.js';
import { arrayOf, dictOf, itemsOf, key, nameOf, numberOf, numberTree, pageContentAsync, resolve, roleOf, streamBytes, structElements, textOf, readRoleMap, type StructElement } from './pdf-objects.js';
import { parseToUnicode, type ToUnicode } from './to-unicode.js';

export interface PdfUaOptions {
  /** Names the software in /Producer, /Creator and the XMP: "charter 0.1.0". */
  producer: string;
  /** The creation and modification date (SOURCE_DATE_EPOCH, for reproducible bytes); Chromium's when absent. */
  date?: Date | undefined;
  /**
   * Numbers to fill in for a placeholder printed in their place (fill-in.ts): the handbook's page
   * numbers. When they cannot be filled in exactly, the pass stops at once and says so
   * (changes.filled false), and the PDF it returns is the one it was given.
   */
  fill?: { placeholder: string; values: readonly string[] } | undefined;
}

/** What the pass changed, for the tests and the benchmark. */
export interface PdfUaChanges {
  artifacts: number;
  /** Structure element IDs given numbers of their own (renumberElementIds). */
  elementIds: number;
  roleMapped: string[];
  listItems: number;
  linkContents: number;
  bookmarkTitles: number;
  /** Whether the numbers asked for were filled in (only when some were asked for). */
  filled?: boolean;
}

// zlib, not pdf-lib's JavaScript deflate: the same work in a fraction of the time, off the main thread.
const deflateAsync = promisify(deflate);

export class PdfUaError extends Error {
  override readonly name = 'PdfUaError';
}

/**
 * PDF structure types of PDF 2.0 (ISO 32000-2 §14.8.4) and the PDF 1.7 type each is read as.
 * A type in neither list is mapped to NonStruct: a grouping with no meaning of its own, which
 * keeps its content readable.
 */
const PDF_2_ROLES: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  FENote: 'Note',
  Title: 'P',
  Aside: 'Sect',
  DocumentFragment: 'Part',
  Artifact: 'NonStruct',
};

/** The last second of the year 9999, which a PDF date can still write. */
const LAST_EPOCH_SECOND = 253_402_300_799;

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) as a date: whole seconds since 1970. Anything else
 * gives undefined and the PDF keeps Chromium's date; `charter check` and `build` already refuse
 * such a value with a message of their own.
 */
export function sourceDate(epoch: string | undefined): Date | undefined {
  if (epoch === undefined || !/^\d{1,12}$/.test(epoch) || Number(epoch) > LAST_EPOCH_SECOND) return undefined;
  return new Date(Number(epoch) * 1000);
}

/** The pass; a PDF it cannot read or change is a PdfUaError that says so in one line. */
export async function toPdfUa(pdf: Uint8Array, options: PdfUaOptions): Promise<{ pdf: Uint8Array; changes: PdfUaChanges }> {
  try {
    return await pass(pdf, options);
  } catch (error) {
    throw new PdfUaError(`could not make the printed PDF accessible (PDF/UA-1): ${firstLine(error)}`);
  }
}

async function pass(pdf: Uint8Array, options: PdfUaOptions): Promise<{ pdf: Uint8Array; changes: PdfUaChanges }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
  const context = doc.context;
  const catalog = doc.catalog;
  const changes: PdfUaChanges = { artifacts: 0, elementIds: 0, roleMapped: [], listItems: 0, linkContents: 0, bookmarkTitles: 0 };

  const root = dictOf(context, catalog.get(key('StructTreeRoot')));
  const elements = root ? structElements(context, root) : [];
  // The text that is needed: each link's, for its /Contents, and each bookmarked heading's.
  // A bookmark names its heading's element; the element's page may come from its parents.
  const pageOf = new Map(elements.map((e) => [e.dict, e.page]));
  const headings = bookmarkedHeadings(context, catalog).map((dict) => ({ dict, page: pageOf.get(dict) }));
  const wanted = wantedMcids(context, [...elements.filter((e) => e.role === 'Link').map((e) => ({ dict: e.dict, page: e.page })), ...headings]);

  // Pages: artifacts into the content, and the text of the wanted MCIDs. zlib inflates and
  // deflates every page at once on its own threads; the JavaScript in between goes page by page.
  const pages = doc.getPages();
  let contents = await Promise.all(pages.map((page) => pageContentAsync(context, page.node)));
  let ops = contents.map(scanContent);
  const texts = new Map<PDFRef, { page: number; runs: Map<number, TextRun[]> }>();
  const unicode = new Map<PDFObject, ToUnicode | undefined>();
  // Each page's font resources, looked up once: Chromium sets the font before every glyph.
  const pageFonts = pages.map((page) => dictOf(context, page.node.Resources()?.get(key('Font'))));
  const fontDict = (index: number, name: string): PDFDict | undefined => dictOf(context, pageFonts[index]?.get(key(name)));
  const unicodeOf = (font: PDFDict): ToUnicode | undefined => {
    if (!unicode.has(font)) unicode.set(font, readToUnicode(context, font));
    return unicode.get(font);
  };

  let filled = new Set<number>();
  if (options.fill) {
    // Each font read once, however many pages and glyphs use it.
    const fillFonts = new Map<PDFDict, FillFont | undefined>();
    const fillFontOf = (index: number, name: string): FillFont | undefined => {
      const font = fontDict(index, name);
      if (font && !fillFonts.has(font)) fillFonts.set(font, fillFont(context, font, unicodeOf(font)));
      return font && fillFonts.get(font);
    };
    const result = fillIn(contents.map((content, index) => ({ content, ops: ops[index]!, font: (name: string) => fillFontOf(index, name) })), options.fill.placeholder, options.fill.values);
    if (!result) return { pdf, changes: { ...changes, filled: false } };
    changes.filled = true;
    filled = result.changed;
    contents = result.contents;
    ops = ops.map((o, index) => (filled.has(index) ? scanContent(contents[index]!) : o));
  }

  const marked = pages.map((page, index) => {
    const content = contents[index]!;
    const pageOps = ops[index]!;
    const fontOf = (name: string): ToUnicode | undefined => {
      const font = fontDict(index, name);
      return font ? unicodeOf(font) : undefined;
    };
    const onPage = wanted.get(page.ref);
    // One walk of the content for both: the facts the artifacts need, and the wanted text.
    const text = onPage?.size ? textCollector(pageOps, fontOf, (mcid) => onPage.has(mcid)) : undefined;
    const facts = artifactFacts(pageOps, text?.visit);
    if (text) texts.set(page.ref, { page: index, runs: text.runs });
    const box = page.getMediaBox();
    return markArtifacts(content, { middle: box.y + box.height / 2 }, pageOps, facts);
  });
  const compressed = await Promise.all(marked.map((m, index) => (m.added || filled.has(index) ? deflateAsync(Buffer.from(m.content, 'latin1')) : undefined)));
  for (const [index, page] of pages.entries()) {
    const bytes = compressed[index];
    if (!bytes) continue;
    changes.artifacts += marked[index]!.added;
    setPageContent(context, page.node, bytes);
  }

  if (root) {
    const textOfElement = (dict: PDFDict, page: PDFRef | undefined): string => joinRuns(runsOf(context, dict, page, texts));
    changes.elementIds = renumberElementIds(context, root, elements);
    changes.roleMapped = addRoleMap(context, root, elements);
    changes.listItems = splitListItems(context, root, elements);
    changes.linkContents = addLinkContents(context, elements, textOfElement);
    changes.bookmarkTitles = fixBookmarkTitles(context, catalog, (dict) => textOfElement(dict, pageOf.get(dict)));
  }
  changes.linkContents += addRemainingLinkContents(context, doc);

  setDocumentEntries(context, catalog, options, elements.map((e) => textOf(e.dict.get(key('Lang')))).find((lang) => lang?.trim()));
  context.header = PDFHeader.forVersion(1, 7);
  const saved = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { pdf: saved, changes };
}

function readToUnicode(context: PDFContext, font: PDFDict): ToUnicode | undefined {
  const stream = resolve(context, font.get(key('ToUnicode')));
  if (!(stream instanceof PDFStream)) return undefined;
  return parseToUnicode(Buffer.from(streamBytes(stream)).toString('latin1'), nameOf(font.get(key('Subtype'))) === 'Type0' ? 2 : 1);
}

/** The headings the bookmarks point at (their /SE). */
function bookmarkedHeadings(context: PDFContext, catalog: PDFDict): PDFDict[] {
  const out: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: PDFObject | undefined): void => {
    let item = dictOf(context, first);
    while (item && !seen.has(item)) {
      seen.add(item);
      const heading = dictOf(context, item.get(key('SE')));
      if (heading) out.push(heading);
      walk(item.get(key('First')));
      item = dictOf(context, item.get(key('Next')));
    }
  };
  walk(dictOf(context, catalog.get(key('Outlines')))?.get(key('First')));
  return out;
}

/** Page -> the MCIDs under these elements (and their descendants) on that page. */
function wantedMcids(context: PDFContext, roots: ReadonlyArray<{ dict: PDFDict; page: PDFRef | undefined }>): Map<PDFRef, Set<number>> {
  const wanted = new Map<PDFRef, Set<number>>();
  const add = (page: PDFRef | undefined, mcid: number | undefined) => {
    if (page === undefined || mcid === undefined) return;
    const set = wanted.get(page) ?? new Set<number>();
    set.add(mcid);
    wanted.set(page, set);
  };
  const seen = new Set<PDFDict>();
  const visit = (dict: PDFDict, page: PDFRef | undefined): void => {
    if (seen.has(dict)) return;
    seen.add(dict);
    const pg = dict.get(key('Pg'));
    const here = pg instanceof PDFRef ? pg : page;
    for (const kid of itemsOf(context, dict.get(key('K')))) {
      if (kid instanceof PDFNumber) {
        add(here, kid.asNumber());
        continue;
      }
      const kidDict = dictOf(context, kid);
      if (!kidDict) continue;
      if (nameOf(kidDict.get(key('Type'))) === 'MCR') {
        const mcrPage = kidDict.get(key('Pg'));
        add(mcrPage instanceof PDFRef ? mcrPage : here, numberOf(kidDict.get(key('MCID'))));
      } else if (kidDict.get(key('S')) instanceof PDFName) {
        visit(kidDict, here);
      }
    }
  };
  for (const root of roots) visit(root.dict, root.page);
  return wanted;
}

/** Replaces a page's content with one Flate stream (compressed), in place of the old one where it was one object. */
function setPageContent(context: PDFContext, page: PDFDict, compressed: Uint8Array): void {
  const stream = context.stream(compressed, { Filter: 'FlateDecode' });
  const current = page.get(key('Contents'));
  if (current instanceof PDFRef && resolve(context, current) instanceof PDFStream) context.assign(current, stream);
  else page.set(key('Contents'), context.register(stream));
}

/** The text runs under a structure element, in its order, each with its page (for joinRuns). */
function runsOf(context: PDFContext, dict: PDFDict, page: PDFRef | undefined, texts: ReadonlyMap<PDFRef, { page: number; runs: Map<number, TextRun[]> }>, seen = new Set<PDFDict>()): Array<TextRun & { page: number }> {
  if (seen.has(dict)) return [];
  seen.add(dict);
  const own = dict.get(key('Pg'));
  const here = own instanceof PDFRef ? own : page;
  const out: Array<TextRun & { page: number }> = [];
  const add = (mcid: number, on: PDFRef | undefined) => {
    const pageTexts = on ? texts.get(on) : undefined;
    for (const run of pageTexts?.runs.get(mcid) ?? []) out.push({ ...run, page: pageTexts!.page });
  };
  for (const kid of itemsOf(context, dict.get(key('K')))) {
    if (kid instanceof PDFNumber) {
      add(kid.asNumber(), here);
      continue;
    }
    const kidDict = dictOf(context, kid);
    if (!kidDict) continue;
    const type = nameOf(kidDict.get(key('Type')));
    if (type === 'MCR') {
      const pg = kidDict.get(key('Pg'));
      const mcid = numberOf(kidDict.get(key('MCID')));
      if (mcid !== undefined) add(mcid, pg instanceof PDFRef ? pg : here);
    } else if (type !== 'OBJR' && kidDict.get(key('S')) instanceof PDFName) {
      out.push(...runsOf(context, kidDict, here, texts, seen));
    }
  }
  return out;
}

/**
 * Numbers the structure elements' IDs from 1, in their own order, wherever they are written: the
 * element's /ID, the /Headers by which a table cell names its header cells, and the IDTree.
 * Chromium names an element after its DOM node, and in the one process it prints in
 * (launch-arguments.ts) DOM nodes are numbered across every page it has opened: the same page
 * printed twice had different IDs, and a build under SOURCE_DATE_EPOCH different bytes. The
 * order is kept, so the IDTree stays sorted.
 */
function renumberElementIds(context: PDFContext, root: PDFDict, elements: readonly StructElement[]): number {
  const ids = [...new Set(elements.map((e) => textOf(e.dict.get(key('ID')))).filter((id): id is string => id !== undefined))];
  if (!ids.length) return 0;
  const width = Math.max(8, String(ids.length).length);
  const renamed = new Map(ids.sort().map((id, index) => [id, `node${String(index + 1).padStart(width, '0')}`]));
  const renameIn = (array: PDFArray | undefined, step = 1): void => {
    for (let i = 0; array && i < array.size(); i += step) {
      const to = renamed.get(textOf(array.get(i)) ?? '');
      if (to !== undefined) array.set(i, PDFString.of(to));
    }
  };
  for (const { dict } of elements) {
    const to = renamed.get(textOf(dict.get(key('ID'))) ?? '');
    if (to !== undefined) dict.set(key('ID'), PDFString.of(to));
    // /A is one attribute dictionary or an array of them (each may be followed by a revision number).
    for (const attributes of itemsOf(context, dict.get(key('A')))) renameIn(arrayOf(context, dictOf(context, attributes)?.get(key('Headers'))));
  }
  const seen = new Set<PDFDict>();
  const visit = (node: PDFDict | undefined): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    renameIn(arrayOf(context, node.get(key('Names'))), 2);
    renameIn(arrayOf(context, node.get(key('Limits'))));
    for (const kid of itemsOf(context, node.get(key('Kids')))) visit(dictOf(context, kid));
  };
  visit(dictOf(context, root.get(key('IDTree'))));
  return renamed.size;
}

/** Maps every structure type that is not PDF 1.7's to one that is; returns the types it mapped. */
function addRoleMap(context: PDFContext, root: PDFDict, elements: readonly StructElement[]): string[] {
  const existing = readRoleMap(context, root);
  const missing = [...new Set(elements.filter((e) => e.role === undefined).map((e) => e.type))].sort();
  if (!missing.length) return [];
  const roleMap = dictOf(context, root.get(key('RoleMap'))) ?? context.obj({});
  for (const type of missing) {
    // A type mapped into a loop or to nothing standard is mapped afresh.
    if (existing.has(type) && roleOf(type, existing) !== undefined) continue;
    roleMap.set(key(type), key(PDF_2_ROLES[type] ?? 'NonStruct'));
  }
  root.set(key('RoleMap'), roleMap);
  return missing;
}

/**
 * Puts the content of each list item that is not its label into an LBody: Chromium writes an LI
 * as [Lbl, the item's paragraphs and links], PDF/UA wants [Lbl, LBody]. The moved kids get the
 * LBody as parent: structure elements through /P, marked content and annotations through the
 * ParentTree, so the tree and the content still point at each other.
 */
function splitListItems(context: PDFContext, root: PDFDict, elements: readonly StructElement[]): number {
  const parentTree = dictOf(context, root.get(key('ParentTree')));
  const parents = numberTree(context, parentTree);
  const roleMap = readRoleMap(context, root);
  let changed = 0;
  for (const item of elements) {
    if (item.role !== 'LI' || !item.ref) continue;
    const kids = itemsOf(context, item.dict.get(key('K')));
    const isLabelOrBody = (kid: PDFObject) => {
      const dict = dictOf(context, kid);
      const type = nameOf(dict?.get(key('S')));
      const role = type === undefined ? undefined : roleOf(type, roleMap);
      return role === 'Lbl' || role === 'LBody';
    };
    if (kids.every(isLabelOrBody)) continue;
    const newKids: PDFObject[] = [];
    let body: { dict: PDFDict; ref: PDFRef; kids: PDFArray } | undefined;
    for (const kid of kids) {
      if (isLabelOrBody(kid)) {
        newKids.push(kid);
        body = undefined;
        continue;
      }
      if (!body) {
        const kidsArray = context.obj([]);
        const dict = context.obj({ Type: 'StructElem', S: 'LBody', P: item.ref, K: kidsArray });
        if (item.page) dict.set(key('Pg'), item.page);
        body = { dict, ref: context.register(dict), kids: kidsArray };
        newKids.push(body.ref);
      }
      body.kids.push(kid);
      reparent(context, kid, body.ref, item.page, parents, parentTree);
    }
    item.dict.set(key('K'), context.obj(newKids));
    changed++;
  }
  return changed;
}

/** Points a moved kid (element, MCID, marked-content or object reference) at its new parent. */
function reparent(context: PDFContext, kid: PDFObject, parent: PDFRef, page: PDFRef | undefined, parents: Map<number, PDFObject>, parentTree: PDFDict | undefined): void {
  const setMcidParent = (mcid: number, on: PDFRef | undefined) => {
    const key_ = numberOf(dictOf(context, on)?.get(key('StructParents')));
    const array = key_ === undefined ? undefined : arrayOf(context, parents.get(key_));
    if (array && mcid < array.size()) array.set(mcid, parent);
  };
  if (kid instanceof PDFNumber) return setMcidParent(kid.asNumber(), page);
  const dict = dictOf(context, kid);
  if (!dict) return;
  const type = nameOf(dict.get(key('Type')));
  if (dict.get(key('S')) instanceof PDFName) {
    dict.set(key('P'), parent);
  } else if (type === 'MCR') {
    const pg = dict.get(key('Pg'));
    const mcid = numberOf(dict.get(key('MCID')));
    if (mcid !== undefined) setMcidParent(mcid, pg instanceof PDFRef ? pg : page);
  } else if (type === 'OBJR') {
    const annotation = dictOf(context, dict.get(key('Obj')));
    const entry = numberOf(annotation?.get(key('StructParent')));
    if (entry !== undefined) setNumberTreeValue(context, parentTree, entry, parent);
  }
}

function setNumberTreeValue(context: PDFContext, node: PDFDict | undefined, entry: number, value: PDFObject, seen = new Set<PDFDict>()): boolean {
  if (!node || seen.has(node)) return false;
  seen.add(node);
  const nums = arrayOf(context, node.get(key('Nums')));
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    if (numberOf(nums.get(i)) === entry) {
      nums.set(i + 1, value);
      return true;
    }
  }
  return (arrayOf(context, node.get(key('Kids')))?.asArray() ?? []).some((kid) => setNumberTreeValue(context, dictOf(context, kid), entry, value, seen));
}

/** /Contents for the annotations of each Link element: the link's text, as a screen reader says it. */
function addLinkContents(context: PDFContext, elements: readonly StructElement[], textOfElement: (dict: PDFDict, page: PDFRef | undefined) => string): number {
  let added = 0;
  for (const link of elements) {
    if (link.role !== 'Link') continue;
    let text: string | undefined;
    for (const kid of itemsOf(context, link.dict.get(key('K')))) {
      const objr = dictOf(context, kid);
      if (nameOf(objr?.get(key('Type'))) !== 'OBJR') continue;
      const annotation = dictOf(context, objr!.get(key('Obj')));
      if (!annotation || textOf(annotation.get(key('Contents')))) continue;
      text ??= textOfElement(link.dict, link.page);
      if (!text) continue;
      annotation.set(key('Contents'), PDFHexString.fromText(text));
      added++;
    }
  }
  return added;
}

/** A link annotation that no Link element gave a text to says where it goes. */
function addRemainingLinkContents(context: PDFContext, doc: PDFDocument): number {
  let added = 0;
  for (const page of doc.getPages()) {
    for (const item of arrayOf(context, page.node.get(key('Annots')))?.asArray() ?? []) {
      const annotation = dictOf(context, item);
      if (!annotation || nameOf(annotation.get(key('Subtype'))) !== 'Link' || textOf(annotation.get(key('Contents')))) continue;
      const action = dictOf(context, annotation.get(key('A')));
      const uri = textOf(action?.get(key('URI')));
      annotation.set(key('Contents'), PDFHexString.fromText(uri ? uri.replace(/^(tel|mailto):/, '') : 'Link within this document'));
      added++;
    }
  }
  return added;
}

/** Bookmark titles from their headings' text where they differ only in spaces and punctuation. */
function fixBookmarkTitles(context: PDFContext, catalog: PDFDict, textOfHeading: (dict: PDFDict) => string): number {
  let fixed = 0;
  const seen = new Set<PDFDict>();
  const walk = (first: PDFObject | undefined): void => {
    let item = dictOf(context, first);
    while (item && !seen.has(item)) {
      seen.add(item);
      const heading = dictOf(context, item.get(key('SE')));
      const title = textOf(item.get(key('Title')));
      if (heading && title !== undefined) {
        const text = textOfHeading(heading);
        if (text && text !== title && normaliseTitle(text) === normaliseTitle(title)) {
          item.set(key('Title'), PDFHexString.fromText(text));
          fixed++;
        }
      }
      walk(item.get(key('First')));
      item = dictOf(context, item.get(key('Next')));
    }
  };
  walk(dictOf(context, catalog.get(key('Outlines')))?.get(key('First')));
  return fixed;
}

function setDocumentEntries(context: PDFContext, catalog: PDFDict, options: PdfUaOptions, documentLanguage: string | undefined): void {
  const info = dictOf(context, context.trailerInfo.Info) ?? context.obj({});
  if (!context.trailerInfo.Info) context.trailerInfo.Info = context.register(info);
  const title = textOf(info.get(key('Title')));
  // Chromium writes <html lang> as /Lang; a PDF without one takes its Document element's.
  if (!textOf(catalog.get(key('Lang')))?.trim() && documentLanguage) catalog.set(key('Lang'), literal(documentLanguage));
  const language = textOf(catalog.get(key('Lang')));
  const created = options.date ?? dateOf(info.get(key('CreationDate'))) ?? new Date(0);
  const modified = options.date ?? dateOf(info.get(key('ModDate'))) ?? created;

  info.set(key('Creator'), literal(options.producer));
  info.set(key('Producer'), literal(options.producer));
  info.set(key('CreationDate'), PDFString.fromDate(created));
  info.set(key('ModDate'), PDFString.fromDate(modified));

  const xmp = Buffer.from(xmpPacket({ title, language, producer: options.producer, created, modified }), 'utf8');
  // Uncompressed, so that tools that look for the metadata without a PDF parser find it.
  catalog.set(key('Metadata'), context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));

  const markInfo = dictOf(context, catalog.get(key('MarkInfo'))) ?? context.obj({});
  markInfo.set(key('Marked'), context.obj(true));
  markInfo.delete(key('Suspects'));
  catalog.set(key('MarkInfo'), markInfo);

  const preferences = dictOf(context, catalog.get(key('ViewerPreferences'))) ?? context.obj({});
  preferences.set(key('DisplayDocTitle'), context.obj(true));
  catalog.set(key('ViewerPreferences'), preferences);

  // The bookmarks pane open from the start: the quickest way round a long charter.
  if (catalog.get(key('Outlines'))) catalog.set(key('PageMode'), key('UseOutlines'));
}

function dateOf(object: PDFObject | undefined): Date | undefined {
  try {
    return object instanceof PDFString || object instanceof PDFHexString ? object.decodeDate() : undefined;
  } catch {
    return undefined;
  }
}

/** A text string: a literal when it is plain ASCII, UTF-16 otherwise (§7.9.2.2). */
function literal(text: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(text) ? PDFString.of(text.replace(/[\\()]/g, (c) => `\\${c}`)) : PDFHexString.fromText(text);
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isoDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The XMP packet (ISO 16684-1) with what PDF/UA-1 asks for (pdfuaid:part, dc:title) and what agrees with /Info. */
export function xmpPacket(facts: { title: string | undefined; language: string | undefined; producer: string; created: Date; modified: Date }): string {
  const lines = [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '   <dc:format>application/pdf</dc:format>',
    ...(facts.title ? [`   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>`] : []),
    ...(facts.language ? [`   <dc:language><rdf:Bag><rdf:li>${xml(facts.language)}</rdf:li></rdf:Bag></dc:language>`] : []),
    `   <pdf:Producer>${xml(facts.producer)}</pdf:Producer>`,
    `   <xmp:CreatorTool>${xml(facts.producer)}</xmp:CreatorTool>`,
    `   <xmp:CreateDate>${isoDate(facts.created)}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${isoDate(facts.modified)}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${isoDate(facts.modified)}</xmp:MetadataDate>`,
    '   <pdfuaid:part>1</pdfuaid:part>',
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return lines.join('\n');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
