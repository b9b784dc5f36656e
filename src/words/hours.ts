import type { Weekday } from '../i18n/types.js';
import type { Channel, OpeningHours } from '../model/charter.js';
import { resolveLanguage } from './locale.js';
import { formatList } from './numbers.js';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface HoursRow {
  days: string;
  time: string;
}

/** The days as week positions (Monday 0), once each, in week order. */
function dayIndices(days: readonly Weekday[]): number[] {
  return [...new Set(days.map((day) => WEEK.indexOf(day)).filter((i) => i >= 0))].sort((a, b) => a - b);
}

/** "08:00" as minutes after midnight, for ordering; text that is not HH:MM sorts after every clock time. */
function minutes(clock: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.MAX_SAFE_INTEGER;
}

/**
 * "Monday to Friday", "Saturday", "Monday, Wednesday and Friday", "Monday to Wednesday and Friday".
 * Only runs of three or more days become ranges: "Monday to Tuesday" reads worse than "Monday and Tuesday".
 */
export function formatDays(days: readonly Weekday[], lang: string): string {
  const { catalog } = resolveLanguage(lang);
  const indices = dayIndices(days);
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

/** One row of opening hours: the days, and each opening of those days as its own time range. */
export interface HoursIntervals {
  days: string;
  /** "8am to 1pm", "2pm to 5pm": one range per opening, in clock order. */
  times: string[];
}

/**
 * Opening hours grouped by day: entries for the same days become one row with several ranges
 * (a day split by lunch is one row, not two), and rows are ordered by their first day.
 */
export function formatHoursIntervals(hours: readonly OpeningHours[], lang: string): HoursIntervals[] {
  const { catalog } = resolveLanguage(lang);
  const groups = new Map<string, { first: number; order: number; entries: OpeningHours[] }>();
  hours.forEach((entry, order) => {
    const indices = dayIndices(entry.days);
    const key = indices.join(',');
    const group = groups.get(key) ?? { first: indices[0] ?? WEEK.length, order, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  });
  return [...groups.values()]
    .sort((a, b) => a.first - b.first || a.order - b.order)
    .map((group) => ({
      days: formatDays(group.entries[0]!.days, lang),
      times: [
        ...new Set(
          [...group.entries]
            .sort((a, b) => minutes(a.open) - minutes(b.open))
            .map((entry) =>
              // "midnight to midnight" would puzzle a reader; a whole day is said as one.
              entry.open === '00:00' && (entry.close === '24:00' || entry.close === '00:00')
                ? catalog.availability.allDay
                : catalog.days.timeRange(formatTime(entry.open, lang), formatTime(entry.close, lang)),
            ),
        ),
      ],
    }));
}

/** One row per set of days, ordered by first day: {days: "Monday to Friday", time: "8am to 1pm, 2pm to 5pm"}. */
export function formatHours(hours: readonly OpeningHours[], lang: string): HoursRow[] {
  return formatHoursIntervals(hours, lang).map((row) => ({ days: row.days, time: row.times.join(', ') }));
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
