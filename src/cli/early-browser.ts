import type { BrowserProcess } from '../pdf/browser-process.js';

/**
 * The browser of a `charter build` that will print, started before anything else is loaded
 * (bin/charter.js calls this first): Chromium takes half a second to start, and it starts beside
 * the loading, checking and rendering of the charters instead of after them. The printer connects
 * to it at the first print (browser-process.ts).
 *
 * Only the command line is read here, and only what decides whether a PDF will be printed: the
 * command is `build`, not `--help`, and `--only` (if given) names pdf. `--browser` is honoured. A
 * build that then prints nothing (its charter has errors; its configuration says otherwise) ends
 * the browser unused: `kill()`, which bin/charter.js calls on exit, whatever the exit.
 */
export class EarlyBrowser {
  private started: BrowserProcess | undefined;
  private ended = false;
  /** The browser, once found and started; undefined when this run will not print or no browser was found. */
  readonly browser: Promise<BrowserProcess | undefined>;

  constructor(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, write: (text: string) => void) {
    const wanted = printingBuild(argv.slice(2));
    if (!wanted) {
      this.browser = Promise.resolve(undefined);
      return;
    }
    this.listenForSignals(write);
    // What finds and starts the browser (child_process, zlib and the rest) loads only for a build
    // that prints: every other command is spared loading it.
    this.browser = Promise.all([import('../pdf/find-browser.js'), import('../pdf/browser-process.js')])
      .then(async ([{ findBrowser }, { BrowserProcess }]) => {
        const found = await findBrowser({ flag: wanted.browser, env });
        if (this.ended) return undefined;
        this.started = BrowserProcess.start(found);
        // The part of puppeteer that drives it (cdp-connection.ts) loads now, beside the rest of
        // charter, so that the printer can connect and open its page while the charters are still being checked.
        import('../pdf/cdp-connection.js').catch(() => undefined);
        return this.started;
      })
      .catch(() => undefined); // no browser: the build says so at its first print, in its own words
  }

  /**
   * Until the command has its own Ctrl-C handling (interrupt.ts), a signal ends the browser and the
   * process here: the browser runs in a process group of its own, which a terminal's Ctrl-C does
   * not reach, and a process ended by a signal runs no exit handler. Once the command listens too,
   * this listener leaves the signal to it (and the exit handler ends the browser).
   */
  private listenForSignals(write: (text: string) => void): void {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
      process.on(signal, () => {
        if (process.listenerCount(signal) > 1) return;
        this.kill();
        write('\ncharter: interrupted; no partial output was left behind\n');
        process.exit(code);
      });
    }
  }

  /** Synchronous, for the process's exit: ends the browser if it is still running (a browser the printer closed is already gone). */
  kill(): void {
    this.ended = true;
    this.started?.kill();
  }
}

/** Whether these arguments are a `charter build` that prints a PDF, and with which --browser. */
export function printingBuild(args: readonly string[]): { browser?: string } | undefined {
  let command: string | undefined;
  let browser: string | undefined;
  let only: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '-h' || arg === '--help' || arg === '-v' || arg === '--version') return undefined;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--browser' || name === '--only') {
      const value = inline ?? args[++i];
      if (name === '--browser') browser = value;
      else only = value;
    } else if (command === undefined && !arg.startsWith('-')) command = arg;
  }
  if (command !== 'build') return undefined;
  if (only !== undefined && !only.split(',').some((kind) => kind.trim() === 'pdf')) return undefined;
  return browser === undefined ? {} : { browser };
}
