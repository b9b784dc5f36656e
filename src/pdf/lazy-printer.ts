import { PACKAGE_INFO } from '../util/package-info.js';
import { findBrowser, type FindBrowserOptions } from './find-browser.js';
import { Printer } from './printer.js';
import type { PrintJob, PrintResult, PrintService } from './print-service.js';

/**
 * Finds and launches the browser only when the first PDF is printed, so a build with --only html
 * (and every `check`) never loads puppeteer. One browser serves the whole run.
 *
 * Every PDF it returns has been through the PDF/UA-1 pass (pdf-ua.ts): charter.pdf, handbook.pdf
 * and the one `charter serve` sends all come through here, the handbook's page-number prints
 * included (their bookmarks are read from the finished PDF, as a reader's viewer would). The pass
 * is loaded while the browser starts (warmUp) or with the first print, like puppeteer. A Printer
 * on its own returns Chromium's PDF as it is: the tests use one to show what the pass changes.
 */
export class LazyPrinter implements PrintService {
  private printer: Promise<Printer> | undefined;
  private opened: Printer | undefined;
  private passModule: Promise<typeof import('./pdf-ua.js')> | undefined;

  constructor(
    private readonly find: FindBrowserOptions,
    private readonly timeoutMs: number,
    /** For a printer that lives long (charter serve, build --watch): a page kept ready for the next document. */
    private readonly options: { keepPageReady?: boolean } = {},
  ) {}

  async print(job: PrintJob): Promise<PrintResult> {
    const printed = await (await this.printerOnce()).print(job);
    const { toPdfUa, sourceDate } = await this.pass();
    const { pdf } = await toPdfUa(printed.pdf, { producer: `charter ${PACKAGE_INFO.version}`, date: sourceDate(this.find.env.SOURCE_DATE_EPOCH) });
    return { ...printed, pdf };
  }

  /** The PDF/UA pass, loaded once (pdf-lib is a megabyte of JavaScript: about 60 ms to load). */
  private pass(): Promise<typeof import('./pdf-ua.js')> {
    this.passModule ??= import('./pdf-ua.js');
    return this.passModule;
  }

  /**
   * Starts finding and launching the browser now, without waiting, so Chromium's start-up (about
   * half a second) overlaps the checking and rendering of a build that will print. A failure here
   * is reported by the first print.
   */
  warmUp(): void {
    // The pass loads while the browser starts, rather than after the first print.
    this.pass().catch(() => undefined);
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
