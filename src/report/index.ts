import { github } from './github.js';
import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportOptions } from './types.js';

/** One map of reporters; `--reporter` picks by name. json goes to stdout, the others to stderr. */
export const REPORTERS: Readonly<Record<string, { format: Reporter; stream: 'stdout' | 'stderr' }>> = Object.freeze({
  stylish: { format: stylish, stream: 'stderr' },
  json: { format: json, stream: 'stdout' },
  github: { format: github, stream: 'stdout' },
});
