import { checkCharter } from '../compile.js';
import { hasErrors } from '../diagnostics.js';
import { publicView } from '../model/audience.js';
import { buildSummary } from '../render/summary.js';
import { summaryHtml } from '../render/summary-html.js';
import { resolveAsOf } from './as-of.js';
import { exitCodeFor, report } from './check-command.js';
import { EXIT, type CliIo } from './io.js';
import { resolveCharters } from './resolve-charters.js';

/** Prints the website summary; a charter with errors prints its problems instead (exit 1). */
export async function summaryCommand(charter: string | undefined, options: { asOf?: string; html?: boolean }, io: CliIo): Promise<number> {
  const [location] = await resolveCharters(charter ? [charter] : [], io.cwd);
  const checked = await checkCharter(location!, { asOf: resolveAsOf(options.asOf, io.env, io.now) });
  if (!checked.charter || hasErrors(checked.diagnostics)) {
    report(checked.diagnostics, { reporter: 'stylish' }, io);
    return exitCodeFor([checked], checked.diagnostics, undefined);
  }
  const view = publicView(checked.charter);
  const summary = buildSummary(view);
  io.stdout.write(options.html ? summaryHtml(view, summary) : `${summary.text}\n`);
  return EXIT.ok;
}
