/**
 * Checks a PDF against the PDF/UA-1 (ISO 14289-1) requirements that a program can decide from
 * the file alone, the way veraPDF's PDF/UA-1 profile does for them. What needs a person (colour
 * contrast, reading order by eye, whether alt text means anything) is left to veraPDF or PAC and
 * an auditor; the README says which is which. Reads the PDF with pdf-lib, so it runs wherever
 * charter runs: `npm run check:pdf -- file.pdf`, and in the tests.
 */
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFContext } from 'pdf-lib';
import { paints, scanContent } from './content-stream.js';
import { isCovered, walkContent } from './content-state.js';
import { arrayOf, boolOf, dictOf, itemsOf, key, nameOf, pageContent, readRoleMap, resolve, STANDARD_STRUCTURE_TYPES, streamBytes, structElements, textOf, type StructElement } from './pdf-objects.js';

export interface PdfUaRequirement {
  id: string;
  /** The clause of ISO 14289-1 that asks for it. */
  clause: string;
  /** The rules of veraPDF's PDF/UA-1 profile that check it, where there are some. */
  verapdf: readonly string[];
  what: string;
}

export const PDF_UA_REQUIREMENTS: readonly PdfUaRequirement[] = Object.freeze([
  { id: 'content-marked', clause: '7.1', verapdf: ['7.1-3'], what: 'every text-showing operator, painted path, image and XObject on a page is inside marked content: tagged (an MCID) or an Artifact' },
  { id: 'artifacts-apart', clause: '7.1', verapdf: ['7.1-1', '7.1-2'], what: 'no tagged content inside an Artifact, and no Artifact inside tagged content' },
  { id: 'tagged', clause: '7.1', verapdf: ['7.1-11', '7.1-12'], what: 'a structure tree (/StructTreeRoot), /MarkInfo /Marked true, and no /Suspects true' },
  { id: 'xmp-pdfua', clause: '5', verapdf: ['5-1'], what: 'XMP metadata in the catalog identifies the file as PDF/UA-1 (pdfuaid:part 1)' },
  { id: 'xmp-title', clause: '7.1', verapdf: ['7.1-8', '7.1-9'], what: 'the XMP metadata has a dc:title that is not empty' },
  { id: 'display-doc-title', clause: '7.1', verapdf: ['7.1-10'], what: '/ViewerPreferences /DisplayDocTitle true: viewers show the title, not the file name' },
  { id: 'lang', clause: '7.2', verapdf: [], what: 'the catalog has a /Lang, the document\'s natural language' },
  { id: 'role-map', clause: '7.1', verapdf: ['7.1-4', '7.1-5'], what: 'every structure type is standard (PDF 1.7) or role-mapped to one, without loops, and no standard type is remapped' },
  { id: 'figure-alt', clause: '7.3', verapdf: ['7.3-1'], what: 'every Figure has alternative text (/Alt or /ActualText)' },
  { id: 'link-contents', clause: '7.18.5', verapdf: ['7.18.5-1', '7.18.5-2'], what: 'every link annotation has /Contents that says what it is, and is in the structure tree' },
  { id: 'list-items', clause: '7.2', verapdf: [], what: 'a list item (LI) holds only Lbl and LBody elements (ISO 32000-1 §14.8.4.3.3)' },
  { id: 'heading-levels', clause: '7.4.2', verapdf: ['7.4.2-1'], what: 'headings start at H1 and never skip a level on the way down (H2 then H4), and H is not mixed with H1–H6' },
  { id: 'tab-order', clause: '7.18.3', verapdf: ['7.18.3-1'], what: 'every page with annotations has /Tabs /S: tab order follows the structure' },
]);

export interface PdfUaResult {
  requirement: PdfUaRequirement;
  ok: boolean;
  /** What is wrong, the first few places; empty when ok. */
  problems: string[];
  /** How many places fail (problems holds at most a few). */
  count: number;
}

export interface PdfUaReport {
  results: PdfUaResult[];
  ok: boolean;
}

export class PdfUaCheckError extends Error {
  override readonly name = 'PdfUaCheckError';
}

const SHOWN = 3;

