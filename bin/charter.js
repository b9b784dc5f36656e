#!/usr/bin/env node
// The command line: run the compiled CLI with this process's world and hand back its exit code.

// lib/ is bundled and compacted (scripts/bundle.mjs): with --debug, a stack trace is mapped back to
// src/ through the source maps beside it (enabled before any of lib/ loads, or they are not read).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A build that prints starts its Chromium first, before the rest of charter is loaded, so the
// browser starts while the charters are checked and rendered; it never outlives this process.
const { EarlyBrowser } = await import('../lib/early-browser.js');
const early = new EarlyBrowser(process.argv, process.env, (text) => process.stderr.write(text));
process.on('exit', () => early.kill());
const { errnoWords, run } = await import('../lib/main.js');

// A reader that stops early (`charter check | head -1`) is no error; any other failure to write is
// exit 2, said once on stderr when it was stdout that failed (a full disk).
let said = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 2;
    if (stream === process.stdout && !said) {
      said = true;
      process.stderr.write(`charter: cannot write the output: ${errnoWords(error)}\n`);
    }
  });
}

process.exitCode = await run(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
  earlyBrowser: early.browser,
});
// After a signal (129, 130, 143) a print that was under way may still be settling; do not wait for it.
if (process.exitCode > 128) setTimeout(() => process.exit(), 1000).unref();
else {
  // The work is done and every output written; what is left are other people's timers (puppeteer
  // keeps the process alive another 55-100 ms after the browser is closed). Leave once what we
  // wrote to stdout and stderr has been handed over.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
  process.exit();
}
