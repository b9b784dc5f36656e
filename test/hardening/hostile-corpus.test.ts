import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildCharters, type BuildReport, type OutputKind } from '../../src/build/build-charters.js';
import type { PrintService } from '../../src/pdf/print-service.js';
import { Printer } from '../../src/pdf/printer.js';
import { loadTemplate, type Template } from '../../src/render/template.js';
import { findCharter } from '../../src/source/find-charter.js';
import { BROWSER } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf.js';
import { AS_OF, lineOf, ROOT } from '../helpers/charter-fixture.js';
import { runBin, runInProcess, type CliResult } from '../helpers/run-cli.js';

/**
 * Hostile input that a contributor's pull request could carry, fed to the real pipeline:
 * active content in every kind of text field and in the narrative, paths that try to leave the
 * charter folder, huge values and many standards, Unicode edge cases, and YAML bombs inside an
 * otherwise valid charter. The small fixtures are in test/fixtures/hostile/; everything large, or
 * needing symlinks, is made in temporary folders here.
 */

const FIXTURES = join(ROOT, 'test/fixtures/hostile');
const BASE = 'brightwater-plumbing';

interface Diag {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

type Yaml = Record<string, any>;

let work: string;
let printer: Printer;
let template: Template;
// Read at load time: the it.each tables below are built from them.
const baseYaml = readFileSync(join(ROOT, 'examples', BASE, 'charter.yaml'), 'utf8');
const baseNarrative = readFileSync(join(ROOT, 'examples', BASE, 'narrative.md'), 'utf8');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'charter-hostile-corpus-'));
  printer = new Printer(BROWSER, 60_000);
  void printer.warmUp();
  template = await loadTemplate('charter', ROOT);
});

afterAll(async () => {
  await printer?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

let folders = 0;
async function charterFolder(files: Record<string, string | Uint8Array>, name = `charter-${++folders}`): Promise<string> {
  const folder = join(work, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(folder, file, '..'), { recursive: true });
    await writeFile(join(folder, file), content);
  }
  await mkdir(folder, { recursive: true });
  return folder;
}

function diagnosticsOf(result: CliResult): Diag[] {
  return JSON.parse(result.stdout) as Diag[];
}

/** What every answer must look like: no stack trace, no internal error, one line per diagnostic. */
function expectClean(result: CliResult): Diag[] {
  expect(result.stderr).not.toMatch(/internal error/i);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const diagnostics = diagnosticsOf(result);
  for (const d of diagnostics) {
    expect(d.message, JSON.stringify(d)).toMatch(/^[^\n\r]+$/);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  return diagnostics;
}

async function check(folder: string): Promise<{ result: CliResult; diagnostics: Diag[]; ms: number }> {
  const started = performance.now();
  const result = await runInProcess(['check', folder, '--reporter', 'json', '--as-of', AS_OF]);
  const ms = performance.now() - started;
  return { result, diagnostics: expectClean(result), ms };
}

async function cliBuild(folder: string, only = 'html,summary'): Promise<{ result: CliResult; diagnostics: Diag[]; out: string; ms: number }> {
  const out = await mkdtemp(join(work, 'out-'));
  const started = performance.now();
  const result = await runInProcess(['build', folder, '--only', only, '--out', out, '--reporter', 'json', '--as-of', AS_OF]);
  const ms = performance.now() - started;
  return { result, diagnostics: expectClean(result), out, ms };
}

/**
 * Builds through the library with the file's one browser, recording every request a printed page
 * tried to make (PrintResult.blocked): a page that tries nothing proves nothing reached for the
 * network.
 */
async function apiBuild(folder: string, outputs: OutputKind[], handbook = false): Promise<{ report: BuildReport; out: string; blocked: string[]; printed: number }> {
  const found = await findCharter(folder, work);
  if (!found.ok) throw new Error(found.message);
  const out = await mkdtemp(join(work, 'out-'));
  const blocked: string[] = [];
  let printed = 0;
  const service: PrintService = {
    print: async (job) => {
      const result = await printer.print(job);
      printed++;
      blocked.push(...result.blocked);
      return result;
    },
  };
  const report = await buildCharters([found.location], { asOf: AS_OF, outDir: out, outputs: new Set(outputs), template, concurrency: 2, handbook }, service);
  return { report, out, blocked, printed };
}

function readOutputs(out: string): Promise<Record<string, Buffer>> {
  return readdir(out).then(async (names) => Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(out, n))] as const))));
}


