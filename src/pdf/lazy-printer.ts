import { PACKAGE_INFO } from '../util/package-info.js';
import type { BrowserProcess } from './browser-process.js';
import { findBrowser, type FindBrowserOptions } from './find-browser.js';
import { Printer } from './printer.js';
import type { PrintJob, PrintResult, PrintService } from './print-service.js';

/**
 * Finds and launches the browser only when the first PDF is printed, so a build with --only html
 * (and every `check`) never loads puppeteer. One browser serves the whole run.
 *
 * Every PDF it returns for writing has been through the PDF/UA-1 pass (pdf-ua.ts): charter.pdf,
 * handbook.pdf and the one `charter serve` sends all come through here. The pass also fills in the
 * numbers a job printed as placeholders (the handbook's page numbers). It is loaded while the first
 * document prints. A Printer on its own returns Chromium's PDF as it is: the tests use one to show
 * what the pass changes.
 */
export class LazyPrinter implements PrintService {
  private printer: Promise<Printer> | undefined;
  private opened: Printer | undefined;
  private passModule: Promise<typeof import('./pdf-ua.js')> | undefined;

  constructor(
    private readonly find: FindBrowserOptions,
    private readonly timeoutMs: number,
    private readonly options: {
      /** For a printer that lives long (charter serve, build --watch): a page kept ready for the next document. */
      keepPageReady?: boolean;
      /** A browser already started for this run (early-browser.ts): the printer connects to it rather than launching one. */
      early?: Promise<BrowserProcess | undefined> | undefined;
    } = {},
  ) {}

  async print(job: PrintJob): Promise<PrintResult> {
    const printer = await this.printerOnce();
    // The pass loads while Chromium prints, when this thread has nothing else to do (loaded earlier,
    // beside the checking, it would only slow the checking down).
    const pass = this.pass();
    pass.catch(() => undefined); // a print that fails first leaves nobody to hear it
    const printed = await printer.print(job);
    try {
      const { toPdfUa, sourceDate } = await pass;
      const fill = job.fillIn ? { placeholder: job.fillIn.placeholder, values: job.fillIn.valuesFor(printed.pdf) } : undefined;
      const { pdf, changes } = await toPdfUa(printed.pdf, { producer: `charter ${PACKAGE_INFO.version}`, date: sourceDate(this.find.env.SOURCE_DATE_EPOCH), fill });
      return { ...printed, pdf, ...(fill ? { filledIn: changes.filled === true } : {}) };
    } finally {
      printer.keepPagesReady();
    }
  }

  /** The PDF/UA pass, loaded once (pdf-lib is a megabyte of JavaScript: about 60 ms to load). */
  private pass(): Promise<typeof import('./pdf-ua.js')> {
    this.passModule ??= import('./pdf-ua.js');
    return this.passModule;
  }

  /**
   * Starts finding and launching the browser now (or connecting to the one started at process
   * start), without waiting, so Chromium's start-up (about half a second) overlaps the checking and
   * rendering of a build that will print, and pages are open for the first `documents`. A failure
   * here is reported by the first print.
   */
  warmUp(documents = 1): void {
    this.printerOnce()
      .then((printer) => printer.warmUp(documents))
      .catch(() => undefined);
  }

  finishedPrinting(): void {
    this.opened?.finishedPrinting();
  }

  private printerOnce(): Promise<Printer> {
    this.printer ??= findBrowser(this.find).then(async (found) => {
      const early = await this.options.early;
      return (this.opened = new Printer(found, this.timeoutMs, { keepPageReady: this.options.keepPageReady ?? false, early }));
    });
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
    // A browser started for this run that no printer took (nothing was printed): end it.
    if (!printer) (await this.options.early)?.kill();
  }

  killNow(): void {
    this.opened?.killNow();
  }
}
