import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckedCharter } from '../check/check-charter.js';
import type { Diagnostic } from '../diagnostics.js';
import { renderHandbook } from '../render/handbook-html.js';
import { RenderContext } from '../render/render-context.js';
import { withResults } from '../render/with-results.js';
import { TEMPLATES_DIR, type Template } from '../render/template.js';
import { toolDiagnostic } from '../rule-ids.js';
import { textPlaces } from '../source/yaml/locate.js';

/**
 * The staff handbook's screen page, in memory, for `charter serve`: the whole charters (staff
 * parts included), with the handbook template and its CSS, as writeHandbook renders it before it
 * writes handbook.html. (writeHandbook keeps its own copy of these lines for now; it can call this.)
 */
export async function renderHandbookPage(charters: readonly CheckedCharter[], template: Template): Promise<{ html: string; diagnostics: Diagnostic[] }> {
  const contexts = charters.map((c) => new RenderContext(withResults(c.charter!, c.results?.results), c.narrative, c.location.folder, { file: c.location.displayYaml, placeOf: textPlaces(c.source!) }, 'staff', [], c.results?.results));
  const page = await readFile(join(TEMPLATES_DIR, 'handbook', 'page.html'), 'utf8');
  const extraCss = await readFile(join(TEMPLATES_DIR, 'handbook', 'handbook.css'), 'utf8');
  const handbook = await renderHandbook(contexts, { ...template, page }, extraCss);
  const diagnostics = contexts.flatMap((c) => c.warnings).map((w) => toolDiagnostic(w.file, w.position, 'remote-content', w.message));
  return { html: handbook.html(), diagnostics };
}
