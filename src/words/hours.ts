import type { Weekday } from '../i18n/types.js';
import type { Channel, OpeningHours } from '../model/charter.js';
import { resolveLanguage } from './locale.js';
import { formatList } from './numbers.js';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface HoursRow {
  days: string;
  time: string;
}

/**
 * "Monday to Friday", "Saturday", "Monday, Wednesday and Friday", "Monday to Wednesday and Friday".
 * Only runs of three or more days become ranges: "Monday to Tuesday" reads worse than "Monday and Tuesday".
 */
export function formatDays(days: readonly Weekday[], lang: string): string {
  const { catalog } = resolveLanguage(lang);
  const indices = [...new Set(days.map((day) => WEEK.indexOf(day)).filter((i) => i >= 0))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of indices) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  const name = (i: number): string => catalog.days.long[WEEK[i]!];
  const parts = runs.flatMap((run) => (run.length >= 3 ? [catalog.days.range(name(run[0]!), name(run.at(-1)!))] : run.map(name)));
  return formatList(parts, lang);
}

/** "08:00" → "8am" / "8:00"; text that is not HH:MM is returned as written. */
export function formatTime(clock: string, lang: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  if (!match) return clock;
  return resolveLanguage(lang).catalog.days.time(Number(match[1]), Number(match[2]));
}

/** One row per opening-hours entry, in the charter's order: {days: "Monday to Friday", time: "8am to 5:30pm"}. */
export function formatHours(hours: readonly OpeningHours[], lang: string): HoursRow[] {
  const { catalog } = resolveLanguage(lang);
  return hours.map((entry) => ({
    days: formatDays(entry.days, lang),
    // "midnight to midnight" would puzzle a reader; a whole day is said as one.
    time:
      entry.open === '00:00' && (entry.close === '24:00' || entry.close === '00:00')
        ? catalog.availability.allDay
        : catalog.days.timeRange(formatTime(entry.open, lang), formatTime(entry.close, lang)),
  }));
}

/** A channel's availability on one line: "24 hours a day, 7 days a week", or "Monday to Friday: 8am to 6pm; Saturday: 9am to 1pm". */
export function formatAvailability(channel: Pick<Channel, 'availability' | 'hours'>, lang: string): string {
  const { catalog } = resolveLanguage(lang);
  if (channel.availability === '24x7') return catalog.availability.always;
  if (channel.availability === 'by_appointment') return catalog.availability.byAppointment;
  // The charter does not publish hours for this channel: say nothing rather than invent them.
  if (channel.availability === 'unstated') return '';
  return formatHours(channel.hours ?? [], lang)
    .map((row) => `${row.days}: ${row.time}`)
    .join('; ');
}