/**
 * Every way a file's bytes could show up in an output: as they are, or base64 at any alignment.
 * Forms shorter than 8 characters are left out (they could match by chance); the image tests
 * also assert that no data: URI is in the page at all.
 */
function leakForms(secret: Buffer): string[] {
  const forms = [secret.toString('latin1').slice(0, 40)];
  for (let shift = 0; shift < 3; shift++) forms.push(secret.subarray(shift, shift + 30).toString('base64').slice(4, 36));
  return forms.filter((f) => f.length >= 8);
}

// ---------------------------------------------------------------------------------------------
// 1. Active content in every kind of text field and in the narrative.

/** The keys whose values are free text: names, titles, descriptions, notes, contacts. */
const TEXT_KEYS = new Set([
  'name', 'title', 'description', 'statement', 'summary', 'mission', 'vision', 'note', 'label', 'contact', 'closed_on', 'not_for',
  'commitment', 'clock_starts', 'source', 'sample', 'owner', 'measure', 'text', 'surveys', 'how_we_use_it', 'definition', 'handled_by',
  'how', 'topic', 'body', 'where', 'independent_assurance', 'interpreting', 'relay', 'physical_access', 'extra_help', 'responsible_role',
  'registration', 'address', 'legal_name', 'regulator', 'role', 'when', 'can_be_represented',
]);
const TEXT_LISTS = new Set(['what_we_do', 'requirements', 'exclusions', 'induction_checklist', 'escalation_rules']);
/** Fields with a length limit get the short payloads. */
const SHORT = new Set(['title', 'commitment', 'summary']);

/** Adds a hostile payload to every free-text string of the charter; returns the paths it changed. */
function poison(data: Yaml, payloads: readonly string[]): string[] {
  const touched: string[] = [];
  let next = 0;
  const short = payloads.filter((p) => p.length <= 60);
  const payloadFor = (key: string) => (SHORT.has(key) ? short[next++ % short.length]! : payloads[next++ % payloads.length]!);
  const walk = (node: unknown, path: string, parentKey: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item === 'string' && TEXT_LISTS.has(parentKey)) {
          node[i] = `${item} ${payloadFor(parentKey)}`;
          touched.push(`${path}[${i}]`);
        } else walk(item, `${path}[${i}]`, parentKey);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Yaml)) {
        // consultation[].method is free text; measurement.method is a list of choices.
        const text = TEXT_KEYS.has(key) || (key === 'method' && path.includes('consultation'));
        if (typeof value === 'string' && text) {
          (node as Yaml)[key] = `${value} ${payloadFor(key)}`;
          touched.push(`${path}.${key}`);
        } else walk(value, `${path}.${key}`, key);
      }
    }
  };
  walk(data, '', '');
  return touched;
}

/** Optional sections the example lacks, so their text fields are poisoned too. */
function addOptionalSections(data: Yaml): void {
  data.about.vision = 'Every home in Leeds warm and safe.';
  data.meta.organisation.regulator = 'Gas Safe Register';
  data.principles = [{ id: 'pr-plain', title: 'Plain words', statement: 'We explain the work in plain words.' }];
  data.policies = [{ id: 'pol-privacy', title: 'Privacy notice', summary: 'How we use your details.', url: 'https://www.brightwater-plumbing.example/privacy' }];
  data.accessibility = { interpreting: 'We can book an interpreter.', relay: 'We take Relay UK calls.', physical_access: 'Our office has step-free access.', extra_help: 'Tell us if you need more time.' };
  data.complaints.can_be_represented = 'A friend or family member can complain for you.';
  data.performance_reporting.independent_assurance = 'Our trade body checks our figures each year.';
  data.outputs.website_summary.max_words = 200;
}

