import type { Channel } from '../model/charter.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** Channels a person answers live, so "open at set hours" needs the hours and the clock they are in. */
const LIVE_KINDS: ReadonlySet<Channel['kind']> = new Set(['phone', 'sms', 'live_chat', 'in_person', 'relay']);

/** A live channel open at set hours says which hours, and in which time zone. */
export const channelHoursRule: Rule = {
  id: 'channel-hours',
  description: 'phone, sms, live_chat, in_person and relay channels with availability: hours have hours and a timezone',
  severity: () => 'error',
  check({ charter }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    charter.channels.forEach((channel, index) => {
      if (channel.availability === 'unstated' && LIVE_KINDS.has(channel.kind)) {
        findings.push({
          path: ['channels', index, 'availability'],
          severity: 'warning',
          message: `${channel.kind.replace('_', ' ')} channel "${channel.id}" does not say when it is open (availability: unstated); residents need the hours to use it`,
        });
        return;
      }
      if (!LIVE_KINDS.has(channel.kind) || (channel.availability ?? 'hours') !== 'hours') return;
      const missing = [
        ...(channel.hours && channel.hours.length > 0 ? [] : ['hours']),
        ...(channel.timezone ? [] : ['timezone']),
      ];
      if (missing.length === 0) return;
      const stated = channel.availability === undefined ? ' (the default)' : '';
      findings.push({
        path: ['channels', index, 'id'],
        message:
          `${channel.kind.replace('_', ' ')} channel "${channel.id}" has availability: hours${stated} but no ${missing.join(' and no ')}; ` +
          `add ${missing.map((m) => (m === 'hours' ? 'its opening hours' : 'an IANA timezone such as Europe/London')).join(' and ')}, or set availability to 24x7 or by_appointment`,
      });
    });
    return findings;
  },
};
