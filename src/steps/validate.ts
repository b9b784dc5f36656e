import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { explainSchemaErrors } from '../schema/explain-errors.js';
import { validateAgainstSchema } from '../schema/validator.js';
import { locate } from '../yaml/locate.js';
import type { YamlSource } from '../yaml/load-yaml.js';

/** Checks the YAML against schemas/charter.schema.json; each problem is placed at its node. */
export function validate(source: YamlSource): Diagnostic[] {
  const errors = validateAgainstSchema(source.data);
  return explainSchemaErrors(errors, source.data).map((finding) =>
    diagnostic(source.file, locate(source, finding.path, finding.anchor), 'error', 'schema', finding.message),
  );
}
