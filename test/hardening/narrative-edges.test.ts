// Narrative edge cases: Windows line endings, remote URLs in raw HTML, footnotes, link definitions
// across blocks, heading levels, <details> in print, and blocks that attach to nothing shown.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, byRule, checkFiles, exampleFile, lineOf, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { pdfText } from '../helpers/pdf.js';
import { runBin, runInProcess, type CliResult } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { elements, hasClass, rawText, shownText } from '../pages/read-page.js';

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

/** A 1x1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let yaml: string;
let narrative: string;
beforeAll(async () => {
  yaml = await exampleFile('brightwater-plumbing');
  narrative = await exampleFile('brightwater-plumbing', 'narrative.md');
});

/** The example narrative with Markdown added at the start of the "Who we are" block. */
function aboutWith(markdown: string, md = narrative): string {
  return replaceOnce(md, 'Brightwater started in 1998', `${markdown}\n\nBrightwater started in 1998`);
}

/** The example narrative with Markdown added at the start of the "If something goes wrong" block. */
function complaintsWith(markdown: string, md = narrative): string {
  return replaceOnce(md, 'Please tell us. Most problems', `${markdown}\n\nPlease tell us. Most problems`);
}

interface Built {
  result: CliResult;
  problems: Problem[];
  out: string;
  html: string;
  handbook: string;
}

/** Builds the example charter with this narrative (and these extra files), as `charter build` does. */
async function build(md: string | Uint8Array, options: { charter?: string; only?: string; handbook?: boolean; files?: Record<string, string | Uint8Array> } = {}): Promise<Built> {
  const folder = await writeCharter({ 'charter.yaml': options.charter ?? yaml, 'narrative.md': md, ...options.files });
  const out = await temporaryFolder('charter-edges-');
  const args = ['build', folder, '--only', options.only ?? 'html', '--out', out, '--as-of', AS_OF, '--reporter', 'json', ...(options.handbook ? ['--handbook'] : [])];
  const result = options.only?.includes('pdf') ? await runBin(args, { timeoutMs: 90_000 }) : await runInProcess(args);
  const problems = (result.stdout.trim() ? JSON.parse(result.stdout) : []) as Problem[];
  const read = (name: string) => readFile(join(out, name), 'utf8').catch(() => '');
  return { result, problems, out, html: await read('charter.html'), handbook: options.handbook ? await read('handbook.html') : '' };
}

const withRule = (problems: readonly Problem[], rule: string) => problems.filter((p) => p.rule === rule);
const byId = (tree: Root | Element, id: string) => elements(tree, (e) => e.properties.id === id);
const headingLevel = (e: Element) => Number(/^h([1-6])$/.exec(e.tagName)?.[1] ?? 0);
const isHeading = (e: Element) => headingLevel(e) > 0;

