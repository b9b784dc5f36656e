import { checkCharters } from '../../check/check-charters.js';
import { configForRun } from '../config.js';
import type { CliIo } from '../io.js';
import { parseMaxWarnings, pickReporter, resolveAsOf } from '../options.js';
import { finish, report, type ReportingOptions } from '../report-diagnostics.js';
import { resolveCharters } from '../resolve-charters.js';

export async function checkCommand(charters: string[], options: ReportingOptions, io: CliIo): Promise<number> {
  pickReporter(options.reporter);
  // Flags are read first (a bad one is the first thing said), then the configuration file fills
  // in what they leave out: flags over the file, the file over the defaults.
  const flaggedMaxWarnings = parseMaxWarnings(options.maxWarnings);
  const flaggedAsOf = options.asOf === undefined ? undefined : resolveAsOf(options.asOf, io.env, io.now);
  const locations = await resolveCharters(charters, io.cwd, options.shard);
  const config = await configForRun(locations, io.cwd);
  const maxWarnings = flaggedMaxWarnings ?? config.run?.maxWarnings;
  const asOf = flaggedAsOf ?? resolveAsOf(config.run?.asOf, io.env, io.now);
  const results = await checkCharters(locations, { asOf, rulesFor: config.rulesFor });
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const failures = results.flatMap((r) => (r.unreadable ? [r.unreadable] : []));
  report(diagnostics, options, io, failures);
  // On a terminal, silence could be mistaken for a hang: say the check is done (json, github and sarif stay machine-only).
  if (options.reporter === 'stylish' && diagnostics.length === 0 && io.stderr.isTTY) {
    io.stderr.write(`✔ ${results.length} ${results.length === 1 ? 'charter' : 'charters'} checked: no problems\n`);
  }
  return finish({ diagnostics, failures, maxWarnings }, io);
}
