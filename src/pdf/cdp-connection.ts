import type { Browser } from 'puppeteer-core';
import { _connectToCdpBrowser } from 'puppeteer-core/internal/cdp/BrowserConnector.js';
import { PipeTransport } from 'puppeteer-core/internal/node/PipeTransport.js';
import type { Readable, Writable } from 'node:stream';

/**
 * The part of puppeteer that drives a Chromium already running: the DevTools protocol over the
 * browser's pipe, the same code `puppeteer.connect({ transport })` runs. Only this part is bundled
 * into lib/ (scripts/bundle.mjs). The package's main entry also loads its launcher, its browser
 * downloader with a proxy agent, and a command-line parser: about 250 ms to load (400 ms of CPU,
 * on two cores beside Chromium's start-up), against about 40 ms for this. puppeteer-core is pinned to one
 * version (package.json) because these are its internal modules (its "./internal/*" exports); the
 * printing tests go through them. A browser charter must launch the usual way (browser-process.ts
 * could not start one) still loads the whole package (printer.ts).
 */
export function connectOverPipe(pipes: { write: Writable; read: Readable }, options: { protocolTimeout: number }): Promise<Browser> {
  return _connectToCdpBrowser(new PipeTransport(pipes.write, pipes.read), '', { defaultViewport: { width: 800, height: 600 }, protocolTimeout: options.protocolTimeout });
}
