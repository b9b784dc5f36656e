import { ToolError } from '../errors.js';
import { isRealDate } from '../model/dates.js';
import { REPORTERS } from '../report/index.js';

/** 9999-12-31T23:59:59Z in seconds since the epoch. */
const LAST_EPOCH_SECOND = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

/**
 * The day dates are judged on, written once: --as-of, then SOURCE_DATE_EPOCH (reproducible
 * builds), then today by the injected clock. Always a real calendar date, YYYY-MM-DD, in UTC.
 */
export function resolveAsOf(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, now: () => Date): string {
  if (flag !== undefined) {
    if (!isRealDate(flag)) throw new ToolError(`--as-of "${flag}" is not a date; write it as YYYY-MM-DD`);
    return flag;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new ToolError(`SOURCE_DATE_EPOCH "${epoch}" is not a whole number of seconds`);
    // Past 9999 an ISO date grows a sign and six digits ("+010000-01-01"), which no date rule reads.
    if (Number(epoch) > LAST_EPOCH_SECOND) throw new ToolError(`SOURCE_DATE_EPOCH "${epoch}" is after the year 9999; give the seconds since 1970-01-01 of a real day`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now().toISOString().slice(0, 10);
}

export function pickReporter(name: string) {
  const reporter = REPORTERS[name];
  if (!reporter) throw new ToolError(`unknown reporter "${name}"; choose one of ${Object.keys(REPORTERS).join(', ')}`);
  return reporter;
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ToolError(`--max-warnings "${value}" is not a whole number`);
  return Number(value);
}

export function parsePositive(value: string, flag: string, max?: { value: number; unit: string }): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ToolError(`${flag} "${value}" must be a positive number`);
  if (max && n > max.value) throw new ToolError(`${flag} "${value}" is too large: at most ${max.value.toLocaleString('en')} ${max.unit}`);
  return n;
}
