import { checkCharter } from '../../check/check-charter.js';
import { hasErrors } from '../../diagnostics.js';
import { publicView } from '../../model/audience.js';
import { buildSummary } from '../../summary/summary.js';
import { summaryHtml } from '../../summary/summary-html.js';
import { EXIT } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { resolveAsOf } from '../options.js';
import { finish, report } from '../report-diagnostics.js';
import { resolveCharters } from '../resolve-charters.js';

/** Prints the website summary; a charter with errors prints its problems instead (exit 1). */
export async function summaryCommand(charter: string | undefined, options: { asOf?: string; html?: boolean }, io: CliIo): Promise<number> {
  const [location] = await resolveCharters(charter ? [charter] : [], io.cwd);
  const checked = await checkCharter(location!, { asOf: resolveAsOf(options.asOf, io.env, io.now) });
  if (!checked.charter || hasErrors(checked.diagnostics)) {
    report(checked.diagnostics, { reporter: 'stylish' }, io);
    return finish({ diagnostics: checked.diagnostics, failures: checked.unreadable ? [checked.unreadable] : [] }, io);
  }
  const view = publicView(checked.charter);
  const summary = buildSummary(view, checked.results ? { results: checked.results.results } : {});
  io.stdout.write(options.html ? summaryHtml(view, summary) : `${summary.text}\n`);
  return EXIT.ok;
}
