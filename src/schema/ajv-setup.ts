import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatName } from 'ajv-formats';
import { TIME_ZONE_SHAPE } from './time-zones.js';

type AddFormats = (ajv: Ajv2020, formats: FormatName[]) => Ajv2020;
// ajv-formats is CommonJS; under NodeNext its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;


/**
 * The one ajv configuration, used both to compile at run time (tests, development) and to write
 * the standalone validator at build time, so the two cannot differ.
 */
export function createAjv(standalone = false): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true, // errors carry parentSchema, so messages can use the schema's x-message hints
    strict: true,
    strictTypes: false, // if/then conditions name properties without repeating "type: object"
    strictRequired: false,
    allowUnionTypes: true,
    ...(standalone ? { code: { source: true } } : {}),
  });
  addFormats(ajv, ['date', 'uri']);
  // The shape only; membership of the IANA database is checked in steps/validate.ts, because a
  // function cannot be written into the standalone validator.
  ajv.addFormat('iana-timezone', TIME_ZONE_SHAPE);
  // Our own annotations: hints for messages (x-*), for the TypeScript generator (tsType), and
  // snippets an editor offers (defaultSnippets, read by yaml-language-server).
  ajv.addVocabulary(['x-message', 'x-missing', 'x-type', 'x-translatable', 'tsType', 'defaultSnippets']);
  return ajv;
}
