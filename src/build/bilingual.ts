import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { CheckedCharter } from '../check/check-charter.js';
import { publicView } from '../model/audience.js';
import type { PrintService } from '../pdf/print-service.js';
import { printFurniture, renderPage } from '../render/charter-html.js';
import { RenderContext } from '../render/render-context.js';
import { renderSections } from '../render/sections/index.js';
import { withResults } from '../render/with-results.js';
import type { Template } from '../render/template.js';
import { textPlaces } from '../source/yaml/locate.js';
import { printCharterPdf, type PrintedPdf } from './build-charter.js';
import type { Edition } from './editions.js';

/** The two editions `outputs.public_document.bilingual` names, in its order; undefined when it names none or one is not built. */
export function bilingualPair(checked: CheckedCharter, editions: readonly Edition[]): [Edition, Edition] | undefined {
  const wanted = checked.charter?.outputs?.public_document?.bilingual;
  if (!wanted || wanted.length !== 2) return undefined;
  const find = (lang: string) => editions.find((e) => e.lang.toLowerCase() === lang.toLowerCase() && !e.summaryOnly);
  const first = find(wanted[0]!);
  const second = find(wanted[1]!);
  return first && second ? [first, second] : undefined;
}

/**
 * charter.bilingual.pdf: both languages in one document, section by section, the first language
 * first (as the Welsh Language Standards and Kenya's display charters ask), so a reader never
 * hunts for the other language. Each section of the second language follows its counterpart,
 * marked with its language (screen readers and the PDF's tags switch voice), its ids suffixed so
 * that both languages' links and notes stay distinct.
 */
export async function printBilingualPdf(checked: CheckedCharter, [first, second]: [Edition, Edition], template: Template, printer: PrintService, onPrinted?: () => void): Promise<PrintedPdf> {
  // The page-count warning is the single-language PDF's (the job has no max_pages): a bilingual one is expected to be longer.
  return printCharterPdf(checked, await bilingualPrintJob(checked, first, second, template), printer, onPrinted);
}

async function bilingualPrintJob(checked: CheckedCharter, first: Edition, second: Edition, template: Template) {
  const context = (edition: Edition) => {
    const charter = publicView(withResults(edition.checked.charter!, checked.results?.results));
    return new RenderContext(charter, edition.checked.narrative, checked.location.folder, { file: checked.location.displayYaml, placeOf: textPlaces(checked.source!) }, 'public', [], checked.results?.results);
  };
  const a = context(first);
  const b = context(second);
  const aSections = await renderSections(a);
  const bSections = new Map((await renderSections(b)).map((section) => [String(section.properties.id), inLanguage(section, second.lang)]));
  const sections: Element[] = [];
  for (const section of aSections) {
    sections.push(section);
    const counterpart = bSections.get(String(section.properties.id));
    if (counterpart) sections.push(counterpart);
  }
  const title = `${a.charter.meta.title} / ${b.charter.meta.title}`;
  const page = await renderPage(a, template, { title, sections, second: b });
  const paper = a.charter.outputs?.public_document?.paper ?? 'A4';
  return { printJob: { html: page.printHtml, paper, ...printFurniture(a, title, b) }, maxPages: undefined };
}

/** The section marked as written in `lang`, its ids and in-page links suffixed with the language. */
function inLanguage(section: Element, lang: string): Element {
  const copy = structuredClone(section);
  copy.properties.lang = lang;
  visit(copy, 'element', (element: Element) => {
    if (typeof element.properties.id === 'string') element.properties.id = `${element.properties.id}-${lang}`;
    const href = element.properties.href;
    if (typeof href === 'string' && href.startsWith('#')) element.properties.href = `${href}-${lang}`;
    for (const name of ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const) {
      const value: unknown = element.properties[name];
      const ids = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value.map(String) : undefined;
      if (ids) element.properties[name] = ids.map((id) => `${id}-${lang}`);
    }
  });
  return copy;
}
