import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/** Small builders shared by the section renderers. All text goes in as text nodes: escaped by construction. */

export type Child = ElementContent | string | null | undefined | false | Child[];

export function section(id: string, title: string, ...children: Child[]): Element {
  return h('section', { id, 'aria-labelledby': `${id}-heading` }, [h('h2', { id: `${id}-heading` }, title), ...flat(children)]);
}

/**
 * A table with a caption for screen readers (it sits under a heading that says the same, so it is
 * not shown twice), and only the columns that have something in them: a column whose cells are all
 * empty is left out, header and all.
 */
export function table(caption: string, headers: string[], rows: Child[][], className?: string): Element {
  const cells = rows.map((row) => row.map((cell) => flat([cell])));
  const kept = headers.map((_, i) => i === 0 || cells.some((row) => !isEmpty(row[i] ?? [])));
  return h('table', className ? { className } : {}, [
    h('caption', { className: 'visually-hidden' }, caption),
    h('thead', h('tr', headers.filter((_, i) => kept[i]).map((header) => h('th', { scope: 'col' }, header)))),
    h(
      'tbody',
      cells.map((row) =>
        h(
          'tr',
          row.flatMap((cell, i) => (!kept[i] ? [] : i === 0 ? [h('th', { scope: 'row' }, cell)] : [h('td', { dataLabel: headers[i] }, cell)])),
        ),
      ),
    ),
  ]);
}

function isEmpty(nodes: readonly ElementContent[]): boolean {
  return nodes.every((node) => node.type === 'text' && node.value.trim() === '');
}

export function facts(pairs: Array<[string, Child]>): Element | undefined {
  const present = pairs.filter(([, value]) => value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0));
  if (present.length === 0) return undefined;
  return h('dl', { className: 'facts' }, present.flatMap(([term, value]) => [h('dt', term), h('dd', flat([value]))]));
}

export function list(items: Child[], ordered = false, className?: string): Element | undefined {
  if (items.length === 0) return undefined;
  return h(ordered ? 'ol' : 'ul', className ? { className } : {}, items.map((item) => h('li', flat([item]))));
}

export function link(href: string, text: string): Element {
  return h('a', { href }, text);
}

/** A contact shown as a link when it is a web address, email or phone number. */
export function contactLink(contact: string): ElementContent {
  if (/^https?:\/\/[^\s<>"'`]+$/.test(contact) && URL.canParse(contact)) return link(contact, contact);
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return link(`mailto:${contact}`, contact);
  if (/^\+?[\d\s()-]{6,}$/.test(contact)) return link(`tel:${contact.replace(/[^\d+]/g, '')}`, contact);
  return { type: 'text', value: contact };
}

export function flat(children: Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flat(child));
    else if (typeof child === 'string') out.push({ type: 'text', value: child });
    else out.push(child);
  }
  return out;
}
