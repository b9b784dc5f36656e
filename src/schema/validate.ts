import { toolDiagnostic } from '../rule-ids.js';
import { type Diagnostic } from '../diagnostics.js';
import { subject } from '../model/describe.js';
import { explainSchemaErrors, type SchemaFinding } from './explain-errors.js';
import { isTimeZone, TIME_ZONE_SHAPE, timeZones } from './time-zones.js';
import { validateAgainstSchema } from './validator.js';
import { didYouMean, withSuggestion } from '../util/did-you-mean.js';
import type { Duration } from '../model/charter.js';
import { parseDuration, toCalendarDays } from '../model/duration.js';
import { formatDuration } from '../words/index.js';
import { currencyCodes, isCurrency } from './currencies.js';
import { locate } from '../source/yaml/locate.js';
import type { YamlSource } from '../source/yaml/load-yaml.js';

/** Checks the YAML against schemas/charter.schema.json; each problem is placed at its node. */
export async function validate(source: YamlSource): Promise<Diagnostic[]> {
  // A YAML file that is no charter at all (a workflow, a config) gets one line, not a page of schema errors.
  const data = source.data as Record<string, unknown> | null;
  if (data && typeof data === 'object' && !Array.isArray(data) && !('schema_version' in data) && !('meta' in data)) {
    return [toolDiagnostic(source.file, locate(source, []), 'schema', 'this file is not a charter: it has neither schema_version nor meta (a charter.yaml starts with "schema_version: 1" and a meta section)')];
  }
  const findings = [...explainSchemaErrors(await validateAgainstSchema(source.data), source.data), ...unknownTimeZones(source.data), ...userTextAndNumbers(source.data)];
  return findings.map((finding) => toolDiagnostic(source.file, locate(source, finding.path, finding.anchor), 'schema', finding.message));
}

/** The schema checks a time zone's shape; whether the IANA database knows it is checked here. */
function unknownTimeZones(data: unknown): SchemaFinding[] {
  const channels = (data as { channels?: unknown }).channels;
  if (!Array.isArray(channels)) return [];
  return channels.flatMap((channel: unknown, index) => {
    const zone = (channel as { timezone?: unknown } | null)?.timezone;
    if (typeof zone !== 'string' || !TIME_ZONE_SHAPE.test(zone) || isTimeZone(zone)) return [];
    const path = ['channels', index, 'timezone'];
    return [{ path, anchor: 'value' as const, message: withSuggestion(`${subject(data, path)}: "${zone}" is not an IANA time zone such as Europe/London`, didYouMean(zone, timeZones())) }];
  });
}

/** The schema checks a currency's shape; whether ISO 4217 lists it is checked here (KES, not KSH). */
function unknownCurrencies(data: unknown, found: SchemaFinding[]): Visitor | undefined {
  return (value, path) => {
    if (path.at(-1) !== 'currency' || typeof value !== 'string' || !/^[A-Z]{3}$/.test(value) || isCurrency(value)) return;
    found.push({ path, anchor: 'value', message: withSuggestion(`${subject(data, path)}: "${value}" is not an ISO 4217 currency code in use, such as GBP, EUR, KES or INR`, didYouMean(value, currencyCodes())) });
  };
}

/** Keys whose values are durations (the schema's duration type), where plain "days" may appear. */
const DURATION_KEYS: ReadonlySet<string> = new Set(['threshold', 'period', 'request_within', 'acknowledge_within', 'respond_within', 'further_per', 'pay_within', 'claim_within', 'cadence', 'after', 'per']);

