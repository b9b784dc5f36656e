import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { countBySeverity, hasErrors, printable } from '../../diagnostics.js';
import { ToolError } from '../../errors.js';
import { LazyPrinter } from '../../pdf/lazy-printer.js';
import { loadTemplate, templateFolder } from '../../render/template.js';
import { configForRun } from '../config.js';
import { onInterrupt } from '../interrupt.js';
import type { CliIo } from '../io.js';
import { parsePositive, resolveAsOf } from '../options.js';
import { report } from '../report-diagnostics.js';
import { resolveCharters } from '../resolve-charters.js';
import { startServer, type RunningServer } from '../serve/http-server.js';
import { LiveCharter, type LiveState } from '../serve/live-charter.js';
import { liveSite } from '../serve/routes.js';
import { watchFolders } from '../watch-folders.js';

export interface ServeCommandOptions {
  port: string;
  host: string;
  open?: boolean;
  handbook?: boolean;
  asOf?: string;
  template: string;
  browser?: string;
  timeout: string;
}

/**
 * `charter serve`: the charter in the browser while it is written. Checked and rendered in memory
 * on every save, never written to disk; the open pages update in place over Server-Sent Events;
 * problems are laid over the last good version and printed in the terminal once per change. Ends
 * with Ctrl-C (exit 130), the browser closed.
 */
export async function serveCommand(charter: string | undefined, options: ServeCommandOptions, io: CliIo): Promise<number> {
  const port = parsePort(options.port);
  const host = parseHost(options.host);
  // Node's timers stop at 2^31 ms (about 24 days); a day is more than any print needs.
  const timeoutMs = Math.min(parsePositive(options.timeout, '--timeout'), 86_400) * 1000;
  const [location] = await resolveCharters(charter ? [charter] : [], io.cwd);
  const config = await configForRun([location!], io.cwd);
  const asOfGiven = options.asOf ?? config.run?.asOf;
  // A bad --as-of is a usage error now, not a problem on every save.
  resolveAsOf(asOfGiven, io.env, io.now);
  // A template that cannot be read at the start is exit 2, as for build; later, while it is being
  // edited, its problems are shown on the page.
  await loadTemplate(options.template, io.cwd);
  const template = await templateFolder(options.template, io.cwd);
  const display = printable(location!.displayFolder || '.');

  const printer = new LazyPrinter({ flag: options.browser, env: io.env }, timeoutMs, { keepPageReady: true });
  // The server and the watch close with the interrupt's signal.
  const interrupt = onInterrupt(printer, (text) => io.stderr.write(text), { message: 'stopped' });
  const instance = randomBytes(8).toString('hex');
  let server: RunningServer | undefined;
  const live = new LiveCharter({
    location: location!,
    asOf: () => resolveAsOf(asOfGiven, io.env, io.now),
    rules: config.rulesFor(location!),
    template: options.template,
    cwd: io.cwd,
    handbook: options.handbook ?? false,
    printer,
    onRefreshed: (state, trigger) => {
      if (trigger) io.stderr.write(`\n[${clock(io)}] ${printable(relative(io.cwd, trigger.path) || trigger.path)} changed\n`);
      tell(state, io);
      server?.announce();
    },
    onPdfWarnings: (diagnostics) => report(diagnostics, { reporter: 'stylish' }, io),
  });

  const work = async (): Promise<never> => {
    // Listening comes first, so a port in use is the one line said; pages wait for the first check.
    server = await startServer(liveSite(live, { instance, handbook: options.handbook ?? false, onPdfFailure: (message) => io.stderr.write(`charter: could not print charter.pdf: ${message}\n`) }), {
      host,
      port,
      onError: (message) => io.stderr.write(`charter: ${message}\n`),
    });
    io.stderr.write(`charter serve: ${display} at ${server.url}\n`);
    io.stderr.write(`  the website summary at ${server.url}summary, the PDF at ${server.url}charter.pdf${options.handbook ? `, the staff handbook at ${server.url}handbook` : ''}\n`);
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
      io.stderr.write(`  --host ${printable(host)}: other computers that can reach this address can read these pages${options.handbook ? ', the staff handbook included' : ''}\n`);
    }
    await watchFolders([location!.folder, template], {
      onChange: (path) => {
        live.refresh({ path, quietIfUnchanged: !existsSync(path) }).catch((error: unknown) => io.stderr.write(`charter: internal error: ${error instanceof Error ? error.message : String(error)}\n`));
      },
      onError: (message) => io.stderr.write(`charter: ${message}\n`),
      signal: interrupt.signal,
    });
    // Watching before the first check: a save made while it runs is not lost.
    await live.refresh();
    io.stderr.write('watching the charter and the template: save a file and the page updates; press Ctrl-C to stop\n');
    if (options.open) await openInBrowser(server.url);
    // Runs until Ctrl-C; the interrupt gives the exit code.
    return new Promise<never>(() => {});
  };

  try {
    return await Promise.race([work(), interrupt.interrupted]);
  } finally {
    // However it ended (Ctrl-C, or a port in use after the watch began), the watchers close too.
    interrupt.dispose();
    await server?.close();
    await printer.close();
  }
}

/** What the terminal says after each check: the problems as `charter check` prints them, then where the page stands. */
function tell(state: LiveState, io: CliIo): void {
  for (const failure of state.failures) io.stderr.write(`charter: ${failure}\n`);
  report(state.diagnostics, { reporter: 'stylish' }, io);
  const { warnings } = countBySeverity(state.diagnostics);
  const failed = state.failures.length > 0 || hasErrors(state.diagnostics);
  const status = !failed
    ? `the page is up to date${warnings > 0 ? '' : ', no problems'}`
    : state.good
      ? 'the page shows the last version without errors, with the problems over it'
      : 'there is no page to show until the errors are fixed';
  io.stderr.write(`[${clock(io)}] ${status}\n`);
}

function clock(io: CliIo): string {
  return io.now().toISOString().slice(11, 19);
}

/** --open: the default browser, where there is one; where there is none, nothing happens and nothing is said. */
async function openInBrowser(url: string): Promise<void> {
  try {
    const { default: open } = await import('open');
    const child = await open(url);
    child.on('error', () => undefined);
  } catch {
    // No opener or no browser (a server, a container): the address above is there to open by hand.
  }
}

function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new ToolError(`--port "${printable(value)}" is not a port; give a whole number from 1 to 65535, such as 4321`);
  return Number(value);
}

function parseHost(value: string): string {
  const host = value.trim();
  if (host === '' || /[\s/]/.test(host)) throw new ToolError(`--host "${printable(value)}" is not an address; give one such as 127.0.0.1`);
  // [::1] as written in a URL is ::1 to listen on.
  return host.replace(/^\[(.*)\]$/, '$1');
}
