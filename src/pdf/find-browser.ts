import { createReadStream } from 'node:fs';
import { access, constants, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathExists } from '../util/path-exists.js';

export interface FoundBrowser {
  executablePath: string;
  /** How it was found, for messages and --debug. */
  source: 'flag' | 'environment' | 'system' | 'embedded';
  /** The npm-shipped Chromium needs a few launch arguments of its own. */
  embedded?: boolean;
  /**
   * A headless shell (chrome-headless-shell: Debian's chromium-headless-shell, the npm-shipped
   * Chromium): the same engine without the full browser around it, launched in its own mode.
   */
  shell?: boolean;
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

// A headless shell first: it prints the same pages from the same engine and starts in half the time
// of the full browser (Debian: apt-get install chromium-headless-shell). Debian's program itself,
// not its /usr/bin script: that script does not exec, so ending it (Ctrl-C, a time-out) would leave
// the shell running.
const SYSTEM_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = Object.freeze({
  linux: ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell', '/usr/bin/chrome-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/usr/lib/chromium/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
});

/**
 * Finds a browser to print with, in this order: --browser; CHARTER_BROWSER or
 * PUPPETEER_EXECUTABLE_PATH; a system headless shell, then a system Chrome or Chromium at the
 * usual paths; the npm-shipped
 * Chromium (@sparticuz/chromium, Linux x64) as the last resort. puppeteer-core downloads nothing,
 * so there is no browser of puppeteer's own to prefer over the machine's.
 * A path given explicitly must work: it is never silently replaced by another browser.
 */
export async function findBrowser(options: FindBrowserOptions): Promise<FoundBrowser> {
  const tried: string[] = [];
  if (options.flag) {
    if (await isExecutable(options.flag)) return { executablePath: options.flag, source: 'flag', ...shellFlag(options.flag) };
    throw new BrowserNotFoundError([`--browser ${options.flag} (not an executable file)`]);
  }
  for (const name of ['CHARTER_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const value = options.env[name];
    if (!value) continue;
    if (await isExecutable(value)) return { executablePath: value, source: 'environment', ...shellFlag(value) };
    throw new BrowserNotFoundError([`${name}=${value} (not an executable file)`]);
  }
  const platform = options.platform ?? process.platform;
  for (const path of options.systemPaths ?? SYSTEM_PATHS[platform] ?? []) {
    if (await isExecutable(path)) return { executablePath: path, source: 'system', ...shellFlag(path) };
    tried.push(path);
  }
  if (options.useEmbedded !== false) {
    const embedded = await embeddedChromium(platform);
    if (embedded) return { executablePath: embedded, source: 'embedded', embedded: true, shell: true, ...(await embeddedEnvironment(embedded)) };
    tried.push('the npm-shipped @sparticuz/chromium (Linux x64 only)');
  }
  throw new BrowserNotFoundError(tried);
}

/** A headless shell is known by its name (chromium-headless-shell, chrome-headless-shell, headless_shell). */
function isHeadlessShell(path: string): boolean {
  return /headless[-_]shell(\.exe)?$/i.test(path);
}

function shellFlag(path: string): { shell?: true } {
  return isHeadlessShell(path) ? { shell: true } : {};
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
 * The npm-shipped Chromium is meant for machines that may have neither fonts nor the libraries a
 * browser links against (a slim container, a CI image), and it brings both: Open Sans, unpacked
 * beside it, and the NSS libraries, packed for Amazon Linux (where it unpacks them itself; they run
 * on any glibc Linux as new or newer). A font configuration of the machine's fonts plus Open Sans,
 * and the libraries ahead of the machine's, let it print text on such a machine.
 */
async function embeddedEnvironment(executable: string): Promise<{ env?: Record<string, string> }> {
  const env: Record<string, string> = {};
  const fonts = join(dirname(executable), 'fonts');
  if (await pathExists(fonts)) {
    const file = join(tmpdir(), `charter-fonts-${process.getuid?.() ?? 'user'}.conf`);
    const config = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fonts}</dir>\n  <cachedir>${join(tmpdir(), 'charter-fonts-cache')}</cachedir>\n</fontconfig>\n`;
    await writeFile(file, config);
    env.FONTCONFIG_FILE = file;
  }
  const libraries = await unpackedLibraries().catch(() => undefined);
  if (libraries) env.LD_LIBRARY_PATH = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return Object.keys(env).length > 0 ? { env } : {};
}

/** The libraries of @sparticuz/chromium's al2023.tar.br, unpacked once into the temp folder. */
async function unpackedLibraries(): Promise<string | undefined> {
  const target = join(tmpdir(), 'al2023');
  const lib = join(target, 'lib');
  if (await pathExists(join(lib, 'libnss3.so'))) return lib;
  const archive = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..', 'bin', 'al2023.tar.br');
  if (!(await pathExists(archive))) return undefined;
  const { extract } = await import('tar-fs');
  // Unpacked beside and renamed into place: runs that start together never see half the files.
  const unpacking = await mkdtemp(join(tmpdir(), 'al2023-'));
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(unpacking));
  await rename(unpacking, target).catch(() => rm(unpacking, { recursive: true, force: true }));
  return (await pathExists(join(lib, 'libnss3.so'))) ? lib : undefined;
}


/**
 * Once per process: the browser started with the command (cli/early-browser.ts) and the printer
 * both look for it, and on a first run two lookups at once would both unpack the browser into the
 * same file, one executing it while the other still writes it.
 */
let embeddedLookup: Promise<string | undefined> | undefined;

function embeddedChromium(platform: NodeJS.Platform): Promise<string | undefined> {
  if (platform !== 'linux' || process.arch !== 'x64') return Promise.resolve(undefined);
  embeddedLookup ??= unpackEmbedded();
  return embeddedLookup;
}

async function unpackEmbedded(): Promise<string | undefined> {
  try {
    const chromium = (await import('@sparticuz/chromium')).default;
    // Unpacks the compressed browser into the temp folder on first use (about 2 s), then reuses it.
    const path = await chromium.executablePath();
    return path && (await isExecutable(path)) ? path : undefined;
  } catch {
    return undefined;
  }
}
