import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import type { ToolError } from '../errors.js';

/** The exit codes, each with one meaning; the README's table lists the same. */
export const EXIT = Object.freeze({
  /** No errors (warnings allowed, up to --max-warnings). */
  ok: 0,
  /** A charter has errors, or more warnings than --max-warnings; or --fail-on-loosened found a weaker promise. */
  charterErrors: 1,
  /** The tool could not do its job: bad usage, an unreadable file, an unwritable folder, no browser. */
  toolFailure: 2,
  /** Interrupted with Ctrl-C: 128 + SIGINT, as shells report it. */
  interrupted: 130,
});

/** The exit code for a stop by a signal, as shells report it: 128 + its number (SIGHUP 129, SIGINT 130, SIGTERM 143). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGHUP' ? 129 : signal === 'SIGTERM' ? 143 : EXIT.interrupted;
}

export interface Outcome {
  diagnostics: readonly Diagnostic[];
  failures: readonly ToolError[];
  maxWarnings?: number | undefined;
}

/**
 * The one decision of how a check or build ended. `reason` is the line to print when the code
 * would otherwise surprise: exit 1 with no error, because of --max-warnings.
 */
export function exitCode(outcome: Outcome): { code: number; reason?: string } {
  if (outcome.failures.length > 0) return { code: EXIT.toolFailure };
  const { errors, warnings } = countBySeverity(outcome.diagnostics);
  if (errors > 0) return { code: EXIT.charterErrors };
  if (outcome.maxWarnings !== undefined && warnings > outcome.maxWarnings) {
    return { code: EXIT.charterErrors, reason: `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${outcome.maxWarnings} allows` };
  }
  return { code: EXIT.ok };
}
