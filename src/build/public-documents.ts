import { textPlaces } from '../source/yaml/locate.js';
import { publicView } from '../model/audience.js';
import type { CheckedCharter } from '../check/check-charter.js';
import { printFurniture, renderPage } from '../render/charter-html.js';
import { RenderContext, type PlacedWarning } from '../render/render-context.js';
import { renderSections } from '../render/sections/index.js';
import { withResults } from '../render/with-results.js';
import { buildSummary } from '../summary/summary.js';
import { summaryHtml } from '../summary/summary-html.js';
import type { Template } from '../render/template.js';
import type { Paper, PrintJob } from '../pdf/print-service.js';
import type { LanguageLink } from './editions.js';

export interface PublicDocuments {
  html: string;
  summaryText: string;
  summaryHtml: string;
  /** What the printer needs to make charter.pdf from the same HTML. */
  printJob: PrintJob;
  maxPages: number | undefined;
  warnings: PlacedWarning[];
}

/** The website summary of a checked charter, from its public view with its latest results. */
function publicSummary(checked: CheckedCharter, shape?: number) {
  const charter = publicView(withResults(checked.charter!, checked.results?.results));
  return buildSummary(charter, { ...(checked.results ? { results: checked.results.results } : {}), ...(shape !== undefined ? { shape } : {}) });
}

/**
 * Renders the public outputs of a checked, error-free charter from its public view: staff-only
 * items and the staff section are removed before any renderer sees the charter.
 */
export async function renderPublic(checked: CheckedCharter, template: Template, languages: readonly LanguageLink[] = [], source?: CheckedCharter): Promise<PublicDocuments> {
  const charter = publicView(withResults(checked.charter!, checked.results?.results));
  const ctx = new RenderContext(charter, checked.narrative, checked.location.folder, { file: checked.location.displayYaml, placeOf: textPlaces(checked.source!) }, 'public', languages, checked.results?.results);
  const sections = await renderSections(ctx);
  const title = charter.meta.title;
  const page = await renderPage(ctx, template, { title, sections });
  // A translation's summary keeps the parts the source language's summary kept.
  const shape = source ? publicSummary(source).shape : undefined;
  const summary = publicSummary(checked, shape);
  const paper: Paper = charter.outputs?.public_document?.paper ?? 'A4';
  return {
    html: page.html,
    summaryText: `${summary.text}\n`,
    summaryHtml: summaryHtml(charter, summary),
    // The PDF is printed from the print version of the same page: <details> open, as paper cannot be clicked.
    printJob: { html: page.printHtml, paper, ...printFurniture(ctx, title) },
    maxPages: charter.outputs?.public_document?.max_pages,
    warnings: ctx.warnings,
  };
}
