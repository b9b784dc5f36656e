import { checkCharters } from '../../check/check-charters.js';
import { configForRun } from '../config.js';
import type { CliIo } from '../io.js';
import { parseMaxWarnings, pickReporter, resolveAsOf } from '../options.js';
import { finish, report, type ReportingOptions } from '../report-diagnostics.js';
import { resolveCharters } from '../resolve-charters.js';

export async function checkCommand(charters: string[], options: ReportingOptions, io: CliIo): Promise<number> {
  pickReporter(options.reporter);
  const locations = await resolveCharters(charters, io.cwd, options.shard);
  // Flags win over the configuration file, the file over the defaults.
  const config = await configForRun(locations, io.cwd);
  const maxWarnings = parseMaxWarnings(options.maxWarnings) ?? config.run?.maxWarnings;
  const asOf = resolveAsOf(options.asOf ?? config.run?.asOf, io.env, io.now);
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
