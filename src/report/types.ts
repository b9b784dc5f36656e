import type { Diagnostic } from '../diagnostics.js';

export interface ReportOptions {
  color: boolean;
  /** The working folder, which the diagnostics' file paths are relative to (sarif: %SRCROOT%). */
  cwd?: string;
  /**
   * What kept the tool from doing its job (exit 2), one message each: a charter that cannot be
   * found, an output folder that cannot be written, no browser. Reporters for CI (github, sarif)
   * carry them; the others leave them to the `charter: ...` lines on stderr.
   */
  failures?: readonly string[];
  /** github: the problems are also in the job summary ($GITHUB_STEP_SUMMARY). */
  summary?: boolean;
}

/** A reporter turns diagnostics into the text a person or a tool reads; it prints nothing itself. */
export type Reporter = (diagnostics: readonly Diagnostic[], options: ReportOptions) => string;
