import { textPlaces } from '../source/yaml/locate.js';
import { toolDiagnostic } from '../rule-ids.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckedCharter } from '../check/check-charter.js';

import { asToolError, writeError } from '../errors.js';
import { pagesOfHeadings, readOutline } from '../pdf/outline.js';
import type { PrintResult, PrintService } from '../pdf/print-service.js';
import { printFurniture } from '../render/charter-html.js';
import { renderHandbook, type HandbookParts } from '../render/handbook-html.js';
import { RenderContext } from '../render/render-context.js';
import { withResults } from '../render/with-results.js';
import { TEMPLATES_DIR, type Template } from '../render/template.js';
import type { OutputKind, Written } from './build-charter.js';
import { writeAtomic } from './write-atomic.js';

/**
 * One staff handbook for every charter of the run, from the whole charters (staff parts
 * included), written into --out itself: handbook.html and handbook.pdf, or handbook.cy.html and
 * handbook.cy.pdf for the charters in a translation (suffix ".cy").
 */
export async function writeHandbook(charters: readonly CheckedCharter[], options: { outDir: string; outputs: ReadonlySet<OutputKind>; template: Template }, printer: PrintService, suffix = ''): Promise<Written> {
  const contexts = charters.map((c) => new RenderContext(withResults(c.charter!, c.results?.results), c.narrative, c.location.folder, { file: c.location.displayYaml, placeOf: textPlaces(c.source!) }, 'staff', [], c.results?.results));
  const page = await readFile(join(TEMPLATES_DIR, 'handbook', 'page.html'), 'utf8');
  const extraCss = await readFile(join(TEMPLATES_DIR, 'handbook', 'handbook.css'), 'utf8');
  const handbook = await renderHandbook(contexts, { ...options.template, page }, extraCss);
  // A translation's warnings repeat the source's: they are reported once, with the source's handbook.
  const diagnostics = suffix ? [] : contexts.flatMap((c) => c.warnings).map((w) => toolDiagnostic(w.file, w.position, 'remote-content', w.message));
  const files: string[] = [];
  const write = async (name: string, content: string | Uint8Array) => {
    await writeAtomic(join(options.outDir, name), content);
    files.push(join(options.outDir, name));
  };
  try {
    if (options.outputs.has('html')) await write(`handbook${suffix}.html`, handbook.html());
  } catch (error) {
    return { files, diagnostics, failure: writeError(error, options.outDir) };
  }
  if (!options.outputs.has('pdf')) return { files, diagnostics };
  let printed: PrintResult;
  try {
    const first = contexts[0]!;
    printed = await printWithPageNumbers(handbook, printer, { paper: first.charter.outputs?.public_document?.paper ?? 'A4', ...printFurniture(first, handbook.title) });
  } catch (error) {
    return { files, diagnostics, failure: asToolError(error) };
  }
  try {
    await write(`handbook${suffix}.pdf`, printed.pdf);
  } catch (error) {
    return { files, diagnostics, failure: writeError(error, options.outDir) };
  }
  return { files, diagnostics };
}

/**
 * Two passes (three at most): print, read from the PDF's bookmarks the page each heading landed
 * on, fill the numbers in, print again. The numbers take the same space in every pass, so the
 * layout, and with it the pages, does not move; a third pass covers the rare case that it does.
 */
async function printWithPageNumbers(handbook: HandbookParts, printer: PrintService, job: Omit<Parameters<PrintService['print']>[0], 'html'>): Promise<PrintResult> {
  const ids = handbook.toc.map((e) => e.id);
  let pages: Map<string, number> = placeholders(ids);
  let result: PrintResult | undefined;
  for (let pass = 0; pass < 3; pass++) {
    result = await printer.print({ ...job, html: handbook.html(pages, 'print') });
    const found = pagesOfHeadings(readOutline(result.pdf), [...handbook.headingsBefore, ...handbook.toc.map((e) => e.title)]).slice(handbook.headingsBefore.length);
    const next = new Map(handbook.toc.flatMap((e, i) => (found[i] === undefined ? [] : [[e.id, found[i]!] as const])));
    if (pass > 0 && sameMap(pages, next)) break;
    pages = next;
  }
  return result!;
}

/** "888" in every slot on the first pass, so the page numbers' width is there from the start. */
function placeholders(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id) => [id, 888]));
}

function sameMap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
