// Building charters and reading their pages as a reader would: the HTML parsed, text as shown.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { Charter } from '../../src/model/charter.js';
import { exampleFile, ROOT, writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

export interface Page {
  html: string;
  tree: Root;
  charter: Charter;
}

export const EXAMPLES = readdirSync(join(ROOT, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Builds the HTML of every example in one run and reads each page. */
export async function examplePages(): Promise<Map<string, Page>> {
  const out = await temporaryFolder('charter-pages-');
  const result = await runInProcess(['build', ...EXAMPLES.map((e) => `examples/${e}`), '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
  expect(result.code, result.stderr).toBe(0);
  const pages = new Map<string, Page>();
  for (const example of EXAMPLES) {
    const charter = parse(await exampleFile(example)) as Charter;
    const html = await readFile(join(out, charter.meta.id, 'charter.html'), 'utf8');
    pages.set(example, { html, tree: fromHtml(html), charter });
  }
  return pages;
}

/** Builds the HTML of an example changed by `change` (its charter.yaml text in, changed text out). */
export async function changedExamplePage(example: string, change: (yaml: string) => string): Promise<Page> {
  const yaml = change(await exampleFile(example));
  const folder = await writeCharter({ 'charter.yaml': yaml, 'narrative.md': await exampleFile(example, 'narrative.md') });
  const out = await temporaryFolder('charter-page-');
  const result = await runInProcess(['build', folder, '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
  expect(result.code, result.stderr).toBe(0);
  const html = await readFile(join(out, 'charter.html'), 'utf8');
  return { html, tree: fromHtml(html), charter: parse(yaml) as Charter };
}

export function elements(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (n: Root | RootContent) => {
    if (n.type === 'element' && test(n)) found.push(n);
    if ('children' in n) n.children.forEach(visit);
  };
  visit(node);
  return found;
}

export const byTag = (tag: string) => (e: Element) => e.tagName === tag;
export const hasClass = (e: Element, name: string) => ((e.properties.className as string[] | undefined) ?? []).includes(name);

/** Direct children that are elements, with one of the tags. */
export function childElements(node: Element, ...tags: string[]): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element' && tags.includes(c.tagName));
}

/** The text a sighted reader sees: visually hidden parts left out, white space (including no-break spaces) as one space. */
export function shownText(node: Root | RootContent): string {
  const walk = (n: Root | RootContent): string => {
    if (n.type === 'text') return n.value;
    if (n.type === 'element' && hasClass(n, 'visually-hidden')) return '';
    if (n.type === 'element' && n.tagName === 'br') return ' ';
    return 'children' in n ? n.children.map(walk).join('') : '';
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** The text as written in the source, no-break spaces kept. */
export function rawText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(rawText).join('') : '';
}

/** A table's header cells and its body rows' cells (th and td, in order). */
export function tableGrid(table: Element): { headers: Element[]; rows: Element[][] } {
  const thead = childElements(table, 'thead')[0];
  const tbody = childElements(table, 'tbody')[0];
  const headers = thead ? childElements(childElements(thead, 'tr')[0]!, 'th', 'td') : [];
  const rows = tbody ? childElements(tbody, 'tr').map((tr) => childElements(tr, 'th', 'td')) : [];
  return { headers, rows };
}
