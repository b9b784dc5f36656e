import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import type { Position } from '../diagnostics.js';
import { inlineImage } from './assets.js';

/** A problem met while rendering Markdown (a remote image, say), at its place in the source. */
export interface RenderWarning {
  position?: Position;
  message: string;
}

/**
 * What narrative may contain after sanitising: GitHub's rules (no script, style, iframe, object,
 * form, event handlers or javascript: URLs), and images only as data: URIs, which we make
 * ourselves from files inside the charter folder. Element ids get a prefix so they cannot clash
 * with the page's own.
 */
const SANITIZE_SCHEMA: Schema = Object.freeze({
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, src: ['data'] },
  // Elements whose content must go with them: CSS or markup inside would otherwise show as text.
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'title', 'textarea', 'xmp', 'noembed', 'noframes'],
  clobberPrefix: 'narrative-',
}) as Schema;

const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const parser = unified().use(remarkParse).use(remarkGfm);

export interface MarkdownContext {
  /** The charter folder, for relative images. */
  folder: string;
  /** Heading levels inside narrative start below the section's h2. */
  headingOffset?: number;
}

/** Renders Markdown nodes (a narrative block's content) to safe HAST, inlining local images. */
export async function renderBlock(content: RootContent[], context: MarkdownContext): Promise<{ nodes: ElementContent[]; warnings: RenderWarning[] }> {
  const mdast: MdastRoot = { type: 'root', children: structuredClone(content) };
  const hast = (await toHast.run(mdast)) as HastRoot;
  const warnings = await inlineImages(hast, context.folder);
  demoteHeadings(hast, context.headingOffset ?? 0);
  const clean = sanitize(hast, SANITIZE_SCHEMA) as HastRoot;
  return { nodes: clean.children as ElementContent[], warnings };
}

/**
 * Renders a short Markdown text from a YAML field (bold, links, lists). A single paragraph is
 * unwrapped so it can sit inside a table cell or a sentence.
 */
export async function renderText(text: string, context: MarkdownContext): Promise<{ nodes: ElementContent[]; warnings: RenderWarning[] }> {
  const tree = parser.parse(text) as MdastRoot;
  const rendered = await renderBlock(tree.children, context);
  const meaningful = rendered.nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  if (meaningful.length === 1 && meaningful[0]!.type === 'element' && meaningful[0]!.tagName === 'p') {
    return { nodes: meaningful[0]!.children, warnings: rendered.warnings };
  }
  return { nodes: rendered.nodes, warnings: rendered.warnings };
}

async function inlineImages(tree: HastRoot, folder: string): Promise<RenderWarning[]> {
  const images: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') images.push(node);
  });
  const warnings: RenderWarning[] = [];
  for (const image of images) {
    const src = typeof image.properties.src === 'string' ? image.properties.src : '';
    const result = src ? await inlineImage(folder, src) : { ok: false as const, reason: 'image without a source' };
    if (result.ok) {
      image.properties.src = result.dataUri;
    } else {
      // Keep the alternative text, drop the image: nothing is fetched from outside.
      const alt = typeof image.properties.alt === 'string' ? image.properties.alt : '';
      Object.assign(image, { type: 'element', tagName: 'span', properties: { className: ['image-dropped'] }, children: alt ? [{ type: 'text', value: `[${alt}]` }] : [] });
      warnings.push({ ...(image.position ? { position: toPosition(image.position) } : {}), message: result.reason });
    }
  }
  return warnings;
}

function demoteHeadings(tree: HastRoot, offset: number): void {
  if (offset <= 0) return;
  visit(tree, 'element', (node: Element) => {
    const match = /^h([1-6])$/.exec(node.tagName);
    if (match) node.tagName = `h${Math.min(6, Number(match[1]) + offset)}`;
    return node.tagName === 'pre' ? SKIP : undefined;
  });
}

function toPosition(p: { start: { line: number; column: number }; end: { line: number; column: number } }): Position {
  return { line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column };
}
