import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Diagnostic } from '../../diagnostics.js';
import { liveClient, type LiveClientConfig } from './live-client.js';

/**
 * What `charter serve` adds to a page it sends, and only there: the live script, allowed by a
 * nonce, and the problems panel. The built files stay as `charter build` writes them, without
 * script; the served copy's Content-Security-Policy is widened by exactly `script-src 'nonce-…'`
 * (this script) and `connect-src 'self'` (its event stream and its fetch of the new page).
 */

/** The built page's policy, for a page without one of its own (the problems page, the summary page). */
export const PAGE_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

/** One line of the panel: where (file:line:column), what, and the rule; a failure of the tool has no place. */
export interface PanelProblem {
  where?: string;
  severity: 'error' | 'warning';
  message: string;
  rule?: string;
}

export function panelProblems(diagnostics: readonly Diagnostic[], failures: readonly string[] = []): PanelProblem[] {
  const lines = diagnostics.map((d): PanelProblem => ({ where: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message: d.message, rule: d.rule }));
  // Errors first, then warnings, each in the order `charter check` gives them.
  return [...failures.map((message): PanelProblem => ({ severity: 'error', message })), ...lines.filter((p) => p.severity === 'error'), ...lines.filter((p) => p.severity === 'warning')];
}

export interface ServeOptions {
  nonce: string;
  live: LiveClientConfig;
  /** Shown over the page when the source has errors. */
  problems?: PanelProblem[];
}

/**
 * The served copy of a built page. The page is the serialiser's own output (hast-util-to-html),
 * so its tags have one known form and are edited as text: parsing a page with its inlined images
 * again on every save would cost more than the rest of the update.
 */
export function servedPage(html: string, options: ServeOptions): string {
  const policyMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(widenPolicy(policy, options.nonce))}">`;
  let placed = false;
  // The script goes right after the page's policy, so it is parsed under it. A user's text cannot
  // pose as that tag: in an attribute its quotes are escaped, and in text so is its "<".
  let page = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    if (attribute(tag, 'http-equiv')?.toLowerCase() !== 'content-security-policy') return tag;
    const widened = policyMeta(attribute(tag, 'content') ?? '');
    if (placed) return widened;
    placed = true;
    return `${widened}${liveHead(options)}`;
  });
  // A custom template without a policy still gets one, allowing this script alone. (The opening
  // <head> tag comes before any user text.)
  if (!placed) page = insertAt(page, /<head\b[^>]*>/i, `${policyMeta('')}${liveHead(options)}`, 'after-first');
  // The panel goes last in <body>: the closing tag at the very end is the page's own, whatever
  // attributes before it hold (an attribute's "<" is not escaped).
  if (options.problems && options.problems.length > 0) page = insertAt(page, /<\/body>/i, toHtml(panel(options.problems, 'over-page')), 'before-last');
  return page;
}

/** The panel's style and the live script, for <head>. */
function liveHead(options: ServeOptions): string {
  // JSON in a script: "<" escaped, so no value can close the element.
  const config = JSON.stringify(options.live).replace(/</g, '\\u003c');
  return `<style data-charter-live>${PANEL_CSS}</style><script nonce="${escapeAttribute(options.nonce)}">(${liveClient.toString()})(${config});</script>`;
}

/**
 * A page for when there is no good version to show yet (the charter had errors from the start):
 * the panel alone, with the live script, so the page appears by itself once the errors are fixed.
 */
export function problemsPage(problems: PanelProblem[], options: Omit<ServeOptions, 'problems'>, title: string): string {
  return servedPage(toHtml(ownPage(title, [], h('body', { className: 'charter-live-empty' }, [panel(problems, 'alone')]))), options);
}

/** /summary: the website paragraph as summary.html has it, and the plain text of summary.txt. */
export function summaryPage(summaryHtml: string, summaryText: string, lang: string, title: string): string {
  const paragraph = fromHtml(summaryHtml, { fragment: true }).children as ElementContent[];
  const body = h('body', [
    h('main', [
      h('h1', 'Website summary'),
      h('p', { className: 'charter-live-note' }, 'The paragraph for the organisation\'s website, as summary.html holds it:'),
      h('div', { className: 'charter-live-summary', lang }, paragraph),
      h('h2', 'As plain text (summary.txt)'),
      h('pre', { lang }, summaryText),
    ]),
  ]);
  return toHtml(ownPage(`Website summary: ${title}`, [h('style', SUMMARY_CSS)], body));
}

