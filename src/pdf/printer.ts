import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import type { BrowserProcess } from './browser-process.js';
import type { FoundBrowser } from './find-browser.js';
import { launchArguments } from './launch-arguments.js';
import type { PrintJob, PrintResult } from './print-service.js';

export class PrintError extends Error {
  override readonly name = 'PrintError';
}

/** A fresh page that runs no script and whose every request is intercepted (the handler is the print's). */
async function openInertPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // Both asked at once: one round trip to the browser instead of two, on a thread that is often busy checking.
  await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true)]);
  return page;
}

/** Rejects once the browser is no longer connected (at once if it already is not); never resolves. */
function whenDisconnected(browser: Browser): Promise<never> {
  const stopped = new Promise<never>((_, reject) => {
    const fail = () => reject(new PrintError('the browser stopped while printing (it disconnected)'));
    if (!browser.connected) fail();
    else browser.once('disconnected', fail);
  });
  stopped.catch(() => undefined); // a print that finished first leaves nobody to hear it
  return stopped;
}

/**
 * The only module that drives the browser. One browser per run, launched on the first print and
 * reused for every document; a fresh page per document, JavaScript off, every request refused but
 * data: URLs, closed in `finally`. `close()` is safe to call more than once and on any exit path.
 */
export class Printer {
  private browser: Browser | undefined;
  private launching: Promise<Browser> | undefined;
  private closed = false;
  private closing: Promise<void> | undefined;
  /** Ends a launch under way: puppeteer kills a browser whose launch is aborted. */
  private readonly abort = new AbortController();
  /** How many browsers this printer launched (tests assert one per run). */
  launches = 0;
  /** How many pages it opened (tests assert that prints use the pages warmUp opened). */
  pagesOpened = 0;

  /**
   * Pages opened, with JavaScript off and requests intercepted, before they are needed: by warmUp
   * for the first documents of a run, and, for a printer that lives long (charter serve, build
   * --watch), after each document for the next one, which then skips opening one (about 36 answers
   * from the browser: 19 ms on an idle thread, far more on one that is checking).
   */
  private spares: Array<Promise<Page | undefined>> = [];

  /** The browser started at process start (browser-process.ts), until this printer connects to it or gives it up. */
  private early: BrowserProcess | undefined;
  /** The browser process this printer connected to, which it must end itself (puppeteer ends only those it launched). */
  private adopted: BrowserProcess | undefined;
  /** A browser charter started did not answer: from then on, puppeteer launches them. */
  private pipeFailed = false;
  /**
   * The temporary folder of the browsers puppeteer launches (their TMPDIR), removed with them: as
   * for the ones charter starts (browser-process.ts), a browser ended straight after its last
   * print leaves its temporary files there, not in the user's temporary folder.
   */
  private launchedTemporary: string | undefined;

  constructor(
    private readonly found: FoundBrowser,
    private readonly timeoutMs: number,
    private readonly options: { keepPageReady?: boolean; early?: BrowserProcess | undefined } = {},
  ) {
    this.early = options.early;
  }

  async print(job: PrintJob): Promise<PrintResult> {
    const browser = await this.open();
    let printed: PrintResult;
    try {
      printed = await this.printOn(browser, job);
    } catch (error) {
      // Whatever puppeteer's words for it ("Target closed", "detached Frame", ...), a browser that is
      // no longer connected stopped: say so, the same way every time.
      if (error instanceof PrintError && /^the browser stopped|^timed out/.test(error.message)) throw error;
      // The page can fail a moment before the browser's disconnection is seen: give it that moment.
      if (await disconnectedWithin(browser, 500)) {
        throw new PrintError(`the browser stopped while printing (${firstLine(error)})`);
      }
      throw error;
    }
    // The browser's part is done, its page closed: the build may end the browser now (finishedPrinting).
    job.onPrinted?.();
    return printed;
  }

