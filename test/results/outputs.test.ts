// What a reader gets from the results file: the riverside example built as a user builds it, its
// "How we are doing" charts and their tables read back against the CSV, "met" the same in the page,
// the PDF, the open data and the summary (and the same as the targets in charter.yaml say, worked
// out here on their own), the open data valid and reproducible, and `charter diff` on a flip.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element } from 'hast';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { launchTestBrowser } from '../helpers/browser.js';
import { describeViolations, runAxe } from '../helpers/axe.js';
import { AS_OF, ROOT, replaceOnce } from '../helpers/charter-fixture.js';
import { pdfText } from '../helpers/pdf.js';
import { runBin, runInProcess } from '../helpers/run-cli.js';
import { elements, hasClass, parseHtml, textOf } from '../helpers/staff-strings.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

const EXAMPLE = join(ROOT, 'examples', 'riverside-council');
const STADTWERKE = join(ROOT, 'examples', 'stadtwerke-lindenau');
const SOURCE_CSV = await readFile(join(EXAMPLE, 'results.csv'), 'utf8');
const YAML = await readFile(join(EXAMPLE, 'charter.yaml'), 'utf8');

interface Row {
  standard: string;
  period: string;
  value: string;
  sample: string;
  note: string;
}
const ROWS = parseCsv(SOURCE_CSV, { columns: true, skip_empty_lines: true }) as Row[];

interface YamlStandard {
  id: string;
  title: string;
  target: { kind: string; percent?: number; count?: number; threshold?: { value: number; unit: string } };
}
const STANDARDS = (parseYaml(YAML) as { standards: YamlStandard[] }).standards;
const byId = new Map(STANDARDS.map((s) => [s.id, s]));

/**
 * Whether a row met its target, worked out here from charter.yaml, not by charter: a percent at
 * or above, a count at or below, a time within (or a notice at least) the threshold. The example
 * writes its times in the threshold's own unit ("8.7 working days" for working_days).
 */
function expectedMet(row: Row): boolean {
  const { target } = byId.get(row.standard)!;
  if (target.kind === 'percent' || target.kind === 'percent_within') return Number(row.value) >= target.percent!;
  if (target.kind === 'max_count') return Number(row.value) <= target.count!;
  const match = /^([\d.]+) (.+)$/.exec(row.value)!;
  expect(match[2]!.replace(' ', '_'), `${row.standard} ${row.value}`).toBe(target.threshold!.unit);
  if (target.kind === 'within') return Number(match[1]) <= target.threshold!.value;
  if (target.kind === 'minimum_notice') return Number(match[1]) >= target.threshold!.value;
  throw new Error(`no expectation for ${target.kind}`);
}

/** A value as the page writes it in English: 83.0 -> "83%", "8.7 working days", "3". */
function pageValue(row: Row): string {
  const kind = byId.get(row.standard)!.target.kind;
  if (kind === 'percent' || kind === 'percent_within') return `${Number(row.value)}%`;
  if (kind === 'max_count') return String(Number(row.value));
  const [, amount, unit] = /^([\d.]+) (.+)$/.exec(row.value)!;
  return `${Number(amount)} ${unit}`;
}

const QUARTERS = ['January – March', 'April – June', 'July – September', 'October – December'];
/** "2024-Q4" -> "October – December 2024". */
function pagePeriod(period: string): string {
  const [, year, quarter] = /^(\d{4})-Q([1-4])$/.exec(period)!;
  return `${QUARTERS[Number(quarter) - 1]} ${year}`;
}

