// `charter diff` across the December 2026 additions: new target kinds, ranges, min_count, variants,
// rings and plain days under meta.day_basis (run on the command line, json reporter).
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/compare.js';
import { exampleFile, replaceOnce, writeCharter } from '../helpers/charter-fixture.js';
import { runInProcess } from '../helpers/run-cli.js';

type Edit = [from: string | RegExp, to: string];

async function side(example: string, edits: Edit[]): Promise<string> {
  const yaml = edits.reduce((text, [from, to]) => replaceOnce(text, from, to), await exampleFile(example));
  return writeCharter({ 'charter.yaml': yaml });
}

/** `charter diff old new --reporter json` between two edited versions of one example. */
async function diff(example: string, before: Edit[], after: Edit[]): Promise<Change[]> {
  const result = await runInProcess(['diff', await side(example, before), await side(example, after), '--reporter', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Change[];
}

const KM_COUNTER = 'target: {kind: within, threshold: "15 minutes"}';
const KM_DRAINS_COUNT = 'count: 2, period: "1 month"';
const KM_MUTATION = 'target: {kind: within, threshold: "45 days"}';
const RDC_MISSED_COUNT = '      kind: max_count\n      count: 2\n';
const LS_PHONE = 'target: {kind: within, threshold: "3 rings"}';

describe('charter diff and the new target kinds', () => {
  it('within -> immediate is tightened, immediate -> within loosened', async () => {
    expect(await diff('kandi-municipality', [], [[KM_COUNTER, 'target: {kind: immediate}']])).toEqual([
      { verdict: 'tightened', subject: 'standard "km-counter"', detail: 'within 15 minutes -> immediately' },
    ]);
    expect(await diff('kandi-municipality', [[KM_COUNTER, 'target: {kind: immediate}']], [])).toEqual([
      { verdict: 'loosened', subject: 'standard "km-counter"', detail: 'immediately -> within 15 minutes' },
    ]);
  });

  it('same_day -> immediate is tightened', async () => {
    const changes = await diff('kenya-lands-ministry', [], [['target: {kind: same_day, cutoff: "15:00"}', 'target: {kind: immediate}']]);
    expect(changes).toEqual([expect.objectContaining({ verdict: 'tightened', subject: 'standard "ls-search"' })]);
  });

  it('a change to a kind that cannot be ranked (within -> schedule) is "changed"', async () => {
    const changes = await diff('kandi-municipality', [], [[KM_COUNTER, 'target: {kind: schedule, frequency: daily}']]);
    expect(changes).toEqual([expect.objectContaining({ verdict: 'changed', subject: 'standard "km-counter"' })]);
  });
});

describe('charter diff and ranges: the upper bound is the promise', () => {
  it('a lower upper bound is tightened, a higher one loosened', async () => {
    expect(await diff('kandi-municipality', [[KM_MUTATION, 'target: {kind: within, threshold: "30 to 45 days"}']], [[KM_MUTATION, 'target: {kind: within, threshold: "30 to 40 days"}']])).toEqual([
      expect.objectContaining({ verdict: 'tightened', subject: 'standard "km-mutation"' }),
    ]);
    expect(await diff('kandi-municipality', [[KM_MUTATION, 'target: {kind: within, threshold: {min: 30, max: 45, unit: days}}']], [[KM_MUTATION, 'target: {kind: within, threshold: "30-50 days"}']])).toEqual([
      expect.objectContaining({ verdict: 'loosened', subject: 'standard "km-mutation"' }),
    ]);
  });

  it('a range and a single figure compare by the upper bound: "45 days" -> "30 to 45 days" promises the same', async () => {
    expect(await diff('kandi-municipality', [], [[KM_MUTATION, 'target: {kind: within, threshold: "30 to 45 days"}']])).toEqual([]);
    expect(await diff('kandi-municipality', [], [[KM_MUTATION, 'target: {kind: within, threshold: "10 to 30 days"}']])).toEqual([
      expect.objectContaining({ verdict: 'tightened', subject: 'standard "km-mutation"' }),
    ]);
  });
});

describe('charter diff and counts', () => {
  it('min_count: a higher count is tightened, a lower one loosened', async () => {
    expect(await diff('kandi-municipality', [], [[KM_DRAINS_COUNT, 'count: 3, period: "1 month"']])).toEqual([
      { verdict: 'tightened', subject: 'standard "km-drains"', detail: expect.stringMatching(/^at least 2 .* -> at least 3 /) },
    ]);
    expect(await diff('kandi-municipality', [], [[KM_DRAINS_COUNT, 'count: 1, period: "1 month"']])).toEqual([expect.objectContaining({ verdict: 'loosened', subject: 'standard "km-drains"' })]);
  });

  it('min_count: the same count over a longer period is loosened', async () => {
    expect(await diff('kandi-municipality', [], [[KM_DRAINS_COUNT, 'count: 2, period: "2 months"']])).toEqual([expect.objectContaining({ verdict: 'loosened', subject: 'standard "km-drains"' })]);
  });

  it('max_count, the opposite: a higher count is loosened', async () => {
    expect(await diff('riverside-council', [], [[RDC_MISSED_COUNT, '      kind: max_count\n      count: 3\n']])).toEqual([
      expect.objectContaining({ verdict: 'loosened', subject: 'standard "rdc-missed-appointments"' }),
    ]);
  });
});

describe('charter diff and variants, compared by label', () => {
  const EMERGENCY = '        - label: Emergency\n          threshold: "15 days"\n';
  const URGENT = '        - label: Urgent\n          threshold: "20 days"\n';

  it("a faster variant is tightened, a slower one loosened", async () => {
    expect(await diff('kandi-municipality', [], [[EMERGENCY, '        - label: Emergency\n          threshold: "10 days"\n']])).toEqual([
      expect.objectContaining({ verdict: 'tightened', subject: 'standard "km-water-connection"' }),
    ]);
    expect(await diff('kandi-municipality', [], [[EMERGENCY, '        - label: Emergency\n          threshold: "20 days"\n']])).toEqual([
      expect.objectContaining({ verdict: 'loosened', subject: 'standard "km-water-connection"' }),
    ]);
  });

  it('variants in another order are the same promises', async () => {
    const withUrgent: Edit = ['          fee: {type: fixed, amount: 1000, currency: INR, note: In addition to the normal connection charge.}\n', `          fee: {type: fixed, amount: 1000, currency: INR, note: In addition to the normal connection charge.}\n${URGENT}`];
    const urgentFirst: Edit = [EMERGENCY, `${URGENT}${EMERGENCY}`];
    expect(await diff('kandi-municipality', [withUrgent], [urgentFirst])).toEqual([]);
  });

  it('a variant removed is loosened; one added is tightened; one renamed is unclear (a promise lost, another made)', async () => {
    const noVariant: Edit = [/      variants:\n        - label: Emergency\n(?:          .*\n)+/, ''];
    expect(await diff('kandi-municipality', [], [noVariant])).toEqual([expect.objectContaining({ verdict: 'loosened', subject: 'standard "km-water-connection"' })]);
    expect(await diff('kandi-municipality', [noVariant], [])).toEqual([expect.objectContaining({ verdict: 'tightened', subject: 'standard "km-water-connection"' })]);
    expect(await diff('kandi-municipality', [], [['        - label: Emergency\n', '        - label: Urgent\n']])).toEqual([expect.objectContaining({ verdict: 'unclear', subject: 'standard "km-water-connection"' })]);
  });
});

describe('charter diff and rings', () => {
  it('rings compare with rings: fewer is tightened, more is loosened', async () => {
    expect(await diff('kenya-lands-ministry', [], [[LS_PHONE, 'target: {kind: within, threshold: "2 rings"}']])).toEqual([
      { verdict: 'tightened', subject: 'standard "ls-phone"', detail: 'within 3 rings -> within 2 rings' },
    ]);
    expect(await diff('kenya-lands-ministry', [], [[LS_PHONE, 'target: {kind: within, threshold: "5 rings"}']])).toEqual([
      { verdict: 'loosened', subject: 'standard "ls-phone"', detail: 'within 3 rings -> within 5 rings' },
    ]);
  });

  it('rings against time cannot be ranked: "changed"', async () => {
    expect(await diff('kenya-lands-ministry', [], [[LS_PHONE, 'target: {kind: within, threshold: "20 seconds"}']])).toEqual([
      { verdict: 'changed', subject: 'standard "ls-phone"', detail: 'within 3 rings -> within 20 seconds' },
    ]);
  });
});

describe('charter diff and plain days under meta.day_basis', () => {
  it('a standard: "7 days" (day_basis: working) -> "7 working days" promises the same', async () => {
    expect(await diff('kandi-municipality', [], [['threshold: "7 days"}\n  - id: km-birth-death', 'threshold: "7 working days"}\n  - id: km-birth-death']])).toEqual([]);
  });

  it('complaint stages and the acknowledgement: "7 days" -> "7 working days" promises the same', async () => {
    expect(await diff('kandi-municipality', [], [
      ['      respond_within: "7 days"', '      respond_within: "7 working days"'],
      ['acknowledge_within: "1 day"', 'acknowledge_within: "1 working day"'],
    ])).toEqual([]);
  });

  it('complaint stages: "7 days" -> "5 days" is tightened', async () => {
    expect(await diff('kandi-municipality', [], [['      respond_within: "7 days"', '      respond_within: "5 days"']])).toEqual([
      { verdict: 'tightened', subject: 'complaint stage 1 respond within', detail: 'within 7 days -> within 5 days' },
    ]);
  });
});

describe('charter diff on the command line', () => {
  it('--fail-on-loosened exits 1 for a weaker min_count, 0 for a stronger one', async () => {
    const weaker = await side('kandi-municipality', [[KM_DRAINS_COUNT, 'count: 1, period: "1 month"']]);
    const stronger = await side('kandi-municipality', [[KM_DRAINS_COUNT, 'count: 3, period: "1 month"']]);
    expect((await runInProcess(['diff', 'examples/kandi-municipality', weaker, '--fail-on-loosened'])).code).toBe(1);
    expect((await runInProcess(['diff', 'examples/kandi-municipality', stronger, '--fail-on-loosened'])).code).toBe(0);
  });
});
