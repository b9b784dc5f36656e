import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import { locate } from '../source/yaml/locate.js';
import type { YamlSource } from '../source/yaml/load-yaml.js';

/** Runs every lint rule on a schema-valid charter and places each finding in its file. */
export function lint(source: YamlSource, context: RuleContext, rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = rule.severity(context.charter);
    for (const finding of rule.check(context)) {
      const where = finding.at
        ? { file: finding.at.file, position: finding.at.position }
        : { file: source.file, position: locate(source, finding.path ?? [], finding.anchor) };
      diagnostics.push(diagnostic(where.file, where.position, finding.severity ?? severity, rule.id, finding.message));
    }
  }
  return diagnostics;
}
