// Bundles the CLI into lib/ with esbuild: one file per lazily loaded part (check never loads the
// renderer's or the browser's code). Loading a few bundled files instead of hundreds of small
// modules cuts a third off every `charter check`. Type-checking is tsc's job (npm run typecheck).
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { COMPACT } from './compact.mjs';

const root = new URL('../', import.meta.url).pathname;
rmSync(`${root}lib`, { recursive: true, force: true });
// Compacted (compact.mjs), with a source map per file.
const compact = { ...COMPACT, sourcemap: 'linked', sourcesContent: false };
await build({
  ...compact,
  absWorkingDir: root,
  // The PDF/UA pass and its checker are entries of their own too: `npm run check:pdf` and the
  // benchmark load them from lib/ without the CLI (which loads the pass as it starts the browser).
  // early-browser is the little that bin/charter.js loads before the rest, to start Chromium at once.
  // launch-arguments too: the benchmark's floor script starts Chromium with charter's own arguments.
  entryPoints: { main: 'src/cli/main.ts', 'early-browser': 'src/cli/early-browser.ts', 'pdf-ua': 'src/pdf/pdf-ua.ts', 'pdf-ua-check': 'src/pdf/pdf-ua-check.ts', 'launch-arguments': 'src/pdf/launch-arguments.ts' },
  outdir: 'lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Heavy or native-binary packages stay outside and load only when they are needed; `open`
  // (charter serve --open) finds its own xdg-open script beside its files, so it is not bundled.
  // puppeteer-core's main entry stays outside (a browser launched the usual way); the internal
  // modules that drive a running browser (src/pdf/cdp-connection.ts) are bundled, which an
  // `external` entry would not allow (it takes in every path under the package).
  external: ['@sparticuz/chromium', 'tar-fs', 'ajv', 'ajv-formats', 'open'],
  plugins: [{ name: 'puppeteer-main-entry', setup: (b) => b.onResolve({ filter: /^puppeteer-core$/ }, () => ({ path: 'puppeteer-core', external: true })) }],
  // commander and yaml are CommonJS inside, and call require() for Node's built-ins (node:fs,
  // process, buffer); an ES module has no require of its own, so each chunk gets one.
  banner: { js: "import { createRequire as __charterRequire } from 'node:module'; const require = __charterRequire(import.meta.url);" },
  // The `yaml` package is loaded only when a document must keep positions (src/source/yaml/yaml-package.ts),
  // synchronously, so it is a CommonJS file of its own: one file, not the package's seventy.
  define: { CHARTER_YAML_BUNDLE: JSON.stringify('./yaml.cjs') },
  logLevel: 'warning',
  legalComments: 'none',
});
await build({
  ...compact,
  absWorkingDir: root,
  entryPoints: [createRequire(import.meta.url).resolve('yaml')],
  outfile: 'lib/yaml.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
});
