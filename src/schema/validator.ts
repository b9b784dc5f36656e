import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatName } from 'ajv-formats';
import { charterSchema } from './schema-file.js';

// ajv-formats is CommonJS; under NodeNext its function is the default export's default.
type AddFormats = (ajv: Ajv2020, formats: FormatName[]) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

let validate: ValidateFunction | undefined;

/** The compiled charter schema; compiled once per process, on first use. */
export function charterValidator(): ValidateFunction {
  if (validate) return validate;
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true, // errors carry parentSchema, so messages can use the schema's x-message hints
    strict: true,
    strictTypes: false,
    strictRequired: false, // if/then conditions name properties without repeating "type: object"
    allowUnionTypes: true,
  });
  addFormats(ajv, ['date', 'uri']);
  ajv.addFormat('iana-timezone', { type: 'string', validate: isTimeZone });
  // Our own annotations: hints for messages (x-*) and for the TypeScript generator (tsType).
  ajv.addVocabulary(['x-message', 'x-missing', 'x-type', 'tsType']);
  validate = ajv.compile(charterSchema());
  return validate;
}

export function validateAgainstSchema(data: unknown): ErrorObject[] {
  const check = charterValidator();
  return check(data) ? [] : [...(check.errors ?? [])];
}

let zones: Set<string> | undefined;
export function timeZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return zones;
}

function isTimeZone(value: string): boolean {
  if (timeZones().has(value)) return true;
  try {
    // Accepts valid aliases (e.g. "Europe/Kiev") that supportedValuesOf leaves out.
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}
