import { findBrowser, type FindBrowserOptions } from './find-browser.js';
import { Printer } from './printer.js';
import type { PrintJob, PrintResult, PrintService } from './print-service.js';

/**
 * Finds and launches the browser only when the first PDF is printed, so a build with --only html
 * (and every `check`) never loads puppeteer. One browser serves the whole run.
 */
export class LazyPrinter implements PrintService {
  private printer: Promise<Printer> | undefined;
  private opened: Printer | undefined;

  constructor(
    private readonly find: FindBrowserOptions,
    private readonly timeoutMs: number,
    /** For a printer that lives long (charter serve, build --watch): a page kept ready for the next document. */
    private readonly options: { keepPageReady?: boolean } = {},
  ) {}

  async print(job: PrintJob): Promise<PrintResult> {
    return (await this.printerOnce()).print(job);
  }

  /**
   * Starts finding and launching the browser now, without waiting, so Chromium's start-up (about
   * half a second) overlaps the checking and rendering of a build that will print. A failure here
   * is reported by the first print.
   */
  warmUp(): void {
    this.printerOnce()
      .then((printer) => printer.warmUp())
      .catch(() => undefined);
  }

  private printerOnce(): Promise<Printer> {
    this.printer ??= findBrowser(this.find).then((found) => (this.opened = new Printer(found, this.timeoutMs, this.options)));
    return this.printer;
  }

  get launches(): number {
    return this.opened?.launches ?? 0;
  }

  get browserProcessId(): number | undefined {
    return this.opened?.browserProcessId;
  }

  /** Closes the browser, also one still being found or launched by warmUp(). */
  async close(): Promise<void> {
    const printer = await this.printer?.catch(() => undefined);
    await printer?.close();
  }

  killNow(): void {
    this.opened?.killNow();
  }
}
