/** The shape of an IANA time zone name; the schema checks this much. */
export const TIME_ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

let zones: Set<string> | undefined;
export function timeZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return zones;
}

export function isTimeZone(value: string): boolean {
  if (timeZones().has(value)) return true;
  try {
    // Accepts valid aliases (e.g. "Europe/Kiev") that supportedValuesOf leaves out.
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}