export async function checkPdfUa(pdf: Uint8Array): Promise<PdfUaReport> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
  } catch (error) {
    throw new PdfUaCheckError(`not a PDF that can be read (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
  const context = doc.context;
  const catalog = doc.catalog;
  const found = new Map<string, string[]>(PDF_UA_REQUIREMENTS.map((r) => [r.id, []]));
  const fail = (id: string, problem: string) => found.get(id)!.push(problem);

  // Content: every painting operator inside marked content, tagged and artifact content apart.
  for (const [index, page] of doc.getPages().entries()) {
    let ops;
    try {
      ops = scanContent(pageContent(context, page.node));
    } catch (error) {
      fail('content-marked', `page ${index + 1}: the content cannot be read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    walkContent(ops, (i, operator, state) => {
      if (!paints(operator)) return;
      if (!isCovered(state.marked)) fail('content-marked', `page ${index + 1}: ${operator} at byte ${ops.start[i]} outside marked content`);
      const artifact = state.marked.some((m) => m.tag === 'Artifact');
      const tagged = state.marked.some((m) => m.mcid !== undefined);
      if (artifact && tagged) fail('artifacts-apart', `page ${index + 1}: ${operator} at byte ${ops.start[i]} is both tagged and an Artifact`);
    });
    const annotations = arrayOf(context, page.node.get(key('Annots')))?.asArray() ?? [];
    if (annotations.length && nameOf(page.node.get(key('Tabs'))) !== 'S') fail('tab-order', `page ${index + 1}: ${annotations.length} annotations, /Tabs is ${nameOf(page.node.get(key('Tabs'))) ?? 'missing'}`);
    for (const item of annotations) {
      const annotation = dictOf(context, item);
      if (!annotation || nameOf(annotation.get(key('Subtype'))) !== 'Link') continue;
      const where = `page ${index + 1}: link${describeLink(context, annotation)}`;
      if (!textOf(annotation.get(key('Contents')))?.trim()) fail('link-contents', `${where} has no /Contents`);
      if (annotation.get(key('StructParent')) === undefined) fail('link-contents', `${where} is not in the structure tree (no /StructParent)`);
    }
  }

  // The document: tagging, metadata, title, language.
  const root = dictOf(context, catalog.get(key('StructTreeRoot')));
  const markInfo = dictOf(context, catalog.get(key('MarkInfo')));
  if (!root) fail('tagged', 'no /StructTreeRoot');
  if (boolOf(markInfo?.get(key('Marked'))) !== true) fail('tagged', '/MarkInfo /Marked is not true');
  if (boolOf(markInfo?.get(key('Suspects'))) === true) fail('tagged', '/MarkInfo /Suspects is true');
  const xmp = readXmp(context, catalog);
  if (xmp === undefined) {
    fail('xmp-pdfua', 'no XMP metadata stream in the catalog (/Metadata)');
    fail('xmp-title', 'no XMP metadata stream in the catalog (/Metadata)');
  } else {
    if (!/xmlns:pdfuaid\s*=\s*["']http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/["']/.test(xmp)) fail('xmp-pdfua', 'the XMP does not declare the pdfuaid namespace');
    else if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part\s*=\s*["']1["']/.test(xmp)) fail('xmp-pdfua', 'the XMP has no pdfuaid:part 1');
    const title = /<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>[\s\S]*?<\/dc:title>/.exec(xmp)?.[1];
    if (!title?.trim()) fail('xmp-title', 'the XMP has no dc:title');
  }
  const preferences = dictOf(context, catalog.get(key('ViewerPreferences')));
  if (boolOf(preferences?.get(key('DisplayDocTitle'))) !== true) fail('display-doc-title', '/ViewerPreferences /DisplayDocTitle is not true');
  if (!textOf(catalog.get(key('Lang')))?.trim()) fail('lang', 'the catalog has no /Lang');

  if (root) checkStructure(context, root, fail);

  const results = PDF_UA_REQUIREMENTS.map((requirement) => {
    const problems = found.get(requirement.id)!;
    return { requirement, ok: problems.length === 0, problems: problems.slice(0, SHOWN), count: problems.length };
  });
  return { results, ok: results.every((r) => r.ok) };
}

function checkStructure(context: PDFContext, root: PDFDict, fail: (id: string, problem: string) => void): void {
  const roleMap = readRoleMap(context, root);
  for (const [from, to] of roleMap) {
    if (STANDARD_STRUCTURE_TYPES.has(from)) fail('role-map', `the standard type ${from} is remapped to ${to}`);
  }
  const elements = structElements(context, root);
  const byDict = new Map(elements.map((e) => [e.dict, e]));
  const unmapped = new Map<string, number>();
  for (const element of elements) if (element.role === undefined) unmapped.set(element.type, (unmapped.get(element.type) ?? 0) + 1);
  for (const [type, count] of unmapped) fail('role-map', `${type} (${count}×) is not a standard type and not role-mapped to one`);

  for (const element of elements) {
    if (element.role === 'Figure' && !textOf(element.dict.get(key('Alt')))?.trim() && !textOf(element.dict.get(key('ActualText')))?.trim()) {
      fail('figure-alt', `a Figure${where(element)} has no /Alt`);
    }
    if (element.role === 'LI') {
      for (const kid of itemsOf(context, element.dict.get(key('K')))) {
        const dict = dictOf(context, kid);
        const type = nameOf(dict?.get(key('S')));
        const role = dict ? byDict.get(dict)?.role : undefined;
        if (role !== 'Lbl' && role !== 'LBody') fail('list-items', `an LI${where(element)} holds ${type ?? describeKid(context, kid)}`);
      }
    }
  }

  let previous: number | undefined;
  let plainH = 0;
  let numbered = 0;
  for (const element of elements) {
    if (element.role === 'H') plainH++;
    const level = /^H([1-6])$/.exec(element.role ?? '')?.[1];
    if (level === undefined) continue;
    numbered++;
    const n = Number(level);
    if (previous === undefined && n !== 1) fail('heading-levels', `the first heading is H${n}, not H1`);
    else if (previous !== undefined && n > previous + 1) fail('heading-levels', `H${previous} is followed by H${n}`);
    previous = n;
  }
  if (plainH && numbered) fail('heading-levels', `H (${plainH}×) is mixed with H1–H6 (${numbered}×)`);
}

function readXmp(context: PDFContext, catalog: PDFDict): string | undefined {
  const stream = resolve(context, catalog.get(key('Metadata')));
  return stream instanceof PDFStream ? Buffer.from(streamBytes(stream)).toString('utf8') : undefined;
}

function describeLink(context: PDFContext, annotation: PDFDict): string {
  const action = dictOf(context, annotation.get(key('A')));
  const uri = textOf(action?.get(key('URI')));
  return uri ? ` to ${uri}` : '';
}

function where(element: StructElement): string {
  return element.ref ? ` (object ${element.ref.objectNumber})` : '';
}

function describeKid(context: PDFContext, kid: unknown): string {
  if (kid instanceof PDFRef) {
    const dict = context.lookup(kid);
    if (dict instanceof PDFDict) return nameOf(dict.get(PDFName.of('Type'))) ?? 'an object';
  }
  return 'marked content directly';
}

/**
 * The report as lines for a terminal: one summary line, then one line for each requirement not
 * met, with how many places fail and the first few of them.
 */
export function formatPdfUaReport(file: string, report: PdfUaReport): string[] {
  const met = report.results.filter((r) => r.ok).length;
  const lines = [`${file}: PDF/UA-1: ${met} of ${report.results.length} requirements met${report.ok ? '' : `, ${report.results.length - met} not`}`];
  for (const result of report.results) {
    if (result.ok) continue;
    const more = result.count > result.problems.length ? `; ${result.count - result.problems.length} more` : '';
    lines.push(`  ${result.requirement.id} (${sources(result.requirement)}): ${result.problems.join('; ')}${more}`);
  }
  return lines;
}

/** "ISO 14289-1 §7.1, veraPDF 7.1-3": where a requirement comes from. */
export function sources(requirement: PdfUaRequirement): string {
  return [`ISO 14289-1 §${requirement.clause}`, ...(requirement.verapdf.length ? [`veraPDF ${requirement.verapdf.join(', ')}`] : [])].join(', ');
}