/** Plain "days" needs meta.day_basis to say whether they are working or calendar days. */
function plainDaysWithoutBasis(data: unknown, found: SchemaFinding[]): Visitor | undefined {
  if ((data as { meta?: { day_basis?: unknown } } | null)?.meta?.day_basis !== undefined) return undefined;
  return (value, path) => {
    const key = path.at(-1);
    if (typeof key !== 'string' || !DURATION_KEYS.has(key) || path.includes('fee')) return;
    const unit = typeof value === 'string' ? /^\s*[0-9.]+(?:\s*(?:-|\u2013|to)\s*[0-9.]+)?\s+(days?)\s*$/i.exec(value)?.[1] : (value as { unit?: unknown } | null)?.unit;
    if (typeof unit !== 'string' || !/^days?$/i.test(unit.trim())) return;
    const number = typeof value === 'string' ? /^\s*([0-9.]+)/.exec(value)?.[1] : undefined;
    found.push({
      path,
      anchor: 'value',
      message: `${subject(data, path)}: plain "days" is ambiguous: say ${number ? `"${formatDuration({ value: Number(number), unit: 'working_days' }, 'en')}" or "${formatDuration({ value: Number(number), unit: 'calendar_days' }, 'en')}"` : 'working_days or calendar_days'}, or set meta.day_basis: working (or calendar) once for the whole charter`,
    });
  };
}

/** A range promises its upper end, so its lower end must be smaller: "2 to 7 working days". */
function backwardRanges(data: unknown, found: SchemaFinding[]): Visitor | undefined {
  return (value, path) => {
    const key = path.at(-1);
    if (typeof key !== 'string' || !DURATION_KEYS.has(key) || path.includes('fee')) return;
    const ends = typeof value === 'string'
      ? /^\s*([0-9]*\.?[0-9]+)\s*(?:-|\u2013|to)\s*([0-9]*\.?[0-9]+)\s/.exec(value)?.slice(1).map(Number)
      : value !== null && typeof value === 'object' && typeof (value as { min?: unknown }).min === 'number' && typeof (value as { max?: unknown }).max === 'number'
        ? [(value as { min: number }).min, (value as { max: number }).max]
        : undefined;
    if (!ends || ends[0]! < ends[1]!) return;
    found.push({ path, anchor: 'value', message: `${subject(data, path)}: a range runs from the smaller number to the larger, e.g. "2 to 7 working days"; here it runs from ${ends[0]} to ${ends[1]}` });
  };
}

/**
 * Rings measure how fast a phone is answered, not time: a review cadence or a complaint stage of
 * "3 rings" would reach date arithmetic as no time at all. They belong in a target's threshold only.
 */
function ringsOutsideThresholds(data: unknown, found: SchemaFinding[]): Visitor {
  return (value, path) => {
    const key = path.at(-1);
    if (typeof key !== 'string' || key === 'threshold' || !DURATION_KEYS.has(key) || path.includes('fee')) return;
    if (parseDuration(value as Duration)?.unit !== 'rings') return;
    found.push({ path, anchor: 'value', message: `${subject(data, path)}: rings count how fast a phone is answered; use them only in a target's threshold, and give a time here` });
  };
}

/** No promise runs longer than this many of its units; past it, dates stop being dates. */
const LONGEST_DURATION = 10_000;
/** Nor longer than this on the calendar, so every date a duration is added to stays a date. */
const LONGEST_SPAN_YEARS = 100;

/** A duration of 1e20 years is a typo, and would break every date it is added to. */
function endlessDurations(data: unknown, found: SchemaFinding[]): Visitor | undefined {
  return (value, path) => {
    const key = path.at(-1);
    if (typeof key !== 'string' || !DURATION_KEYS.has(key) || path.includes('fee')) return;
    const duration = parseDuration(value as Duration);
    if (!duration) return;
    if (duration.value > LONGEST_DURATION) {
      found.push({ path, anchor: 'value', message: `${subject(data, path)}: ${duration.value.toLocaleString('en')} is too long for a duration; at most ${LONGEST_DURATION.toLocaleString('en')} of a unit` });
    } else if (duration.unit !== 'rings' && toCalendarDays(duration) > LONGEST_SPAN_YEARS * 365) {
      // 10,000 years is within the count, but a review date that far out is past any calendar's year 9999.
      found.push({ path, anchor: 'value', message: `${subject(data, path)}: ${formatDuration(value as Duration, 'en')} is too long for a duration; at most ${LONGEST_SPAN_YEARS} years` });
    }
  };
}

