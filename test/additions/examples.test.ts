// The two examples written for the December 2026 additions, kandi-municipality (an Indian municipal
// citizen charter) and kenya-lands-ministry (a Kenyan service delivery charter): they check with
// exactly the warnings their published charters deserve, and build every output with a real Chromium.
// The builds run bin/charter.js (lib/): run `npm run build` first.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, exampleFile } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { runBin, runInProcess, type CliResult } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { pdfText as readPdfText } from '../helpers/pdf.js';


interface Expected {
  rule: string;
  /** Where, as for positionOf: a needle and the value on its line. */
  at: [needle: string, value: string];
  message: string;
}

const unmeasured = (id: string): Expected => ({
  rule: 'measurement-stated',
  at: [`  - id: ${id}\n`, id],
  message: `standard "${id}" does not say how it is measured; add measurement.method when the charter says so`,
});

/** The only diagnostics each example may give: all warnings, each naming something its source does not say. */
const EXPECTED: Record<string, Expected[]> = {
  'kandi-municipality': ['km-counter', 'km-letters', 'km-cremation', 'km-trade-licence', 'km-mutation', 'km-building-plan', 'km-drains'].map(unmeasured),
  'kenya-lands-ministry': [
    {
      rule: 'channel-hours',
      at: ['    availability: unstated', 'unstated'],
      message: 'phone channel "toll-free" does not say when it is open (availability: unstated); residents need the hours to use it',
    },
    ...['ls-phone', 'ls-correspondence', 'ls-consent', 'ls-deed-plans', 'ls-maps'].map(unmeasured),
  ],
};

/** Key commitments, as the published charters word them, that the PDF must carry. */
const KEY_COMMITMENTS: Record<string, string[]> = {
  'kandi-municipality': [
    'The cremation certificate is issued at the time of cremation',
    'cleaned at least two (2) times a month',
    'gets a docket number immediately',
    'within 30 days (normal) or within 15 days (emergency',
  ],
  'kenya-lands-ministry': [
    'We will answer all telephone calls within three (3) rings.',
    'to emails within 48hrs',
    'within twenty-four hours',
    'issued on the spot',
    'are issued the same day',
  ],
};

const EXAMPLES = Object.keys(EXPECTED);

describe.each(EXAMPLES)('charter check examples/%s', (example) => {
  it('exits 0 with only the expected warnings, each at its place', async () => {
    const result = await runInProcess(['check', `examples/${example}`, '--reporter', 'json', '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    const yaml = await exampleFile(example);
    const found = (JSON.parse(result.stdout) as Array<Record<string, unknown>>).map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
    expect(found).toEqual(
      EXPECTED[example]!.map((e) => ({ file: `examples/${example}/charter.yaml`, ...positionOf(yaml, ...e.at), severity: 'warning', rule: e.rule, message: e.message })),
    );
  });

  it('--max-warnings 0 turns those warnings into exit 1, --quiet hides them', async () => {
    expect((await runInProcess(['check', `examples/${example}`, '--max-warnings', '0', '--as-of', AS_OF])).code).toBe(1);
    const quiet = await runInProcess(['check', `examples/${example}`, '--quiet', '--reporter', 'json', '--as-of', AS_OF]);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)).toEqual([]);
  });
});

/** The PDF's text with whitespace folded and soft hyphens dropped, to find sentences across line breaks. */
async function pdfText(file: string): Promise<string> {
  return fold(await readPdfText(file));
}
const fold = (text: string) => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

describe.each(EXAMPLES)('charter build examples/%s --handbook', (example) => {
  let out: string;
  let result: CliResult;
  beforeAll(async () => {
    out = await temporaryFolder(`charter-additions-${example}-`);
    result = await runBin(['build', `examples/${example}`, '--handbook', '--out', out, '--as-of', AS_OF], { timeoutMs: 120_000 });
  }, 150_000);

  it('exits 0 and writes charter.html, charter.pdf, summary.txt, summary.html, handbook.html and handbook.pdf', async () => {
    expect(result.code, result.stderr).toBe(0);
    for (const file of ['charter.html', 'charter.pdf', 'summary.txt', 'summary.html', 'handbook.html', 'handbook.pdf']) {
      expect((await stat(join(out, file))).size, file).toBeGreaterThan(0);
    }
    for (const pdf of ['charter.pdf', 'handbook.pdf']) {
      expect((await readFile(join(out, pdf))).subarray(0, 5).toString('latin1'), pdf).toBe('%PDF-');
    }
  });

  it('the PDF carries the key commitments in the words of the published charter', async () => {
    const text = await pdfText(join(out, 'charter.pdf'));
    for (const words of KEY_COMMITMENTS[example]!) expect(text, words).toContain(fold(words));
  });

  it('the page prints months as months and groups services under their group', async () => {
    const html = await readFile(join(out, 'charter.html'), 'utf8');
    if (example === 'kandi-municipality') {
      expect(html).toContain('June 2027');
      expect(html).toContain('Birth and death registration');
    } else {
      expect(html).toContain('Survey and Mapping');
      expect(html).toMatch(/500[^<]{0,20}parcel/);
    }
  });
});