/** Spaces of every width (the page puts thin spaces around the dash) as one. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');

const LATEST = '2026-Q3';
const latestRows = ROWS.filter((r) => r.period === LATEST);

let out: string;
let again: string;

beforeAll(async () => {
  out = await temporaryFolder('charter-results-out-');
  again = await temporaryFolder('charter-results-again-');
  // The second build is of a copy in another folder: the open data must not depend on where the source is.
  const copy = join(await temporaryFolder('charter-results-copy-'), 'riverside');
  await cp(EXAMPLE, copy, { recursive: true });
  const [first, second] = await Promise.all([
    runBin(['build', EXAMPLE, '--out', out, '--as-of', AS_OF], { timeoutMs: 200_000 }),
    runBin(['build', copy, '--out', again, '--as-of', AS_OF], { timeoutMs: 200_000 }),
  ]);
  if (first.code !== 0) throw new Error(`build exited ${first.code}: ${first.stderr}`);
  if (second.code !== 0) throw new Error(`second build exited ${second.code}: ${second.stderr}`);
}, 200_000);

describe('the example and its expectations', () => {
  it('has 13 standards by 8 quarters, each 2026-Q3 the latest, and met and not met both occur', () => {
    expect(ROWS).toHaveLength(104);
    expect(new Set(ROWS.map((r) => r.standard)).size).toBe(13);
    expect(latestRows).toHaveLength(13);
    const verdicts = ROWS.map(expectedMet);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(10);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(10);
  });
});

describe('"How we are doing" in charter.html', () => {
  let figures: Element[];
  beforeAll(async () => {
    const page = parseHtml(await readFile(join(out, 'charter.html'), 'utf8'));
    const [section] = elements(page, (e) => e.tagName === 'section' && e.properties.id === 'results');
    expect(section, 'the results section').toBeDefined();
    expect(words(textOf(elements(section!, (e) => e.tagName === 'h2')[0]!))).toBe('How we are doing');
    figures = elements(section!, (e) => e.tagName === 'figure' && hasClass(e, 'result-trend'));
  });

  const titleOf = (figure: Element) => words(textOf(elements(figure, (e) => e.tagName === 'strong')[0]!));
  const figureOf = (id: string) => {
    const figure = figures.find((f) => titleOf(f) === byId.get(id)!.title);
    expect(figure, id).toBeDefined();
    return figure!;
  };

  it('one figure per standard, in the charter\'s order, each with an SVG chart and a hidden table', () => {
    expect(figures.map(titleOf)).toEqual(STANDARDS.map((s) => s.title));
    for (const figure of figures) {
      const [svg] = elements(figure, (e) => e.tagName === 'svg');
      expect(hasClass(svg!, 'trend'), titleOf(figure)).toBe(true);
      expect(svg!.properties.role).toBe('img');
      // The chart is named by its title element.
      const title = elements(svg!, (e) => e.tagName === 'title')[0]!;
      expect(svg!.properties.ariaLabelledBy).toEqual([title.properties.id]);
      expect(words(textOf(title))).toBe(`Results over time: ${titleOf(figure)}`);
      const [table] = elements(figure, (e) => e.tagName === 'table');
      expect(hasClass(table!, 'visually-hidden'), titleOf(figure)).toBe(true);
    }
  });

  it('each table has the CSV\'s rows for its standard: period, value as the page writes it, met, cases and note', () => {
    for (const standard of STANDARDS) {
      const figure = figureOf(standard.id);
      const [table] = elements(figure, (e) => e.tagName === 'table');
      const head = elements(table!, (e) => e.tagName === 'thead')[0]!;
      const columns = elements(head, (e) => e.tagName === 'th').map((th) => words(textOf(th)));
      const rows = elements(elements(table!, (e) => e.tagName === 'tbody')[0]!, (e) => e.tagName === 'tr').map((tr) =>
        elements(tr, (e) => e.tagName === 'th' || e.tagName === 'td').map((cell) => words(textOf(cell))),
      );
      const own = ROWS.filter((r) => r.standard === standard.id);
      const hasSample = own.some((r) => r.sample);
      const hasNote = own.some((r) => r.note);
      expect(columns, standard.id).toEqual(['Period', 'Result', 'Target met', ...(hasSample ? ['Cases'] : []), ...(hasNote ? ['Note'] : [])]);
      expect(rows, standard.id).toEqual(
        own.map((r) => [
          pagePeriod(r.period),
          pageValue(r),
          expectedMet(r) ? 'Yes' : 'No',
          ...(hasSample ? [r.sample ? Number(r.sample).toLocaleString('en-GB') : ''] : []),
          ...(hasNote ? [r.note] : []),
        ]),
      );
    }
  });

  it('the chart draws the same values: each mark\'s height is the value on the chart\'s scale, a circle when met and a cross when not', () => {
    const BASELINE = 110;
    const PLOT_HEIGHT = 98;
    for (const standard of STANDARDS) {
      const own = ROWS.filter((r) => r.standard === standard.id);
      const svg = elements(figureOf(standard.id), (e) => e.tagName === 'svg')[0]!;
      const marks = elements(svg, (e) => hasClass(e, 'mark'));
      expect(marks.map((m) => (hasClass(m, 'met') ? 'met' : hasClass(m, 'not-met') ? 'not met' : 'unjudged')), standard.id).toEqual(own.map((r) => (expectedMet(r) ? 'met' : 'not met')));
      expect(marks.map((m) => m.tagName)).toEqual(own.map((r) => (expectedMet(r) ? 'circle' : 'path')));
      // Where each mark sits: a circle's centre; a cross is drawn from 4 above and left of it.
      const centres = marks.map((m) => {
        if (m.tagName === 'circle') return { x: Number(m.properties.cx), y: Number(m.properties.cy) };
        const [, x, y] = /^M([\d.]+) ([\d.]+)L/.exec(String(m.properties.d))!;
        return { x: Number(x) + 4, y: Number(y) + 4 };
      });
      // Left to right, in time order.
      expect(centres.map((c) => c.x)).toEqual([...centres.map((c) => c.x)].sort((a, b) => a - b));
      // The line joins the same points.
      const line = elements(svg, (e) => e.tagName === 'polyline')[0]!;
      expect(String(line.properties.points).split(' ').map((p) => p.split(',').map(Number))).toEqual(centres.map((c) => [c.x, c.y]));
      const heights = centres.map((c) => BASELINE - c.y);
      const values = own.map((r) => Number(/^[\d.]+/.exec(r.value)![0]));
      const kind = standard.target.kind;
      if (kind === 'percent' || kind === 'percent_within') {
        // Percent charts share one scale, 0 to 100.
        heights.forEach((h, i) => expect(Math.abs((h * 100) / PLOT_HEIGHT - values[i]!), `${standard.id} ${own[i]!.period}`).toBeLessThan(0.15));
        const target = elements(svg, (e) => hasClass(e, 'target-line'))[0]!;
        expect(Math.abs(((BASELINE - Number(target.properties.y1)) * 100) / PLOT_HEIGHT - standard.target.percent!)).toBeLessThan(0.15);
      } else {
        // Other charts have their own scale: heights are in proportion to the values.
        const ratios = heights.map((h, i) => h / values[i]!);
        expect(Math.max(...ratios) / Math.min(...ratios), standard.id).toBeLessThan(1.01);
        expect(Math.max(...heights)).toBeLessThanOrEqual(PLOT_HEIGHT);
      }
    }
  });

  it('the latest result in words under each title, and the standards table\'s last result, agree', async () => {
    const page = parseHtml(await readFile(join(out, 'charter.html'), 'utf8'));
    for (const row of latestRows) {
      const figure = figureOf(row.standard);
      const caption = elements(figure, (e) => e.tagName === 'figcaption')[0]!;
      const span = elements(caption, (e) => e.tagName === 'span')[0]!;
      expect(words(textOf(span)), row.standard).toMatch(new RegExp(`^July – September 2026: ${pageValue(row).replace(/[.%]/g, '\\$&')}, target .+, ${expectedMet(row) ? 'met' : 'not met'}$`));
      expect(hasClass(span, expectedMet(row) ? 'met' : 'not-met')).toBe(true);

      const cell = elements(page, (e) => e.tagName === 'tr' && elements(e, (s) => s.properties.id === `standard-${row.standard}`).length > 0)
        .flatMap((tr) => elements(tr, (e) => e.tagName === 'td' && e.properties.dataLabel === 'Last result'))[0];
      expect(cell, row.standard).toBeDefined();
      expect(words(textOf(cell!))).toBe(`${pageValue(row)} (July – September 2026; target ${expectedMet(row) ? 'met' : 'not met'})`);
    }
  });
});

describe('charter.pdf', () => {
  it('says each standard\'s latest result, met or not met, as the page does', async () => {
    const text = squash(await pdfText(join(out, 'charter.pdf')));
    const section = text.slice(text.indexOf(squash('How we are doing')));
    expect(section.length).toBeLessThan(text.length);
    for (const row of latestRows) {
      const standard = byId.get(row.standard)!;
      const said = squash(`${standard.title} July – September 2026: ${pageValue(row)}, target`);
      const at = section.indexOf(said);
      expect(at, row.standard).toBeGreaterThan(-1);
      // The verdict ends the sentence: ", met" or ", not met", before the chart's axis labels.
      const rest = section.slice(at + said.length, at + said.length + 60);
      expect(/^[^,]*,(not)?met/.exec(rest)?.[0].endsWith(expectedMet(row) ? ',met' : ',notmet'), `${row.standard}: ${rest}`).toBe(true);
    }
  });
});

describe('the open data', () => {
  it('performance.json and performance.csv have every row of the CSV, with met as charter.yaml\'s targets say', async () => {
    const json = JSON.parse(await readFile(join(out, 'performance.json'), 'utf8')) as Array<Record<string, unknown>>;
    const csv = parseCsv(await readFile(join(out, 'performance.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(json).toHaveLength(ROWS.length);
    expect(csv).toHaveLength(ROWS.length);
    const key = (standard: unknown, period: unknown) => `${String(standard)} ${String(period)}`;
    const jsonBy = new Map(json.map((r) => [key(r.standard_id, r.period), r]));
    const csvBy = new Map(csv.map((r) => [key(r.standard_id, r.period), r]));
    for (const row of ROWS) {
      const met = expectedMet(row);
      const value = Number(/^[\d.]+/.exec(row.value)![0]);
      const fromJson = jsonBy.get(key(row.standard, row.period));
      expect(fromJson, key(row.standard, row.period)).toMatchObject({
        charter_id: 'riverside-council-repairs-ctax-2026',
        standard_title: byId.get(row.standard)!.title,
        target_kind: byId.get(row.standard)!.target.kind,
        value,
        sample: row.sample ? Number(row.sample) : null,
        note: row.note || null,
        met,
      });
      const fromCsv = csvBy.get(key(row.standard, row.period));
      expect(fromCsv, key(row.standard, row.period)).toMatchObject({ value: String(value), sample: row.sample, note: row.note, met: String(met) });
      // Every field of the CSV says what the JSON says.
      for (const [column, cell] of Object.entries(fromCsv!)) {
        const inJson = fromJson![column];
        expect(cell, `${key(row.standard, row.period)} ${column}`).toBe(inJson === null ? '' : String(inJson));
      }
    }
  });

  it('is byte-identical across two builds (of copies in different folders)', async () => {
    for (const name of ['performance.csv', 'performance.json']) {
      const [a, b] = await Promise.all([readFile(join(out, name)), readFile(join(again, name))]);
      expect(a.length, name).toBeGreaterThan(10_000);
      expect(a.equals(b), name).toBe(true);
    }
  });

  it('performance.json validates against schemas/performance.schema.json, and the schema is strict enough to refuse a wrong row', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schemas/performance.schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const json = JSON.parse(await readFile(join(out, 'performance.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const first = json[0]!;
    const wrongs = [{ ...first, met: 'yes' }, { ...first, period_start: '1 October 2024' }, { ...first, extra: 1 }, Object.fromEntries(Object.entries(first).filter(([k]) => k !== 'value'))];
    for (const wrong of wrongs) expect(validate([wrong]), JSON.stringify(wrong)).toBe(false);
  });

  it('`charter schema --results` prints that schema', async () => {
    const result = await runInProcess(['schema', '--results']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await readFile(join(ROOT, 'schemas/performance.schema.json'), 'utf8'));
    expect((JSON.parse(result.stdout) as { title: string }).title).toMatch(/performance\.json/);
  });

  it('two charters built together: a joined performance.csv in --out with both charters\' rows', async () => {
    const joined = await temporaryFolder('charter-results-joined-');
    const result = await runBin(['build', EXAMPLE, STADTWERKE, '--out', joined, '--as-of', AS_OF, '--only', 'html,data'], { timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    const read = async (...path: string[]) => parseCsv(await readFile(join(joined, ...path), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const all = await read('performance.csv');
    const riverside = await read('riverside-council-repairs-ctax-2026', 'performance.csv');
    const stadtwerke = await read('stadtwerke-lindenau-2026', 'performance.csv');
    const stadtwerkeRows = (parseCsv(await readFile(join(STADTWERKE, 'results.csv'), 'utf8'), { columns: true }) as Row[]).length;
    expect(riverside).toHaveLength(ROWS.length);
    expect(stadtwerke).toHaveLength(stadtwerkeRows);
    expect(all).toHaveLength(ROWS.length + stadtwerkeRows);
    expect(all).toEqual([...riverside, ...stadtwerke]);
    expect(new Set(all.map((r) => r.charter_id))).toEqual(new Set(['riverside-council-repairs-ctax-2026', 'stadtwerke-lindenau-2026']));
    const json = JSON.parse(await readFile(join(joined, 'performance.json'), 'utf8')) as unknown[];
    expect(json).toHaveLength(all.length);
  }, 120_000);
});

describe('the summary', () => {
  it('says how many standards were met in the latest quarter: "we met N of our M standards"', async () => {
    const met = latestRows.filter(expectedMet).length;
    expect(met).toBeLessThan(latestRows.length);
    const sentence = `In July – September 2026, we met ${met} of our ${latestRows.length} standards.`;
    expect(words(await readFile(join(out, 'summary.txt'), 'utf8'))).toContain(sentence);
    expect(words(textOf(parseHtml(await readFile(join(out, 'summary.html'), 'utf8'))))).toContain(sentence);
  });
});

describe('axe-core on charter.html with the results section', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds no violations', async () => {
    const html = await readFile(join(out, 'charter.html'), 'utf8');
    // The whole page, which holds the results section (its 13 charts).
    const everything = await runAxe(browser!, html);
    expect(elements(parseHtml(html), (e) => e.tagName === 'svg' && String(e.properties.className ?? '').includes('trend'))).toHaveLength(13);
    expect(everything.passes).toBeGreaterThan(10);
    expect(everything.violations, describeViolations(everything.violations)).toEqual([]);
  });
});

describe('charter diff', () => {
  /** A copy of the example whose latest result of one standard says `value`, with its last_result to match. */
  async function copyWith(standard: string, from: string, to: string, lastResult?: [string, string]): Promise<string> {
    const folder = join(await temporaryFolder('charter-results-diff-'), 'riverside');
    await cp(EXAMPLE, folder, { recursive: true });
    await writeFile(join(folder, 'results.csv'), replaceOnce(SOURCE_CSV, `${standard},${LATEST},${from},`, `${standard},${LATEST},${to},`));
    if (lastResult) await writeFile(join(folder, 'charter.yaml'), replaceOnce(YAML, lastResult[0], lastResult[1]));
    // The copy is a charter that checks clean: the change is one a council could publish.
    const check = await runInProcess(['check', folder, '--as-of', AS_OF, '--reporter', 'json']);
    expect(JSON.parse(check.stdout)).toEqual([]);
    return folder;
  }

  it('reports a standard whose latest result went from met to not met', async () => {
    const copy = await copyWith('rdc-webchat', '88.1', '78.1', ['value: 88.1, unit: percent, met: true', 'value: 78.1, unit: percent, met: false']);
    const result = await runInProcess(['diff', EXAMPLE, copy]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('standard "rdc-webchat" results: latest result met (2026-Q3: 88.1) -> not met (2026-Q3: 78.1)');
    expect(result.stdout).toMatch(/^1 changed$/m);
    const json = JSON.parse((await runInProcess(['diff', EXAMPLE, copy, '--reporter', 'json'])).stdout) as unknown[];
    expect(json).toEqual([{ verdict: 'changed', subject: 'standard "rdc-webchat" results', detail: 'latest result met (2026-Q3: 88.1) -> not met (2026-Q3: 78.1)' }]);
    // A result is how a promise was kept, not the promise: it does not count as loosened.
    expect((await runInProcess(['diff', EXAMPLE, copy, '--fail-on-loosened'])).code).toBe(0);
  });

  it('and one that went from not met to met', async () => {
    const copy = await copyWith('rdc-calls', '76.4', '81.0', ['value: 76.4, unit: percent, met: false', 'value: 81, unit: percent, met: true']);
    const result = await runInProcess(['diff', EXAMPLE, copy, '--reporter', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([{ verdict: 'changed', subject: 'standard "rdc-calls" results', detail: 'latest result not met (2026-Q3: 76.4) -> met (2026-Q3: 81.0)' }]);
  });

  it('a time past its promise: met to not met for a within target', async () => {
    const copy = await copyWith('rdc-written', '8.7 working days', '10.5 working days');
    const result = await runInProcess(['diff', EXAMPLE, copy, '--reporter', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([{ verdict: 'changed', subject: 'standard "rdc-written" results', detail: 'latest result met (2026-Q3: 8.7 working days) -> not met (2026-Q3: 10.5 working days)' }]);
  });

  it('says nothing when the latest result changes but the verdict does not, nor between the example and itself', async () => {
    const copy = await copyWith('rdc-bill-accuracy', '99.1', '98.5', ['value: 99.1, unit: percent, met: true', 'value: 98.5, unit: percent, met: true']);
    expect(JSON.parse((await runInProcess(['diff', EXAMPLE, copy, '--reporter', 'json'])).stdout)).toEqual([]);
    expect((await runInProcess(['diff', EXAMPLE, EXAMPLE])).stdout).toMatch(/^No changes in commitments/);
  });
});

describe('a standard with more than 12 periods of results', () => {
  it('the chart and its table show the latest 12, the page says where the earlier ones are, and the open data keeps all 16', async () => {
    const folder = join(await temporaryFolder('charter-results-long-'), 'riverside');
    await cp(EXAMPLE, folder, { recursive: true });
    // Eight earlier quarters for the first standard: 2022-Q4 to 2024-Q3, 16 in all.
    const earlier = ['2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3'];
    const first = STANDARDS[0]!;
    const sample = ROWS.find((r) => r.standard === first.id)!;
    const extra = earlier.map((period) => `${first.id},${period},${sample.value},,`).join('\n');
    await writeFile(join(folder, 'results.csv'), `${SOURCE_CSV.trimEnd()}\n${extra}\n`);
    const built = await temporaryFolder('charter-results-long-out-');
    const result = await runInProcess(['build', folder, '--only', 'html,data', '--out', built, '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);

    const page = parseHtml(await readFile(join(built, 'charter.html'), 'utf8'));
    const [section] = elements(page, (e) => e.tagName === 'section' && e.properties.id === 'results');
    const figure = elements(section!, (e) => e.tagName === 'figure' && hasClass(e, 'result-trend'))[0]!;
    const rows = elements(elements(figure, (e) => e.tagName === 'tbody')[0]!, (e) => e.tagName === 'tr').map((tr) => words(textOf(elements(tr, (e) => e.tagName === 'th' || e.tagName === 'td')[0]!)));
    const all = [...earlier, ...ROWS.filter((r) => r.standard === first.id).map((r) => r.period)];
    expect(all).toHaveLength(16);
    expect(rows).toEqual(all.slice(-12).map(pagePeriod));
    // The chart draws one mark a period shown.
    const marks = elements(figure, (e) => e.tagName === 'svg')[0]!;
    expect(elements(marks, (e) => hasClass(e, 'met') || hasClass(e, 'not-met'))).toHaveLength(12);
    expect(words(textOf(elements(section!, (e) => e.tagName === 'p' && hasClass(e, 'results-earlier'))[0]!))).toBe('Earlier results are in our open data (performance.csv).');
    const open = parseCsv(await readFile(join(built, 'performance.csv'), 'utf8'), { columns: true }) as Array<{ standard_id: string; period: string }>;
    expect(open.filter((r) => r.standard_id === first.id).map((r) => r.period)).toEqual(all);
  });

  it('with 12 or fewer, the page has no word about earlier results', async () => {
    const page = parseHtml(await readFile(join(out, 'charter.html'), 'utf8'));
    expect(elements(page, (e) => hasClass(e, 'results-earlier'))).toEqual([]);
  });
});
