import { toolDiagnostic } from '../../rule-ids.js';
import type { Definition, FootnoteDefinition, Heading, Root, RootContent } from 'mdast';
import { parseMarkdown } from './gfm-reading.js';
import { visit } from 'unist-util-visit';
import { type Diagnostic, type Position } from '../../diagnostics.js';

export type Audience = 'public' | 'staff';

/** One `## Title {#id audience=staff}` block and the Markdown that follows it, up to the next H2. */
export interface NarrativeBlock {
  id: string;
  title: string;
  audience: Audience;
  file: string;
  heading: Position;
  /** The block's content, without its heading. */
  content: RootContent[];
  /**
   * Every link and footnote definition of the block's file, in file order, shared by its blocks: as
   * in one CommonMark document, `[text][ref]` and `[^note]` find their definition anywhere in the file.
   */
  definitions: readonly NarrativeDefinition[];
}

/**
 * A `[ref]: url` or `[^note]: text` definition, and the audience of the block it is written in
 * (public above the first block). A link definition is only an address and applies everywhere; a
 * note is prose, and one written in a staff block is for staff.
 */
export interface NarrativeDefinition {
  node: Definition | FootnoteDefinition;
  audience: Audience;
}

export interface NarrativeFile {
  file: string;
  text: string;
  tree: Root;
  blocks: NarrativeBlock[];
}

/** `{#id}` or `{#id audience=staff}` at the end of a heading's text. */
const ATTRIBUTES = /\s*\{#([^\s}]+)((?:\s+[a-z_]+=[^\s}]+)*)\s*\}\s*$/;

/**
 * Splits a narrative file into blocks at its H2 headings and reports the structural problems of
 * docs/format.md (heading without id, duplicate ids, text before the first heading) at their
 * line and column in the Markdown file.
 */
export function parseNarrative(text: string, file: string, seenIds: Map<string, NarrativeBlock>): { narrative: NarrativeFile; diagnostics: Diagnostic[] } {
  const tree = parseMarkdown(text);
  const diagnostics: Diagnostic[] = [];
  const blocks: NarrativeBlock[] = [];
  const definitions: NarrativeDefinition[] = [];
  let current: NarrativeBlock | undefined;
  for (const node of tree.children) {
    // Definitions above the first block belong to no block: they are public, like the file itself.
    visit(node, (child) => {
      if (child.type === 'definition' || child.type === 'footnoteDefinition') definitions.push({ node: child, audience: current?.audience ?? 'public' });
    });
    if (node.type === 'heading' && node.depth === 2) {
      current = readHeading(node, text, file, diagnostics, definitions);
      if (!current) continue;
      const earlier = seenIds.get(current.id);
      if (earlier) {
        diagnostics.push(
          toolDiagnostic(file, current.heading, 'narrative-duplicate-id', `narrative block id "${current.id}" is used twice; the first is at ${earlier.file}:${earlier.heading.line}`),
        );
        current = undefined;
        continue;
      }
      seenIds.set(current.id, current);
      blocks.push(current);
      continue;
    }
    if (current) {
      current.content.push(node);
    } else if (!blocks.length && node.type !== 'html' && node.type !== 'definition' && !isHeadingWithoutBlock(node)) {
      if (!diagnostics.some((d) => d.rule === 'narrative-text-before-heading')) {
        diagnostics.push(
          toolDiagnostic(file, positionOf(node), 'narrative-text-before-heading', 'text before the first "## Heading {#id}" belongs to no section; start the file with a block heading'),
        );
      }
    }
  }
  return { narrative: { file, text, tree, blocks }, diagnostics };
}

function isHeadingWithoutBlock(node: RootContent): boolean {
  // An H1 title over the whole file is harmless and common; deeper headings before any block are not.
  return node.type === 'heading' && node.depth === 1;
}

function readHeading(node: Heading, text: string, file: string, diagnostics: Diagnostic[], definitions: readonly NarrativeDefinition[]): NarrativeBlock | undefined {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const raw = text.slice(start, end).replace(/^#+\s*/, '').replace(/\s+#+\s*$/, '');
  const match = ATTRIBUTES.exec(raw);
  const heading = positionOf(node);
  if (!match) {
    diagnostics.push(
      toolDiagnostic(file, heading, 'narrative-heading', `heading "${raw.trim()}" has no id; write it as "## ${raw.trim()} {#some-id}" so a section can use it`),
    );
    return undefined;
  }
  const id = match[1]!;
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) && !/^[a-z_]+$/.test(id)) {
    diagnostics.push(toolDiagnostic(file, heading, 'narrative-heading', `"${id}" is not a valid block id: use lower-case letters, digits and hyphens`));
    return undefined;
  }
  let audience: Audience = 'public';
  for (const attribute of match[2]!.trim().split(/\s+/).filter(Boolean)) {
    const [name, value] = attribute.split('=') as [string, string];
    if (name === 'audience' && (value === 'staff' || value === 'public')) audience = value;
    else {
      diagnostics.push(toolDiagnostic(file, heading, 'narrative-heading', `unknown heading attribute "${attribute}"; the only one is audience=staff (or audience=public)`));
    }
  }
  return { id, title: raw.slice(0, match.index).trim(), audience, file, heading, content: [], definitions };
}

export function positionOf(node: { position?: { start: { line: number; column: number }; end: { line: number; column: number } } }): Position {
  const p = node.position;
  if (!p) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column };
}
