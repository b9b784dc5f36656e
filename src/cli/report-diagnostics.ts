import type { Diagnostic } from '../diagnostics.js';
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

/** Writes the diagnostics with the chosen reporter, to the stream that reporter writes to. */
export function report(diagnostics: readonly Diagnostic[], options: Pick<ReportingOptions, 'reporter' | 'quiet' | 'color'>, io: CliIo): void {
  const { format, stream } = pickReporter(options.reporter);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const text = format(shown, { color: useColor(io, stream, options.color) });
  if (text) io[stream].write(text);
}

/** The run's exit code, saying why on stderr when warnings alone made it 1. */
export function finish(outcome: Outcome, io: CliIo): number {
  const { code, reason } = exitCode(outcome);
  if (reason) io.stderr.write(`charter: ${reason}\n`);
  return code;
}
