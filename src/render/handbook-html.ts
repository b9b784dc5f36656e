import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { formatDate } from '../words/index.js';
import type { RenderContext } from './render-context.js';
import { renderSections } from './sections/index.js';
import { contactLink, list, section, table } from './sections/elements.js';
import { standardsTable } from './sections/standards.js';
import { fillTemplate, type Template } from './template.js';
import { forPrint, supersededNotice, textOf } from './charter-html.js';

/** One entry of the handbook's table of contents; `page` is filled in after the first print. */
export interface TocEntry {
  id: string;
  title: string;
  depth: 0 | 1;
}

export interface HandbookParts {
  /** The handbook's HTML: for the screen, or (`print`) for the PDF, with every `<details>` open. */
  html: (pages?: ReadonlyMap<string, number>, medium?: 'screen' | 'print') => string;
  toc: TocEntry[];
  title: string;
  /**
   * The headings printed before the first contents entry, in order (the cover's title, "Contents"):
   * matched first when the PDF's bookmarks are read, so a part titled like the handbook is not
   * taken for the cover.
   */
  headingsBefore: string[];
}

/**
 * The staff induction handbook for one or more charters: a cover, a table of contents, then a
 * part per charter (the whole charter, including items marked for staff, and the staff parts:
 * internal standards, contacts, escalation rules, staff narrative, the induction checklist as
 * tick boxes), and a sign-off page. Returns a function of the contents' page numbers: "888" in
 * each for the print whose numbers are filled in afterwards, or the numbers themselves.
 */
export async function renderHandbook(contexts: readonly RenderContext[], template: Template, extraCss: string): Promise<HandbookParts> {
  const first = contexts[0]!;
  const t = first.catalog;
  const organisations = [...new Set(contexts.map((c) => c.charter.meta.organisation.name))];
  const title = contexts.find((c) => c.charter.outputs?.handbook?.title)?.charter.outputs?.handbook?.title ?? `${t.handbook.title}: ${organisations.join(', ')}`;

  const toc: TocEntry[] = [];
  const parts: Element[] = [];
  for (const ctx of contexts) {
    const prefix = `${ctx.charter.meta.id}-`;
    const sections = [...(await renderSections(ctx)), ...(await staffSections(ctx))];
    const partId = `${prefix}part`;
    // The handbook has one h1, the cover's (one h1 a page, as screen readers and checkers expect):
    // a part's title is an h2, and every heading in the part one level lower than in the charter.
    // handbook.css gives each the look of its level in the charter, so the layout does not move.
    const part = h('article', { className: 'part', id: partId, lang: ctx.lang, 'aria-labelledby': `${partId}-heading` }, [
      h('h2', { id: `${partId}-heading` }, ctx.charter.meta.title),
      ...sections,
    ]);
    prefixIds(part, prefix, partId);
    toc.push({ id: `${partId}-heading`, title: ctx.charter.meta.title, depth: 0 });
    for (const s of sections) {
      const heading = s.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2');
      if (heading) toc.push({ id: String(heading.properties.id), title: textOf(heading), depth: 1 });
      headingsOneLevelDown(s);
    }
    parts.push(part);
  }
  const signOff = section('sign-off', t.handbook.signOff, h('p', t.handbook.declaration), ...[t.handbook.name, t.handbook.signature, t.handbook.date].map((label) => h('p', { className: 'line' }, [h('span', label), h('span', { 'aria-hidden': 'true' })])));
  signOff.properties.className = ['sign-off'];
  toc.push({ id: 'sign-off-heading', title: t.handbook.signOff, depth: 0 });

  const meta = first.charter.meta;
  const cover: ElementContent[] = [
    h('p', { className: 'organisation' }, organisations.join(' · ')),
    h('h1', { id: 'handbook-title' }, title),
    h('p', { className: 'meta' }, `${t.meta.version} ${meta.version} · ${t.meta.effectiveFrom} ${formatDate(meta.effective_date, first.lang)}`),
    h('p', { className: 'staff-only' }, t.handbook.forStaffOnly),
    ...contexts.flatMap((c) => supersededNotice(c) ?? []),
  ];
  const color = first.charter.theme?.color ? `\n:root { --charter-color: ${first.charter.theme.color}; }\n` : '';

  const html = (pages?: ReadonlyMap<string, number>, medium: 'screen' | 'print' = 'screen') => {
    const tocTree = tocList(toc, pages);
    const content = {
      title: [{ type: 'text' as const, value: title }],
      'skip-link': [{ type: 'text' as const, value: t.sections.skipToContent }],
      header: cover,
      toc: [h('h2', { id: 'toc-heading' }, t.handbook.tableOfContents), tocTree],
      main: [...structuredClone(parts), signOff],
    };
    return fillTemplate(template.page, {
      lang: first.lang,
      css: `${template.screenCss}\n${template.printCss}\n${extraCss}${color}`,
      content: medium === 'print' ? forPrint(content) : content,
    });
  };
  return { html, toc, title, headingsBefore: [title, t.handbook.tableOfContents] };
}