/** Every in-page link leads to exactly one element, and no id is used twice. */
function expectInPageLinksWork(tree: Root): void {
  const ids = elements(tree, (e) => typeof e.properties.id === 'string').map((e) => String(e.properties.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([]);
  const targets = elements(tree, (e) => e.tagName === 'a' && typeof e.properties.href === 'string' && e.properties.href.startsWith('#')).map((a) => String(a.properties.href).slice(1));
  expect(targets.filter((target) => !ids.includes(target)), 'links to no element').toEqual([]);
}

describe('a narrative with Windows line endings (CRLF)', () => {
  it('behaves exactly like the same narrative with LF: long blocks of short paragraphs pass, diagnostics at the same lines, the same page', async () => {
    const paragraph = (i: number) =>
      `Paragraph ${i}. Most of our work is boilers. We service them, fix them and fit new ones. We also fix leaks, taps and toilets, and we do gas safety checks for landlords. We know that a broken boiler in winter is a worry, so we tell you when we will come and we ring if we are running late.`;
    const long = Array.from({ length: 80 }, (_, i) => paragraph(i + 1)).join('\n\n');
    expect(long.length).toBeGreaterThan(20_000);
    const lf = `${aboutWith(long)}\n## Our vans {#vans}\n\nAll our vans are electric.\n`;
    const crlf = lf.replace(/\n/g, '\r\n');

    const fromLf = await build(lf);
    const fromCrlf = await build(crlf);
    expect(withRule(fromCrlf.problems, 'narrative')).toEqual([]);
    const strip = (problems: Problem[]) => problems.map(({ file, ...rest }) => ({ ...rest, file: file.replace(/.*\//, '') }));
    expect(strip(fromCrlf.problems)).toEqual(strip(fromLf.problems));
    expect(withRule(fromCrlf.problems, 'narrative-unattached')).toEqual([expect.objectContaining({ line: lineOf(lf, '## Our vans {#vans}') })]);

    // Without the unattached block, both build, to the same page.
    const builtLf = await build(lf.replace(/\n## Our vans[\s\S]*$/, '\n'));
    const builtCrlf = await build(crlf.replace(/\r\n## Our vans[\s\S]*$/, '\r\n'));
    expect(builtCrlf.result.code, builtCrlf.result.stdout).toBe(0);
    expect(builtCrlf.html).toBe(builtLf.html);
    expect(builtCrlf.html).toContain('Paragraph 80.');
  });

  it('the 256 KB limit counts a line break as one byte, as with LF', async () => {
    const line = 'We fix boilers, taps and leaks.';
    const lf = aboutWith(Array.from({ length: 7800 }, () => line).join('\n\n'));
    expect(Buffer.byteLength(lf)).toBeLessThan(256 * 1024);
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(Buffer.byteLength(crlf)).toBeGreaterThan(256 * 1024);
    const checked = await checkFiles({ 'charter.yaml': yaml, 'narrative.md': crlf });
    expect(byRule(checked.diagnostics, 'narrative')).toEqual([]);
    const over = await checkFiles({ 'charter.yaml': yaml, 'narrative.md': aboutWith(Array.from({ length: 8000 }, () => line).join('\r\n\r\n')) });
    expect(byRule(over.diagnostics, 'narrative').map((d) => d.message)).toEqual(['narrative.md is larger than 256 KB; split it into several files or shorten it']);
  });

  it('a real over-long paragraph is still refused, at its line, with CRLF too', async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `word${i}`).join(' ');
    const md = aboutWith(words).replace(/\n/g, '\r\n');
    const checked = await checkFiles({ 'charter.yaml': yaml, 'narrative.md': md });
    expect(byRule(checked.diagnostics, 'narrative')).toEqual([
      expect.objectContaining({ line: lineOf(md, 'word0'), message: 'a paragraph here is longer than 20,000 characters; break it up' }),
    ]);
  });
});

describe('remote URLs in raw HTML', () => {
  it('<picture><source srcset> from another site is left out with a remote-content warning at its line; the image stays', async () => {
    const picture = `<picture><source srcset="https://example.org/x.jpg"><img src="data:image/png;base64,${PNG}" alt="Our van"></picture>`;
    const md = aboutWith(picture);
    const { result, problems, html } = await build(md);
    expect(result.code, result.stderr).toBe(0);
    expect(withRule(problems, 'remote-content')).toEqual([
      expect.objectContaining({ severity: 'warning', line: lineOf(md, '<picture>'), message: expect.stringContaining('https://example.org/x.jpg') }),
    ]);
    expect(html).not.toContain('example.org');
    expect(elements(fromHtml(html), (e) => e.tagName === 'img' && e.properties.alt === 'Our van')).toHaveLength(1);
  });

  it('a srcset of files inside the charter folder is inlined, like an image', async () => {
    const md = aboutWith('<picture><source srcset="assets/dot.png 1x, assets/dot.png 2x"><img src="assets/dot.png" alt="Our van"></picture>');
    const { result, problems, html } = await build(md, { files: { 'assets/dot.png': Buffer.from(PNG, 'base64') } });
    expect(result.code, result.stderr).toBe(0);
    expect(withRule(problems, 'remote-content')).toEqual([]);
    const [source] = elements(fromHtml(html), (e) => e.tagName === 'source');
    expect(source?.properties.srcSet).toBe(`data:image/png;base64,${PNG} 1x, data:image/png;base64,${PNG} 2x`);
  });

  it('no other attribute carries a remote address into the page unwarned (cite, longdesc, itemtype, action)', async () => {
    const md = aboutWith(
      `<blockquote cite="https://example.org/quote">We fixed it fast.</blockquote>\n\n<img src="data:image/png;base64,${PNG}" alt="A van" longdesc="https://example.org/desc">\n\n<q cite="https://example.org/q">Quick</q>\n\n<div itemscope itemtype="https://example.org/type" action="https://example.org/act">Fair prices</div>`,
    );
    const { result, problems, html } = await build(md);
    expect(result.code, result.stderr).toBe(0);
    expect(withRule(problems, 'remote-content')).toEqual([]);
    expect(html).not.toContain('example.org');
    expect(html).toContain('We fixed it fast.');
  });
});

describe('footnotes', () => {
  const md = () =>
    complaintsWith(
      'Our answer is in writing.[^writing]\n\n[^writing]: A letter or an email, as you prefer.',
      aboutWith('Our engineers carry a card.[^card] Ask to see it.[^ask] The card has a photo.[^card]\n\n[^card]: A photo card with their name.\n\n[^ask]: They will not mind.'),
    );

  it('references and back-references lead somewhere in the page and the handbook; no id is used twice', async () => {
    const { result, html, handbook } = await build(md(), { handbook: true });
    expect(result.code, result.stderr).toBe(0);
    for (const page of [html, handbook]) {
      const tree = fromHtml(page);
      expectInPageLinksWork(tree);
      const refs = elements(tree, (e) => e.tagName === 'a' && e.properties.dataFootnoteRef !== undefined);
      expect(refs.map(shownText)).toEqual(['1', '2', '1', '1']);
      // The first reference leads to the note, and the note leads back to it.
      const [note] = byId(tree, String(refs[0]!.properties.href).slice(1));
      expect(note!.tagName).toBe('li');
      expect(shownText(note!)).toContain('A photo card with their name.');
      const back = elements(note!, (e) => e.tagName === 'a' && hasClass(e, 'data-footnote-backref')).map((a) => String(a.properties.href).slice(1));
      expect(back).toContain(String(refs[0]!.properties.id));
    }
  });

  it('the notes are labelled in the charter\'s language', async () => {
    const { html } = await build(md());
    const label = elements(fromHtml(html), (e) => e.properties.id !== undefined && String(e.properties.id).endsWith('footnote-label'));
    expect(label.map((e) => [e.tagName, rawText(e)])).toEqual([['h3', 'Notes'], ['h3', 'Notes']]);
    expect(label.every((e) => hasClass(e, 'visually-hidden'))).toBe(true);
  });
});

describe('a note written in a staff block', () => {
  it('used in a public block is a staff-leak error at the reference', async () => {
    const md = `${aboutWith('Our engineers carry a card.[^card]')}\n[^card]: Staff: the card is in the glovebox.\n`;
    const checked = await checkFiles({ 'charter.yaml': yaml, 'narrative.md': md });
    expect(byRule(checked.diagnostics, 'staff-leak')).toEqual([
      expect.objectContaining({
        file: 'narrative.md',
        severity: 'error',
        line: lineOf(md, 'Our engineers carry a card.'),
        message: 'the public block "about" uses the note [^card], which is written in a staff block; move the note out of the staff block, or it will not be shown',
      }),
    ]);
  });
});

describe('link reference definitions', () => {
  it('a definition in another block of the file (or above the first block) applies in every block', async () => {
    const md = complaintsWith(
      'See [our prices][prices] and [CEDR].',
      `[CEDR]: https://www.cedr.com/consumer/ "CEDR"\n\n${aboutWith('We explain [our prices][prices] before we start.')}\n\n[prices]: https://brightwater.example/prices\n`,
    );
    const { result, problems, html } = await build(md);
    expect(result.code, result.stderr).toBe(0);
    expect(withRule(problems, 'narrative-text-before-heading')).toEqual([]);
    const tree = fromHtml(html);
    const links = (section: string) =>
      elements(byId(tree, section)[0]!, (e) => e.tagName === 'a').map((a) => [shownText(a), a.properties.href]);
    expect(links('about')).toContainEqual(['our prices', 'https://brightwater.example/prices']);
    expect(links('complaints')).toEqual(expect.arrayContaining([['our prices', 'https://brightwater.example/prices'], ['CEDR', 'https://www.cedr.com/consumer/']]));
    expect(html).not.toContain('[prices]');
    expect(html).not.toContain('[CEDR]');
  });
});

describe('heading levels inside narrative', () => {
  const md = () =>
    `${aboutWith('# Our story\n\nWe started small.\n\n### The first van\n\nIt was blue.\n\n<h1>Raw heading</h1>')}\n## How we ring back {#bw-callback}\n\n# Why we ring\n\nSo you can plan your day.\n`;

  it('the page keeps one h1; narrative headings sit under their section, with no level skipped', async () => {
    const { result, html } = await build(md());
    expect(result.code, result.stderr).toBe(0);
    const tree = fromHtml(html);
    expect(elements(tree, (e) => e.tagName === 'h1')).toHaveLength(1);
    const about = byId(tree, 'about')[0]!;
    const prose = elements(about, (e) => hasClass(e, 'narrative'))[0]!;
    expect([...elements(about, isHeading).slice(0, 1), ...elements(prose, isHeading)].map((e) => [e.tagName, shownText(e)])).toEqual([
      ['h2', 'Who we are'],
      ['h3', 'Our story'],
      ['h4', 'The first van'],
      ['h3', 'Raw heading'],
    ]);
    const levels = elements(byId(tree, 'main')[0] ?? tree, isHeading).map(headingLevel);
    levels.forEach((level, i) => expect(level, `heading ${i} skips a level`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1));
    const standards = byId(tree, 'standards')[0]!;
    expect(elements(standards, isHeading).find((e) => shownText(e) === 'Why we ring')?.tagName).toBe('h3');
  });

  it('in the handbook too: headings in every section stay below the section heading', async () => {
    const withStaff = replaceOnce(md(), 'This part is only for Brightwater staff.', '# For staff\n\nThis part is only for Brightwater staff.');
    const { result, handbook } = await build(withStaff, { handbook: true });
    expect(result.code, result.stderr).toBe(0);
    const tree = fromHtml(handbook);
    for (const section of elements(tree, (e) => e.tagName === 'section')) {
      const headings = elements(section, isHeading);
      // The handbook has one h1: a part's title is an h2, so its sections' headings are h3.
      if (headings[0]?.tagName !== 'h3') continue;
      expect(headings.slice(1).map((h) => [h.tagName, shownText(h)]).filter(([tag]) => tag === 'h1' || tag === 'h2' || tag === 'h3')).toEqual([]);
    }
    expect(elements(tree, (e) => /^h\d$/.test(e.tagName) && shownText(e) === 'Our story').map((e) => e.tagName)).toEqual(['h4']);
    expect(elements(tree, (e) => /^h\d$/.test(e.tagName) && shownText(e) === 'For staff').map((e) => e.tagName)).toEqual(['h4']);
  });
});

describe('<details> in the narrative', () => {
  it('is printed open in the PDF and the handbook PDF; the web pages keep it closed', async () => {
    const md = aboutWith('<details><summary>How we price a breakdown</summary>\n\nThe call-out charge covers the first hour of work on site.\n\n</details>');
    const { result, html, handbook, out } = await build(md, { only: 'html,pdf', handbook: true });
    expect(result.code, result.stderr).toBe(0);
    for (const page of [html, handbook]) {
      const [details] = elements(fromHtml(page), (e) => e.tagName === 'details');
      expect(details, 'details on the web page').toBeDefined();
      expect(details!.properties.open).toBeUndefined();
    }
    for (const pdf of ['charter.pdf', 'handbook.pdf']) {
      const text = (await pdfText(join(out, pdf))).replace(/\s+/g, ' ');
      expect(text, pdf).toContain('How we price a breakdown');
      expect(text, pdf).toContain('The call-out charge covers the first hour of work on site.');
    }
  }, 120_000);
});

describe('a block that attaches to nothing shown', () => {
  it('{#meta} is an error at its heading, in plain words', async () => {
    const md = `${narrative}\n## About this charter {#meta}\n\nThis is version 3.\n`;
    const checked = await checkFiles({ 'charter.yaml': yaml, 'narrative.md': md });
    const found = byRule(checked.diagnostics, 'narrative-unattached');
    expect(found).toEqual([
      expect.objectContaining({
        file: 'narrative.md',
        severity: 'error',
        line: lineOf(md, '## About this charter {#meta}'),
        message: 'narrative block "meta" would not appear anywhere: the page has no "meta" section; give the block the id of a section the page shows, such as "about"',
      }),
    ]);
    expect(found[0]!.message).not.toMatch(/\n/);
  });

  it('a section that is empty (principles: []) is not shown, so its block is an error too', async () => {
    const md = `${narrative}\n## How we work {#principles}\n\nWe keep our promises.\n`;
    const checked = await checkFiles({ 'charter.yaml': `${yaml}\nprinciples: []\n`, 'narrative.md': md });
    expect(byRule(checked.diagnostics, 'narrative-unattached')).toEqual([
      expect.objectContaining({
        line: lineOf(md, '## How we work {#principles}'),
        message: 'narrative block "principles" would not appear anywhere: the principles list in charter.yaml is empty; fill it in, or give the block the id of a section the page shows',
      }),
    ]);
  });

  it('a slip in a block id gets a "did you mean"', async () => {
    const md = `${narrative}\n## Our promises {#standard}\n\nWe keep them.\n`;
    const checked = await checkFiles({ 'charter.yaml': yaml, 'narrative.md': md });
    expect(byRule(checked.diagnostics, 'narrative-unattached')).toEqual([
      expect.objectContaining({ line: lineOf(md, '## Our promises {#standard}'), message: expect.stringMatching(/^narrative block "standard" is not used by any section; .*; did you mean "standards"\?$/) }),
    ]);
  });
});

describe('a block for the performance reporting section', () => {
  it('gives the section its title, as blocks for other sections do', async () => {
    const md = `${await exampleFile('riverside-council', 'narrative.md')}\n\n## How we report on our promises {#performance_reporting}\n\nWe publish our results every quarter.\n`;
    const folder = await writeCharter({ 'charter.yaml': await exampleFile('riverside-council'), 'narrative.md': md });
    const out = await temporaryFolder();
    const result = await runInProcess(['build', folder, '--only', 'html', '--out', out, '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(out, 'charter.html'), 'utf8');
    expect(html).toMatch(/<h2 id="performance-reporting-heading">How we report on our promises<\/h2>/);
  });
});
