import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCharter } from '../helpers/charter-fixture.js';
import { runBin, runInProcess } from '../helpers/run-cli.js';

function aliasBomb(): string {
  // The 9-levels-of-9 "billion laughs" document from platform-notes (432 bytes).
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let previous = 'a';
  for (const name of 'bcdefghi') {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
    previous = name;
  }
  return text;
}

async function checkText(content: string | Uint8Array, name = 'charter.yaml') {
  const folder = await writeCharter({ [name]: content });
  return runInProcess(['check', join(folder, name), '--reporter', 'json'], { cwd: folder });
}

function only(stdout: string) {
  const list = JSON.parse(stdout) as Array<{ rule: string; line: number; column: number; message: string; severity: string }>;
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('bad input: one clear diagnostic, the documented exit code, no stack trace', () => {
  it('refuses the alias bomb quickly', async () => {
    const started = performance.now();
    const result = await checkText(aliasBomb());
    const elapsed = performance.now() - started;
    expect(result.code).toBe(1);
    const d = only(result.stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 2, severity: 'error' });
    expect(d.message).toMatch(/aliases expand to too much data/);
    // Generous bound for a loaded CI machine; the benchmark records the real figure (a few ms).
    expect(elapsed).toBeLessThan(1000);
  });

  it('refuses nesting deeper than 64 levels at the place it gets too deep', async () => {
    const deep = `${'['.repeat(100)}1${']'.repeat(100)}\n`;
    const d = only((await checkText(deep)).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 1, column: 65 });
    expect(d.message).toBe('nesting is deeper than 64 levels');
  });

  it('refuses deep block nesting', async () => {
    let text = '';
    for (let i = 0; i < 100; i++) text += `${'  '.repeat(i)}k${i}:\n`;
    text += `${'  '.repeat(100)}end\n`;
    const result = await checkText(text);
    expect(result.code).toBe(1);
    expect(only(result.stdout).message).toBe('nesting is deeper than 64 levels');
  });

  it('refuses five megabytes of "[" without exhausting memory', async () => {
    const result = await checkText('['.repeat(4_000_000));
    expect(result.code).toBe(1);
    expect(only(result.stdout)).toMatchObject({ rule: 'yaml', line: 1, column: 65 });
  });

  it('refuses a 50 MB file before reading it', async () => {
    const folder = await writeCharter({ 'charter.yaml': 'schema_version: 1\n' });
    await writeFile(join(folder, 'charter.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    const result = await runInProcess(['check', folder, '--reporter', 'json']);
    expect(result.code).toBe(1);
    const d = only(result.stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 1, column: 1 });
    expect(d.message).toBe('the file is 50 MB; charter files are limited to 5 MB');
  });

  it('refuses a binary file', async () => {
    const d = only((await checkText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 1, column: 1, message: 'this is a binary file, not UTF-8 YAML text' });
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = Buffer.from('schema_version: 1\nname: Caf\xe9\n', 'latin1');
    const d = only((await checkText(latin1)).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 1, message: 'the file is not valid UTF-8 text; save it as UTF-8' });
  });

  it('refuses an empty file', async () => {
    const d = only((await checkText('# only a comment\n')).stdout);
    expect(d.message).toMatch(/^the file is empty/);
  });

  it('refuses YAML that is a list', async () => {
    const d = only((await checkText('- one\n- two\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 1, column: 1 });
    expect(d.message).toMatch(/must be a YAML mapping .* holds a list/);
  });

  it('refuses several documents at the second one', async () => {
    const d = only((await checkText('schema_version: 1\n---\nschema_version: 1\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 2 });
    expect(d.message).toMatch(/holds 2 YAML documents/);
  });

  it('refuses duplicate keys at the second key', async () => {
    const d = only((await checkText('schema_version: 1\nmeta: {}\nmeta: {}\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 3, column: 1, message: 'duplicate key "meta": each key may appear only once in a mapping' });
  });

  it('refuses merge keys and unknown tags', async () => {
    const merge = only((await checkText('base: &b {x: 1}\nother:\n  <<: *b\n')).stdout);
    expect(merge).toMatchObject({ rule: 'yaml', line: 3, column: 3 });
    expect(merge.message).toMatch(/merge keys/);
    const tag = only((await checkText('schema_version: !custom 1\n')).stdout);
    expect(tag).toMatchObject({ rule: 'yaml', line: 1 });
    expect(tag.message).toMatch(/tags are not allowed/);
  });

  it('reports a YAML syntax error at its line', async () => {
    const result = await checkText('schema_version: 1\nmeta:\n  id: [unclosed\n  title: x\n');
    expect(result.code).toBe(1);
    const list = JSON.parse(result.stdout) as Array<{ rule: string; line: number; message: string }>;
    expect(list[0]!.rule).toBe('yaml');
    expect(list[0]!.message).toMatch(/^YAML syntax error: /);
  });

  it('a missing path is exit 2 with one line', async () => {
    const result = await runInProcess(['check', 'no/such/charter']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'charter: no/such/charter: no such file or folder\n' });
  });

  it('a folder without charter.yaml is exit 2 and says how to start one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'charter-empty-'));
    const result = await runInProcess(['check', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/this folder has no charter\.yaml \(run "charter init/);
  });

  it('a charter.yaml that cannot be read as a file is exit 2', async () => {
    // Permission bits do not stop root (CI runs as root), so a folder stands in for an unreadable file.
    const folder = await writeCharter({ 'charter.yaml/inner.txt': 'x' });
    const result = await runInProcess(['check', folder, '--reporter', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ rule: 'io', line: 1, column: 1, message: expect.stringMatching(/charter\.yaml is a folder, not a YAML file$/) }),
    ]);
  });

  it('never prints a stack trace, through the real binary', async () => {
    const folder = await writeCharter({ 'charter.yaml': aliasBomb() });
    const result = await runBin(['check', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/aliases expand to too much data/);
  });
});

describe('ordinary files stay fast', () => {
  it('a long comment header before the charter is read at once', async () => {
    const { exampleFile } = await import('../helpers/charter-fixture.js');
    const header = Array.from({ length: 40 }, (_, i) => `# licence line ${i + 1}`).join('\n');
    const folder = await writeCharter({ 'charter.yaml': `${header}\n\n${await exampleFile('brightwater-plumbing')}`, 'narrative.md': await exampleFile('brightwater-plumbing', 'narrative.md') });
    const started = performance.now();
    const result = await runInProcess(['check', folder, '--as-of', '2026-11-23']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('YAML mistakes a new user makes, said where the fix goes', () => {
  it('a value starting with "@" (a social media handle): put it in quotes', async () => {
    const d = only((await checkText('schema_version: 1\nmeta:\n  id: x\n  handle: @brightwater\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 4, column: 11 });
    expect(d.message).toBe('a YAML value cannot start with "@"; put it in quotes: "@brightwater"');
  });

  it('a value starting with a backtick: put it in quotes', async () => {
    const d = only((await checkText('schema_version: 1\nnote: `code`\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 2 });
    expect(d.message).toMatch(/^a YAML value cannot start with "`"; put it in quotes/);
  });

  it('a key indented deeper than the key above it: that key\'s line, not the line above', async () => {
    const d = only((await checkText('schema_version: 1\nmeta:\n  id: x\n   title: A charter\n  version: "1"\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 4, column: 4 });
    expect(d.message).toBe('"title" is indented deeper than "id" above it, which already has a value; indent "title" like the keys beside it');
  });

  it('the same inside a list item', async () => {
    const d = only((await checkText('standards:\n  - id: a\n     title: A\n')).stdout);
    expect(d).toMatchObject({ rule: 'yaml', line: 3, column: 6 });
  });
});
