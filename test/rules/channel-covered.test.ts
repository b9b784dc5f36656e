import { describe, expect, it } from 'vitest';
import { channelCoveredRule } from '../../src/rules/channel-covered.js';
import { baseFiles, contextOf, replace, ruleTester } from '../helpers/rule-tester.js';

ruleTester('channel-covered', {
  valid: [{ name: 'the example' }],
  invalid: [
    {
      name: 'a public channel no timeliness or access standard names',
      edit: replace('applies_to: {channels: [text-line, email, booking-form]}', 'applies_to: {channels: [text-line, booking-form]}'),
      errors: [{
        severity: 'warning',
        at: { needle: '  - id: email', value: 'email' },
        message: 'channel "email" is not covered by any public timeliness or access standard; name it in the applies_to.channels of one, so customers know how quickly it answers',
      }],
    },
  ],
});

describe('channel-covered on the parsed charter', () => {
  it('does not count standards of other categories, staff standards or internal standards', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const { charter } = context;
    charter.standards[1]!.category = 'courtesy'; // bw-messages: text-line, email, booking-form
    charter.standards[0]!.audience = 'staff'; // bw-callback: office-phone
    charter.staff!.internal_standards![0]!.applies_to.channels = ['email'];
    expect(channelCoveredRule.check(context).map((f) => f.path)).toEqual([
      ['channels', 0, 'id'], ['channels', 2, 'id'], ['channels', 3, 'id'], ['channels', 4, 'id'],
    ]);
  });

  it('accepts an access standard and ignores staff channels', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const { charter } = context;
    charter.standards[1]!.category = 'access';
    charter.standards[0]!.applies_to = { services: ['breakdowns'] };
    charter.channels[0]!.audience = 'staff'; // office-phone, now uncovered but staff-only
    expect(channelCoveredRule.check(context)).toEqual([]);
  });
});
