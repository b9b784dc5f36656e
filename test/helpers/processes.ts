import { readdirSync, readFileSync } from 'node:fs';

/**
 * How many running processes have `argument` on their command line, read from /proc (Linux), so
 * the tests need no procps (pgrep). A process that ends while it is read is simply not counted.
 */
export function processesWith(argument: string): number {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(argument)) count++;
    } catch {
      // gone already
    }
  }
  return count;
}
