import type { Browser } from 'puppeteer-core';
import { findBrowser, type FoundBrowser } from '../../src/pdf/find-browser.js';

/**
 * The browser the tests print with, found the way a user's is: a system Chrome or Chromium, else
 * the Chromium shipped in the npm package @sparticuz/chromium (an optional dependency), so the tests
 * need nothing beyond `npm ci`. CHARTER_BROWSER or PUPPETEER_EXECUTABLE_PATH choose one explicitly.
 */
export const BROWSER: FoundBrowser = await findBrowser({ env: process.env });
export const CHROMIUM = BROWSER.executablePath;

/** Arguments a test's own puppeteer launch needs for this browser (the npm-shipped one needs a few of its own). */
export const LAUNCH_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', ...(BROWSER.embedded ? ['--use-gl=swiftshader', '--disable-setuid-sandbox'] : [])];

/** A headless shell (the npm-shipped one, Debian's chromium-headless-shell) runs in its own mode. */
export const HEADLESS: true | 'shell' = BROWSER.shell ? 'shell' : true;

/** The browser for a test's own page (axe-core, a served page), launched as charter launches it: its arguments and environment. */
export async function launchTestBrowser(): Promise<Browser> {
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({ executablePath: CHROMIUM, headless: HEADLESS, args: [...LAUNCH_ARGS], ...(BROWSER.env ? { env: { ...process.env, ...BROWSER.env } } : {}) });
}
