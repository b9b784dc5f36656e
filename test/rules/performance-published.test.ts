import { describe, expect, it } from 'vitest';
import { resultMet } from '../../src/model/results.js';
import { byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';

const RULE = 'performance-published';

describe('performance-published', () => {
  it.each(['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'])('passes the %s example', async (example) => {
    const checked = await checkFiles({ 'charter.yaml': await exampleFile(example) });
    expect(checked.charter).toBeDefined();
    expect(byRule(checked.diagnostics, RULE)).toEqual([]);
  });

  it('is an error for a council when met disagrees with a percent result', async () => {
    const text = replaceOnce(await exampleFile('riverside-council'), 'value: 76.4, unit: percent, met: false', 'value: 76.4, unit: percent, met: true');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'error',
        ...positionOf(text, 'value: 76.4', 'true'),
        message: 'standard "rdc-calls": last_result.met is true, but 76.4% is below the 80% target; set met: false',
      }),
    ]);
  });

  it('judges a max_count result against its count', async () => {
    const text = replaceOnce(
      await exampleFile('riverside-council'),
      '      frequency: quarterly\n    owner: Head of Housing Property Services\n  - id: rdc-notice',
      '      frequency: quarterly\n      last_result: {value: 3, met: true}\n    owner: Head of Housing Property Services\n  - id: rdc-notice',
    );
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...positionOf(text, 'value: 3, met', 'true'),
        message: 'standard "rdc-missed-appointments": last_result.met is true, but 3 is more than the limit of 2; set met: false',
      }),
    ]);
  });

  it('is a warning for a business when a public standard has no reporting frequency', async () => {
    const text = replaceOnce(
      withoutSharedFrequency(await exampleFile('brightwater-plumbing')),
      '    reporting:\n      frequency: annually\n    owner: Office manager\n  - id: bw-messages',
      '    owner: Office manager\n  - id: bw-messages',
    );
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ...positionOf(text, 'bw-callback'),
        message: 'standard "bw-callback" has no reporting.frequency; say how often its results are published, e.g. "frequency: annually", here or once for all standards under performance_reporting.frequency',
      }),
    ]);
  });

  it('points at reporting: when it is there without a frequency', async () => {
    const text = replaceOnce(
      withoutSharedFrequency(await exampleFile('brightwater-plumbing')),
      '      frequency: annually\n      last_result: {period: "2025", value: 94',
      '      last_result: {period: "2025", value: 94',
    );
    const [finding] = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(finding).toMatchObject({ ...positionOf(text, '    reporting:\n      last_result: {period: "2025", value: 94', 'reporting:'), severity: 'warning' });
  });

  it('takes performance_reporting.frequency for a standard that gives none (no invented frequencies)', async () => {
    const text = replaceOnce(
      await exampleFile('brightwater-plumbing'),
      '    reporting:\n      frequency: annually\n    owner: Office manager\n  - id: bw-messages',
      '    owner: Office manager\n  - id: bw-messages',
    );
    expect(byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE)).toEqual([]);
  });
});

/** The example says its reporting frequency once for all standards too; these tests need it gone. */
function withoutSharedFrequency(yaml: string): string {
  return replaceOnce(yaml, 'performance_reporting:\n  published: true\n  frequency: annually\n', 'performance_reporting:\n  published: true\n');
}

describe('whether a result met its target', () => {
  it('judges percent targets as value >= percent', () => {
    expect(resultMet({ kind: 'percent', percent: 80 }, { number: 80 }, 'percent')).toBe(true);
    expect(resultMet({ kind: 'percent_within', percent: 80, threshold: '30 seconds' }, { number: 79.9 }, undefined)).toBe(false);
  });

  it('judges max_count targets as value <= count', () => {
    expect(resultMet({ kind: 'max_count', count: 2, period: '1 year' }, { number: 2 }, undefined)).toBe(true);
    expect(resultMet({ kind: 'max_count', count: 2, period: '1 year' }, { number: 3 }, 'interruptions')).toBe(false);
  });

  it('does not judge within and minimum_notice targets, or results in another unit', () => {
    expect(resultMet({ kind: 'within', threshold: '2 hours' }, { number: 10 }, 'percent')).toBeUndefined();
    expect(resultMet({ kind: 'minimum_notice', threshold: '48 hours' }, { number: 99 }, 'percent')).toBeUndefined();
    // A percent target judges the percent it is given; a result in seconds is no percent.
    expect(resultMet({ kind: 'percent', percent: 80 }, { number: 42 }, 'seconds')).toBeUndefined();
    expect(resultMet({ kind: 'max_count', count: 2, period: '1 year' }, { number: 95 }, 'percent')).toBeUndefined();
  });
});
