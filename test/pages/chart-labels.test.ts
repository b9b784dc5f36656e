// The "performance at a glance" chart: every label whole, wrapped onto lines rather than cut, rows apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/render/chart.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { changedExamplePage, childElements, elements, examplePages, rawText, type Page } from './read-page.js';

const LONG_CALLS = 'Answering your call to the contact centre within sixty seconds on weekdays';
const LONG_WEBCHAT = 'Answering your call to the contact centre within sixty seconds on Saturdays';

interface ChartRow {
  lines: string[];
  baselines: number[];
  bar: { top: number; bottom: number };
}

function chartRows(page: Page): { rows: ChartRow[]; height: number } {
  // The glance chart, not a "How we are doing" trend (those have class trend).
  const svg = elements(page.tree, (e) => e.tagName === 'svg' && !String(e.properties.className ?? '').includes('trend'))[0];
  expect(svg, 'the chart').toBeDefined();
  const height = Number(String(svg!.properties.viewBox).split(/\s+/)[3]);
  const groups = childElements(svg!, 'g');
  const rows = groups.map((g): ChartRow => {
    const label = childElements(g, 'text').find((t) => t.properties.textAnchor === 'end')!;
    const spans = childElements(label, 'tspan');
    const bar = childElements(g, 'rect')[0]!;
    const top = Number(bar.properties.y);
    return {
      lines: spans.map(rawText),
      baselines: spans.map((s) => Number(s.properties.y)),
      bar: { top, bottom: top + Number(bar.properties.height) },
    };
  });
  return { rows, height };
}

function plottedTitles(page: Page): string[] {
  return page.charter.standards.filter((st) => st.reporting?.last_result?.unit === 'percent').map((st) => st.title);
}

describe('a chart whose labels are longer than their room', () => {
  let page: Page;
  beforeAll(async () => {
    // Two titles that read the same for their first 60 characters: cut, they were one label twice.
    // Without its results file: with one, the page shows each standard's trend instead of this chart.
    page = await changedExamplePage('riverside-council', (yaml) =>
      replaceOnce(replaceOnce(replaceOnce(yaml, '  results: results.csv\n', ''), '    title: Answering your call\n', `    title: ${LONG_CALLS}\n`), '    title: Webchat\n', `    title: ${LONG_WEBCHAT}\n`),
    );
  }, 60_000);

  it('shows every label whole, on two or three lines, never cut with "…"', () => {
    const { rows } = chartRows(page);
    const labels = rows.map((row) => row.lines.join(' '));
    expect(labels).toEqual(plottedTitles(page));
    expect(labels).toContain(LONG_CALLS);
    expect(labels).toContain(LONG_WEBCHAT);
    expect(labels.join(' ')).not.toContain('…');
    for (const row of rows.filter((r) => r.lines.join(' ').startsWith('Answering your call to'))) {
      expect(row.lines.length).toBeGreaterThanOrEqual(2);
      expect(row.lines.length).toBeLessThanOrEqual(3);
    }
  });

  it('tells the two long labels apart', () => {
    const labels = chartRows(page).rows.map((row) => row.lines.join(' '));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives a wrapped label a taller row, so no row runs into the next', () => {
    const { rows, height } = chartRows(page);
    for (const [i, row] of rows.entries()) {
      // Baselines one under the other, and the label centred on its bar.
      for (let j = 1; j < row.baselines.length; j++) expect(row.baselines[j]!).toBeGreaterThan(row.baselines[j - 1]!);
      const middle = (row.baselines[0]! + row.baselines.at(-1)!) / 2 - 4;
      expect(Math.abs(middle - (row.bar.top + row.bar.bottom) / 2)).toBeLessThan(3);
      const next = rows[i + 1];
      if (next) {
        // The last line of this label (its descenders, 4 below the baseline) is above the next label's first line (cap height, 10 above).
        expect(row.baselines.at(-1)! + 4).toBeLessThan(next.baselines[0]! - 10);
        expect(row.bar.bottom).toBeLessThan(next.bar.top);
      }
    }
    expect(rows.at(-1)!.baselines.at(-1)!).toBeLessThan(height);
    expect(rows.at(-1)!.bar.bottom).toBeLessThan(height);
  });
});

describe('the charts of the examples', () => {
  let pages: Map<string, Page>;
  beforeAll(async () => {
    pages = await examplePages();
  }, 60_000);

  it('show each standard title whole', () => {
    for (const page of pages.values()) {
      if (!elements(page.tree, (e) => e.tagName === 'svg' && !String(e.properties.className ?? '').includes('trend')).length) continue;
      const labels = chartRows(page).rows.map((row) => row.lines.join(' '));
      expect(labels).toEqual(plottedTitles(page));
    }
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Webchat', 216, 12)).toEqual(['Webchat']);
  });

  it('breaks at spaces, filling each line', () => {
    const lines = wrapLabel(LONG_CALLS, 216, 12);
    expect(lines.join(' ')).toBe(LONG_CALLS);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(3);
    // Each line is as full as it can be: the next line's first word would not have fitted.
    for (let i = 0; i + 1 < lines.length; i++) expect(wrapLabel(`${lines[i]} ${lines[i + 1]!.split(' ')[0]}`, 216, 12).length).toBe(2);
  });

  it('breaks a word too long for any line inside it, losing nothing', () => {
    const word = 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung';
    const lines = wrapLabel(word, 216, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });
});
