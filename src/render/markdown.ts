import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Definition, FootnoteDefinition, Root as MdastRoot, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import { parseMarkdown } from '../source/narrative/gfm-reading.js';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Position } from '../diagnostics.js';
import type { ImageInliner } from './assets.js';

/** A problem met while rendering Markdown (a remote image, say), at its place in the source. */
export interface RenderWarning {
  position?: Position;
  message: string;
}

/**
 * Attributes whose address the page never loads and no reader sees (`cite` on quotes, `longdesc`
 * on images, a microdata `itemtype`, a stray `action`). They are left out, so that no remote
 * address reaches the page without a warning. Links (`href`) are the author's, shown as links.
 */
const UNSEEN_ADDRESSES = new Set(['cite', 'longDesc', 'itemType', 'action']);

/** The prefix of every id the narrative brings into the page. */
const ID_PREFIX = 'narrative-';

/**
 * What narrative may contain after sanitising: GitHub's rules (no script, style, iframe, object,
 * form, event handlers or javascript: URLs), and images (`src`, and `srcset` in a `<picture>`)
 * only as data: URIs, which we make ourselves from files inside the charter folder. Element ids
 * get a prefix so they cannot clash with the page's own (see `renderBlock`).
 */
const SANITIZE_SCHEMA: Schema = Object.freeze({
  ...defaultSchema,
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {}).map(([tag, names]) => [tag, names.filter((name) => !UNSEEN_ADDRESSES.has(typeof name === 'string' ? name : name[0]))]),
  ),
  protocols: { ...defaultSchema.protocols, src: ['data'], srcSet: ['data'] },
  // Elements whose content must go with them: CSS or markup inside would otherwise show as text.
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'title', 'textarea', 'xmp', 'noembed', 'noframes'],
  clobberPrefix: ID_PREFIX,
}) as Schema;

/** The words GFM footnotes need, in the page's language. */
export interface MarkdownLabels {
  /** The (visually hidden) heading over a block's notes. */
  footnotes: string;
  /** The accessible name of the link from a note back to where it is referred to ("1", "1-2"). */
  backToReference: (reference: string) => string;
}

export interface MarkdownContext {
  /** The page's images: relative paths are read from the charter folder, each once, within the page's budget. */
  images: ImageInliner;
  labels: MarkdownLabels;
  /**
   * Unique within the page (a block's id): the rendering's ids are prefixed with it, so two blocks'
   * footnotes, or ids the author wrote, never clash.
   */
  scope: string;
  /** Link and footnote definitions of the whole narrative file: they apply in every block. */
  definitions?: ReadonlyArray<Definition | FootnoteDefinition>;
  /** The level of the content's top headings: one below the heading it is shown under (default 3, under a section's h2). */
  headingLevel?: number;
}

const toHastByLabels = new Map<string, ReturnType<typeof toHastProcessor>>();

function toHastProcessor(labels: MarkdownLabels) {
  return unified()
    .use(remarkRehype, {
      allowDangerousHtml: true,
      // The sanitizer prefixes every id once, with the rendering's scope; in-page links follow (linkInPage).
      clobberPrefix: '',
      footnoteLabel: labels.footnotes,
      footnoteBackLabel: (reference: number, rereference: number) => labels.backToReference(`${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`),
    })
    .use(rehypeRaw);
}

/** Renders Markdown nodes (a narrative block's content) to safe HAST, inlining local images. */
export async function renderBlock(content: RootContent[], context: MarkdownContext): Promise<{ nodes: ElementContent[]; warnings: RenderWarning[] }> {
  // The file's definitions first, in file order: as in CommonMark, the first definition of a label wins.
  const mdast: MdastRoot = { type: 'root', children: structuredClone([...(context.definitions ?? []), ...content]) };
  withoutDanglingNotes(mdast);
  const key = `${context.labels.footnotes}\u0000${context.labels.backToReference('\u0001')}`;
  let toHast = toHastByLabels.get(key);
  if (!toHast) toHastByLabels.set(key, (toHast = toHastProcessor(context.labels)));
  const hast = (await toHast.run(mdast)) as HastRoot;
  const warnings = await inlineImages(hast, context.images);
  const prefix = `${ID_PREFIX}${context.scope}-`;
  const clean = sanitize(hast, { ...SANITIZE_SCHEMA, clobberPrefix: prefix }) as HastRoot;
  linkInPage(clean, prefix);
  placeHeadings(clean, context.headingLevel ?? 3);
  return { nodes: clean.children as ElementContent[], warnings };
}

/**
 * Renders a short Markdown text from a YAML field (bold, links, lists). A single paragraph is
 * unwrapped so it can sit inside a table cell or a sentence.
 */
export async function renderText(text: string, context: MarkdownContext): Promise<{ nodes: ElementContent[]; warnings: RenderWarning[] }> {
  const tree = parseMarkdown(text);
  const rendered = await renderBlock(tree.children, context);
  const meaningful = rendered.nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  if (meaningful.length === 1 && meaningful[0]!.type === 'element' && meaningful[0]!.tagName === 'p') {
    return { nodes: meaningful[0]!.children, warnings: rendered.warnings };
  }
  return { nodes: rendered.nodes, warnings: rendered.warnings };
}

