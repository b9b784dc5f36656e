import { readFileSync } from 'node:fs';
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { AS_OF, ROOT } from '../helpers/charter-fixture.js';
import { runBin, runInProcess, type CliResult } from '../helpers/run-cli.js';
import {
  EXAMPLES,
  elements,
  hasClass,
  leaks,
  normalise,
  parseHtml,
  publicCommitments,
  readableText,
  readSource,
  staffOnlyStrings,
  textOf,
  type CharterSource,
  type ExampleName,
} from '../helpers/staff-strings.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/** The public sections in the order a reader meets them (docs/format.md). */
const SECTION_ORDER = ['about', 'principles', 'values', 'clients', 'services', 'channels', 'standards', 'results', 'rights', 'obligations', 'feedback', 'complaints', 'performance-reporting', 'accessibility', 'policies', 'review'];
const REQUIRED_SECTIONS = ['about', 'values', 'clients', 'services', 'channels', 'standards', 'rights', 'obligations', 'feedback', 'complaints', 'review'];

interface Built {
  source: CharterSource;
  out: string;
  result: CliResult;
  html: string;
  tree: Root;
  summaryText: string;
  summaryHtml: string;
}

const built = new Map<ExampleName, Built>();

function get(example: ExampleName): Built {
  const b = built.get(example);
  if (!b) throw new Error(`${example} was not built`);
  return b;
}

async function buildExample(example: string, out: string, options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return runBin(['build', join(ROOT, 'examples', example), '--only', 'html,summary', '--out', out, '--as-of', AS_OF], options);
}

const metaOf = (source: CharterSource) => source.yaml.meta as { title: string; languages: { primary: string } };

beforeAll(async () => {
  await Promise.all(
    EXAMPLES.map(async (example) => {
      const out = await temporaryFolder(`charter-html-${example}-`);
      const result = await buildExample(example, out);
      const source = await readSource(join(ROOT, 'examples', example));
      const read = (file: string) => readFile(join(out, file), 'utf8').catch(() => '');
      const html = await read('charter.html');
      built.set(example, { source, out, result, html, tree: parseHtml(html), summaryText: await read('summary.txt'), summaryHtml: await read('summary.html') });
    }),
  );
});

function sectionsOf(tree: Root): Element[] {
  const [main] = elements(tree, (e) => e.tagName === 'main');
  expect(main, 'the page has a <main>').toBeDefined();
  return elements(main!, (e) => e.tagName === 'section');
}

function isInsideNarrative(tree: Root, target: Element): boolean {
  return elements(tree, (e) => hasClass(e, 'narrative')).some((n) => elements(n, (e) => e === target).length > 0);
}