/** The narrative with the hostile block after every heading. */
function poisonNarrative(narrative: string, hostile: string): string {
  return narrative.replace(/^(## .*\{#[^}]+\}\s*)$/gm, `$1\n\n${hostile}\n`);
}

/** Elements and attributes that must never be in an output, whatever the input. */
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'base', 'link', 'frame', 'frameset', 'applet', 'video', 'audio', 'noscript', 'template', 'portal']);
/** Attributes that hold words for people, not addresses: text may be anything there. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'ariaLabel', 'dataLabel']);
/** An address a link may have: one whole https URL (no spaces or markup in it), a fragment, mail or phone. */
const WELL_FORMED_URL = /^https?:\/\/[^\s<>"'`]+$/;

interface MarkupProblems {
  problems: string[];
  styles: string[];
}

function inspectHtml(html: string, name: string): MarkupProblems {
  const tree = fromHtml(html) as Root;
  const problems: string[] = [];
  const styles: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName;
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`${name}: <${tag}> element`);
    if (tag === 'style') styles.push(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
    if (tag === 'meta' && node.properties.httpEquiv !== undefined) {
      const equiv = String(node.properties.httpEquiv).toLowerCase();
      if (equiv !== 'content-security-policy') problems.push(`${name}: <meta http-equiv="${equiv}">`);
    }
    for (const [key, raw] of Object.entries(node.properties)) {
      const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
      if (/^on/i.test(key)) problems.push(`${name}: event handler ${key}="${value}" on <${tag}>`);
      if (key === 'style') problems.push(`${name}: style attribute "${value}" on <${tag}>`);
      const isDescription = tag === 'meta' && key === 'content' && node.properties.name === 'description';
      if (TEXT_ATTRIBUTES.has(key) || isDescription) continue;
      const isLink = tag === 'a' && key === 'href' && WELL_FORMED_URL.test(value);
      if (/javascript:|vbscript:|data:text\/html/i.test(value.replace(/[\s\u0000-\u001f]/g, '')) || (!isLink && /evil\.example/i.test(value))) problems.push(`${name}: ${key}="${value.slice(0, 120)}" on <${tag}>`);
      if ((key === 'src' || key === 'srcSet' || key === 'poster' || key === 'background') && !/^data:image\//.test(value)) problems.push(`${name}: ${key}="${value.slice(0, 120)}" on <${tag}> is not an inlined image`);
      if (key === 'href' && !(WELL_FORMED_URL.test(value) || /^(#|mailto:|tel:)[^\s<>"]*$/.test(value))) problems.push(`${name}: href="${value.slice(0, 120)}" on <${tag}> is not one whole address`);
    }
  });
  return { problems, styles };
}

/** The HTML with every attribute value emptied: only tags are left to look at (text is escaped). */
function tagsOnly(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

/**
 * The markup without what is words for people: no text nodes, no alt/title/aria-label, no meta
 * description, and no ordinary https link (a link is not a request). Whatever hostile text
 * remains here is in an attribute that a browser acts on.
 */
function markupOnly(html: string): string {
  const tree = fromHtml(html) as Root;
  const strip = (node: Root | Element): void => {
    node.children = node.children.filter((child) => child.type !== 'text' && child.type !== 'comment') as typeof node.children;
    for (const child of node.children) if (child.type === 'element') strip(child);
    if (node.type === 'element') {
      for (const key of Object.keys(node.properties)) {
        const value = String(node.properties[key]);
        const isDescription = node.tagName === 'meta' && key === 'content' && node.properties.name === 'description';
        const isLink = node.tagName === 'a' && key === 'href' && WELL_FORMED_URL.test(value);
        if (TEXT_ATTRIBUTES.has(key) || isDescription || isLink) delete node.properties[key];
      }
    }
  };
  strip(tree);
  return toHtml(tree);
}

describe('active content in every text field and in the narrative', () => {
  let folder: string;
  let touched: string[];
  let checked: { result: CliResult; diagnostics: Diag[] };
  let built: Awaited<ReturnType<typeof apiBuild>>;
  let outputs: Record<string, Buffer>;
  const htmlNames = ['charter.html', 'summary.html', 'handbook.html'];

  beforeAll(async () => {
    const payloads = readFileSync(join(FIXTURES, 'payloads.txt'), 'utf8').split('\n').filter(Boolean);
    const hostile = readFileSync(join(FIXTURES, 'active-content.md'), 'utf8');
    const data = parse(baseYaml) as Yaml;
    addOptionalSections(data);
    touched = poison(data, payloads);
    folder = await charterFolder({ 'charter.yaml': stringify(data, { lineWidth: 0 }), 'narrative.md': poisonNarrative(baseNarrative, hostile) });
    checked = await check(folder);
    built = await apiBuild(folder, ['html', 'pdf', 'summary'], true);
    outputs = await readOutputs(built.out);
  }, 60_000);

  it('poisons every kind of text field (at least 100 of them) and still passes check and build', () => {
    for (const field of ['.about.summary', '.values[0].description', '.services[0].name', '.services[0].description', '.services[0].fee.note', '.channels[0].label', '.channels[0].contact', '.standards[0].title', '.standards[0].commitment', '.rights[0].text', '.obligations[0].text', '.complaints.stages[0].name', '.policies[0].title', '.principles[0].statement', '.meta.organisation.name', '.staff.induction_checklist[0]', '.staff.internal_contacts[0].when']) {
      expect(touched).toContain(field);
    }
    expect(touched.length).toBeGreaterThan(100);
    expect(checked.result.code, checked.result.stdout).toBe(0);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.report.failures).toEqual([]);
    expect(built.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(outputs).sort()).toEqual(['charter.html', 'charter.pdf', 'handbook.html', 'handbook.pdf', 'summary.html', 'summary.txt']);
  });

  it('remote images are dropped with a remote-content warning, never fetched', () => {
    const remote = built.report.diagnostics.filter((d) => d.rule === 'remote-content');
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((d) => d.severity === 'warning')).toBe(true);
    expect(remote.some((d) => d.file.endsWith('narrative.md') && d.message.includes('https://evil.example/pixel.png'))).toBe(true);
    expect(remote.some((d) => d.file.endsWith('charter.yaml'))).toBe(true);
  });

  it.each(['<script', '<iframe', '<object', '<embed', '<form', '<base', '<link', '<video', '<audio', '<noscript', '<meta http-equiv="refresh"'])(
    'no tag in the output HTML starts with %s',
    (needle) => {
      for (const name of htmlNames) {
        const html = tagsOnly(outputs[name]!.toString('utf8'));
        const at = html.toLowerCase().indexOf(needle.toLowerCase());
        expect(at, `${name}: ${JSON.stringify(html.slice(Math.max(0, at - 100), at + 100))}`).toBe(-1);
      }
    },
  );

  it('no event handler, javascript:, data:text/html or evil.example survives in the markup', () => {
    for (const name of htmlNames) {
      const markup = markupOnly(outputs[name]!.toString('utf8'));
      for (const needle of [/\son[a-z]+\s*=/i, /javascript:/i, /data:text\/html/i, /evil\.example/i, /@import/i, /url\(\s*['"]?(https?:)?\/\//i]) {
        const match = needle.exec(markup);
        expect(match, `${name}: ${match ? JSON.stringify(markup.slice(Math.max(0, match.index - 150), match.index + 150)) : ''}`).toBeNull();
      }
    }
  });

  it('walking the HTML trees: no forbidden element, handler, style attribute or outside address', () => {
    const problems = htmlNames.flatMap((name) => inspectHtml(outputs[name]!.toString('utf8'), name).problems);
    expect(problems).toEqual([]);
  });

  it("the only <style> is the template's, with no @import or remote url()", () => {
    for (const name of htmlNames) {
      const { styles } = inspectHtml(outputs[name]!.toString('utf8'), name);
      if (name === 'summary.html') expect(styles.length).toBeLessThanOrEqual(1);
      else expect(styles).toHaveLength(1);
      for (const css of styles) {
        expect(css).not.toMatch(/@import/i);
        expect(css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
        expect(css).not.toMatch(/evil\.example|@font-face/i);
        if (name !== 'summary.html') expect(css.startsWith(template.screenCss.trim().slice(0, 200))).toBe(true);
      }
    }
  });

  it('the narrative keeps its prose but loses every payload, even as text', () => {
    const html = outputs['charter.html']!.toString('utf8');
    expect(html).toContain('Plain words after the hostile part.');
    expect(html).toContain('Brightwater started in 1998');
    const tree = fromHtml(html) as Root;
    let narrativeText = '';
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'div' && String(node.properties.className ?? '').includes('narrative')) {
        visit(node, 'text', (t: { value: string }) => {
          narrativeText += t.value;
        });
      }
    });
    expect(narrativeText).not.toMatch(/evil\.example|javascript:|@import|alert\(/i);
  });

  it('printing the PDFs (charter and handbook) tried no request at all', () => {
    expect(built.printed).toBeGreaterThanOrEqual(2);
    expect(built.blocked).toEqual([]);
  });

  it('even with the Content-Security-Policy taken out, the pages make no request (the probe does catch one)', async () => {
    const noCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
    const job = { paper: 'A4' as const, headerTemplate: '<span></span>', footerTemplate: '<span></span>' };
    for (const name of ['charter.html', 'handbook.html']) {
      const html = noCsp(outputs[name]!.toString('utf8'));
      expect(html).not.toMatch(/Content-Security-Policy/);
      const printed = await printer.print({ html, ...job });
      expect(printed.blocked, name).toEqual([]);
    }
    const control = await printer.print({ html: noCsp(outputs['charter.html']!.toString('utf8')).replace('</main>', '<img src="https://evil.example/probe.png"></main>'), ...job });
    expect(control.blocked).toContain('https://evil.example/probe.png');
  });

  it('the PDF and summary.txt carry the prose, and staff payloads stay out of public outputs', async () => {
    const text = await pdfText(join(built.out, 'charter.pdf'));
    expect(text).toContain('Brightwater');
    expect(outputs['summary.txt']!.toString('utf8').trim().length).toBeGreaterThan(20);
    for (const name of ['charter.html', 'summary.html', 'summary.txt']) expect(outputs[name]!.toString('utf8')).not.toContain('Running late, no access');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Paths that try to leave the charter folder.

describe('paths leaving the charter folder', () => {
  const MARKER = `SECRET-MARKER-${process.pid}-d41d8cd98f00b204`;
  let root: string;
  let secrets: Buffer[];

  beforeAll(async () => {
    root = join(work, 'paths');
    await mkdir(join(root, 'sibling'), { recursive: true });
    // A real PNG with the marker after it, so an inlined copy would be easy to spot.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await writeFile(join(root, 'secret.png'), Buffer.concat([png, Buffer.from(MARKER)]));
    await writeFile(join(root, 'secret.md'), `## Who we are {#about}\n\n${MARKER} in the narrative.\n`);
    await writeFile(join(root, 'sibling', 'narrative.md'), baseNarrative.replace('Brightwater started', `${MARKER} Brightwater started`));
    secrets = [readFileSync(join(root, 'secret.png')), Buffer.from(MARKER)];
    for (const file of ['/etc/passwd', '/etc/hostname']) if (existsSync(file)) secrets.push(readFileSync(file));
  });

  /** The marker and the outside files never show up in anything the tool said or wrote. */
  async function expectNoLeak(result: CliResult, out?: string): Promise<void> {
    const said = result.stdout + result.stderr;
    const written = out && existsSync(out) ? Object.values(await readOutputs(out)).map((b) => b.toString('latin1')).join('\n') : '';
    for (const secret of secrets) {
      for (const form of leakForms(secret)) {
        expect(said.includes(form), `"${form}" in what the tool said`).toBe(false);
        expect(written.includes(form), `"${form}" in the outputs`).toBe(false);
      }
    }
    expect(said + written).not.toContain(MARKER);
  }

  async function caseFolder(name: string, yaml: string, narrative: string | null = baseNarrative): Promise<string> {
    const folder = join(root, name);
    await mkdir(join(folder, 'assets'), { recursive: true });
    await writeFile(join(folder, 'charter.yaml'), yaml);
    if (narrative !== null) await writeFile(join(folder, 'narrative.md'), narrative);
    return folder;
  }

  const withNarrativeKey = (value: string) => `${baseYaml}\nnarrative: ${value}\n`;
  const withLogo = (value: string) => baseYaml.replace(/^theme:\n/m, `theme:\n  logo: ${value}\n`);

  it.each([
    ['narrative: ../../etc/passwd', withNarrativeKey('../../etc/passwd'), 'narrative: ../../etc/passwd', /^narrative file "\.\.\/\.\.\/etc\/passwd" leaves the charter folder/],
    ['narrative: /etc/passwd', withNarrativeKey('/etc/passwd'), 'narrative: /etc/passwd', /^narrative file "\/etc\/passwd" must be a relative path inside the charter folder, not an absolute one/],
    ['narrative: ../secret.md', withNarrativeKey('../secret.md'), 'narrative: ../secret.md', /^narrative file "\.\.\/secret\.md" leaves the charter folder/],
    ['narrative list with ../secret.md', withNarrativeKey('[narrative.md, ../secret.md]'), 'narrative: [narrative.md, ../secret.md]', /^narrative file "\.\.\/secret\.md" leaves the charter folder/],
    ['narrative: file:///etc/passwd', withNarrativeKey('file:///etc/passwd'), 'narrative: file:///etc/passwd', /^narrative file "file:\/\/\/etc\/passwd" (must be a file inside the charter folder, not a URL|must be a relative path)/],
    ['theme.logo: ../secret.png', withLogo('../secret.png'), 'logo: ../secret.png', /^theme\.logo "\.\.\/secret\.png" leaves the charter folder/],
    ['theme.logo: /etc/passwd', withLogo('/etc/passwd'), 'logo: /etc/passwd', /^theme\.logo "\/etc\/passwd" must be a relative path inside the charter folder, not an absolute one/],
  ])('%s: a schema error at the value, and nothing read', async (name, yaml, valueLine, message) => {
    const folder = await caseFolder(name.replace(/[^a-z0-9]+/gi, '-'), yaml);
    const { result, diagnostics } = await check(folder);
    expect(result.code).toBe(1);
    const found = diagnostics.filter((d) => d.rule === 'schema' && message.test(d.message));
    expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(yaml, valueLine));
    expect(found[0]!.file.endsWith('charter.yaml')).toBe(true);
    const built = await cliBuild(folder, 'html,summary');
    expect(built.result.code).toBe(1);
    expect(await readdir(built.out)).toEqual([]);
    await expectNoLeak(result);
    await expectNoLeak(built.result, built.out);
  });

  it.each([
    ['narrative.md -> /etc/passwd', '/etc/passwd'],
    ['narrative.md -> ../secret.md', '../secret.md'],
    ['narrative.md -> ../sibling/narrative.md', '../sibling/narrative.md'],
  ])('a symlink %s: a schema error naming the link, and nothing read', async (name, target) => {
    const folder = await caseFolder(`link-${name.replace(/[^a-z0-9]+/gi, '-')}`, baseYaml, null);
    await symlink(target, join(folder, 'narrative.md'));
    const { result, diagnostics } = await check(folder);
    expect(result.code).toBe(1);
    const found = diagnostics.filter((d) => d.rule === 'schema' && /^narrative file "narrative\.md" is a link that leads outside the charter folder/.test(d.message));
    expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
    // No `narrative:` key to point at: the diagnostic is placed on the file's first key.
    expect(found[0]).toMatchObject({ line: lineOf(baseYaml, 'schema_version:'), column: 1 });
    expect(found[0]!.file.endsWith('charter.yaml')).toBe(true);
    const built = await cliBuild(folder);
    expect(built.result.code).toBe(1);
    await expectNoLeak(result);
    await expectNoLeak(built.result, built.out);
  });

  it.each([
    ['a logo symlink to ../../secret.png', async (folder: string) => symlink('../../secret.png', join(folder, 'assets', 'logo.png')), 'assets/logo.png'],
    ['a logo in a symlinked folder that is the parent', async (folder: string) => symlink('..', join(folder, 'shared')), 'shared/secret.png'],
  ])('%s: a schema error at the value', async (name, link, logo) => {
    const yaml = withLogo(logo);
    const folder = await caseFolder(name.replace(/[^a-z0-9]+/gi, '-'), yaml);
    await link(folder);
    const { result, diagnostics } = await check(folder);
    expect(result.code).toBe(1);
    const found = diagnostics.filter((d) => d.rule === 'schema' && /is a link that leads outside the charter folder/.test(d.message));
    expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
    expect(found[0]!.message).toMatch(new RegExp(`^theme\\.logo "${logo.replace(/[./]/g, '\\$&')}"`));
    expect(found[0]!.line).toBe(lineOf(yaml, `logo: ${logo}`));
    await expectNoLeak(result);
  });

  it.each([
    ['![x](../secret.png)', /^image "\.\.\/secret\.png" leaves the charter folder/],
    ['![x](/etc/hostname)', /^image "\/etc\/hostname" must be a relative path inside the charter folder, not an absolute one/],
    ['![x](..%2Fsecret.png)', /^image "\.\.\/secret\.png" leaves the charter folder/],
    ['![x](assets/../../secret.png)', /^image "assets\/\.\.\/\.\.\/secret\.png" leaves the charter folder/],
    ['<img src="../secret.png" alt="x">', /^image "\.\.\/secret\.png" leaves the charter folder/],
    ['![x](assets/pic.png)', /^image "assets\/pic\.png" is a link that leads outside the charter folder/],
    ['![x](file:///etc/hostname)', /^remote image "file:\/\/\/etc\/hostname" is not fetched/],
  ])('a narrative image %s: a remote-content warning at its line, and nothing inlined', async (image, message) => {
    const narrative = baseNarrative.replace('We are based in', `${image}\n\nWe are based in`);
    const folder = await caseFolder(`image-${image.replace(/[^a-z0-9]+/gi, '-')}`, baseYaml, narrative);
    await symlink('../../secret.png', join(folder, 'assets', 'pic.png'));
    const { result } = await check(folder);
    expect(result.code, result.stdout).toBe(0);
    const built = await cliBuild(folder);
    expect(built.result.code, built.result.stdout + built.result.stderr).toBe(0);
    const warnings = built.diagnostics.filter((d) => d.rule === 'remote-content');
    expect(warnings, JSON.stringify(built.diagnostics, null, 1)).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: lineOf(narrative, image) });
    expect(warnings[0]!.file.endsWith('narrative.md')).toBe(true);
    expect(warnings[0]!.message).toMatch(message);
    const html = await readFile(join(built.out, 'charter.html'), 'utf8');
    expect(html).toContain('[x]');
    // The example has no logo and no image: any data: URI would be the outside file, inlined.
    expect(html).not.toMatch(/src="data:/);
    await expectNoLeak(built.result, built.out);
  });

  it('an image outside the folder in a YAML text field: a remote-content warning in charter.yaml', async () => {
    const yaml = baseYaml.replace(/^  mission: (.*)$/m, '  mission: "![x](../secret.png) $1"');
    expect(yaml).toContain('mission: "![x](../secret.png) Safe');
    const folder = await caseFolder('yaml-image', yaml);
    const built = await cliBuild(folder);
    expect(built.result.code, built.result.stdout).toBe(0);
    const warnings = built.diagnostics.filter((d) => d.rule === 'remote-content');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file.endsWith('charter.yaml')).toBe(true);
    expect(warnings[0]!.message).toMatch(/^image "\.\.\/secret\.png" leaves the charter folder/);
    await expectNoLeak(built.result, built.out);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Size: a 1 MB text value, 10,000 standards.

describe('big input', () => {
  const LIMIT_MS = 10_000;

  /**
   * Runs bin/charter.js (built by `npm run build`) in a child process that is killed at the limit:
   * a parser stuck for a minute fails the test in ten seconds instead of stalling the suite.
   */
  async function timed(args: string[]): Promise<{ result: CliResult; diagnostics: Diag[]; ms: number }> {
    const started = performance.now();
    const result = await runBin([...args, '--reporter', 'json', '--as-of', AS_OF], { timeoutMs: LIMIT_MS });
    const ms = performance.now() - started;
    return { result, diagnostics: expectClean(result), ms };
  }

  const MARKDOWN_LINE = 'We **always** ring _first_, see [our page](#top) and <b>bold</b> `code` text.\n';

  it.each([
    ['plain words in a value description', 'yaml', () => 'Our engineers keep your home safe and warm. '.repeat(24_000)],
    ['one unbroken word in a rights text', 'yaml', () => 'a'.repeat(1_048_576)],
    ['Markdown and HTML on every line of a value description', 'yaml', () => MARKDOWN_LINE.repeat(13_500)],
    ['paragraph of Markdown and HTML in the narrative', 'narrative', () => MARKDOWN_LINE.repeat(13_500)],
  ] as const)('a 1 MB %s: check and build each finish in < 10 s with a clear answer', async (_name, where, make) => {
    expect(existsSync(join(ROOT, 'lib/main.js')), 'run npm run build first').toBe(true);
    const big = make();
    expect(big.length).toBeGreaterThan(1_000_000);
    const data = parse(baseYaml) as Yaml;
    let narrative = baseNarrative;
    if (where === 'narrative') narrative = baseNarrative.replace('We are based in', `${big}\nWe are based in`);
    else if (big.startsWith('a')) data.rights[0].text = big;
    else data.values[0].description = big;
    const folder = await charterFolder({ 'charter.yaml': stringify(data, { lineWidth: 0 }), 'narrative.md': narrative });
    const checked = await timed(['check', folder]);
    expect(checked.ms).toBeLessThan(LIMIT_MS);
    expect([0, 1]).toContain(checked.result.code);
    if (checked.result.code === 1) expect(checked.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const out = await mkdtemp(join(work, 'out-'));
    const built = await timed(['build', folder, '--only', 'html,summary', '--out', out]);
    expect(built.ms).toBeLessThan(LIMIT_MS);
    expect(built.result.code).toBe(checked.result.code);
    if (built.result.code === 0) expect((await readFile(join(out, 'charter.html'), 'utf8')).length).toBeGreaterThan(1_000_000);
  }, 3 * LIMIT_MS);

  it('10,000 standards: check finishes in < 10 s with exit 0 or 1 and no internal error', async () => {
    const data = parse(baseYaml) as Yaml;
    const channels = (data.channels as Array<{ id: string }>).map((c) => c.id);
    const template = data.standards[1];
    data.standards = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `gen-${String(i).padStart(5, '0')}`,
      title: `Replies ${i}`,
      applies_to: { channels: [channels[i % channels.length]] },
    }));
    data.outputs.website_summary.highlight_standards = ['gen-00000'];
    const yaml = stringify(data, { lineWidth: 0 });
    expect(yaml.length).toBeLessThan(5 * 1024 * 1024);
    const folder = await charterFolder({ 'charter.yaml': yaml, 'narrative.md': baseNarrative });
    const { result, diagnostics, ms } = await check(folder);
    expect(ms).toBeLessThan(10_000);
    expect([0, 1]).toContain(result.code);
    if (result.code === 1) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    // The standards are fine: what is left are the example's own findings, nothing per standard.
    expect(diagnostics.length).toBeLessThan(50);
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------
// 4. Unicode.

describe('Unicode edge cases', () => {
  const HEBREW = 'שלום עולם';
  const ARABIC = 'مرحبا بكم';
  const EMOJI = 'Thanks 😀';
  const ZWJ = 'Engineer 👩‍🔧 on site';
  const COMBINING = 'cafe\u0301 re\u0301sume\u0301';
  const ZERO_WIDTH = 'zero\u200Bwidth\u200Djoiner';
  const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitaensmuetze'.repeat(6);
  let html: string;
  let pdf: string;
  let result: BuildReport;
  let blocked: string[];

  beforeAll(async () => {
    const data = parse(baseYaml) as Yaml;
    data.values[0].description += ` ${HEBREW}.`;
    data.rights[0].text += ` ${ARABIC}.`;
    data.services[0].name = `Boiler service ${EMOJI}`;
    data.obligations[0].text += ` ${COMBINING}.`;
    data.clients[0].description += ` ${ZWJ}.`;
    data.values[1].description += ` ${ZERO_WIDTH}.`;
    data.about.mission += ` ${LONG_WORD}`;
    const narrative = baseNarrative.replace('We are based in', `${HEBREW}, ${ARABIC}, ${EMOJI}, ${COMBINING}, ${ZWJ}.\n\n${LONG_WORD}\n\nWe are based in`);
    const folder = await charterFolder({ 'charter.yaml': stringify(data, { lineWidth: 0 }), 'narrative.md': narrative });
    const built = await apiBuild(folder, ['html', 'pdf', 'summary']);
    result = built.report;
    blocked = built.blocked;
    html = await readFile(join(built.out, 'charter.html'), 'utf8');
    pdf = await pdfText(join(built.out, 'charter.pdf'));
  }, 60_000);

  it('builds every output with no error', () => {
    expect(result.failures).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('the HTML keeps every string exactly (NFC), and <html lang> is intact', () => {
    const page = html.normalize('NFC');
    for (const text of [HEBREW, ARABIC, EMOJI, ZWJ, COMBINING, ZERO_WIDTH, LONG_WORD]) {
      expect(page, JSON.stringify(text)).toContain(text.normalize('NFC'));
    }
    expect(html).toMatch(/^<!doctype html>\s*<html lang="en-GB">/i);
  });

  it('the PDF text has the Hebrew, Arabic and combining-mark words', () => {
    const text = pdf.normalize('NFKC');
    for (const word of [...HEBREW.split(' '), ...ARABIC.split(' '), ...COMBINING.split(' ')]) {
      expect(text, word).toContain(word.normalize('NFKC'));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 5. YAML bombs inside an otherwise valid charter.

describe('YAML bombs inside a valid charter', () => {
  const laughs = (): string => {
    const lines = ['lol:', '  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      lines.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    return lines.join('\n');
  };

  it.each([
    ['an alias bomb', () => baseYaml.replace('about:\n', `${laughs()}\nabout:\n`), 'b: &b', /aliases expand to too much data/],
    ['100 levels of flow nesting', () => baseYaml.replace('  mission: Safe', `  vision: ${'['.repeat(100)}${']'.repeat(100)}\n  mission: Safe`), 'vision: [[[', /^nesting is deeper than 64 levels$/],
    ['100 levels of nested mappings', () => baseYaml.replace('about:\n', `deep:\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} end\nabout:\n`), 'deep:', /^nesting is deeper than 64 levels$/],
    ['100 levels of nested lists', () => baseYaml.replace('about:\n', `deep:\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- `).join('\n')}end\nabout:\n`), 'deep:', /^nesting is deeper than 64 levels$/],
  ])('%s: exit 1, one yaml diagnostic, in well under a second', async (_name, make, near, message) => {
    const yaml = make();
    const folder = await charterFolder({ 'charter.yaml': yaml, 'narrative.md': baseNarrative });
    const { result, diagnostics, ms } = await check(folder);
    expect(result.code).toBe(1);
    expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'yaml', severity: 'error' });
    expect(diagnostics[0]!.message).toMatch(message);
    // At the bomb (its first lines), not at the top of the file.
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(lineOf(yaml, near));
    expect(diagnostics[0]!.line).toBeLessThanOrEqual(lineOf(yaml, near) + 101);
    expect(ms).toBeLessThan(1000);
  });
});
