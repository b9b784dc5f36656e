import { randomBytes } from 'node:crypto';
import { hasErrors } from '../../diagnostics.js';
import { EVENTS_PATH, type Reply, type Site } from './http-server.js';
import type { LiveCharter, LiveState } from './live-charter.js';
import { panelProblems, problemsPage, servedPage, summaryPage, type PanelProblem } from './served-page.js';

/** The public page, the handbook, the summary, or a translation's page by its file name (charter.cy.html). */
type PageKind = 'public' | 'handbook' | 'summary' | { translation: string };

const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

/**
 * The site `charter serve` shows, and nothing more: the public page at / (and /charter.html, where
 * the language links point), each translation's page at /charter.<lang>.html, the website summary
 * at /summary, the PDF at /charter.pdf and, with --handbook, the staff handbook at /handbook. The
 * handbook holds staff-only content, so it is served only when asked for, as `build` writes it
 * only with --handbook.
 */
export function liveSite(live: LiveCharter, options: { instance: string; handbook: boolean; onPdfFailure: (message: string) => void }): Site {
  const page = (kind: PageKind): Reply => {
    // One snapshot: the page and the version it says it is come from the same state.
    const state = live.state;
    const nonce = randomBytes(18).toString('base64');
    const serve = { nonce, live: { instance: options.instance, version: state.version, events: EVENTS_PATH } };
    const problems = problemsOf(state);
    const headers = { 'X-Charter-Version': String(state.version), 'X-Charter-Instance': options.instance };
    const good = state.good;
    if (!good) return { status: 200, type: HTML, headers, body: problemsPage(problems ?? [], serve, 'charter: problems') };
    const { documents, checked } = good;
    if (typeof kind === 'object' && !good.translations.has(kind.translation)) return { status: 404, type: TEXT, headers, body: 'The charter has no translation of that name now.\n' };
    const source =
      typeof kind === 'object'
        ? good.translations.get(kind.translation)!
        : kind === 'public'
          ? documents.html
          : kind === 'handbook'
            ? good.handbook!
            : summaryPage(documents.summaryHtml, documents.summaryText, checked.charter!.meta.languages.primary, checked.charter!.meta.title);
    return { status: 200, type: HTML, headers, body: servedPage(source, { ...serve, ...(problems ? { problems } : {}) }) };
  };

  const pdf = async (): Promise<Reply> => {
    const answer = await live.pdf();
    if (answer.ok) return { status: 200, type: 'application/pdf', body: answer.pdf, headers: { 'Content-Disposition': 'inline; filename="charter.pdf"' } };
    if (answer.reason === 'no-version') return { status: 503, type: TEXT, body: 'The charter has errors, so there is no PDF yet. The page at / lists them.\n' };
    options.onPdfFailure(answer.message);
    return { status: 500, type: TEXT, body: `charter could not print the PDF: ${answer.message}\n` };
  };

  return {
    current: () => ({ instance: options.instance, version: live.state.version }),
    reply: async (path) => {
      await live.ready;
      switch (path) {
        case '/':
        case '/charter.html':
          return page('public');
        case '/summary':
          return page('summary');
        case '/charter.pdf':
          return pdf();
        case '/handbook':
          return options.handbook ? page('handbook') : { status: 404, type: TEXT, body: 'The staff handbook is served only when charter serve is started with --handbook.\n' };
        default:
          // A translation's page, as the language links name it: /charter.cy.html.
          return /^\/charter\.[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\.html$/.test(path) ? page({ translation: path.slice(1) }) : undefined;
      }
    },
  };
}

/** The panel's lines when the source has errors (or could not be checked); none when it has only warnings. */
function problemsOf(state: LiveState): PanelProblem[] | undefined {
  if (state.failures.length === 0 && !hasErrors(state.diagnostics)) return undefined;
  return panelProblems(state.diagnostics, state.failures);
}
