import type { Diagnostic } from '../diagnostics.js';

/** What a configuration may say about a rule. */
export type RuleSetting = 'error' | 'warn' | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/**
 * Rules a configuration cannot change: the outputs are built on them (ids and references that
 * resolve) or they keep staff text out of public documents. Problems of the source itself (yaml,
 * schema, narrative, io, internal) are not rules a repository chooses either.
 */
export const FIXED_RULES: ReadonlySet<string> = new Set(['unique-ids', 'known-references', 'staff-leak']);

/** The diagnostics as a configuration wants them: a rule turned off is gone, a severity changed is changed. */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], settings: RuleSettings | undefined): Diagnostic[] {
  if (!settings) return [...diagnostics];
  return diagnostics.flatMap((d) => {
    const setting = Object.hasOwn(settings, d.rule) ? settings[d.rule] : undefined;
    if (setting === undefined) return [d];
    if (setting === 'off') return [];
    const severity = setting === 'warn' ? 'warning' : 'error';
    return [severity === d.severity ? d : { ...d, severity }];
  });
}