  private async printOn(browser: Browser, job: PrintJob): Promise<PrintResult> {
    // One deadline for the whole document: each step gets only the time that is left.
    const deadline = Date.now() + this.timeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    // A browser killed during a step may leave that step's promise pending until the deadline
    // (seen for newPage under load): every step also ends when the browser disconnects.
    const stopped = whenDisconnected(browser);
    const step = <T>(work: Promise<T>): Promise<T> => Promise.race([work, stopped]);
    const ready = await this.takeSpare();
    const page = ready ?? (await step(withTimeout(this.openPage(browser), left(), 'opening a page')));
    const blocked: string[] = [];
    try {
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (url.startsWith('data:') || url === 'about:blank') void request.continue();
        else {
          blocked.push(url);
          void request.abort('blockedbyclient');
        }
      });
      await step(withTimeout(page.setContent(job.html, { waitUntil: 'load', timeout: left() }), left(), 'loading the page', this.timeoutMs));
      const options: PDFOptions = {
        format: job.paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true,
        timeout: left(),
      };
      const pdf = await step(withTimeout(page.pdf(options), left(), 'printing the PDF', this.timeoutMs));
      return { pdf, pages: countPages(pdf), blocked };
    } finally {
      // A page stuck on a huge document may not close quickly; never wait long for it.
      await withTimeout(page.close(), 1000, 'closing the page').catch(() => undefined);
    }
  }

  /**
   * For a printer that lives long (charter serve, build --watch): opens a page for the next
   * document if none is ready, so the next rebuild finds it open rather than opening it while it
   * checks. Called once a document is done (printed and through the PDF/UA pass): opened during
   * the pass, a page would take turns from it. Each document still gets a page of its own: a spare
   * has never held another one.
   */
  keepPagesReady(): void {
    const browser = this.browser;
    if (!this.options.keepPageReady || this.closed || !browser?.connected || this.spares.length > 0) return;
    this.spares.push(this.openPage(browser).catch(() => undefined));
  }

  private openPage(browser: Browser): Promise<Page> {
    this.pagesOpened++;
    return openInertPage(browser);
  }

  /** The next page opened ahead (by warmUp, or after the last print), if there is one and it is still open. */
  private async takeSpare(): Promise<Page | undefined> {
    const page = await this.spares.shift();
    return page && !page.isClosed() && page.browser().connected ? page : undefined;
  }

  /**
   * Launches the browser ahead of the first print, and opens the pages the first `documents` will
   * print on, all at once (opening one takes dozens of answers from the browser, each read in a
   * turn of this thread's event loop: pages opened together share the turns). Errors surface on
   * the prints.
   */
  async warmUp(documents = 1): Promise<void> {
    const browser = await this.open().catch(() => undefined);
    if (!browser || this.closed) return;
    // A long-lived printer keeps one page ready (keepPagesReady): with a second, the handbook's
    // page would load in the one browser thread while the charter's PDF prints, and in --watch the
    // charter's PDF is the one someone is waiting for (measured: 0.4-0.6 s instead of 0.35-0.45 s).
    const wanted = this.options.keepPageReady ? 1 : documents;
    while (this.spares.length < wanted) this.spares.push(this.openPage(browser).catch(() => undefined));
  }

  private async open(): Promise<Browser> {
    if (this.closed) throw new PrintError('the browser was already closed');
    if (this.browser) return this.browser;
    this.launching ??= this.launch();
    this.browser = await this.launching;
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    this.launches++;
    // Chromium is started by charter and driven over its pipe (browser-process.ts,
    // cdp-connection.ts): the one started with the command (early-browser.ts), or, for a printer
    // without one (charter serve, a relaunch after a crash), one started now. A browser that does
    // not start that way is launched by puppeteer, which says why.
    let started = this.takeEarly();
    if (!started && !this.pipeFailed) started = (await import('./browser-process.js')).BrowserProcess.start(this.found);
    if (started) {
      const browser = await this.connectTo(started);
      if (browser) return browser;
      this.pipeFailed = true;
    }
    const puppeteer = (await import('puppeteer-core')).default;
    this.launchedTemporary ??= mkdtempSync(join(tmpdir(), 'charter-chromium-tmp-'));
    try {
      const browser = await puppeteer.launch({
        executablePath: this.found.executablePath,
        headless: this.found.shell ? 'shell' : true,
        // Every argument is ours (launch-arguments.ts), the same whether puppeteer or charter starts it.
        ignoreDefaultArgs: true,
        args: launchArguments(this.found),
        env: { ...process.env, ...this.found.env, TMPDIR: this.launchedTemporary },
        timeout: this.timeoutMs,
        protocolTimeout: Math.max(this.timeoutMs * 2, 30_000),
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        signal: this.abort.signal,
      });
      this.relaunchAfterDisconnect(browser);
      return browser;
    } catch (error) {
      // A launch that failed or timed out may have left a Chromium starting up: end it now.
      this.abort.abort();
      const reason = firstLine(error);
      throw new PrintError(/timed out/i.test(reason) ? `Chromium at ${this.found.executablePath} timed out after ${formatMs(this.timeoutMs)} while starting` : `Chromium at ${this.found.executablePath} did not start: ${reason}`);
    }
  }

  /** The browser started at process start, if it is the one this printer is to use; another one is ended. */
  private takeEarly(): BrowserProcess | undefined {
    const early = this.early;
    this.early = undefined;
    if (early && early.found.executablePath !== this.found.executablePath) {
      early.kill();
      return undefined;
    }
    return early;
  }

  /** Connects to a browser charter started; one that has ended or does not answer is ended, and undefined returned. */
  private async connectTo(started: BrowserProcess): Promise<Browser | undefined> {
    if (started.pid === undefined) {
      started.kill();
      return undefined;
    }
    // Adopted at once, so that close() and killNow() end it even while it is being connected to.
    this.adopted = started;
    try {
      const { connectOverPipe } = await import('./cdp-connection.js');
      // A browser that ends while being connected to may leave its helpers holding the pipe open:
      // its end ends the wait.
      const ended = started.exited.then(() => Promise.reject(new Error('the browser ended')));
      const browser = await withTimeout(
        Promise.race([connectOverPipe(started.pipes, { protocolTimeout: Math.max(this.timeoutMs * 2, 30_000) }), ended]),
        this.timeoutMs,
        'connecting to the browser',
      );
      this.relaunchAfterDisconnect(browser);
      // Its helpers can hold the pipe open after the browser itself has ended (killed, crashed), so
      // the end of the process ends the connection, as puppeteer's launcher does for its own.
      void started.exited.then(() => {
        if (browser.connected) void browser.disconnect();
      });
      return browser;
    } catch {
      started.kill();
      if (this.adopted === started) this.adopted = undefined;
      return undefined;
    }
  }

  private relaunchAfterDisconnect(browser: Browser): void {
    browser.on('disconnected', () => {
      // A crashed browser is relaunched by the next print (--watch keeps one printer for hours).
      if (this.browser === browser || this.browser === undefined) {
        this.browser = undefined;
        this.launching = undefined;
      }
      if (this.adopted && !this.closed) {
        this.adopted.kill();
        this.adopted = undefined;
      }
    });
  }

  /**
   * For a printer that serves one run (a build without --watch): the run has every PDF from the
   * browser, so the browser is ended now, while the last PDF/UA pass runs, and close() at the end
   * of the run finds it gone rather than waiting the 20-30 ms it takes to go. A printer that lives
   * long keeps its browser for the next rebuild.
   */
  finishedPrinting(): void {
    if (this.options.keepPageReady) return;
    void this.close();
  }

  /** Ends the browser: once, however many times it is called; every call waits for the same end. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    this.early?.kill();
    this.early = undefined;
    const browser = this.browser ?? (await this.launching?.catch(() => undefined));
    this.browser = undefined;
    const adopted = this.adopted;
    this.adopted = undefined;
    if (adopted) {
      // The browser charter started itself (browser-process.ts): every print is in hand, and its
      // profile goes with it, so a graceful close keeps nothing; ending its process group at once
      // saves the 60-90 ms Chromium takes to shut down, at the end of every build. Its pipe closes
      // with it, and puppeteer lets go. Its profile is removed once it has gone (ended()).
      adopted.stop();
      await adopted.ended();
    } else if (browser) {
      try {
        await withTimeout(browser.close(), 5000, 'closing the browser');
      } catch {
        // A browser that does not close in time is killed: never leave a Chromium behind.
        browser.process()?.kill('SIGKILL');
      }
    }
    this.removeLaunchedTemporary();
  }

  private removeLaunchedTemporary(): void {
    if (this.launchedTemporary) rmSync(this.launchedTemporary, { recursive: true, force: true, maxRetries: 2 });
    this.launchedTemporary = undefined;
  }

  /** For Ctrl-C: end the browser process at once, synchronously. */
  killNow(): void {
    this.closed = true;
    this.abort.abort();
    this.early?.kill();
    this.adopted?.kill();
    this.browser?.process()?.kill('SIGKILL');
    this.removeLaunchedTemporary();
  }

  /** The process id of the browser this printer prints with, once it is connected. */
  get browserProcessId(): number | undefined {
    if (!this.browser) return undefined;
    return this.adopted?.pid ?? this.browser.process()?.pid;
  }
}

/** Whether the browser is, or within `ms` becomes, disconnected. */
async function disconnectedWithin(browser: Browser, ms: number): Promise<boolean> {
  if (!browser.connected) return true;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    browser.once('disconnected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return !browser.connected;
}

/** Races a browser step against a time limit; `allowed` is the whole document's limit, for the message. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string, allowed = ms): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintError(`timed out after ${formatMs(allowed)} while ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } catch (error) {
    if (error instanceof PrintError) throw error;
    const message = firstLine(error);
    if (/timeout|timed out/i.test(message)) throw new PrintError(`timed out after ${formatMs(allowed)} while ${what}`);
    if (/Target closed|Session closed|Connection closed|disconnected|crash/i.test(message)) {
      throw new PrintError(`the browser stopped while ${what} (${message})`);
    }
    throw new PrintError(`${what} failed: ${message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Pages in a PDF, counted from its page objects (Chromium writes one /Type /Page per page). */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
