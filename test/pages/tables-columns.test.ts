// Every table on every example's page: each cell under its own header, no column left empty, and the
// services table giving each fact of a service in its proper column.
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/i18n/index.js';
import { byTag, changedExamplePage, childElements, elements, EXAMPLES, examplePages, shownText, tableGrid, type Page } from './read-page.js';

let pages: Map<string, Page>;
beforeAll(async () => {
  pages = await examplePages();
}, 60_000);

function servicesTable(page: Page): Element {
  const section = elements(page.tree, (e) => e.tagName === 'section' && e.properties.id === 'services')[0];
  expect(section).toBeDefined();
  const table = elements(section!, byTag('table'))[0];
  expect(table).toBeDefined();
  return table!;
}

/** The cells of a table's rows by header text. */
function byHeader(table: Element): Array<Map<string, Element>> {
  const { headers, rows } = tableGrid(table);
  const names = headers.map(shownText);
  return rows.map((cells) => new Map(cells.map((cell, i) => [names[i]!, cell])));
}

describe.each(EXAMPLES)('the tables of %s', (example) => {
  it('have one header for each cell of every row, and each cell labelled with its own header', () => {
    const { tree } = pages.get(example)!;
    for (const table of elements(tree, byTag('table'))) {
      const { headers, rows } = tableGrid(table);
      if (headers.length === 0) continue;
      const names = headers.map(shownText);
      for (const row of rows) {
        expect(row.length, `a row of ${names.join(' | ')}`).toBe(headers.length);
        row.forEach((cell, i) => {
          if (cell.properties.dataLabel !== undefined) expect(cell.properties.dataLabel, `column ${i + 1} of ${names.join(' | ')}`).toBe(names[i]);
        });
      }
    }
  });

  it('have no column that is empty in every row', () => {
    const { tree } = pages.get(example)!;
    for (const table of elements(tree, byTag('table'))) {
      const { headers, rows } = tableGrid(table);
      for (let i = 0; i < headers.length; i++) {
        const column = rows.map((row) => (row[i] ? shownText(row[i]!) || (elements(row[i]!, (e) => e.tagName === 'a' || e.tagName === 'img').length ? 'x' : '') : ''));
        expect(
          column.some((cell) => cell !== '' && cell !== '—'),
          `column "${shownText(headers[i]!)}" of a table`,
        ).toBe(true);
      }
    }
  });
});

describe.each(EXAMPLES)('the services table of %s', (example) => {
  it('puts the name, description, client groups, fee and requirements each under their own header', () => {
    const page = pages.get(example)!;
    const t = catalogFor(page.charter.meta.languages.primary).tables.services;
    const rows = byHeader(servicesTable(page));
    const clients = new Map(page.charter.clients.map((c) => [c.id, c.name]));
    expect(rows.length).toBe(page.charter.services.length);
    page.charter.services.forEach((service, i) => {
      const row = rows[i]!;
      expect(shownText(row.get(t.service)!)).toContain(service.name);
      const description = shownText(row.get(t.description)!);
      // The description's first words, as written (it may carry Markdown further on).
      expect(description).toContain(service.description.replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' '));
      if (service.client_groups?.length) {
        const who = shownText(row.get(t.clients)!);
        for (const id of service.client_groups) expect(who).toContain(clients.get(id) ?? id);
        expect(who).not.toContain(service.description.split(' ').slice(0, 6).join(' '));
        expect(description).not.toContain(clients.get(service.client_groups[0]!) ?? '\u0000');
      }
      if (service.fee) expect(shownText(row.get(t.fee)!)).not.toBe('');
      const needs = row.get(t.requirements);
      const requirements = service.requirements ?? [];
      if (requirements.length === 0) {
        if (needs) expect(shownText(needs)).toBe('');
      } else if (requirements.length === 1) {
        // One requirement is a sentence, not a bullet list of one.
        expect(elements(needs!, (e) => e.tagName === 'ul' || e.tagName === 'ol')).toEqual([]);
        expect(shownText(needs!)).toBe(requirements[0]!.replace(/\s+/g, ' ').trim());
      } else {
        const list = elements(needs!, byTag('ul'))[0];
        expect(list).toBeDefined();
        expect(childElements(list!, 'li').length).toBe(requirements.length);
      }
    });
  });
});

describe('a services table where no service names its client groups', () => {
  it('leaves out the "who it is for" column, header and all, and keeps the others under their headers', async () => {
    const page = await changedExamplePage('riverside-council', (yaml) => {
      const without = yaml.replace(/^ {4}client_groups: .*\n/gm, '');
      expect(without).not.toBe(yaml);
      return without;
    });
    const t = catalogFor('en').tables.services;
    const table = servicesTable(page);
    const { headers, rows } = tableGrid(table);
    expect(headers.map(shownText)).toEqual([t.service, t.description, t.fee, t.requirements]);
    const first = byHeader(table)[0]!;
    expect(shownText(first.get(t.description)!)).toContain('We fix faults in council homes');
    expect(rows.every((row) => row.length === headers.length)).toBe(true);
  });
});
