import { describe, expect, it } from 'vitest';
import { channelHoursRule } from '../../src/rules/channel-hours.js';
import { replaceOnce } from '../helpers/charter-fixture.js';
import { positionOf } from '../helpers/position-of.js';
import { baseFiles, contextOf, diagnosticsOf } from '../helpers/rule-tester.js';

describe('channel-hours', () => {
  it('passes the example (24x7, by_appointment and email channels need no hours)', async () => {
    const { yaml, md } = await baseFiles();
    expect(await diagnosticsOf('channel-hours', yaml, md)).toEqual([]);
  });

  it('reports a missing timezone at the channel id', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(yaml, '    timezone: Europe/London\n    use_for: [enquiries, requests, feedback]', '    use_for: [enquiries, requests, feedback]');
    expect(await diagnosticsOf('channel-hours', text, md)).toEqual([
      expect.objectContaining({
        rule: 'channel-hours',
        severity: 'error',
        ...positionOf(text, '  - id: text-line', 'text-line'),
        message: 'sms channel "text-line" has availability: hours but no timezone; add an IANA timezone such as Europe/London, or set availability to 24x7 or by_appointment',
      }),
    ]);
  });

  it('treats a missing availability as hours and names both missing fields', async () => {
    const { yaml, md } = await baseFiles();
    const text = replaceOnce(
      yaml,
      /    availability: hours\n    hours:\n(      - .*\n)+    timezone: Europe\/London\n    closed_on/,
      '    closed_on',
    );
    expect(await diagnosticsOf('channel-hours', text, md)).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...positionOf(text, '  - id: office-phone', 'office-phone'),
        message:
          'phone channel "office-phone" has availability: hours (the default) but no hours and no timezone; add its opening hours and an IANA timezone such as Europe/London, or set availability to 24x7 or by_appointment',
      }),
    ]);
  });

  it('checks only live kinds open at set hours', async () => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const [phone, emergency, , email] = context.charter.channels;
    delete phone!.timezone;
    phone!.kind = 'live_chat';
    delete emergency!.availability; // a phone line, now open at (unstated) set hours
    email!.availability = 'hours'; // email is not a live kind
    delete email!.hours;
    expect(channelHoursRule.check(context).map((f) => [f.path, f.message.split(';')[0]])).toEqual([
      [['channels', 0, 'id'], 'live chat channel "office-phone" has availability: hours but no timezone'],
      [['channels', 1, 'id'], 'phone channel "emergency-line" has availability: hours (the default) but no hours and no timezone'],
    ]);
  });

  it.each(['in_person', 'relay', 'sms'] as const)('checks %s channels', async (kind) => {
    const { yaml, md } = await baseFiles();
    const context = await contextOf(yaml, md);
    const channel = context.charter.channels[0]!;
    channel.kind = kind;
    delete channel.hours;
    expect(channelHoursRule.check(context)).toHaveLength(1);
  });
});
