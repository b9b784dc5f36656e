// Every example's diagnostics, pinned: a change to the format or the rules that changes what an
// existing charter is told shows up here. Regenerate on purpose with UPDATE=1 and review the diff.
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';

const EXPECTED = join(ROOT, 'test/fixtures/example-diagnostics');
const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('the examples keep their diagnostics', () => {
  it.each(examples)('%s', async (example) => {
    const result = await runInProcess(['check', `examples/${example}`, '--reporter', 'json', '--as-of', '2026-11-23']);
    const found = (JSON.parse(result.stdout) as Array<Record<string, unknown>>).map(({ line, column, severity, rule, message }) => ({ line, column, severity, rule, message }));
    const file = join(EXPECTED, `${example}.json`);
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      if (process.env.CI) throw new Error(`${file} is missing; run UPDATE=1 npx vitest run test/examples and commit it`);
      await writeFile(file, `${JSON.stringify(found, null, 2)}\n`);
    }
    expect(found).toEqual(JSON.parse(await readFile(file, 'utf8')));
    expect(result.code).toBe(found.some((d) => d.severity === 'error') ? 1 : 0);
  });

  it('every example is error-free (an example must build)', async () => {
    for (const example of examples) {
      const pinned = JSON.parse(await readFile(join(EXPECTED, `${example}.json`), 'utf8')) as Array<{ severity: string }>;
      expect(pinned.filter((d) => d.severity === 'error'), example).toEqual([]);
    }
  });
});
