// npm run check:html: every example's charter and handbook pages (every language) through the Nu Html Checker
// (vnu-jar, the W3C validator), errors only. It needs Java 11 or newer, which `npm test` does not:
// without Java it says so and stops with exit 0, so that only CI, which installs Java
// (Debian: default-jre-headless), has to have it. Exit 1 when vnu reports an error, 2 when the
// examples cannot be built or vnu cannot run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
// The day the tests judge the examples on, so that a review falling due never stops the build.
const AS_OF = '2026-11-23';

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.log('check:html: skipped: the Nu Html Checker needs Java 11 or newer (Debian: apt-get install default-jre-headless)');
  process.exit(0);
}
const jar = String(createRequire(import.meta.url)('vnu-jar'));
if (!existsSync(jar)) {
  console.error(`check:html: vnu.jar is not at ${jar}; run npm ci`);
  process.exit(2);
}

const examples = readdirSync(join(ROOT, 'examples')).filter((name) => existsSync(join(ROOT, 'examples', name, 'charter.yaml')));
const out = mkdtempSync(join(tmpdir(), 'charter-check-html-'));
try {
  process.exitCode = check(out);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** Builds the pages into `out` and runs vnu on them; the exit code. */
function check(out) {
  const files = [];
  for (const example of examples) {
    const dir = join(out, example);
    const built = spawnSync(process.execPath, [join(ROOT, 'bin/charter.js'), 'build', join(ROOT, 'examples', example), '--handbook', '--only', 'html', '--out', dir, '--as-of', AS_OF, '--quiet'], { encoding: 'utf8' });
    if (built.status !== 0) {
      console.error(`check:html: examples/${example} did not build (exit ${built.status}): ${(built.stderr || built.error?.message || '').trim().split('\n').at(-1)}`);
      return 2;
    }
    // Every page the build wrote: each language's charter and handbook.
    files.push(...readdirSync(dir).filter((name) => /^(charter|handbook)(\.[A-Za-z-]+)?\.html$/.test(name)).sort().map((name) => join(dir, name)));
  }
  const vnu = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const report = `${vnu.stdout ?? ''}${vnu.stderr ?? ''}`.trim();
  if (vnu.status === 0) {
    console.log(`check:html: ${files.length} pages of ${examples.length} examples, no errors from the Nu Html Checker`);
    return 0;
  }
  if (vnu.status === 1 && report) {
    // gnu format: "file:/tmp/…/example/charter.html":line.column-line.column: error: message.
    console.log(report.split(`file:${out}/`).join(''));
    console.log(`check:html: the Nu Html Checker reports ${report.split('\n').filter((line) => /: error:/.test(line)).length} errors`);
    return 1;
  }
  console.error(`check:html: the Nu Html Checker did not run (exit ${vnu.status}): ${report.split('\n')[0] || vnu.error?.message || ''}`);
  return 2;
}
