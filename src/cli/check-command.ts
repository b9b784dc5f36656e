import { checkCharter, duplicateCharterIds, type CheckedCharter } from '../compile.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { REPORTERS } from '../report/reporter.js';
import { resolveAsOf } from './as-of.js';
import { EXIT, ToolError, useColor, type CliIo } from './io.js';
import { resolveCharters } from './resolve-charters.js';

export interface ReportingOptions {
  reporter: string;
  maxWarnings?: string;
  asOf?: string;
  quiet?: boolean;
  shard?: string;
}

export async function checkCommand(charters: string[], options: ReportingOptions, io: CliIo): Promise<number> {
  const reporter = pickReporter(options.reporter);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const asOf = resolveAsOf(options.asOf, io.env, io.now);
  const locations = await resolveCharters(charters, io.cwd, options.shard);
  const results: CheckedCharter[] = [];
  for (const location of locations) results.push(await checkCharter(location, { asOf }));
  const duplicates = duplicateCharterIds(results);
  const diagnostics = results.flatMap((r) => [...r.diagnostics, ...(duplicates.get(r) ?? [])]);
  report(diagnostics, options, io);
  return exitCodeFor(results, diagnostics, maxWarnings);
}

export function report(diagnostics: readonly Diagnostic[], options: ReportingOptions, io: CliIo): void {
  const { format, stream } = pickReporter(options.reporter);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const text = format(shown, { color: useColor(io, stream) });
  if (text) io[stream].write(text);
}

export function exitCodeFor(results: readonly CheckedCharter[], diagnostics: readonly Diagnostic[], maxWarnings: number | undefined): number {
  if (results.some((r) => r.unreadable)) return EXIT.toolFailure;
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return EXIT.charterErrors;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.charterErrors;
  return EXIT.ok;
}

export function pickReporter(name: string) {
  const reporter = REPORTERS[name];
  if (!reporter) throw new ToolError(`unknown reporter "${name}"; choose one of ${Object.keys(REPORTERS).join(', ')}`);
  return reporter;
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ToolError(`--max-warnings "${value}" is not a whole number`);
  return Number(value);
}