function tocList(toc: readonly TocEntry[], pages: ReadonlyMap<string, number> | undefined): Element {
  const entry = (e: TocEntry) =>
    h('span', { className: 'entry' }, [h('a', { href: `#${e.id}` }, e.title), h('span', { className: 'toc-page' }, pages?.get(e.id) !== undefined ? String(pages.get(e.id)) : '')]);
  const items: Element[] = [];
  let current: Element | undefined;
  for (const e of toc) {
    if (e.depth === 0) {
      current = h('li', [entry(e)]);
      items.push(current);
    } else if (current) {
      let sub = current.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
      if (!sub) {
        sub = h('ol');
        current.children.push(sub);
      }
      sub.children.push(h('li', [entry(e)]));
    }
  }
  return h('ol', items);
}

async function staffSections(ctx: RenderContext): Promise<Element[]> {
  const staff = ctx.charter.staff;
  const t = ctx.catalog.handbook;
  const out: Element[] = [];
  const narrative = await ctx.narrativeFor('staff');
  if (narrative.length) out.push(staffPart(section('staff-narrative', t.forStaffOnly, narrative)));
  if (staff?.internal_standards?.length) {
    out.push(staffPart(section('staff-standards', t.internalStandards, await standardsTable(ctx, staff.internal_standards, t.internalStandards))));
  }
  if (staff?.internal_contacts?.length) {
    const rows = staff.internal_contacts.map((c) => [c.role, c.name ?? '', contactLink(c.contact), c.when ?? '']);
    out.push(staffPart(section('staff-contacts', t.internalContacts, table(t.internalContacts, [t.role, t.name, t.contact, t.whenToCall], rows))));
  }
  if (staff?.escalation_rules?.length) {
    out.push(staffPart(section('staff-escalation', t.escalationRules, list(await Promise.all(staff.escalation_rules.map((r) => ctx.text(r)))))));
  }
  if (staff?.induction_checklist?.length) {
    const items = [];
    for (const item of staff.induction_checklist) items.push(h('li', [h('span', { className: 'box', 'aria-hidden': 'true' }), h('span', await ctx.text(item))]));
    out.push(staffPart(section('staff-checklist', t.inductionChecklist, h('ul', { className: 'checklist' }, items))));
  }
  return out;
}

/** h2 becomes h3, h3 h4, and so on; h6 stays h6, as there is no h7. */
function headingsOneLevelDown(root: Element): void {
  visit(root, 'element', (node: Element) => {
    const level = /^h([2-5])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Number(level) + 1}`;
  });
}

function staffPart(element: Element): Element {
  element.properties.className = ['staff-part'];
  return element;
}

/** Makes ids unique across the parts of a handbook: every id and in-page link gets the part's prefix. */
function prefixIds(root: Element, prefix: string, keep: string): void {
  visit(root, 'element', (node: Element) => {
    const p = node.properties;
    if (typeof p.id === 'string' && !p.id.startsWith(keep)) p.id = `${prefix}${p.id}`;
    for (const key of ['ariaLabelledBy', 'ariaDescribedBy'] as const) {
      const value: unknown = p[key];
      const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : undefined;
      if (ids) p[key] = ids.map((v) => (v.startsWith(keep) ? v : `${prefix}${v}`));
    }
    if (node.tagName === 'a' && typeof p.href === 'string' && p.href.startsWith('#')) p.href = `#${prefix}${p.href.slice(1)}`;
  });
}