/**
 * User text is vetted once, after parsing, whatever wrote it: a raw control character is refused in
 * the file itself, but a YAML escape ("\e", "\a", "\r") or a bidirectional override (U+202E) would
 * otherwise reach the page, the summary, the diff and a reviewer's terminal. Keys are vetted too.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function controlCharacters(data: unknown, found: SchemaFinding[]): Visitor | undefined {
  return (value, path) => {
    const key = path.at(-1);
    const unsafeKey = typeof key === 'string' && UNSAFE.exec(key);
    const unsafeValue = typeof value === 'string' && UNSAFE.exec(value);
    const hit = unsafeKey || unsafeValue;
    if (!hit) return;
    const code = hit[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const what = /[\u202a-\u202e\u2066-\u2069]/.test(hit[0]) ? 'a bidirectional override' : 'a control character';
    found.push({ path, anchor: unsafeKey ? 'key' : 'value', message: `${subject(data, path.slice(0, -1))}: ${unsafeKey ? 'a key' : `"${String(key)}"`} contains ${what} (U+${code}), which could disguise the text; remove it` });
  };
}

const DAY_NAMES: Readonly<Record<string, string>> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/** Minutes since the start of the day; a close of "00:00" or "24:00" is the day's end. */
function clockMinutes(time: string, end: boolean): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const total = hours * 60 + minutes;
  return end && total === 0 ? 24 * 60 : total;
}

/**
 * Opening hours a resident could not act on: a channel that closes before it opens ("13:00" to
 * "09:00", "24:00" to "00:00"), or a day given twice at hours that overlap. A day may have several
 * openings ("08:00" to "13:00" and "14:00" to "17:00"); those are separate entries for the same day.
 */
function impossibleHours(data: unknown, found: SchemaFinding[]): Visitor {
  return (value, path) => {
    if (path.at(-1) !== 'hours' || !Array.isArray(value)) return;
    const seen = new Map<string, { from: number; to: number; index: number }[]>();
    value.forEach((entry: unknown, index) => {
      const { days, open, close } = (entry ?? {}) as { days?: unknown; open?: unknown; close?: unknown };
      if (typeof open !== 'string' || typeof close !== 'string' || !/^\d\d:\d\d$/.test(open) || !/^\d\d:\d\d$/.test(close)) return;
      const from = clockMinutes(open, false);
      const to = clockMinutes(close, true);
      const here = [...path, index];
      if (to <= from) {
        found.push({ path: [...here, 'close'], anchor: 'value', message: `${subject(data, here)}: closes at ${close}, which is not after it opens at ${open}; for hours past midnight, give each day its own entry (e.g. open "22:00", close "24:00", then open "00:00", close "06:00" the next day)` });
        return;
      }
      if (!Array.isArray(days)) return;
      const listed = new Set<string>();
      days.forEach((day: unknown, dayIndex) => {
        if (typeof day !== 'string' || !(day in DAY_NAMES)) return;
        if (listed.has(day)) {
          found.push({ path: [...here, 'days', dayIndex], anchor: 'value', message: `${subject(data, here)}: ${DAY_NAMES[day]} is listed twice in these days` });
          return;
        }
        listed.add(day);
        const clash = (seen.get(day) ?? []).find((other) => from < other.to && other.from < to);
        if (clash) {
          found.push({ path: [...here, 'days', dayIndex], anchor: 'value', message: `${subject(data, here)}: ${DAY_NAMES[day]} already has hours that overlap these (entry ${clash.index + 1}); give each opening of a day once` });
          return;
        }
        seen.set(day, [...(seen.get(day) ?? []), { from, to, index }]);
      });
    });
  };
}

type Visitor = (value: unknown, path: (string | number)[]) => void;

/** The checks that look at every value of the parsed charter, in one walk over it. */
function userTextAndNumbers(data: unknown): SchemaFinding[] {
  const found: SchemaFinding[] = [];
  const visitors = [unknownCurrencies, plainDaysWithoutBasis, backwardRanges, endlessDurations, ringsOutsideThresholds, impossibleHours, controlCharacters].flatMap((check) => check(data, found) ?? []);
  walk(data, [], (value, path) => {
    for (const visit of visitors) visit(value, path);
  });
  return found;
}

function walk(value: unknown, path: (string | number)[], visit: Visitor): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
}
