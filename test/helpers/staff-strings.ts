import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';

/**
 * Shared by the HTML and PDF tests: the strings of a charter that only staff may read, taken
 * from the source itself (charter.yaml and its narrative), so the tests follow the examples.
 */

export const EXAMPLES = ['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

/** Collapses whitespace, so line wrapping in YAML, Markdown or HTML does not matter. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

type Yaml = Record<string, unknown>;

export interface CharterSource {
  folder: string;
  yaml: Yaml;
  narrative: string;
}

export async function readSource(folder: string): Promise<CharterSource> {
  const yaml = parse(await readFile(join(folder, 'charter.yaml'), 'utf8')) as Yaml;
  let narrative = '';
  try {
    narrative = await readFile(join(folder, 'narrative.md'), 'utf8');
  } catch {
    // A charter without narrative.
  }
  return { folder, yaml, narrative };
}

/** The narrative split at its `## ` headings: id, whether it is staff-only, and its lines. */
export function narrativeBlocks(narrative: string): Array<{ id: string; staff: boolean; body: string }> {
  const blocks: Array<{ id: string; staff: boolean; body: string }> = [];
  for (const chunk of narrative.split(/^(?=## )/m)) {
    const [heading, ...lines] = chunk.split('\n');
    const match = /\{#([^\s}]+)([^}]*)\}\s*$/.exec(heading ?? '');
    if (!heading?.startsWith('## ') || !match) continue;
    blocks.push({ id: match[1]!, staff: /audience=staff/.test(match[2]!), body: lines.join('\n') });
  }
  return blocks;
}

/** Sentences of a Markdown block that carry no Markdown syntax, long enough to be distinctive. */
function sentences(markdown: string): string[] {
  const out: string[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const text = normalise(paragraph.replace(/^\s*(\d+\.|[-*+])\s+/gm, ' '));
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (sentence.split(' ').length >= 6 && !/[*_`[\]<>#|]/.test(sentence)) out.push(sentence);
    }
  }
  return out;
}

const STAFF_ITEM_FIELDS = ['label', 'name', 'title', 'commitment', 'text', 'contact', 'description'];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

function asList(value: unknown): Yaml[] {
  return Array.isArray(value) ? (value as Yaml[]) : [];
}

/**
 * Everything staff-only: the staff section's checklist, internal standards, contacts and
 * escalation rules; every item marked `audience: staff`; and sentences of narrative blocks
 * marked `audience=staff`. Strings that the public part of the charter also says (the managing
 * director is named as the approver, say) are left out: they are not a leak when they appear.
 */
export function staffOnlyStrings(source: CharterSource): string[] {
  const { yaml } = source;
  const staff = (yaml.staff ?? {}) as Yaml;
  const found: string[] = [];
  found.push(...asList(staff.induction_checklist).map(String));
  found.push(...asList(staff.escalation_rules).map(String));
  for (const standard of asList(staff.internal_standards)) {
    for (const key of ['title', 'commitment']) if (typeof standard[key] === 'string') found.push(standard[key] as string);
  }
  for (const contact of asList(staff.internal_contacts)) {
    for (const key of ['name', 'contact', 'when']) if (typeof contact[key] === 'string') found.push(contact[key] as string);
  }

  const publicYaml: Yaml = {};
  for (const [key, value] of Object.entries(yaml)) {
    if (key === 'staff') continue;
    if (['channels', 'services', 'standards', 'rights', 'obligations'].includes(key) && Array.isArray(value)) {
      const items = value as Yaml[];
      for (const item of items.filter((i) => i.audience === 'staff')) {
        for (const field of STAFF_ITEM_FIELDS) if (typeof item[field] === 'string') found.push(item[field] as string);
      }
      publicYaml[key] = items.filter((i) => i.audience !== 'staff');
    } else {
      publicYaml[key] = value;
    }
  }

  const blocks = narrativeBlocks(source.narrative);
  for (const block of blocks.filter((b) => b.staff)) found.push(...sentences(block.body));

  const publicText = [...strings(publicYaml), ...blocks.filter((b) => !b.staff).map((b) => b.body)].map(normalise).join('\n');
  return [...new Set(found.map(normalise))].filter((text) => text.length >= 6 && !publicText.includes(text));
}

/** The strings of every standard the public may read (for "every commitment appears"). */
export function publicCommitments(source: CharterSource): string[] {
  return asList(source.yaml.standards)
    .filter((s) => s.audience !== 'staff')
    .map((s) => normalise(String(s.commitment)));
}

export function parseHtml(html: string): Root {
  return fromHtml(html) as Root;
}

/** Text a reader (or a crawler) can get from a page: its text, joined two ways, and every attribute value. */
export function readableText(tree: Root | Element): string[] {
  const pieces: string[] = [];
  const attributes: string[] = [];
  visit(tree, (node: Root | RootContent) => {
    if (node.type === 'text') pieces.push(node.value);
    if (node.type === 'element') {
      for (const value of Object.values(node.properties)) {
        if (typeof value === 'string') attributes.push(value);
        else if (Array.isArray(value)) attributes.push(value.join(' '));
      }
    }
  });
  return [normalise(pieces.join('')), normalise(pieces.join(' ')), normalise(attributes.join(' \n '))];
}

export function textOf(node: Root | Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c as RootContent)).join('');
  return '';
}

/** Elements matching a predicate, in document order. */
export function elements(tree: Root | Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) out.push(node);
  });
  return out;
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) ? value.includes(name) : value === name;
}

/** Staff strings found in any of the given texts (empty when nothing leaked). */
export function leaks(staff: readonly string[], texts: readonly string[]): string[] {
  return staff.filter((s) => texts.some((t) => t.includes(s)));
}
