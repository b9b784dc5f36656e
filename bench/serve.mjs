// charter serve (issue 15): from the save of charter.yaml to the updated page in a real browser.
// `charter serve` runs as a user starts it (bin/charter.js, a child process) on a copy of the
// council example; Chromium (through puppeteer-core) has the page open. Each run changes the words
// of one commitment and saves the file:
//   - HTML: from just before the write until the new words are in the page and painted (the
//     browser's clock and ours are both the epoch, in fractions of a millisecond);
//   - PDF: from the same save until /charter.pdf, fetched by the page as soon as it has updated
//     (the moment a reader could know), has arrived whole. A first request, which starts Chromium,
//     is measured apart. Every PDF is checked to hold the new words when pdftotext is there.
// Run alone with `node bench/serve.mjs [--quick]`, or as part of `npm run bench`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const COMMITMENT = 'We will answer 80% of webchats within 2 minutes.';
// Words without digits: a number in a commitment must agree with its target.
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa'];

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const now = () => performance.timeOrigin + performance.now();

export async function benchServe({ browserPath, runs = 11 }) {
  const work = mkdtempSync(join(tmpdir(), 'charter-bench-serve-'));
  const folder = join(work, 'riverside-council');
  cpSync(join(ROOT, 'examples/riverside-council'), folder, { recursive: true });
  const yamlPath = join(folder, 'charter.yaml');
  const original = readFileSync(yamlPath, 'utf8');
  if (!original.includes(COMMITMENT)) throw new Error('bench/serve.mjs: the council example no longer has the commitment it edits');

  // The reading browser first: if it cannot start, no server is left running.
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
  const server = spawn(process.execPath, [join(ROOT, 'bin/charter.js'), 'serve', folder, '--port', '0', '--as-of', '2026-11-23'], {
    env: { ...process.env, CHARTER_BROWSER: browserPath, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    const address = await waitFor(() => /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1], () => `charter serve did not start:\n${output}`);
    await waitFor(() => output.includes('watching'), () => `charter serve did not start watching:\n${output}`);
    const page = await browser.newPage();
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-charter-live'));

    // The first PDF starts Chromium: measured apart, and it tells the server the PDF is wanted.
    const firstStarted = now();
    const first = await fetchPdf(page);
    const firstPdf = now() - firstStarted;
    if (first.length < 1000) throw new Error('bench/serve.mjs: /charter.pdf was not a PDF');

    const html = [];
    const pdf = [];
    const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
    for (let i = 0; i < runs; i++) {
      const words = `We will answer 80% of webchats within 2 minutes (${WORDS[i % WORDS.length]} ${WORDS[(i + 5) % WORDS.length]}).`;
      // Waits in the page for the new words, then for the frame that paints them.
      const appeared = page.evaluate(
        (text) =>
          new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (!document.body.textContent.includes(text)) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            });
            observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
          }),
        words,
      );
      // Let the observer be in place before the save.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      const saved = now();
      writeFileSync(yamlPath, original.replace(COMMITMENT, words));
      const painted = await withTimeout(appeared, 10_000, `the page did not update; charter serve said:\n${output}`);
      html.push(painted - saved);
      const bytes = await fetchPdf(page);
      pdf.push(now() - saved);
      if (hasPdftotext) {
        const file = join(work, 'served.pdf');
        writeFileSync(file, bytes);
        const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
        if (!text.includes(WORDS[i % WORDS.length])) throw new Error(`bench/serve.mjs: run ${i}: /charter.pdf did not have the new words`);
      }
      // Apart from the next save, as a person's saves are.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return { html, pdf, firstPdf, htmlMedian: median(html), pdfMedian: median(pdf) };
  } finally {
    await browser.close();
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('close', resolve));
    rmSync(work, { recursive: true, force: true });
  }
}

/** /charter.pdf fetched by the page, whole. */
async function fetchPdf(page) {
  const bytes = await page.evaluate(async () => {
    const response = await fetch('/charter.pdf', { cache: 'no-store' });
    if (!response.ok) throw new Error(`/charter.pdf: ${response.status} ${await response.text()}`);
    return [...new Uint8Array(await response.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

async function waitFor(get, message, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browserPath = process.env.CHARTER_BROWSER ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
  if (!browserPath) throw new Error('no Chromium found: set CHARTER_BROWSER');
  const result = await benchServe({ browserPath, runs: process.argv.includes('--quick') ? 5 : 11 });
  const fmt = (ms) => `${ms.toFixed(0)} ms`;
  console.log(`save -> page updated (HTML), median of ${result.html.length}: ${fmt(result.htmlMedian)}  [${result.html.map(fmt).join(', ')}]`);
  console.log(`save -> /charter.pdf received, median of ${result.pdf.length}: ${fmt(result.pdfMedian)}  [${result.pdf.map(fmt).join(', ')}]`);
  console.log(`first /charter.pdf (starts Chromium): ${fmt(result.firstPdf)}`);
}
