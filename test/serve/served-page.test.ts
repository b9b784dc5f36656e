// The served copy of a page: what charter serve adds (the policy's nonce, the live script, the
// problems panel) and that a charter's own text cannot move or imitate any of it.
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderPublic } from '../../src/build/public-documents.js';
import { panelProblems, servedPage, widenPolicy } from '../../src/cli/serve/served-page.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadTemplate } from '../../src/render/template.js';
import { parseDocument } from 'yaml';
import { checkFiles, exampleFile, ROOT } from '../helpers/charter-fixture.js';
import { elements, parseHtml } from '../helpers/staff-strings.js';

const live = { instance: 'test', version: 3, events: '/_charter/events' };
const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q=';

function scripts(tree: Root): Element[] {
  return elements(tree, (e) => e.tagName === 'script');
}

function policies(tree: Root): string[] {
  return elements(tree, (e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'content-security-policy').map((e) => String(e.properties.content));
}

async function renderedWithSummary(summary: string): Promise<string> {
  const yaml = await exampleFile('brightwater-plumbing');
  const narrative = await exampleFile('brightwater-plumbing', 'narrative.md');
  const document = parseDocument(yaml);
  document.setIn(['about', 'summary'], summary);
  const checked = await checkFiles({ 'charter.yaml': document.toString({ lineWidth: 0 }), 'narrative.md': narrative });
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return (await renderPublic(checked, await loadTemplate('charter', ROOT))).html;
}

describe('the served copy of a page', () => {
  it('widens the policy by the nonce and the server itself, nothing more', () => {
    expect(widenPolicy("default-src 'none'; img-src data:; style-src 'unsafe-inline'", 'abc')).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-abc'; connect-src 'self'");
    // A template's own script or connect rules give way to these two.
    expect(widenPolicy("default-src 'none'; script-src *; connect-src https:; script-src-attr 'unsafe-inline'", 'abc')).toBe("default-src 'none'; script-src 'nonce-abc'; connect-src 'self'");
  });

  it("has one script, with the nonce, after the page's own policy; a charter's text cannot move it", async () => {
    const hostile = 'We fix pipes. </head><body><meta http-equiv="Content-Security-Policy" content="script-src *"> <script>alert(1)</script> > done.';
    const html = await renderedWithSummary(hostile);
    // The case at hand: the first "</head>" in the page is inside the description's attribute.
    expect(html.indexOf('</head>')).toBeLessThan(html.indexOf('<title>'));
    const served = servedPage(html, { nonce: NONCE, live });
    const tree = parseHtml(served);
    const found = scripts(tree);
    expect(found).toHaveLength(1);
    expect(found[0]!.properties.nonce).toBe(NONCE);
    const head = elements(tree, (e) => e.tagName === 'head')[0]!;
    expect(elements(head, (e) => e.tagName === 'script')).toHaveLength(1);
    expect(policies(tree)).toEqual([`default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'; script-src 'nonce-${NONCE}'; connect-src 'self'`]);
    // The description keeps the text as written.
    const description = elements(tree, (e) => e.tagName === 'meta' && e.properties.name === 'description')[0]!;
    expect(description.properties.content).toBe(hostile);
    // Everything else is the page as built.
    expect(served.replace(/<meta http-equiv="Content-Security-Policy"[^>]*><style data-charter-live>[\s\S]*?<\/script>/, '')).toBe(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  });

  it('gives a template without a policy one that allows only this script', () => {
    const served = servedPage('<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>', { nonce: NONCE, live });
    expect(policies(parseHtml(served))).toEqual([`script-src 'nonce-${NONCE}'; connect-src 'self'`]);
    expect(served.indexOf('<meta http-equiv')).toBeLessThan(served.indexOf('<script'));
  });

  it('lays the panel over the page, errors first, with the text of the messages escaped', async () => {
    const html = await renderedWithSummary('We fix pipes and boilers in Leeds.');
    const at = { line: 12, column: 5, endLine: 12, endColumn: 9 };
    const diagnostics: Diagnostic[] = [
      { ...at, file: 'a/charter.yaml', severity: 'warning', rule: 'reading-grade', message: 'long words' },
      { ...at, line: 40, file: 'a/charter.yaml', severity: 'error', rule: 'schema', message: 'standard "<script>alert(1)</script>": a target is needed' },
    ];
    const served = servedPage(html, { nonce: NONCE, live, problems: panelProblems(diagnostics) });
    const tree = parseHtml(served);
    expect(scripts(tree)).toHaveLength(1);
    const items = elements(tree, (e) => e.tagName === 'li' && String(e.properties.className).startsWith('charter-live-'));
    const text = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
    expect(items.map(text)).toEqual([
      'a/charter.yaml:40:5 error standard "<script>alert(1)</script>": a target is needed schema',
      'a/charter.yaml:12:5 warning long words reading-grade',
    ]);
    const body = elements(tree, (e) => e.tagName === 'body')[0]!;
    const last = body.children.filter((c): c is Element => c.type === 'element').at(-1)!;
    expect(last.properties.id).toBe('charter-live-problems');
  });
});