/** A page of the server's own (not the charter's), in English, under the served pages' policy. */
function ownPage(title: string, head: Element[], body: Element): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: PAGE_POLICY }),
          h('title', title),
          ...head,
        ]),
        body,
      ]),
    ],
  };
}

function panel(problems: PanelProblem[], placement: 'over-page' | 'alone'): Element {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counted = [plural(errors, 'error'), ...(warnings > 0 ? [plural(warnings, 'warning')] : [])].join(' and ');
  const heading = placement === 'over-page' ? `The charter has ${counted}. This page shows the last version without errors.` : `The charter has ${counted}, so there is no page to show yet.`;
  return h('aside', { id: 'charter-live-problems', className: 'charter-live-problems', role: 'alert', 'aria-labelledby': 'charter-live-problems-heading' }, [
    h('h2', { id: 'charter-live-problems-heading' }, heading),
    h('p', 'Fix these in the files and save: the page updates by itself.'),
    h(
      'ol',
      problems.map((p) =>
        h('li', { className: `charter-live-${p.severity}` }, [
          ...(p.where ? [h('code', { className: 'charter-live-where' }, p.where), ' '] : []),
          h('span', { className: 'charter-live-severity' }, p.severity),
          ' ',
          h('span', { className: 'charter-live-message' }, p.message),
          ...(p.rule ? [' ', h('code', { className: 'charter-live-rule' }, p.rule)] : []),
        ]),
      ),
    ),
  ]);
}

/**
 * The policy of the served copy: the page's own, with its script-src and connect-src (if any)
 * replaced by this script's nonce and the server itself. Nothing else is loosened.
 */
export function widenPolicy(policy: string, nonce: string): string {
  const kept = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(?:script-src|script-src-elem|script-src-attr|connect-src)(?:\s|$)/i.test(directive));
  return [...kept, `script-src 'nonce-${nonce}'`, "connect-src 'self'"].join('; ');
}

/** A double-quoted attribute's value, as the serialiser writes it (character references undone). */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag);
  return match ? decodeReferences(match[1]!) : undefined;
}

function decodeReferences(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|apos));?/gi, (whole, hex: string | undefined, decimal: string | undefined, named: string | undefined) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(Number(decimal));
    return ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[named!.toLowerCase()] ?? whole;
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Inserts after the first match, or before the last one; at the very end when the page has no such tag. */
function insertAt(page: string, tag: RegExp, insert: string, where: 'after-first' | 'before-last'): string {
  let index = -1;
  if (where === 'after-first') {
    const match = tag.exec(page);
    if (match) index = match.index + match[0].length;
  } else {
    for (const match of page.matchAll(new RegExp(tag.source, 'gi'))) index = match.index;
  }
  return index < 0 ? `${page}${insert}` : `${page.slice(0, index)}${insert}${page.slice(index)}`;
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

// The panel's own look, with its own class names so a template's CSS does not restyle it.
const PANEL_CSS = `
.charter-live-problems { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 2147483647; max-height: 45vh; overflow: auto;
  margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem; background: #fff; color: #1b1b1b; border: 3px solid #b00020; border-radius: 6px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.35); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; text-align: left; }
.charter-live-empty .charter-live-problems { position: static; margin: 2rem auto; max-height: none; }
.charter-live-problems h2 { margin: 0 0 0.25rem; padding: 0; border: 0; font-size: 1.05rem; color: #b00020; }
.charter-live-problems p { margin: 0 0 0.5rem; }
.charter-live-problems ol { margin: 0; padding-left: 1.5rem; }
.charter-live-problems li { margin: 0.35rem 0; }
.charter-live-problems code { font: 0.9em/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.charter-live-where { font-weight: bold; }
.charter-live-severity { text-transform: uppercase; font-size: 0.8em; font-weight: bold; letter-spacing: 0.04em; }
.charter-live-error .charter-live-severity { color: #b00020; }
.charter-live-warning .charter-live-severity { color: #7a5200; }
.charter-live-rule { color: #555; }
@media print { .charter-live-problems { display: none; } }
`;

const SUMMARY_CSS = `
body { margin: 0; font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff; }
main { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
.charter-live-note { color: #555; }
.charter-live-summary { border-left: 4px solid #1d4f91; padding: 0.25rem 1rem; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 1rem; }
`;