/**
 * A footnote reference whose note this rendering does not have (the note is in a staff block and
 * the page is public) stays as the author typed it, `[^note]`, instead of a link to nothing.
 */
function withoutDanglingNotes(tree: MdastRoot): void {
  const notes = new Set<string>();
  visit(tree, 'footnoteDefinition', (node) => {
    notes.add(node.identifier.toUpperCase());
  });
  visit(tree, 'footnoteReference', (node, index, parent) => {
    if (notes.has(node.identifier.toUpperCase()) || !parent || index === undefined) return;
    parent.children.splice(index, 1, { type: 'text', value: `[^${node.label ?? node.identifier}]` });
  });
}

async function inlineImages(tree: HastRoot, images: ImageInliner): Promise<RenderWarning[]> {
  const found: Element[] = [];
  const sources: Array<{ source: Element; parent: Element | HastRoot }> = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (node.tagName === 'img') found.push(node);
    if (node.tagName === 'source' && node.properties.srcSet !== undefined && parent) sources.push({ source: node, parent: parent as Element | HastRoot });
  });
  const warnings: RenderWarning[] = [];
  for (const image of found) {
    const src = typeof image.properties.src === 'string' ? image.properties.src : '';
    const result = src ? await images.inline(src) : { ok: false as const, reason: 'image without a source' };
    if (result.ok) {
      image.properties.src = result.dataUri;
    } else {
      // Keep the alternative text, drop the image: nothing is fetched from outside.
      const alt = typeof image.properties.alt === 'string' ? image.properties.alt : '';
      Object.assign(image, { type: 'element', tagName: 'span', properties: { className: ['image-dropped'] }, children: alt ? [{ type: 'text', value: `[${alt}]` }] : [] });
      warnings.push({ ...(image.position ? { position: toPosition(image.position) } : {}), message: result.reason });
    }
  }
  // A <picture>'s <source srcset> is an image too: each candidate is inlined, or the source is
  // dropped with the reason (the <img> inside the picture stays, as the one shown).
  for (const { source, parent } of sources) {
    const written = source.properties.srcSet;
    const candidates = srcsetCandidates(Array.isArray(written) ? written.join(',') : String(written));
    const inlined: string[] = [];
    let problem: string | undefined;
    for (const candidate of candidates) {
      const result = await images.inline(candidate.url);
      if (!result.ok) {
        problem = result.reason;
        break;
      }
      inlined.push(candidate.descriptor ? `${result.dataUri} ${candidate.descriptor}` : result.dataUri);
    }
    if (problem === undefined) {
      source.properties.srcSet = inlined.join(', ');
    } else {
      parent.children.splice(parent.children.indexOf(source), 1);
      warnings.push({ ...(source.position ? { position: toPosition(source.position) } : {}), message: problem });
    }
  }
  return warnings;
}

/**
 * The image candidates of a `srcset` ("small.png 1x, large.png 2x"), read as the HTML standard
 * reads them: a URL runs to white space, so a data: URI's comma does not end it.
 */
function srcsetCandidates(srcset: string): Array<{ url: string; descriptor: string }> {
  const candidates: Array<{ url: string; descriptor: string }> = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset[at]!)) at++;
    const start = at;
    while (at < srcset.length && !/\s/.test(srcset[at]!)) at++;
    let url = srcset.slice(start, at);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const from = at;
      let depth = 0;
      while (at < srcset.length && (srcset[at] !== ',' || depth > 0)) {
        if (srcset[at] === '(') depth++;
        else if (srcset[at] === ')') depth = Math.max(0, depth - 1);
        at++;
      }
      descriptor = srcset.slice(from, at).trim();
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

/**
 * The sanitizer prefixes ids but not the links to them (`#fn-1` must lead to `narrative-about-fn-1`):
 * a link to an id of this rendering gets the same prefix. Links to the page's own sections
 * (`#complaints`) are left as written.
 */
function linkInPage(tree: HastRoot, prefix: string): void {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  if (ids.size === 0) return;
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(`${prefix}${href.slice(1)}`)) {
      node.properties.href = `#${prefix}${href.slice(1)}`;
    }
  });
}

/**
 * Headings inside narrative sit under the heading they are shown with: the levels the author used
 * (`#`, `###`, raw `<h1>`) keep their order but start at `top` and skip none, so the page keeps its
 * one h1 and an outline without gaps. The heading over a block's footnotes is at `top`, hidden
 * from sight (screen readers still find the notes by it).
 */
function placeHeadings(tree: HastRoot, top: number): void {
  const headings: Element[] = [];
  const notes: Element[] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (!/^h[1-6]$/.test(node.tagName)) return;
    const footnotes = parent?.type === 'element' && parent.tagName === 'section' && parent.properties.dataFootnotes !== undefined;
    (footnotes ? notes : headings).push(node);
  });
  const level = (heading: Element) => Number(heading.tagName.slice(1));
  const levels = [...new Set(headings.map(level))].sort((a, b) => a - b);
  for (const heading of headings) heading.tagName = `h${Math.min(6, top + levels.indexOf(level(heading)))}`;
  for (const heading of notes) {
    heading.tagName = `h${Math.min(6, top)}`;
    heading.properties.className = ['visually-hidden'];
  }
}

function toPosition(p: { start: { line: number; column: number }; end: { line: number; column: number } }): Position {
  return { line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column };
}
