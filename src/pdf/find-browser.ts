import { access, constants, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FoundBrowser {
  executablePath: string;
  /** How it was found, for messages and --debug. */
  source: 'flag' | 'environment' | 'system' | 'embedded';
  /** The npm-shipped Chromium needs a few launch arguments of its own. */
  embedded?: boolean;
  /** Environment for the browser's process (the npm-shipped Chromium's fonts). */
  env?: Readonly<Record<string, string>>;
}

export interface FindBrowserOptions {
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  /** Overridable for tests, so "no browser anywhere" can be simulated on a machine that has one. */
  systemPaths?: readonly string[];
  useEmbedded?: boolean;
}

export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
  constructor(readonly tried: readonly string[]) {
    super(
      `no Chromium or Chrome found for the PDF${tried.length ? ` (tried: ${tried.join('; ')})` : ''}. Install one (Debian/Ubuntu: "apt-get install chromium"), ` +
        'or point to it with --browser <path> or CHARTER_BROWSER=<path>',
    );
  }
}

const SYSTEM_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = Object.freeze({
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/usr/lib/chromium/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
});

/**
 * Finds a browser to print with, in this order: --browser; CHARTER_BROWSER or
 * PUPPETEER_EXECUTABLE_PATH; a system Chrome or Chromium at the usual paths; the npm-shipped
 * Chromium (@sparticuz/chromium, Linux x64) as the last resort. puppeteer-core downloads nothing,
 * so there is no browser of puppeteer's own to prefer over the machine's.
 * A path given explicitly must work: it is never silently replaced by another browser.
 */
export async function findBrowser(options: FindBrowserOptions): Promise<FoundBrowser> {
  const tried: string[] = [];
  if (options.flag) {
    if (await isExecutable(options.flag)) return { executablePath: options.flag, source: 'flag' };
    throw new BrowserNotFoundError([`--browser ${options.flag} (not an executable file)`]);
  }
  for (const name of ['CHARTER_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const value = options.env[name];
    if (!value) continue;
    if (await isExecutable(value)) return { executablePath: value, source: 'environment' };
    throw new BrowserNotFoundError([`${name}=${value} (not an executable file)`]);
  }
  const platform = options.platform ?? process.platform;
  for (const path of options.systemPaths ?? SYSTEM_PATHS[platform] ?? []) {
    if (await isExecutable(path)) return { executablePath: path, source: 'system' };
    tried.push(path);
  }
  if (options.useEmbedded !== false) {
    const embedded = await embeddedChromium(platform);
    if (embedded) return { executablePath: embedded, source: 'embedded', embedded: true, ...(await embeddedFonts(embedded)) };
    tried.push('the npm-shipped @sparticuz/chromium (Linux x64 only)');
  }
  throw new BrowserNotFoundError(tried);
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The npm-shipped Chromium is meant for machines that may have no fonts at all (a container, a CI
 * image): it unpacks Open Sans beside itself. A font configuration of the system's fonts plus that
 * one means the PDF has its text on such a machine, and the machine's own fonts where there are some.
 */
async function embeddedFonts(executable: string): Promise<{ env?: Record<string, string> }> {
  const fonts = join(dirname(executable), 'fonts');
  try {
    await access(fonts);
  } catch {
    return {};
  }
  const file = join(tmpdir(), `charter-fonts-${process.getuid?.() ?? 'user'}.conf`);
  const config = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fonts}</dir>\n  <cachedir>${join(tmpdir(), 'charter-fonts-cache')}</cachedir>\n</fontconfig>\n`;
  await writeFile(file, config);
  return { env: { FONTCONFIG_FILE: file } };
}

async function embeddedChromium(platform: NodeJS.Platform): Promise<string | undefined> {
  if (platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    const chromium = (await import('@sparticuz/chromium')).default;
    // Unpacks the compressed browser into the temp folder on first use (about 2 s), then reuses it.
    const path = await chromium.executablePath();
    return path && (await isExecutable(path)) ? path : undefined;
  } catch {
    return undefined;
  }
}
