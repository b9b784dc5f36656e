import { ToolError } from './io.js';

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
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now().toISOString().slice(0, 10);
}

export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
