import { describe, expect, it } from 'vitest';
import { channelCoveredRule } from '../../src/rules/channel-covered.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { baseFiles, contextOf, diagnosticsOf, where } from './support-a.js';

describe('channel-covered', () => {
  it('passes the example', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('channel-covered', yaml, md)).toEqual([]);
  });

  it('warns at a public channel no timeliness or access standard names', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, 'applies_to: {channels: [text-line, email, booking-form]}', 'applies_to: {channels: [text-line, booking-form]}');
    expect(await diagnosticsOf('channel-covered', text, md)).toEqual([
      expect.objectContaining({
        rule: 'channel-covered',
        severity: 'warning',
        ...where(text, '  - id: email', 'email'),
        message: 'channel "email" is not covered by any public timeliness or access standard; name it in the applies_to.channels of one, so customers know how quickly it answers',
      }),
    ]);
  });

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
