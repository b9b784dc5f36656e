// npm run bench: charter against its peers, as whole processes on this machine, one table per
// issue; charter serve's save-to-page times come from serve.mjs. Medians of several runs; machines
// are noisy, so read the ratios. Needs a built lib/ (npm ci builds it), Debian chromium, and
// optionally pandoc for the HTML comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { equivalentMarkdown } from './equivalent-markdown.mjs';
import { generateCharters, generateManyStandards, withResultsFile } from './generate.mjs';
import { benchPdfUa } from './pdf-ua.mjs';
import { benchServe } from './serve.mjs';
import { benchWatch } from './watch.mjs';
import { prepareTranslated } from './translations.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/charter.js');
const EXAMPLES = ['brightwater-plumbing', 'riverside-council', 'stadtwerke-lindenau'].map((e) => join(ROOT, 'examples', e));
// The browser charter would find (a headless shell first), and a full Chromium for the peers'
// rows that say so.
const BROWSER = process.env.CHARTER_BROWSER ?? ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const FULL_BROWSER = ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const isShell = (path) => /headless[-_]shell$/.test(path);
const work = mkdtempSync(join(tmpdir(), 'charter-bench-'));
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;

function time(command, args, { runs = RUNS, env = {}, expect = [0] } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!expect.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/**
 * Two commands run in turn (A B A B ...), so a drift of the machine's speed falls on both; their
 * medians. Every row that sets charter against a peer or a baseline is timed this way. A command
 * is [command, args] or [command, args, { expect, env }].
 */
function timePaired(a, b, { runs = Math.max(RUNS, 5), env = {} } = {}) {
  const samples = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, [command, args, own = {}]] of [a, b].entries()) samples[k].push(time(command, args, { runs: 1, env: { ...env, ...own.env }, ...(own.expect ? { expect: own.expect } : {}) }));
  }
  return samples.map((list) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]);
}

const rows = [];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
function row(what, ours, peer, peerName, goal = '') {
  rows.push({ what, ours: fmt(ours), peer: peer === undefined ? '—' : `${fmt(peer)} (${peerName})`, ratio: peer === undefined ? '—' : `${(ours / peer).toFixed(2)}×`, goal });
  console.error(`  ${what}: ${fmt(ours)}${peer === undefined ? '' : ` vs ${fmt(peer)} ${peerName} = ${(ours / peer).toFixed(2)}×`}`);
}
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const asOf = ['--as-of', '2026-11-23'];

