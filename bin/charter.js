#!/usr/bin/env node
// The command line: run the compiled CLI with this process's world and hand back its exit code.
import { run } from '../lib/main.js';

process.exitCode = await run(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
});
// After Ctrl-C (130) a print that was under way may still be settling; do not wait for it.
if (process.exitCode === 130) setTimeout(() => process.exit(), 1000).unref();
