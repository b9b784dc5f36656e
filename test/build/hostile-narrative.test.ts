import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, lineOf, ROOT } from '../helpers/charter-fixture.js';
import { runBin, type CliResult } from '../helpers/run-cli.js';
import { elements, hasClass, parseHtml, textOf } from '../helpers/staff-strings.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

/**
 * A narrative whose `about` block tries every way raw HTML and Markdown could run script, load
 * something from outside, or change the page: the public charter must come out inert.
 */
const FIXTURE = join(ROOT, 'test/fixtures/hostile-narrative');

let result: CliResult;
let html: string;
let narrative: string;
let diagnostics: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;

beforeAll(async () => {
  const out = await temporaryFolder('charter-hostile-');
  result = await runBin(['build', FIXTURE, '--only', 'html,summary', '--out', out, '--as-of', AS_OF, '--reporter', 'json']);
  html = await readFile(join(out, 'charter.html'), 'utf8').catch(() => '');
  narrative = await readFile(join(FIXTURE, 'narrative.md'), 'utf8');
  diagnostics = result.stdout.trim() ? JSON.parse(result.stdout) : [];
});

describe('hostile narrative', () => {
  it('builds (exit 0; warnings allowed, no errors)', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(html).toContain('<html');
  });

  it.each([
    '<script',
    'onerror',
    'javascript:',
    '<iframe',
    'evil.example',
    '<object',
    '<form',
    'http-equiv="refresh"',
    '<base',
    'data:text/html',
  ])('charter.html does not contain %s', (needle) => {
    const lower = html.toLowerCase();
    const at = lower.indexOf(needle.toLowerCase());
    expect(at, at >= 0 ? `found at: ${JSON.stringify(html.slice(Math.max(0, at - 80), at + 80))}` : '').toBe(-1);
  });

  it('keeps the harmless prose of the block', () => {
    const tree = parseHtml(html);
    const about = elements(tree, (e) => e.tagName === 'section' && e.properties.id === 'about')[0]!;
    const text = textOf(about);
    expect(text).toContain('Brightwater started in 1998 with one van and one engineer.');
    expect(text).toContain('We know that a broken boiler in winter is a worry.');
  });

  it('inlines the local image as a data:image/png URI and keeps its alt text', async () => {
    const png = await readFile(join(FIXTURE, 'assets/dot.png'));
    const tree = parseHtml(html);
    const images = elements(tree, (e) => e.tagName === 'img' && e.properties.alt === 'ok');
    expect(images).toHaveLength(1);
    expect(images[0]!.properties.src).toBe(`data:image/png;base64,${png.toString('base64')}`);
  });

  it('drops the remote image, keeping its alt text, with a remote-content warning at its line', () => {
    const tree = parseHtml(html);
    const narrativeDivs = elements(tree, (e) => e.tagName === 'div' && hasClass(e, 'narrative'));
    const imgs: Element[] = narrativeDivs.flatMap((d) => elements(d, (e) => e.tagName === 'img'));
    expect(imgs.map((i) => String(i.properties.src).slice(0, 15))).toEqual(['data:image/png;']);
    expect(textOf(narrativeDivs[0]!)).toContain('logo');
    const line = lineOf(narrative, '![logo](https://evil.example/logo.png)');
    const remote = diagnostics.filter((d) => d.rule === 'remote-content' && d.message.includes('https://evil.example/logo.png'));
    expect(remote).toHaveLength(1);
    expect(remote[0]).toMatchObject({ severity: 'warning', line, column: 1 });
    expect(remote[0]!.file.endsWith('narrative.md')).toBe(true);
  });
});
