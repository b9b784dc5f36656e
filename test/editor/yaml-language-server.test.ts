// The editor's view, as VS Code's YAML extension gives it: yaml-language-server (the npm package)
// driven over the Language Server Protocol, on a charter that `charter init` started in a git
// repository. The modeline must resolve on this clone, hover must explain keys, and a wrong value
// must be said in a sentence, not as a regular expression.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';
import { startLanguageServer, type LspClient } from '../helpers/lsp-client.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

interface Diagnostic { message: string; range: { start: { line: number; character: number } } }
interface Hover { contents: { kind?: string; value?: string } | string | Array<string | { value: string }> }

let server: LspClient;
let repo: string;
let yamlFile: string;
let text: string;
let diagnostics: Diagnostic[];

const hoverText = (hover: Hover | null): string => {
  const contents = hover?.contents;
  if (!contents) return '';
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return contents.value ?? '';
};

beforeAll(async () => {
  repo = await temporaryFolder('charter-editor-');
  await promisify(execFile)('git', ['init', '-q'], { cwd: repo });
  const init = await runInProcess(['init', 'charters/demo', '--as-of', '2026-11-23'], { cwd: repo });
  expect(init.code, init.stderr).toBe(0);
  yamlFile = join(repo, 'charters/demo/charter.yaml');
  text = (await readFile(yamlFile, 'utf8'))
    .replace(/threshold: 2 minutes/, 'threshold: 2 minuts')
    .replace(/open: "(\d\d):(\d\d)"/, 'open: "$1.$2"');
  await writeFile(yamlFile, text);
  server = startLanguageServer(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], {
    yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } },
  });
  await server.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(repo).href,
    capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true } } }, workspace: { configuration: true } },
  });
  server.notify('initialized', {});
  server.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } });
  server.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(yamlFile).href, languageId: 'yaml', version: 1, text } });
  const published = await server.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === pathToFileURL(yamlFile).href && p.diagnostics.length >= 2);
  diagnostics = published.diagnostics;
}, 60_000);

afterAll(() => server?.close());

describe('yaml-language-server on a charter started by charter init', () => {
  it('finds the schema through the modeline: a path inside the repository', async () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../charter.schema.json');
    expect(diagnostics.some((d) => /Unable to load schema/i.test(d.message))).toBe(false);
  });

  it('says a wrong duration and a wrong time of day in sentences, not regular expressions', () => {
    const messages = diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Not a duration: write a number and a unit, e\.g\. "2 working days"/));
    expect(messages).toContainEqual(expect.stringMatching(/^Not a time of day: write it as "HH:MM" in quotes, e\.g\. "08:30"/));
    expect(messages.join('\n')).not.toMatch(/\^|\\s|\(\?!/);
    const duration = diagnostics.find((d) => d.message.startsWith('Not a duration'))!;
    expect(duration.range.start.line).toBe(text.split('\n').findIndex((l) => l.includes('threshold: 2 minuts')));
  });

  it('explains "commitment" on hover', async () => {
    const line = text.split('\n').findIndex((l) => /^\s+commitment:/.test(l));
    const character = text.split('\n')[line]!.indexOf('commitment') + 3;
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: pathToFileURL(yamlFile).href }, position: { line, character } });
    const schema = JSON.parse(await readFile(join(repo, 'charter.schema.json'), 'utf8')) as { $defs: { standard: { properties: { commitment: { description: string } } } } };
    expect(hoverText(hover)).toContain(schema.$defs.standard.properties.commitment.description.slice(0, 40));
  });

  it('offers a standard as a snippet', async () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('standards:'));
    const edited = [...lines.slice(0, at + 1), '  - ', ...lines.slice(at + 1)].join('\n');
    server.notify('textDocument/didChange', { textDocument: { uri: pathToFileURL(yamlFile).href, version: 2 }, contentChanges: [{ text: edited }] });
    const completion = await server.request<{ items: Array<{ label: string }> } | Array<{ label: string }>>('textDocument/completion', { textDocument: { uri: pathToFileURL(yamlFile).href }, position: { line: at + 1, character: 4 } });
    const items = Array.isArray(completion) ? completion : completion.items;
    expect(items.map((i) => i.label)).toContain('standard (percent within a time)');
  });
});