console.error('charter check (issue 2)');
const ajv = join(ROOT, 'node_modules/.bin/ajv');
for (const example of EXAMPLES) {
  const [ours, peer] = timePaired(['node', [BIN, 'check', example, ...asOf]], [ajv, ['validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '-s', join(ROOT, 'schemas/charter.schema.json'), '-d', join(example, 'charter.yaml')], { expect: [0, 1] }]);
  row(`check ${example.split('/').pop()}`, ours, peer, 'ajv-cli', '≤ 0.6×');
}
const big = generateManyStandards(join(work, 'many-standards'), 1000);
row('check, 1,000 standards', time('node', [BIN, 'check', big, ...asOf], { expect: [0, 1] }), undefined, '', '< 1 s');
{
  let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const n of 'bcdefghi') { bomb += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`; prev = n; }
  writeFileSync(join(work, 'bomb.yaml'), bomb);
  row('alias bomb refused, whole process', time('node', [BIN, 'check', join(work, 'bomb.yaml')], { expect: [1] }), time('node', [BIN, '--version']), 'charter --version', 'refusal itself < 100 ms');
}

console.error('charter build --only html,summary (issue 3)');
for (const example of EXAMPLES.slice(0, 2)) {
  const out = join(work, 'html-out');
  const ours = time('node', [BIN, 'build', example, '--only', 'html,summary', '--out', out, ...asOf]);
  let peer;
  if (has('pandoc')) {
    const md = join(work, 'equivalent.md');
    writeFileSync(md, equivalentMarkdown(example));
    peer = time('pandoc', ['-s', md, '-o', join(work, 'pandoc.html'), '--metadata', 'title=Charter']);
  }
  row(`build html+summary ${example.split('/').pop()}`, ours, peer, 'pandoc -s', '');
}

if (BROWSER) {
  console.error(`charter build with PDF (issues 4 and 19), browser ${BROWSER}`);
  const env = { CHARTER_BROWSER: BROWSER, PUPPETEER_EXECUTABLE_PATH: BROWSER };
  const mdToPdf = (browser, md) => {
    const config = join(work, `md-to-pdf-${isShell(browser) ? 'shell' : 'full'}.json`);
    writeFileSync(config, JSON.stringify({ launch_options: { executablePath: browser, headless: isShell(browser) ? 'shell' : true, args: ['--no-sandbox', '--disable-gpu'] } }));
    return [join(ROOT, 'node_modules/.bin/md-to-pdf'), ['--config-file', config, md]];
  };
  for (const example of EXAMPLES.slice(0, 2)) {
    const name = example.split('/').pop();
    const build = ['node', [BIN, 'build', example, '--out', join(work, `pdf-out-${name}`), ...asOf]];
    const md = join(work, `peer-${name}.md`);
    writeFileSync(md, equivalentMarkdown(example));
    const [ours, peer] = timePaired(build, mdToPdf(BROWSER, md), { env, runs: quick ? 5 : 9 });
    row(`build ${name} (HTML, PDF, summary), whole process`, ours, peer, `md-to-pdf, same browser`, '≤ 0.6×');
    if (FULL_BROWSER && FULL_BROWSER !== BROWSER) {
      const [oursToo, fullPeer] = timePaired(build, mdToPdf(FULL_BROWSER, md), { env, runs: quick ? 5 : 9 });
      row(`build ${name}, whole process, against md-to-pdf on a full Chromium`, oursToo, fullPeer, 'md-to-pdf, full Chromium', '≤ 0.6×');
    }
    // The floor: a bare puppeteer script printing the page charter rendered, same browser, flags and
    // print options; and the same script with puppeteer's flags (a renderer process a page), as before.
    const floorScript = (...mode) => ['node', [join(ROOT, 'bench/floor.mjs'), join(work, `pdf-out-${name}`, 'charter.html'), BROWSER, join(work, `floor-${name}.pdf`), ...mode]];
    const [oursAgain, floor] = timePaired(build, floorScript(), { env, runs: quick ? 5 : 9 });
    row(`build ${name}, whole process, against the floor`, oursAgain, floor, 'bare puppeteer script, same flags', '≤ 1.05×');
    const [oursOnceMore, puppeteerFloor] = timePaired(build, floorScript('--puppeteer-flags'), { env, runs: quick ? 5 : 9 });
    row(`build ${name}, whole process, against the floor with puppeteer's flags`, oursOnceMore, puppeteerFloor, "bare puppeteer script, puppeteer's flags", '');
    // The floor for a PDF as accessible as charter's: the same script, then the PDF/UA pass (#16).
    const [oursAccessible, accessibleFloor] = timePaired(build, floorScript('--pdf-ua'), { env, runs: quick ? 5 : 9 });
    row(`build ${name}, whole process, against the floor with the PDF/UA pass`, oursAccessible, accessibleFloor, 'bare puppeteer script + PDF/UA pass', '');
  }
  const example = EXAMPLES[0];
  const ours = time('node', [BIN, 'build', example, '--out', join(work, 'pdf-out'), ...asOf], { env, runs: quick ? 2 : 5 });

  const many = generateCharters(join(work, 'fifty'), 50);
  const fiftyParallel = time('node', [BIN, 'build', ...many, '--out', join(work, 'fifty-out'), '--quiet', ...asOf], { env, runs: quick ? 1 : 3 });
  const fiftySequential = time('node', [BIN, 'build', ...many, '--out', join(work, 'fifty-out'), '--quiet', '--concurrency', '1', ...asOf], { env, runs: 1 });
  row('50 charters, one run (3 pages at once), per charter', fiftyParallel / 50, undefined, '', '≤ 0.3 s');
  row('50 charters, one run, one page at a time, per charter', fiftySequential / 50, undefined, '', '');
  row('50 charters: parallel pages against one at a time', fiftyParallel, fiftySequential, 'sequential', '');
  row('50 charters in one run against 50 separate runs (estimated from one)', fiftyParallel, ours * 50, '50 × one run', '≥ 3× faster');

  // The floor: page.pdf() of the same HTML on an already open browser, bare and with charter's
  // own print settings (header and footer, tags, bookmarks, JavaScript off, requests intercepted).
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ executablePath: BROWSER, headless: isShell(BROWSER) ? 'shell' : true, args: ['--no-sandbox', '--disable-gpu'] });
  const html = readFileSync(join(work, 'pdf-out', 'charter.html'), 'utf8');
  const floorOf = async (options, inert) => {
    const samples = [];
    for (let i = 0; i < 8; i++) {
      const page = await browser.newPage();
      const started = performance.now();
      if (inert) {
        await page.setJavaScriptEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (r) => (r.url().startsWith('data:') ? r.continue() : r.abort()));
      }
      await page.setContent(html);
      await page.pdf(options);
      samples.push(performance.now() - started);
      await page.close();
    }
    return samples.sort((a, b) => a - b)[4];
  };
  const bare = await floorOf({ format: 'A4' }, false);
  const same = await floorOf({ format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<span class="pageNumber"></span>', margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' }, outline: true, tagged: true }, true);
  await browser.close();
  row('per charter in a 50-charter run (check, render, print), one page at a time, against bare page.pdf()', fiftySequential / 50, bare, 'bare page.pdf', '≤ 1.5×');
  row('per charter in a 50-charter run, one page at a time, against page.pdf() with the same settings', fiftySequential / 50, same, 'page.pdf, same settings', '');
  row('per charter in a 50-charter run, 3 pages at once, against bare page.pdf()', fiftyParallel / 50, bare, 'bare page.pdf', '≤ 1.5×');

  console.error('handbook (issues 5 and 19)');
  for (const example of EXAMPLES) {
    const [hb, pub] = timePaired(['node', [BIN, 'build', example, '--handbook', '--out', join(work, 'hb'), ...asOf]], ['node', [BIN, 'build', example, '--out', join(work, 'hb-pub'), ...asOf]], { env, runs: quick ? 5 : 9 });
    row(`build with --handbook ${example.split('/').pop()}`, hb, pub, 'public build', '');
    row(`--handbook's extra time, ${example.split('/').pop()}`, hb - pub, undefined, '', '≤ +0.4 s');
  }

  console.error('build --watch (issue 19): from the save to the new outputs, council example');
  const watched = await benchWatch({ browserPath: BROWSER, runs: quick ? 5 : 11 });
  row('--watch: save -> new charter.html, median', watched.htmlMedian, undefined, '', '≤ 120 ms');
  row('--watch: save -> new charter.pdf, median', watched.pdfMedian, undefined, '', '≤ 400 ms');
  const watchedHandbook = await benchWatch({ browserPath: BROWSER, runs: quick ? 5 : 11, handbook: true });
  row('--watch --handbook: save -> new handbook.pdf, median', watchedHandbook.handbookMedian, undefined, '', '');

  console.error('PDF/UA-1 pass (issue 16): its cost against the print it follows, in one process');
  for (const example of EXAMPLES) spawnSync('node', [BIN, 'build', example, '--handbook', '--only', 'html', '--out', join(work, 'ua', example.split('/').pop()), ...asOf]);
  const documents = EXAMPLES.flatMap((example) => ['charter', 'handbook'].map((kind) => ({ name: `${kind}.pdf ${example.split('/').pop()}`, file: join(work, 'ua', example.split('/').pop(), `${kind}.html`) })));
  const ua = await benchPdfUa({ browserPath: BROWSER, documents, runs: quick ? 3 : 7 });
  for (const { name, print, pass } of ua.rows) row(`PDF/UA pass, ${name}, median`, pass, print, 'its print', '≤ 0.15×');
  row('PDF/UA pass, the first of a process (loads pdf-lib, compiles)', ua.first, ua.rows[0].print, 'a print', '');

  console.error('translations (issue 13): two translations against one language, same charter');
  {
    const { one, several } = prepareTranslated(BIN, join(ROOT, 'examples', 'riverside-council'), work);
    const [three, single] = timePaired(['node', [BIN, 'build', several, '--out', join(work, 'tr-three'), ...asOf]], ['node', [BIN, 'build', one, '--out', join(work, 'tr-one'), ...asOf]], { env, runs: quick ? 3 : 5 });
    row('build with two translations (3 pages, 3 PDFs) against one language', three, single, 'one language', '≤ 2×');
  }

  console.error('charter serve (issue 15): from the save to the updated page in Chromium, council example');
  const served = await benchServe({ browserPath: BROWSER, runs: quick ? 5 : 11 });
  row('serve: save -> page updated in the browser (HTML), median', served.htmlMedian, undefined, '', '< 300 ms');
  row('serve: save -> /charter.pdf received by the page, median', served.pdfMedian, undefined, '', '< 1 s');
  row('serve: the first /charter.pdf (starts Chromium)', served.firstPdf, undefined, '', '');
} else {
  console.error('no Chromium found: PDF benchmarks skipped (set CHARTER_BROWSER)');
}

