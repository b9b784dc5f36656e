// Three bugs that came from one fact kept in two places. Each test failed before the fact got one owner.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { startWatch } from '../helpers/watch-process.js';

describe('a last result in "per cent"', () => {
  it('is printed as a percent and drawn in the chart, as lint already treats it', async () => {
    const folder = await temporaryFolder();
    await cp(join(ROOT, 'examples/riverside-council'), join(folder, 'c'), { recursive: true });
    const yamlPath = join(folder, 'c/charter.yaml');
    const yaml = await readFile(yamlPath, 'utf8');
    const unit = /unit: percent/.exec(yaml);
    expect(unit).not.toBeNull();
    // Hand-typed last results, without the results file (whose results draw "How we are doing" instead).
    await writeFile(yamlPath, yaml.replaceAll('unit: percent', 'unit: per cent').replace('  results: results.csv\n', ''));
    const result = await runInProcess(['build', 'c', '--only', 'html', '--out', 'out', '--as-of', '2026-11-23'], { cwd: folder });
    expect(result.code).toBe(0);
    const html = await readFile(join(folder, 'out/charter.html'), 'utf8');
    expect(html).not.toMatch(/\d per cent/);
    expect(html).toContain('class="chart"');
  });
});

describe('charter diff on a German charter', () => {
  it('prints the review cadence whole ("2 Jahre", not "von 2 Jahren")', async () => {
    const folder = await temporaryFolder();
    const yaml = await exampleFile('stadtwerke-lindenau');
    const cadence = /cadence: .*/.exec(yaml)![0];
    await writeFile(join(folder, 'old.yaml'), yaml);
    await writeFile(join(folder, 'new.yaml'), replaceOnce(yaml, cadence, 'cadence: 1 year'));
    const result = await runInProcess(['diff', 'old.yaml', 'new.yaml'], { cwd: folder });
    const line = result.stdout.split('\n').find((l) => l.includes('cadence'));
    expect(line).toBeDefined();
    expect(line).not.toContain('von ');
    expect(line).toMatch(/cadence \S+ Jahre? -> 1 Jahr\b/);
  });
});

describe('build --watch --template NAME', () => {
  it('watches ./NAME, the folder the template was loaded from', async () => {
    const folder = await temporaryFolder();
    await cp(join(ROOT, 'examples/brightwater-plumbing'), join(folder, 'bw'), { recursive: true });
    await mkdir(join(folder, 'mytheme'));
    const page = await readFile(join(ROOT, 'templates/charter/page.html'), 'utf8');
    await writeFile(join(folder, 'mytheme/page.html'), page);
    const out = join(folder, 'out');
    const { child, stderr, waitFor } = startWatch(['bw', '--template', 'mytheme', '--only', 'html', '--out', out, '--as-of', '2026-11-23'], folder);
    try {
      await waitFor(() => stderr().includes('watching 1 charter'), 'the first build');
      expect(stderr()).not.toContain('cannot watch');
      await writeFile(join(folder, 'mytheme/page.html'), page.replace('<body', '<body data-theme-marker="edited"'));
      await waitFor(async () => existsSync(join(out, 'charter.html')) && (await readFile(join(out, 'charter.html'), 'utf8')).includes('data-theme-marker'), 'the rebuild after a template edit');
    } finally {
      child.kill('SIGINT');
    }
    expect(await new Promise<number | null>((resolve) => child.on('close', resolve))).toBe(130);
  }, 40_000);
});
