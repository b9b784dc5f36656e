import type { BrowserProcess } from '../pdf/browser-process.js';
/** The world the CLI touches, passed in so tests can run it in-process and deterministically. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The clock, for "today" when neither --as-of nor SOURCE_DATE_EPOCH is given. */
  now: () => Date;
  /** The browser bin/charter.js started at process start for a build that prints (early-browser.ts). */
  earlyBrowser?: Promise<BrowserProcess | undefined>;
}

/** Colour: --color / --no-color first, then NO_COLOR and FORCE_COLOR, then a terminal that is not TERM=dumb. */
export function useColor(io: CliIo, stream: 'stdout' | 'stderr', flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(io[stream].isTTY) && io.env.TERM !== 'dumb';
}