console.error('results over time (issue 14): 100 standards x 40 quarters against the same charter without them');
{
  const plain = generateManyStandards(join(work, 'results-plain'), 100);
  const withResults = withResultsFile(plain, join(work, 'results-with'), 100, 40);
  const either = { expect: [0, 1] };
  row('check with a 100 x 40 results file', ...timePaired(['node', [BIN, 'check', withResults, ...asOf], either], ['node', [BIN, 'check', plain, ...asOf], either]), 'without', '≤ +100 ms');
  const only = ['--only', 'html,summary,data'];
  row('build html, summary, data with a 100 x 40 results file', ...timePaired(['node', [BIN, 'build', withResults, ...only, '--out', join(work, 'results-with-out'), ...asOf], either], ['node', [BIN, 'build', plain, ...only, '--out', join(work, 'results-plain-out'), ...asOf], either]), 'without', '≤ +100 ms');
}

console.error('many charters (issue 6)');
const twoHundred = generateCharters(join(work, 'two-hundred'), 200);
row('check 200 charters, one process', time('node', [BIN, 'check', ...twoHundred, ...asOf], { runs: quick ? 1 : 3 }), undefined, '', '< 3 s');
row('build --only html,summary 200 charters', time('node', [BIN, 'build', ...twoHundred, '--only', 'html,summary', '--out', join(work, 'two-hundred-out'), '--quiet', ...asOf], { runs: 1 }), undefined, '', '< 10 s');

console.log('\n| what | charter | peer | ratio | goal |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.goal} |`);
rmSync(work, { recursive: true, force: true });