describe.each(EXAMPLES)('charter build %s: charter.html', (example) => {
  it('exits 0 and writes charter.html, summary.txt and summary.html (and no PDF with --only html,summary)', async () => {
    const { result, out } = get(example);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['charter.html', 'summary.html', 'summary.txt']);
  });

  it('<html lang> is the primary language, with one h1 holding the title', () => {
    const { tree, source } = get(example);
    const [html] = elements(tree, (e) => e.tagName === 'html');
    expect(html?.properties.lang).toBe(metaOf(source).languages.primary);
    const h1s = elements(tree, (e) => e.tagName === 'h1');
    expect(h1s).toHaveLength(1);
    expect(normalise(textOf(h1s[0]!))).toBe(normalise(metaOf(source).title));
    const [title] = elements(tree, (e) => e.tagName === 'title');
    expect(normalise(textOf(title!))).toBe(normalise(metaOf(source).title));
  });

  it('has the sections in reading order, each with an id and an h2 labelled <id>-heading', () => {
    const { tree, source } = get(example);
    const sections = sectionsOf(tree);
    const ids = sections.map((s) => s.properties.id);
    for (const section of sections) {
      const id = section.properties.id;
      expect(typeof id === 'string' && id.length > 0, 'every section has an id').toBe(true);
      const h2 = section.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2');
      expect(h2, `section #${String(id)} starts with an h2`).toBeDefined();
      expect(h2!.properties.id).toBe(`${String(id)}-heading`);
      expect(normalise(textOf(h2!)).length).toBeGreaterThan(0);
    }
    for (const required of REQUIRED_SECTIONS) expect(ids).toContain(required);
    const principles = (source.yaml.principles as unknown[] | undefined)?.length ?? 0;
    expect(ids.includes('principles'), 'principles shown exactly when the charter has them').toBe(principles > 0);
    // Every section is a known one, and they come in the reader's order, ending with the review.
    expect(ids.filter((id) => !SECTION_ORDER.includes(String(id)))).toEqual([]);
    expect(ids).toEqual(SECTION_ORDER.filter((id) => ids.includes(id)));
    expect(ids.at(-1)).toBe('review');
  });

  it('has a nav with a link to every section, and every in-page link and id resolves', () => {
    const { tree } = get(example);
    const navs = elements(tree, (e) => e.tagName === 'nav');
    expect(navs).toHaveLength(1);
    const hrefs = elements(navs[0]!, (e) => e.tagName === 'a').map((a) => a.properties.href);
    const sectionIds = sectionsOf(tree).map((s) => s.properties.id);
    expect(hrefs).toEqual(sectionIds.map((id) => `#${String(id)}`));
    const allIds = elements(tree, (e) => e.properties.id !== undefined).map((e) => String(e.properties.id));
    expect(allIds.filter((id, i) => allIds.indexOf(id) !== i), 'ids are unique').toEqual([]);
    const anchors = elements(tree, (e) => e.tagName === 'a' && typeof e.properties.href === 'string' && e.properties.href.startsWith('#'));
    for (const a of anchors) expect(allIds, `link ${String(a.properties.href)}`).toContain(String(a.properties.href).slice(1));
  });

  it('tables for services, channels and standards have captions and column headers; the complaint stages are one labelled list', () => {
    const { tree, source } = get(example);
    const catalog = metaOf(source).languages.primary.startsWith('de') ? de : en;
    const expected: Array<[string, string]> = [
      ['services', catalog.tables.services.caption],
      ['channels', catalog.tables.channels.caption],
      ['standards', catalog.tables.standards.caption],
    ];
    // Each fact once: the stages are cards only, no second table of the same stages.
    const complaints = sectionsOf(tree).find((s) => s.properties.id === 'complaints')!;
    expect(elements(complaints, (e) => e.tagName === 'table').filter((t) => !isInsideNarrative(tree, t))).toEqual([]);
    expect(elements(complaints, (e) => e.tagName === 'ol' && e.properties.ariaLabel === catalog.tables.stages.caption)).toHaveLength(1);
    const sections = new Map(sectionsOf(tree).map((s) => [String(s.properties.id), s]));
    for (const [id, caption] of expected) {
      const section = sections.get(id)!;
      const tables = elements(section, (e) => e.tagName === 'table').filter((t) => !isInsideNarrative(tree, t));
      const captions = tables.map((t) => normalise(textOf(elements(t, (e) => e.tagName === 'caption')[0] ?? { type: 'text', value: '' })));
      expect(captions, `#${id} has the table "${caption}"`).toContain(caption);
      for (const [i, table] of tables.entries()) {
        expect(captions[i]!.length, `every table in #${id} has a caption`).toBeGreaterThan(0);
        const [thead] = elements(table, (e) => e.tagName === 'thead');
        expect(thead, `table "${captions[i]}" has a header row`).toBeDefined();
        const headers = elements(thead!, (e) => e.tagName === 'th');
        expect(headers.length).toBeGreaterThan(0);
        expect(headers.map((th) => th.properties.scope), `table "${captions[i]}"`).toEqual(headers.map(() => 'col'));
      }
    }
  });

  it("shows every public standard's commitment", () => {
    const { tree, source } = get(example);
    const section = sectionsOf(tree).find((s) => s.properties.id === 'standards')!;
    const text = normalise(textOf(section));
    const commitments = publicCommitments(source);
    expect(commitments.length).toBeGreaterThan(3);
    expect(commitments.filter((c) => !text.includes(c))).toEqual([]);
  });

  it('is inert: no script, no event handlers, nothing loaded from outside, and a strict CSP', () => {
    const { tree, html } = get(example);
    expect(elements(tree, (e) => e.tagName === 'script')).toEqual([]);
    const handlers = elements(tree, (e) => Object.keys(e.properties).some((k) => /^on/i.test(k))).map((e) => e.tagName);
    expect(handlers).toEqual([]);
    const problems: string[] = [];
    for (const e of elements(tree, () => true)) {
      for (const attribute of ['src', 'href', 'srcSet', 'data', 'action', 'formAction', 'poster', 'xLinkHref', 'background', 'cite']) {
        const value = e.properties[attribute];
        if (value === undefined || value === null) continue;
        const url = String(value);
        const ok = e.tagName === 'a' && attribute === 'href' ? /^(#|https?:\/\/|mailto:|tel:)/.test(url) : url.startsWith('data:') || url.startsWith('#');
        if (!ok) problems.push(`<${e.tagName} ${attribute}="${url.slice(0, 60)}">`);
      }
    }
    expect(problems).toEqual([]);
    expect(elements(tree, (e) => ['link', 'iframe', 'object', 'embed', 'base', 'form'].includes(e.tagName)).map((e) => e.tagName)).toEqual([]);
    for (const style of elements(tree, (e) => e.tagName === 'style')) {
      expect(textOf(style)).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    }
    const csp = elements(tree, (e) => e.tagName === 'meta' && String(e.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy');
    expect(csp, 'the page carries a Content-Security-Policy meta').toHaveLength(1);
    expect(String(csp[0]!.properties.content)).toContain("default-src 'none'");
    expect(html).not.toMatch(/javascript:/i);
  });

  it('draws the performance chart as a labelled SVG image, with the same figures as a table', () => {
    const { tree, source } = get(example);
    type Std = { title: string; audience?: string; target: { percent?: number }; reporting?: { last_result?: { value: number; unit?: string } } };
    const plotted = (source.yaml.standards as Std[]).filter(
      (s) => s.audience !== 'staff' && s.reporting?.last_result && (s.reporting.last_result.unit ?? (s.target.percent !== undefined ? 'percent' : '')) === 'percent',
    );
    // With a results file the page draws each standard's trend instead (tested with the results).
    if ((source.yaml.performance_reporting as { results?: string } | undefined)?.results) return;
    const svgs = elements(tree, (e) => e.tagName === 'svg');
    if (plotted.length === 0) {
      expect(svgs).toEqual([]);
      return;
    }
    expect(svgs).toHaveLength(1);
    const svg = svgs[0]!;
    expect(svg.properties.role).toBe('img');
    const title = svg.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title');
    expect(title, 'the SVG has a <title>').toBeDefined();
    expect(normalise(textOf(title!)).length).toBeGreaterThan(3);
    if (svg.properties.ariaLabelledBy !== undefined) {
      expect(String(svg.properties.ariaLabelledBy)).toBe(String(title!.properties.id));
    }
    const [figure] = elements(tree, (e) => e.tagName === 'figure' && elements(e, (x) => x === svg).length > 0);
    expect(figure, 'the chart sits in a figure with its data table').toBeDefined();
    const [table] = elements(figure!, (e) => e.tagName === 'table');
    expect(table, 'the figures are also given as a table').toBeDefined();
    expect(elements(table!, (e) => e.tagName === 'caption')).toHaveLength(1);
    const rowHeaders = elements(table!, (e) => e.tagName === 'th' && e.properties.scope === 'row').map((th) => normalise(textOf(th)));
    expect(rowHeaders).toEqual(plotted.map((s) => normalise(s.title)));
  });

  it('never shows staff-only content in charter.html, summary.txt or summary.html', () => {
    const { source, tree, html, summaryText, summaryHtml } = get(example);
    const staff = staffOnlyStrings(source);
    expect(staff.length, 'the example has staff-only content to look for').toBeGreaterThanOrEqual(20);
    expect(leaks(staff, [...readableText(tree), normalise(html)]), 'charter.html').toEqual([]);
    expect(leaks(staff, [normalise(summaryText)]), 'summary.txt').toEqual([]);
    const fragment = fromHtml(summaryHtml, { fragment: true }) as Root;
    expect(leaks(staff, [...readableText(fragment), normalise(summaryHtml)]), 'summary.html').toEqual([]);
  });
});

describe.each(EXAMPLES)('charter build %s: the website summary', (example) => {
  it('fits max_words and is one paragraph; summary.html is one <p> with the same text', () => {
    const { source, summaryText, summaryHtml } = get(example);
    const maxWords = (source.yaml.outputs as { website_summary?: { max_words?: number } } | undefined)?.website_summary?.max_words ?? 100;
    const words = summaryText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    expect(words.length).toBeGreaterThan(10);
    expect(words.length).toBeLessThanOrEqual(maxWords);
    expect(summaryText.trim()).not.toContain('\n');
    const fragment = fromHtml(summaryHtml, { fragment: true }) as Root;
    const content = fragment.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    expect(content).toHaveLength(1);
    expect(content[0]).toMatchObject({ type: 'element', tagName: 'p' });
    expect(normalise(textOf(content[0]!))).toBe(normalise(summaryText));
  });

  it('`charter summary` prints the same text as summary.txt (and --html the same as summary.html)', async () => {
    const { summaryText, summaryHtml } = get(example);
    const text = await runInProcess(['summary', `examples/${example}`, '--as-of', AS_OF]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(summaryText);
    const html = await runInProcess(['summary', `examples/${example}`, '--as-of', AS_OF, '--html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toBe(summaryHtml);
  });
});

describe('determinism', () => {
  const files = ['charter.html', 'summary.txt', 'summary.html'];

  it.each(EXAMPLES)('%s: building twice gives identical bytes', async (example) => {
    const again = await temporaryFolder('charter-again-');
    const result = await buildExample(example, again);
    expect(result.code, result.stderr).toBe(0);
    for (const file of files) {
      const first = await readFile(join(get(example).out, file));
      const second = await readFile(join(again, file));
      expect(second.equals(first), `${file} differs between two builds`).toBe(true);
    }
  });

  it.each(EXAMPLES)('%s: the same bytes from another working folder and another time zone', async (example) => {
    const again = await temporaryFolder('charter-tz-');
    const result = await buildExample(example, again, { cwd: tmpdir(), env: { TZ: 'Pacific/Kiritimati' } });
    expect(result.code, result.stderr).toBe(0);
    for (const file of files) {
      const first = await readFile(join(get(example).out, file), 'utf8');
      const second = await readFile(join(again, file), 'utf8');
      expect(second, `${file} differs when built at UTC+14 from another folder`).toBe(first);
    }
  });
});

describe('German charter (stadtwerke-lindenau)', () => {
  it('has German section headings, none of the English ones', () => {
    const { tree } = get('stadtwerke-lindenau');
    const headings = sectionsOf(tree).map((s) => normalise(textOf(s.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2')!)));
    expect(headings.length).toBeGreaterThan(10);
    const english = new Set(Object.values(en.sections));
    const allHeadings = elements(tree, (e) => /^(h[1-6]|caption)$/.test(e.tagName)).map((e) => normalise(textOf(e)));
    expect(allHeadings.filter((h) => english.has(h))).toEqual([]);
    // A section takes the author's heading when a narrative block is attached to it.
    const authors = new Set([...readFileSync(join(ROOT, 'examples/stadtwerke-lindenau/narrative.md'), 'utf8').matchAll(/^## (.*?)\s*\{#/gm)].map((m) => normalise(m[1]!)));
    const german = new Set([...Object.values(de.sections), ...authors]);
    expect(headings.filter((h) => !german.has(h))).toEqual([]);
  });

  it('never says "working day" anywhere', () => {
    const { html, summaryText } = get('stadtwerke-lindenau');
    expect(html).not.toMatch(/working[\s_-]*day/i);
    expect(summaryText).not.toMatch(/working[\s_-]*day/i);
  });
});

describe('a failed build', () => {
  it('leaves the previous outputs untouched and no temporary files behind', async () => {
    const out = await temporaryFolder('charter-keep-');
    const first = await buildExample('brightwater-plumbing', out);
    expect(first.code, first.stderr).toBe(0);
    const files = ['charter.html', 'summary.txt', 'summary.html'];
    const before = await Promise.all(files.map(async (f) => ({ bytes: await readFile(join(out, f)), mtime: (await stat(join(out, f))).mtimeMs })));

    const broken = await temporaryFolder('charter-broken-');
    await cp(join(ROOT, 'examples', 'brightwater-plumbing'), broken, { recursive: true });
    const yaml = await readFile(join(broken, 'charter.yaml'), 'utf8');
    await writeFile(join(broken, 'charter.yaml'), `${yaml}\nsurprise_section:\n  note: an unknown section\n`);
    // Time passes between the builds, so a rewrite would show in the modification time.
    await new Promise((resolve) => setTimeout(resolve, 20));

    const second = await runBin(['build', broken, '--out', out, '--as-of', AS_OF]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('surprise_section');
    for (const [i, file] of files.entries()) {
      expect((await readFile(join(out, file))).equals(before[i]!.bytes), `${file} bytes`).toBe(true);
      expect((await stat(join(out, file))).mtimeMs, `${file} modification time`).toBe(before[i]!.mtime);
    }
    expect((await readdir(out)).sort()).toEqual([...files].sort());
  });
});

describe('usage errors', () => {
  it('--only with an unknown output is exit 2, names it, and writes nothing', async () => {
    const out = join(await temporaryFolder('charter-only-'), 'dist');
    const result = await runInProcess(['build', 'examples/brightwater-plumbing', '--only', 'html,docx', '--out', out, '--as-of', AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docx');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(stat(out)).rejects.toThrow();
  });
});
