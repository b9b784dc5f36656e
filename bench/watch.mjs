// charter build --watch (issue 19): from the save of charter.yaml to the new charter.html and the new
// charter.pdf in the output folder. `charter build --watch` runs as a user starts it (bin/charter.js,
// a child process) on a copy of the council example. Each run changes the words of one commitment
// and saves the file; the clock runs from just before the write until each output holds the new
// words (checked in the HTML; the PDF is taken as new when its file is replaced).
// With --handbook, also to the new handbook.pdf.
// Run alone with `node bench/watch.mjs [--quick] [--handbook]`, or as part of `npm run bench`.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const COMMITMENT = 'We will answer 80% of webchats within 2 minutes.';
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa'];
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const inode = (path) => {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
};

/** Polls every 2 ms until `done()` or `limitMs`; returns the milliseconds since `from`. */
async function until(done, from, limitMs = 20_000) {
  while (!done()) {
    if (performance.now() - from > limitMs) throw new Error('bench/watch.mjs: no new output within 20 s');
    await sleep(2);
  }
  return performance.now() - from;
}

export async function benchWatch({ browserPath, runs = 11, handbook = false }) {
  const work = mkdtempSync(join(tmpdir(), 'charter-bench-watch-'));
  const folder = join(work, 'riverside-council');
  const out = join(work, 'out');
  cpSync(join(ROOT, 'examples/riverside-council'), folder, { recursive: true });
  const yamlPath = join(folder, 'charter.yaml');
  const original = readFileSync(yamlPath, 'utf8');
  if (!original.includes(COMMITMENT)) throw new Error('bench/watch.mjs: the council example no longer has the commitment it edits');
  const html = join(out, 'charter.html');
  const pdf = join(out, 'charter.pdf');
  const handbookPdf = join(out, 'handbook.pdf');
  const child = spawn(process.execPath, [join(ROOT, 'bin/charter.js'), 'build', folder, '--watch', ...(handbook ? ['--handbook'] : []), '--out', out, '--as-of', '2026-11-23'], {
    env: { ...process.env, CHARTER_BROWSER: browserPath, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    await until(() => output.includes('watching'), performance.now(), 60_000);
    const htmlMs = [];
    const pdfMs = [];
    const handbookMs = [];
    for (let i = 0; i < runs; i++) {
      const mark = `${WORDS[i % WORDS.length]} ${i}`;
      const words = `We will answer 80% of webchats within 2 minutes, ${mark}.`;
      const htmlBefore = inode(html);
      const pdfBefore = inode(pdf);
      const handbookBefore = inode(handbookPdf);
      const started = performance.now();
      writeFileSync(yamlPath, original.replace(COMMITMENT, words));
      htmlMs.push(await until(() => inode(html) !== htmlBefore && readFileSync(html, 'utf8').includes(mark), started));
      pdfMs.push(await until(() => inode(pdf) !== pdfBefore, started));
      if (handbook) handbookMs.push(await until(() => inode(handbookPdf) !== handbookBefore, started));
      // Let the watcher settle before the next save.
      await sleep(300);
    }
    return { htmlMedian: median(htmlMs), pdfMedian: median(pdfMs), ...(handbook ? { handbookMedian: median(handbookMs) } : {}) };
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browserPath = process.env.CHARTER_BROWSER ?? '/usr/lib/chromium/chromium-headless-shell';
  const handbook = process.argv.includes('--handbook');
  const result = await benchWatch({ browserPath, runs: process.argv.includes('--quick') ? 5 : 11, handbook });
  console.log(`save -> charter.html ${result.htmlMedian.toFixed(0)} ms, save -> charter.pdf ${result.pdfMedian.toFixed(0)} ms${handbook ? `, save -> handbook.pdf ${result.handbookMedian.toFixed(0)} ms` : ''}`);
}
