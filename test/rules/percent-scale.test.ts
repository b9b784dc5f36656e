import { describe, expect, it } from 'vitest';
import { percentScaleRule } from '../../src/rules/percent-scale.js';
import { byRule, checkFiles, exampleFile, replaceOnce } from '../helpers/charter-fixture.js';
import { where } from '../helpers/where.js';

const RULE = 'percent-scale';

describe('percent-scale', () => {
  it('passes examples whose percents are out of 100', async () => {
    for (const example of ['brightwater-plumbing', 'riverside-council']) {
      const checked = await checkFiles({ 'charter.yaml': await exampleFile(example) });
      expect(checked.charter).toBeDefined();
      expect(byRule(checked.diagnostics, RULE)).toEqual([]);
    }
  });

  it('warns at a target percent typed as a fraction', async () => {
    const text = replaceOnce(await exampleFile('brightwater-plumbing'), '      percent: 90\n', '      percent: 0.9\n');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'warning',
        ...where(text, '0.9\n'),
        message: 'standard "bw-service-dates": the target percent is 0.9, which looks like a 0-1 fraction; write percents out of 100, e.g. 90',
      }),
    ]);
  });

  it('warns at a last result in percent below 50', async () => {
    const text = replaceOnce(await exampleFile('brightwater-plumbing'), 'value: 92.5, unit: percent', 'value: 0.925, unit: percent');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ...where(text, '0.925'),
        message: 'standard "bw-service-dates": the last result is 0.925 percent, which looks like a 0-1 fraction; write percents out of 100, e.g. 92.5',
      }),
    ]);
  });

  it('says only "check" for a percent between 1 and 50, and ignores results in other units', async () => {
    let text = replaceOnce(await exampleFile('brightwater-plumbing'), '      percent: 90\n', '      percent: 45\n');
    text = replaceOnce(text, 'value: 94, unit: percent', 'value: 3, unit: complaints');
    const findings = byRule((await checkFiles({ 'charter.yaml': text })).diagnostics, RULE);
    expect(findings.map((f) => f.message)).toEqual([
      'standard "bw-service-dates": the target percent is 45, below 50; check it is out of 100 and not a 0-1 fraction',
    ]);
  });

  it('is a warning rule', () => {
    expect(percentScaleRule.id).toBe(RULE);
  });
});
