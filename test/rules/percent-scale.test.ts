import { describe, expect, it } from 'vitest';
import { percentScaleRule } from '../../src/rules/percent-scale.js';
import { replace, ruleTester } from '../helpers/rule-tester.js';

const RULE = 'percent-scale';

ruleTester(RULE, {
  md: false,
  valid: [
    { name: 'brightwater-plumbing, whose percents are out of 100' },
    { name: 'riverside-council, whose percents are out of 100', base: 'riverside-council' },
  ],
  invalid: [
    {
      name: 'a target percent typed as a fraction, at the value',
      edit: replace('      percent: 90\n', '      percent: 0.9\n'),
      errors: [{
        severity: 'warning',
        at: '0.9\n',
        message: 'standard "bw-service-dates": the target percent is 0.9, which looks like a 0-1 fraction; write percents out of 100, e.g. 90',
      }],
    },
    {
      name: 'a last result in percent below 50',
      edit: replace('value: 92.5, unit: percent', 'value: 0.925, unit: percent'),
      errors: [{
        severity: 'warning',
        at: '0.925',
        message: 'standard "bw-service-dates": the last result is 0.925 percent, which looks like a 0-1 fraction; write percents out of 100, e.g. 92.5',
      }],
    },
    {
      name: 'a percent between 1 and 50 only asks to check; results in other units are ignored',
      edit: [replace('      percent: 90\n', '      percent: 45\n'), replace('value: 94, unit: percent', 'value: 3, unit: complaints')],
      errors: [{ message: 'standard "bw-service-dates": the target percent is 45, below 50; check it is out of 100 and not a 0-1 fraction' }],
    },
  ],
});

describe('percent-scale', () => {
  it('is a warning rule', () => {
    expect(percentScaleRule.id).toBe(RULE);
  });
});
