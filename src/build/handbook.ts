import { textPlaces } from '../source/yaml/locate.js';
import { toolDiagnostic } from '../rule-ids.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckedCharter } from '../check/check-charter.js';

import { asToolError, writeError } from '../errors.js';
import { pagesOfHeadings, readOutline } from '../pdf/outline.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Paper, PrintJob, PrintResult, PrintService } from '../pdf/print-service.js';
import { printFurniture } from '../render/charter-html.js';
import { renderHandbook, type HandbookParts } from '../render/handbook-html.js';
import { RenderContext } from '../render/render-context.js';
import { withResults } from '../render/with-results.js';
import { TEMPLATES_DIR, type Template } from '../render/template.js';
import type { OutputKind, Written } from './build-charter.js';
import { writeAtomic } from './write-atomic.js';

/** A handbook of some charters, rendered, its print under way. */
export interface StartedHandbook {
  /** ".cy" for the handbook of the charters in a translation; empty for the source language's. */
  suffix: string;
  rendered: Promise<RenderedHandbook>;
  /** The PDF, printed with its page numbers (only when a PDF is wanted); written only by writeHandbook(). */
  printed?: Promise<PrintResult>;
}

interface RenderedHandbook {
  handbook: HandbookParts;
  diagnostics: Diagnostic[];
  paper: Paper;
  furniture: { headerTemplate: string; footerTemplate: string };
}

/**
 * Renders the staff handbook of these charters and prints it once, its page numbers filled in
 * from where that print put each heading (printOnce). The build starts this as soon as the
 * charters are checked, so the handbook prints beside the public PDFs; writeHandbook() writes it
 * once every charter is built.
 */
export function startHandbook(
  charters: readonly CheckedCharter[],
  options: { outputs: ReadonlySet<OutputKind>; template: Template },
  printer: PrintService,
  suffix = '',
): StartedHandbook {
  const rendered = renderWhole(charters, options.template, suffix);
  if (!options.outputs.has('pdf')) return { suffix, rendered };
  const printed = rendered.then(({ handbook, paper, furniture }) => printOnce(handbook, printer, { paper, ...furniture }));
  printed.catch(() => undefined); // a build that ends before the handbook leaves nobody to hear it
  return { suffix, rendered, printed };
}

async function renderWhole(charters: readonly CheckedCharter[], template: Template, suffix: string): Promise<RenderedHandbook> {
  const contexts = charters.map((c) => new RenderContext(withResults(c.charter!, c.results?.results), c.narrative, c.location.folder, { file: c.location.displayYaml, placeOf: textPlaces(c.source!) }, 'staff', [], c.results?.results));
  const page = await readFile(join(TEMPLATES_DIR, 'handbook', 'page.html'), 'utf8');
  const extraCss = await readFile(join(TEMPLATES_DIR, 'handbook', 'handbook.css'), 'utf8');
  const handbook = await renderHandbook(contexts, { ...template, page }, extraCss);
  // A translation's warnings repeat the source's: they are reported once, with the source's handbook.
  const diagnostics = suffix ? [] : contexts.flatMap((c) => c.warnings).map((w) => toolDiagnostic(w.file, w.position, 'remote-content', w.message));
  const first = contexts[0]!;
  return { handbook, diagnostics, paper: first.charter.outputs?.public_document?.paper ?? 'A4', furniture: printFurniture(first, handbook.title) };
}

/**
 * One staff handbook for every charter of the run, from the whole charters (staff parts
 * included), written into --out itself: handbook.html and handbook.pdf, or handbook.cy.html and
 * handbook.cy.pdf for the charters in a translation (suffix ".cy").
 */
export async function writeHandbook(started: StartedHandbook, options: { outDir: string; outputs: ReadonlySet<OutputKind> }): Promise<Written> {
  const { handbook, diagnostics } = await started.rendered;
  const files: string[] = [];
  const write = async (name: string, content: string | Uint8Array) => {
    await writeAtomic(join(options.outDir, name), content);
    files.push(join(options.outDir, name));
  };
  try {
    if (options.outputs.has('html')) await write(`handbook${started.suffix}.html`, handbook.html());
  } catch (error) {
    return { files, diagnostics, failure: writeError(error, options.outDir) };
  }
  if (!started.printed) return { files, diagnostics };
  let printed: PrintResult;
  try {
    printed = await started.printed;
  } catch (error) {
    return { files, diagnostics, failure: asToolError(error) };
  }
  try {
    await write(`handbook${started.suffix}.pdf`, printed.pdf);
  } catch (error) {
    return { files, diagnostics, failure: writeError(error, options.outDir) };
  }
  return { files, diagnostics };
}

type PrintSettings = Omit<PrintJob, 'html'>;

/** What every page-number slot holds when printed: as wide as the widest number, so filling the numbers in moves nothing. */
const PLACEHOLDER = '888';

/**
 * One print with "888" in every page-number slot; where each heading landed is read from that
 * print's bookmarks and the numbers are filled into it (fill-in.ts). When they cannot be filled in
 * exactly (a digit the font's subset does not hold, say), the handbook is printed again with the
 * numbers in the page.
 */
async function printOnce(handbook: HandbookParts, printer: PrintService, job: PrintSettings): Promise<PrintResult> {
  const result = await printer.print({
    ...job,
    html: handbook.html(new Map(handbook.toc.map((e) => [e.id, Number(PLACEHOLDER)])), 'print'),
    fillIn: {
      placeholder: PLACEHOLDER,
      valuesFor: (pdf) => {
        const pages = headingPages(handbook, pdf);
        return handbook.toc.map((e) => String(pages.get(e.id) ?? ''));
      },
    },
  });
  // Not filled in: the result is that first print as Chromium made it, which still says where each heading is.
  return result.filledIn ? result : printWithPageNumbers(handbook, printer, job, headingPages(handbook, result.pdf));
}

/** The page each heading of the contents landed on, from the PDF's bookmarks. */
function headingPages(handbook: HandbookParts, pdf: Uint8Array): Map<string, number> {
  const found = pagesOfHeadings(readOutline(pdf), [...handbook.headingsBefore, ...handbook.toc.map((e) => e.title)]).slice(handbook.headingsBefore.length);
  return new Map(handbook.toc.flatMap((e, i) => (found[i] === undefined ? [] : [[e.id, found[i]!] as const])));
}

/**
 * A print with the numbers in the page (where the first print put each heading), checked against
 * its own bookmarks. The numbers take the same space in every print, so the layout, and
 * with it the pages, does not move; a second print covers the rare case that it does.
 */
async function printWithPageNumbers(handbook: HandbookParts, printer: PrintService, job: PrintSettings, pages: Map<string, number>): Promise<PrintResult> {
  const result = await printer.print({ ...job, html: handbook.html(pages, 'print') });
  const next = headingPages(handbook, result.pdf);
  return sameMap(pages, next) ? result : printer.print({ ...job, html: handbook.html(next, 'print') });
}

function sameMap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
