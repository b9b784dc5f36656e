import { github, githubSummary } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportOptions } from './types.js';

export interface ReporterEntry {
  format: Reporter;
  stream: 'stdout' | 'stderr';
  /** Carries the tool failures of an exit 2 (ReportOptions.failures), so it is written even for a run that ends before any charter is checked. */
  failures?: true;
  /** Written to the file $GITHUB_STEP_SUMMARY names, when it is set. */
  summary?: Reporter;
}

/** One map of reporters; `--reporter` picks by name. stylish goes to stderr, the others to stdout. */
export const REPORTERS: Readonly<Record<string, ReporterEntry>> = Object.freeze({
  stylish: { format: stylish, stream: 'stderr' },
  json: { format: json, stream: 'stdout' },
  github: { format: github, stream: 'stdout', failures: true, summary: githubSummary },
  sarif: { format: sarif, stream: 'stdout', failures: true },
});

/** The names `--reporter` accepts, for commander's choices. */
export const REPORTER_NAMES: readonly string[] = Object.freeze(Object.keys(REPORTERS));
