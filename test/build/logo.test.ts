import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFile, replaceOnce, ROOT, writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

describe('theme.logo and theme.color', () => {
  it('the logo is inlined as a data: URI and the colour set on the page', async () => {
    const logo = await readFile(join(ROOT, 'test/fixtures/logo/assets/logo.svg'));
    const yaml = replaceOnce(await exampleFile('riverside-council'), '  color: "#00594f"\n', '  color: "#00594f"\n  logo: assets/logo.svg\n');
    const folder = await writeCharter({ 'charter.yaml': yaml, 'narrative.md': await exampleFile('riverside-council', 'narrative.md'), 'assets/logo.svg': logo });
    const out = await temporaryFolder('charter-logo-');
    const result = await runInProcess(['build', folder, '--only', 'html', '--out', out, '--as-of', '2026-11-23']);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(out, 'charter.html'), 'utf8');
    expect(html).toContain(`<img class="logo" src="data:image/svg+xml;base64,${logo.toString('base64')}" alt="Riverside District Council">`);
    expect(html).toContain(':root { --charter-color: #00594f; }');
  });

  it('a logo outside the charter folder or missing is a schema error at the value', async () => {
    const base = await exampleFile('riverside-council');
    for (const [logo, message] of [
      ['../logo.svg', /theme\.logo "\.\.\/logo\.svg" leaves the charter folder/],
      ['assets/missing.png', /theme\.logo "assets\/missing\.png" does not exist in the charter folder/],
      ['narrative.md', /is not a PNG, JPEG, GIF, WebP or SVG image/],
    ] as const) {
      const yaml = replaceOnce(base, '  color: "#00594f"\n', `  color: "#00594f"\n  logo: ${logo}\n`);
      const folder = await writeCharter({ 'charter.yaml': yaml, 'narrative.md': await exampleFile('riverside-council', 'narrative.md') });
      const result = await runInProcess(['check', folder, '--reporter', 'json', '--as-of', '2026-11-23']);
      expect(result.code).toBe(1);
      const [d] = JSON.parse(result.stdout) as Array<{ rule: string; line: number; column: number; message: string }>;
      expect(d).toMatchObject({ rule: 'schema', line: yaml.split('\n').indexOf(`  logo: ${logo}`) + 1, column: 9 });
      expect(d!.message).toMatch(message);
    }
  });
});
