import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckedCharter } from '../compile.js';
import { readOutline, pagesOfHeadings } from '../pdf/outline.js';
import type { PrintResult } from '../pdf/printer.js';
import { printFurniture } from '../render/charter-html.js';
import { renderHandbook } from '../render/handbook-html.js';
import { RenderContext, type PlacedWarning } from '../render/render-context.js';
import { TEMPLATES_DIR, type Template } from '../render/template.js';
import type { PrintService } from '../build.js';

export interface Handbook {
  html: string;
  /** Prints the PDF with the table of contents' page numbers filled in. */
  printPdf: (printer: PrintService) => Promise<PrintResult>;
  warnings: PlacedWarning[];
}

/** The staff handbook of every charter in the run, from the whole charter (staff parts included). */
export async function renderHandbookFor(charters: readonly CheckedCharter[], template: Template): Promise<Handbook> {
  const contexts = charters.map((c) => new RenderContext(c.charter!, c.narrative, c.location.folder, c.location.displayYaml, 'staff'));
  const page = await readFile(join(TEMPLATES_DIR, 'handbook', 'page.html'), 'utf8');
  const extraCss = await readFile(join(TEMPLATES_DIR, 'handbook', 'handbook.css'), 'utf8');
  const handbook = await renderHandbook(contexts, { ...template, page }, extraCss);
  const first = contexts[0]!;
  const paper = first.charter.outputs?.public_document?.paper ?? 'A4';
  const furniture = printFurniture(first, handbook.title);

  /**
   * Two passes (three at most): print, read from the PDF's bookmarks the page each heading landed
   * on, fill the numbers in, print again. The numbers take the same space in every pass, so the
   * layout, and with it the pages, does not move; a third pass covers the rare case that it does.
   */
  const printPdf = async (printer: PrintService): Promise<PrintResult> => {
    let pages: Map<string, number> | undefined;
    let result: PrintResult | undefined;
    for (let pass = 0; pass < 3; pass++) {
      result = await printer.print({ html: handbook.html(pages ?? placeholders(handbook.toc.map((e) => e.id))), paper, ...furniture });
      const found = pagesOfHeadings(readOutline(result.pdf), handbook.toc.map((e) => e.title));
      const next = new Map(handbook.toc.flatMap((e, i) => (found[i] === undefined ? [] : [[e.id, found[i]!] as const])));
      if (pages && sameMap(pages, next)) break;
      pages = next;
    }
    return result!;
  };
  return { html: handbook.html(), printPdf, warnings: contexts.flatMap((c) => c.warnings) };
}

/** "888" in every slot on the first pass, so the page numbers' width is there from the start. */
function placeholders(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id) => [id, 888]));
}

function sameMap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
