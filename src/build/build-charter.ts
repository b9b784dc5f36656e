import { toolDiagnostic } from '../rule-ids.js';
import { join } from 'node:path';
import type { CheckedCharter } from '../check/check-charter.js';
import { type Diagnostic } from '../diagnostics.js';
import { asToolError, writeError, type ToolError } from '../errors.js';
import type { PrintService } from '../pdf/print-service.js';
import type { Template } from '../render/template.js';
import { locate } from '../source/yaml/locate.js';
import { renderPublic, type PublicDocuments } from './public-documents.js';
import { writeAtomic } from './write-atomic.js';
import type { Edition } from './editions.js';
import { performanceCsv, performanceJson, performanceRows } from './open-data.js';

export type OutputKind = 'html' | 'pdf' | 'summary' | 'data';
/** data: performance.csv and performance.json, the results as open data, for a charter with a results file. */
export const OUTPUT_KINDS: readonly OutputKind[] = Object.freeze(['html', 'pdf', 'summary', 'data']);

/** What writing some of one charter's outputs gave: the files written, new warnings, and a failure. */
export interface Written {
  files: string[];
  diagnostics: Diagnostic[];
  /** The disk refused a write: the tool could not do its job (exit 2). */
  failure?: ToolError;
}

/** Renders the public documents of one edition of an error-free charter (the page, its print version, the summaries). */
export function renderEdition(edition: Edition, template: Template): Promise<PublicDocuments> {
  return renderPublic(edition.checked, template, edition.languages, edition.source);
}

/** The files of one rendered edition but its PDF, named and made (not yet written), with the rendering's warnings. */
export interface Pages {
  files: Array<[name: string, content: string]>;
  diagnostics: Diagnostic[];
}

/** charter.html, the summaries and the open data of one rendered edition, as `outputs` asks. */
export function pagesOf(edition: Edition, documents: PublicDocuments, outputs: ReadonlySet<OutputKind>): Pages {
  // A translation's rendering warnings repeat the source's: they are reported once, for the source.
  const diagnostics = edition.suffix === '' ? renderWarnings(documents) : [];
  const pages: Array<[string, string]> = [];
  const { suffix } = edition;
  if (outputs.has('html') && !edition.summaryOnly) pages.push([`charter${suffix}.html`, documents.html]);
  if (outputs.has('summary')) pages.push([`summary${suffix}.txt`, documents.summaryText], [`summary${suffix}.html`, documents.summaryHtml]);
  // The open data is the same in every language: written once, with the primary language's pages.
  const rows = suffix === '' && outputs.has('data') ? performanceRows(edition.checked) : [];
  if (rows.length) pages.push(['performance.csv', performanceCsv(rows)], ['performance.json', performanceJson(rows)]);
  return { files: pages, diagnostics };
}

/**
 * Writes the pages into `outDir`, one after the other; a disk that refuses one ends it. The PDF
 * is printed apart (printCharterPdf, then writePdf), and its print starts before these writes, so
 * the disk does not hold the browser up.
 */
export async function writePages({ files: toWrite, diagnostics }: Pages, outDir: string): Promise<Written> {
  const files: string[] = [];
  try {
    for (const [name, content] of toWrite) {
      await writeAtomic(join(outDir, name), content);
      files.push(join(outDir, name));
    }
  } catch (error) {
    return { files, diagnostics, failure: writeError(error, outDir) };
  }
  return { files, diagnostics };
}

/** The rendering's own warnings (remote-content), placed at the source: what writePages and `charter serve` report. */
export function renderWarnings(documents: PublicDocuments): Diagnostic[] {
  return documents.warnings.map((w) => toolDiagnostic(w.file, w.position, 'remote-content', w.message));
}

/** charter.pdf in memory, with the max-pages warning; the browser's failure is a value, not a throw. */
export type PrintedPdf = { ok: true; pdf: Uint8Array; diagnostics: Diagnostic[] } | { ok: false; browserFailure: ToolError };

/**
 * Prints charter.pdf from the rendered documents, in memory: writePdf writes it, `charter serve`
 * sends it. Warns when it is longer than max_pages. The browser's failure (not found, crashed,
 * timed out) is a value: no further PDF of the run is tried.
 */
export async function printCharterPdf(checked: CheckedCharter, documents: Pick<PublicDocuments, 'printJob' | 'maxPages'>, printer: PrintService, onPrinted?: () => void): Promise<PrintedPdf> {
  let printed;
  try {
    printed = await printer.print(onPrinted ? { ...documents.printJob, onPrinted } : documents.printJob);
  } catch (error) {
    return { ok: false, browserFailure: asToolError(error) };
  }
  const diagnostics: Diagnostic[] = [];
  if (documents.maxPages !== undefined && printed.pages > documents.maxPages) {
    const source = checked.source!;
    const at = locate(source, ['outputs', 'public_document', 'max_pages']);
    diagnostics.push(toolDiagnostic(source.file, at, 'max-pages', `charter.pdf has ${printed.pages} pages; max_pages is ${documents.maxPages}`));
  }
  return { ok: true, pdf: printed.pdf, diagnostics };
}

/** Writes a printed PDF with its warnings (max-pages). A write error is about the disk, not the browser: the other PDFs are still printed. */
export async function writePdf(path: string, printed: { pdf: Uint8Array; diagnostics: Diagnostic[] }, outDir: string): Promise<Written> {
  try {
    await writeAtomic(path, printed.pdf);
  } catch (error) {
    return { files: [], diagnostics: [], failure: writeError(error, outDir) };
  }
  return { files: [path], diagnostics: printed.diagnostics };
}
