// The website summary of every example, read as a comms officer would, and pinned as small reviewed
// golden files (test/fixtures/summaries/<example>.txt; regenerate on purpose with UPDATE=1).
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSummary } from '../../src/summary/summary.js';
import type { Charter } from '../../src/model/charter.js';
import { formatMoney } from '../../src/words/index.js';
import { ROOT } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';

const EXPECTED = join(ROOT, 'test/fixtures/summaries');
const examples = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

async function charterOf(example: string): Promise<Charter> {
  return parse(await readFile(join(ROOT, 'examples', example, 'charter.yaml'), 'utf8')) as Charter;
}

/** Words that make a sentence a sentence: a verb (or the pronoun that leads one) in English or German. */
const VERBISH = /\b(we|you|our|is|are|will|can|pays?|call|email|visit|write|ask|serves?|keeps?|looks?|wir|sie|ist|sind|können|zahlen|rufen|versorgen)\b/i;

describe.each(examples)('the summary of %s', (example) => {
  it('is pinned', async () => {
    const { code, stdout } = await runInProcess(['summary', `examples/${example}`, '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    const file = join(EXPECTED, `${example}.txt`);
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      if (process.env.CI) throw new Error(`${file} is missing; run UPDATE=1 npx vitest run test/summary and review it`);
      await writeFile(file, stdout);
    }
    expect(stdout).toBe(await readFile(file, 'utf8'));
  });

  it('reads as the organisation wrote it', async () => {
    const charter = await charterOf(example);
    const { text, handWritten } = buildSummary(charter);
    const name = charter.meta.organisation.name;
    expect(text.split(name).length - 1, 'the organisation named at most once').toBeLessThanOrEqual(1);
    expect(text).not.toMatch(/\((within|innerhalb|guaranteed|garantiert)/i);
    expect(text).not.toMatch(/Our promises:|Unsere Versprechen:/);
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) expect(sentence, sentence).toMatch(VERBISH);
    const last = charter.complaints.stages.at(-1)!;
    if (last.external && last.independent && last.body) {
      const shortName = last.body.name.replace(/\s*\(.*$/, '').split(/\s+/)[0]!;
      expect(text, 'the independent body at the end of the path').toContain(shortName);
    }
    if (!handWritten) {
      const guaranteed = charter.standards.find((s) => s.guaranteed && s.compensation?.amount);
      if (guaranteed) expect(text).toContain(formatMoney(guaranteed.compensation!.amount!, charter.meta.languages.primary));
    }
  });
});
