import { appendFileSync } from 'node:fs';
import { printable, type Diagnostic } from '../diagnostics.js';
import { errnoWords } from '../errors.js';
import { exitCode, type Outcome } from './exit-code.js';
import { useColor, type CliIo } from './io.js';
import { pickReporter } from './options.js';

export interface ReportingOptions {
  reporter: string;
  maxWarnings?: string;
  asOf?: string;
  quiet?: boolean;
  shard?: string;
  /** --color / --no-color; undefined when neither was given. */
  color?: boolean;
}

/**
 * Writes the diagnostics with the chosen reporter, to the stream that reporter writes to, and the
 * tool failures of the run (exit 2) for the reporters that carry them (github, sarif). With the
 * github reporter and $GITHUB_STEP_SUMMARY set, the job summary is appended to that file too.
 */
export function report(
  diagnostics: readonly Diagnostic[],
  options: Pick<ReportingOptions, 'reporter' | 'quiet' | 'color'>,
  io: CliIo,
  failures: ReadonlyArray<{ message: string }> = [],
): void {
  const reporter = pickReporter(options.reporter);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const reportOptions = {
    color: useColor(io, reporter.stream, options.color),
    cwd: io.cwd,
    // One line each, inert like every diagnostic: a failure may quote a path the user typed.
    failures: failures.flatMap((f) => f.message.split('\n')).map(printable),
  };
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  const summary = reporter.summary && summaryFile ? appendSummary(summaryFile, reporter.summary(shown, reportOptions), io) : false;
  const text = reporter.format(shown, { ...reportOptions, summary });
  if (text) io[reporter.stream].write(text);
}

/**
 * For a run that ends before any report (bad usage, no charter found, an internal error): the
 * failure in the chosen reporter's form, when that reporter carries failures. A SARIF upload then
 * gets a log that says the tool failed, rather than an empty file.
 */
export function reportRunFailure(message: string, reporterName: string | undefined, io: CliIo): void {
  if (reporterName === undefined) return;
  let reporter;
  try {
    reporter = pickReporter(reporterName);
  } catch {
    return;
  }
  if (reporter.failures) report([], { reporter: reporterName }, io, [{ message }]);
}

/** Appends to the job summary file; a file that cannot be written is said on stderr and costs nothing else. */
function appendSummary(file: string, text: string, io: CliIo): boolean {
  if (!text) return false;
  try {
    appendFileSync(file, text);
    return true;
  } catch (error) {
    io.stderr.write(`charter: cannot write the job summary to ${printable(file)}: ${errnoWords(error)}\n`);
    return false;
  }
}

/** The run's exit code, saying why on stderr when warnings alone made it 1. */
export function finish(outcome: Outcome, io: CliIo): number {
  const { code, reason } = exitCode(outcome);
  if (reason) io.stderr.write(`charter: ${reason}\n`);
  return code;
}
