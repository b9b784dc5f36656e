import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PDF_UA_REQUIREMENTS } from '../../src/pdf/pdf-ua-check.js';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const scripts = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The README's table of the checker's requirements: id -> [ISO clause, veraPDF rules]. */
function readmeTable(): Map<string, [string, string]> {
  const from = readme.indexOf('### Checking a PDF');
  const section = readme.slice(from, readme.indexOf('\n### ', from + 1));
  const rows = section.split('\n').filter((line) => /^\| `[a-z-]+` \|/.test(line));
  return new Map(rows.map((row) => {
    const [, id, clause, rules] = row.split('|').map((cell) => cell.trim());
    return [id!.replace(/`/g, ''), [clause!, rules!]];
  }));
}

describe("the README's PDF/UA-1 section", () => {
  it('lists every requirement the checker checks, once, with its clause and veraPDF rules', () => {
    const table = readmeTable();
    expect([...table.keys()]).toEqual(PDF_UA_REQUIREMENTS.map((r) => r.id));
    for (const requirement of PDF_UA_REQUIREMENTS) expect(table.get(requirement.id), requirement.id).toEqual([requirement.clause, requirement.verapdf.join(', ')]);
  });

  it('says what is left to veraPDF, PAC and a person', () => {
    for (const words of ['veraPDF', 'PAC', 'colour', 'reading order', 'alternative text']) expect(readme).toContain(words);
  });

  it('names the scripts that exist: check:pdf and check:html', () => {
    expect(scripts['check:pdf']).toBe('node scripts/check-pdf.mjs');
    expect(scripts['check:html']).toBe('node scripts/check-html.mjs');
    expect(readme).toContain('npm run check:pdf -- dist/charter.pdf');
    expect(readme).toContain('npm run check:html');
  });
});
