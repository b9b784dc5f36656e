import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { formatDate } from '../words/index.js';
import type { RenderContext } from './render-context.js';
import { link } from './sections/elements.js';
import { fillTemplate, type Slots, type Template } from './template.js';

export interface PageParts {
  /** The document title (also the PDF's title metadata). */
  title: string;
  /** Extra content before the sections (the handbook's cover). */
  before?: ElementContent[];
  sections: Element[];
  /** Shown in the table of contents; defaults to every section's h2. */
  tocTitle?: string;
  /** The bilingual PDF's second language: its organisation name, version and date are given too. */
  second?: RenderContext;
}

/** A superseded charter says so before anything else, with the link to the one that replaces it. */
export function supersededNotice(ctx: RenderContext): Element | undefined {
  const { meta } = ctx.charter;
  if (meta.status !== 'superseded') return undefined;
  const t = ctx.catalog.meta;
  return h('p', { className: 'superseded', role: 'note' }, [h('strong', t.superseded), meta.superseded_by ? [' ', link(meta.superseded_by, t.supersededBy)] : []].flat());
}

/**
 * The page in its other languages, each named in its own language and marked with it (hreflang
 * for the link's target, lang for the name's pronunciation); the current one is not a link.
 */
function languageSwitch(ctx: RenderContext): Element | undefined {
  if (ctx.languages.length < 2) return undefined;
  const items = ctx.languages.map((l) =>
    h('li', l.current ? h('span', { lang: l.lang, ariaCurrent: 'page' }, l.name) : h('a', { href: l.href, hreflang: l.lang, lang: l.lang }, l.name)),
  );
  return h('nav', { className: 'languages', ariaLabel: ctx.catalog.accessibility.otherLanguages }, [h('ul', items)]);
}

/** One page, as it is read on screen and as it is printed. */
export interface RenderedPage {
  html: string;
  /** The HTML the PDF is printed from (see `forPrint`). */
  printHtml: string;
}

/**
 * Composes a whole page: header with logo, table of contents, the sections, footer; CSS inlined.
 * Twice: for the screen, and for print.
 */
export async function renderPage(ctx: RenderContext, template: Template, parts: PageParts): Promise<RenderedPage> {
  const { meta, theme } = ctx.charter;
  const t = ctx.catalog;
  let logo: Element | undefined;
  if (theme?.logo) {
    const inlined = await ctx.images.inline(theme.logo);
    if (inlined.ok) logo = h('img', { className: 'logo', src: inlined.dataUri, alt: meta.organisation.name });
    else ctx.warnAtValue(theme.logo, `theme.logo: ${inlined.reason}; the page has no logo`);
  }
  // Every language of the document: one, or two for the bilingual PDF.
  const contexts = parts.second ? [ctx, parts.second] : [ctx];
  const header = [
    logo,
    h('p', { className: 'organisation' }, [...new Set(contexts.map((c) => c.charter.meta.organisation.name))].join(' / ')),
    h('h1', parts.title),
    ...contexts.map((c) =>
      h('p', { className: 'meta', lang: c === ctx ? undefined : c.lang }, `${c.catalog.meta.version} ${c.charter.meta.version} · ${c.catalog.meta.effectiveFrom} ${formatDate(c.charter.meta.effective_date, c.lang)}`),
    ),
    supersededNotice(ctx),
    languageSwitch(ctx),
  ].filter((x): x is Element => x !== undefined);
  const toc = [
    h('h2', { id: 'toc-heading' }, parts.tocTitle ?? t.sections.contents),
    h('ol', parts.sections.map((section) => h('li', link(`#${String(section.properties.id)}`, headingText(section))))),
  ];
  const footer = [
    h('p', [
      [...new Set(contexts.map((c) => c.charter.meta.organisation.legal_name ?? c.charter.meta.organisation.name))].join(' / '),
      meta.organisation.website ? [' · ', link(meta.organisation.website, meta.organisation.website)] : [],
      ` · ${contexts.map((c) => `${c.catalog.meta.version} ${c.charter.meta.version}`).join(' / ')}`,
    ].flat()),
    ...(meta.organisation.registration ? [h('p', meta.organisation.registration)] : []),
  ];
  const color = theme?.color ? `\n:root { --charter-color: ${theme.color}; }\n` : '';
  const slots: Slots = {
    lang: ctx.lang,
    css: `${template.screenCss}\n${template.printCss}${color}`,
    content: {
      title: [{ type: 'text', value: parts.title }],
      'skip-link': [{ type: 'text', value: t.sections.skipToContent }],
      header,
      toc,
      main: [...(parts.before ?? []), ...parts.sections],
      footer,
    },
    attributes: { description: { content: ctx.charter.about.summary } },
  };
  const html = fillTemplate(template.page, slots);
  // The screen's page is written: its trees can now be opened for print in place, not copied; and
  // a page with nothing to open prints as it is, without being written twice.
  return { html, printHtml: openForPrint(slots.content) ? fillTemplate(template.page, slots) : html };
}

/**
 * The content as printed: paper cannot be clicked, so every `<details>` is open (a closed one
 * would print its summary alone). The screen keeps them as the author wrote them. A copy: the
 * screen's trees are left as they are.
 */
export function forPrint(content: Slots['content']): Slots['content'] {
  const printed = structuredClone(content);
  openForPrint(printed);
  return printed;
}

/** Every `<details>` of the content opened, in place; whether there was one. */
function openForPrint(content: Slots['content']): boolean {
  let opened = false;
  // A plain walk of the elements: the whole page is walked, and for a charter with years of
  // results a generic visitor (a test and an ancestor list for every node) cost a measurable part
  // of the build (with the template's walk above: 0.94x).
  const open = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'details') {
        node.properties.open = true;
        opened = true;
      }
      open(node.children);
    }
  };
  for (const nodes of Object.values(content)) open(nodes);
  return opened;
}

function headingText(section: Element): string {
  const heading = section.children.find((c): c is Element => c.type === 'element' && /^h[12]$/.test(c.tagName));
  return heading ? textOf(heading) : String(section.properties.id);
}

export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * Running header and "Page N of M" footer for Chromium's print, escaped by construction. A
 * bilingual document passes its second language too: the footer then says it in both.
 */
export function printFurniture(ctx: RenderContext, title: string, second?: RenderContext): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8px; color: #444; width: 100%; padding: 0 16mm;';
  const contexts = second ? [ctx, second] : [ctx];
  const header = h('div', { style: `${style} display: flex; justify-content: space-between;` }, [
    // The title once; the organisation too only when the title does not already start with its name.
    h('span', title.toLowerCase().includes(ctx.charter.meta.organisation.name.toLowerCase()) ? title : `${ctx.charter.meta.organisation.name} · ${title}`),
    h('span', contexts.map((c) => `${c.catalog.meta.version} ${c.charter.meta.version}`).join(' / ')),
  ]);
  // Chromium fills the elements with class pageNumber and totalPages.
  const pageOf = (c: RenderContext) => {
    const [before, between, after] = c.catalog.pdf.pageOf('\u0000', '\u0001').split(/[\u0000\u0001]/) as [string, string, string];
    return [before, h('span', { className: 'pageNumber' }), between, h('span', { className: 'totalPages' }), after];
  };
  const footer = h('div', { style: `${style} text-align: center;` }, contexts.flatMap((c, i) => [...(i > 0 ? [' / '] : []), ...pageOf(c)]));
  return { headerTemplate: toHtml(header), footerTemplate: toHtml(footer) };
}
