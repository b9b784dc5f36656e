import { toolDiagnostic } from '../rule-ids.js';
import { type Diagnostic } from '../diagnostics.js';
import { subject } from '../model/describe.js';
import { explainSchemaErrors, type SchemaFinding } from './explain-errors.js';
import { isTimeZone, TIME_ZONE_SHAPE, timeZones } from './time-zones.js';
import { validateAgainstSchema } from './validator.js';
import { didYouMean, withSuggestion } from '../util/did-you-mean.js';
import { locate } from '../source/yaml/locate.js';
import type { YamlSource } from '../source/yaml/load-yaml.js';

/** Checks the YAML against schemas/charter.schema.json; each problem is placed at its node. */
export async function validate(source: YamlSource): Promise<Diagnostic[]> {
  const findings = [...explainSchemaErrors(await validateAgainstSchema(source.data), source.data), ...unknownTimeZones(source.data)];
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
