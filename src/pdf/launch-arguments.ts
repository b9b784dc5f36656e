import type { FoundBrowser } from './find-browser.js';

/**
 * Every argument the printing Chromium is started with, in one list, whoever starts it: puppeteer's
 * launch, or charter itself at process start (browser-process.ts), before puppeteer has loaded.
 * puppeteer's own defaults are therefore written out here rather than asked of puppeteer
 * (`puppeteer.defaultArgs()` needs puppeteer loaded, which is what the early start avoids);
 * test/pdf/early-browser.test.ts holds this list to puppeteer's, so an upgrade that adds one fails there.
 */
const PUPPETEER_DEFAULTS = Object.freeze([
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  // Tags and bookmarks in the PDF (page.pdf's tagged and outline options need them).
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
]);

/** charter's own: headless Chromium as root, in containers, with no network. */
const CHARTER_ARGUMENTS = Object.freeze([
  // The sandbox needs root's --no-sandbox; without the background-networking flags Chromium keeps dialling out.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-component-update',
  // Sealed whatever the page says: request interception does not see prefetch or preconnect hints,
  // and a custom template need not carry our CSP. Every request goes to a proxy that is not there
  // (port 9, loopback included), and no host name resolves.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--host-resolver-rules=MAP * ~NOTFOUND',
]);

/**
 * On Linux, pages in the browser's own process: a page opened to print is ready in ~100 ms instead
 * of ~450 (no renderer process to start, on a two-core machine), which makes a build about 0.8×
 * the time and a run of 50 charters half. The processes it gives up isolate a page's script from
 * the browser; a printed page runs none and loads nothing (printer.ts), and with --no-sandbox above
 * a renderer process was never a wall. The npm-shipped Chromium, made for serverless printing,
 * runs this way too. Not on macOS and Windows, where it is not measured or tested.
 */
const ONE_PROCESS_ARGUMENTS = Object.freeze([
  '--single-process',
  '--no-zygote',
  // Glyphs placed without hinting. In one process Chromium otherwise lays text out with other
  // metrics than its renderers did (lines broke elsewhere); with it, every example prints the same
  // pages as in separate processes (the same text; the same pixels at 40 dpi, but for a few in one
  // Bengali word, whose glyphs are the same at 300 dpi).
  '--font-render-hinting=none',
]);

/** The npm-shipped Chromium (@sparticuz/chromium) runs with a software GL and no setuid sandbox. */
const EMBEDDED_ARGUMENTS = Object.freeze(['--use-gl=swiftshader', '--disable-setuid-sandbox']);

/**
 * The arguments for this browser, but for how it is reached (a pipe or a port) and its profile
 * folder, which the starter adds. A headless shell runs in its own mode (`--headless`, as puppeteer's
 * 'shell'); a full Chromium in the new headless mode.
 */
export function launchArguments(found: FoundBrowser, platform: NodeJS.Platform = process.platform): string[] {
  return [
    ...PUPPETEER_DEFAULTS,
    found.shell ? '--headless' : '--headless=new',
    ...CHARTER_ARGUMENTS,
    ...(platform === 'linux' ? ONE_PROCESS_ARGUMENTS : []),
    ...(found.embedded ? EMBEDDED_ARGUMENTS : []),
    'about:blank',
  ];
}
