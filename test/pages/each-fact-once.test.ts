// The public page says each fact once, in the organisation's words: read as a comms officer would.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { printFurniture } from '../../src/render/charter-html.js';
import { RenderContext } from '../../src/render/render-context.js';
import { EMPTY_NARRATIVE } from '../../src/source/narrative/narrative-set.js';
import type { Charter } from '../../src/model/charter.js';
import { parse } from 'yaml';
import { ROOT } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { elements } from './read-page.js';

const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const pages = new Map<string, { html: string; tree: Root }>();

beforeAll(async () => {
  const out = await temporaryFolder('charter-pages-');
  const result = await runInProcess(['build', ...examples.map((e) => `examples/${e}`), '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
  expect(result.code, result.stderr).toBe(0);
  for (const example of examples) {
    const id = (parse(await readFile(join(ROOT, 'examples', example, 'charter.yaml'), 'utf8')) as Charter).meta.id;
    const html = await readFile(join(out, id, 'charter.html'), 'utf8');
    pages.set(example, { html, tree: fromHtml(html) });
  }
}, 60_000);


function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (node.properties.className as string[] | undefined)?.includes('visually-hidden')) return '';
  return 'children' in node ? node.children.map(text).join(' ') : '';
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(examples)('the page of %s', (example) => {
  it('shows no paragraph, list item or table row twice', () => {
    const { tree } = pages.get(example)!;
    // Opening hours may be the same for two channels: those rows are facts about different channels.
    const hoursRows = new Set(elements(tree, (e) => e.tagName === 'table' && (e.properties.className as string[] | undefined)?.includes('hours') === true).flatMap((t) => elements(t, (e) => e.tagName === 'tr')));
    const blocks = elements(tree, (e) => ['p', 'li', 'tr', 'dd'].includes(e.tagName) && !hoursRows.has(e) && !elements(e, (c) => ['p', 'li', 'tr'].includes(c.tagName) && c !== e).length)
      .map((e) => normal(text(e)))
      .filter((t) => t.split(' ').length >= 6);
    const seen = new Set<string>();
    const twice = blocks.filter((b) => (seen.has(b) ? true : (seen.add(b), false)));
    expect(twice, JSON.stringify(twice)).toEqual([]);
  });

  it('shows no table column that is empty in every row', () => {
    const { tree } = pages.get(example)!;
    for (const table of elements(tree, (e) => e.tagName === 'table')) {
      const rows = elements(table, (e) => e.tagName === 'tr').slice(1);
      const width = elements(rows[0] ?? table, (e) => e.tagName === 'td' || e.tagName === 'th').length;
      for (let i = 1; i < width; i++) {
        const column = rows.map((row) => normal(text(elements(row, (e) => e.tagName === 'td' || e.tagName === 'th')[i] ?? { type: 'text', value: '' })));
        expect(column.some((cell) => cell !== '' && cell !== '—'), `column ${i + 1} of a table`).toBe(true);
      }
    }
  });

  it('does not print a table caption that repeats the heading above it', () => {
    const { tree } = pages.get(example)!;
    const shown = elements(tree, (e) => e.tagName === 'table' && !(e.properties.className as string[] | undefined)?.includes('visually-hidden'));
    for (const table of shown) for (const caption of elements(table, (e) => e.tagName === 'caption')) expect(caption.properties.className).toContain('visually-hidden');
  });

  it('names complaint stages once ("Stage 1: ...", never "Stage 1: Stage 1")', () => {
    const { html } = pages.get(example)!;
    expect(html).not.toMatch(/(Stage|Stufe) (\d+): \1 \2/i);
  });

  it('does not repeat the last result column header in each cell', () => {
    const { tree } = pages.get(example)!;
    const cells = elements(tree, (e) => e.tagName === 'td' && /Last result|Letztes Ergebnis/.test(String(e.properties.dataLabel ?? '')));
    for (const cell of cells) expect(normal(text(cell))).not.toMatch(/^(Last result|Letztes Ergebnis)/);
  });
});

describe('the running header of the PDF', () => {
  it('shows the title once, and the organisation only when the title does not start with it', async () => {
    const charter = parse(await readFile(join(ROOT, 'examples/riverside-council/charter.yaml'), 'utf8')) as Charter;
    const header = (title: string) => printFurniture(new RenderContext(charter, EMPTY_NARRATIVE, ROOT, { file: 'charter.yaml', placeOf: () => undefined }, 'public'), title).headerTemplate;
    expect(header('Riverside District Council - housing repairs')).not.toMatch(/Riverside District Council · Riverside/);
    expect(header('Our customer charter')).toContain('Riverside District Council · Our customer charter');
  });
});

describe('a guaranteed promise that states its payment', () => {
  it('is not told again in the "Guaranteed" box', () => {
    const { tree } = pages.get('stadtwerke-lindenau')!;
    for (const box of elements(tree, (e) => e.tagName === 'p' && (e.properties.className as string[] | undefined)?.includes('guarantee') === true)) {
      const cell = normal(text(box));
      const row = cell.match(/\d+ €/g) ?? [];
      expect(row.length, cell).toBeLessThanOrEqual(1);
    }
  });
});
