import type { Position, Severity } from '../diagnostics.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import type { Charter } from '../model/charter.js';
import type { Anchor, DataPath } from '../model/data-path.js';

/** What every lint rule gets: the schema-valid charter, the day to judge dates on, the narrative. */
export interface RuleContext {
  readonly charter: Charter;
  /** YYYY-MM-DD: --as-of, SOURCE_DATE_EPOCH, or today. */
  readonly asOf: string;
  readonly narrative: NarrativeSet;
}

/**
 * One problem a rule found. Rules speak in data paths; the pipeline places them in the YAML.
 * A problem in a narrative file gives `at` (file and position) instead of a path.
 */
export interface Finding {
  path?: DataPath;
  /** Point at the key rather than the value (default: value). */
  anchor?: Anchor;
  at?: { file: string; position: Position };
  message: string;
  /** Overrides the rule's severity for this finding (e.g. review-due: warning when due soon). */
  severity?: Severity;
}

export interface Rule {
  readonly id: string;
  /** One line for the README and `--help`. */
  readonly description: string;
  /** The default severity; some rules depend on the organisation's sector. */
  severity(charter: Charter): Severity;
  check(context: RuleContext): Finding[];
}
