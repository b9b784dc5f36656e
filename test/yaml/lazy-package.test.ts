// The `yaml` package (the position-keeping parser) is loaded only when it is needed: a clean
// charter is read by js-yaml alone, and a charter with a problem to place loads the package from
// the one file the bundle step writes (lib/yaml.cjs), not from its seventy files in node_modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, ROOT, exampleFile, writeCharter } from '../helpers/charter-fixture.js';
import { runBin } from '../helpers/run-cli.js';

const loadsOf = (stderr: string): string[] => [...stderr.matchAll(/load \S*?((?:lib|node_modules)[\\/][^\s"]*yaml[^\s"]*)/g)].map((m) => m[1]!);

/** Imports of 'yaml' that load it (not `import type`), file by file. */
function yamlImports(sources: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of sources) {
    for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'yaml';/gms)) if (!m[1]) found.push(file);
    if (/(?:import|require)\(\s*'yaml'\s*\)/.test(text)) found.push(file);
  }
  return found;
}

describe('the yaml package', () => {
  it('is loaded by yaml-package.ts alone: every other module imports its types only', () => {
    const sources = new Map<string, string>();
    for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) sources.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    }
    expect(yamlImports(sources)).toEqual([]);
    // The check can fail: a value import, a require, an import().
    expect(yamlImports(new Map([['a', "import { isMap, type Pair } from 'yaml';"], ['b', "import type { Pair } from 'yaml';"], ['c', "const y = await import('yaml');"]]))).toEqual(['a', 'c']);
  });

  it('is not loaded by a check of a clean charter', async () => {
    const result = await runBin(['check', 'examples/riverside-council', '--as-of', AS_OF], { env: { NODE_DEBUG: 'module' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/compiled-validator\.cjs/); // the debug log is there to read
    expect(loadsOf(result.stderr).filter((path) => !/js-yaml/.test(path))).toEqual([]);
  });

  it('is loaded from lib/yaml.cjs, once, when a charter needs the careful path', async () => {
    // An anchor and an alias: the fast path leaves them to the careful one, which keeps every limit.
    const text = (await exampleFile('brightwater-plumbing')).replace(/^meta:/m, 'meta: &meta');
    const folder = await writeCharter({ 'charter.yaml': `${text}\nx-copy: *meta\n` });
    const result = await runBin(['check', folder, '--as-of', AS_OF], { env: { NODE_DEBUG: 'module' } });
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(loadsOf(result.stderr).filter((path) => !/js-yaml/.test(path)).map((path) => path.replace(/\\/g, '/'))).toEqual(['lib/yaml.cjs']);
  });
});
