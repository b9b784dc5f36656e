import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './charter-fixture.js';

/** `charter build --watch ...` as a child process, its stderr collected, and a way to wait on what it does. */
export interface WatchProcess {
  child: ChildProcess;
  stderr: () => string;
  /** Polls until `predicate` holds; fails after 15 s with the stderr so far. */
  waitFor: (predicate: () => boolean | Promise<boolean>, what: string) => Promise<void>;
}

export function startWatch(args: string[], cwd: string): WatchProcess {
  const child = spawn(process.execPath, [join(ROOT, 'bin/charter.js'), 'build', '--watch', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const waitFor = async (predicate: () => boolean | Promise<boolean>, what: string) => {
    const deadline = Date.now() + 15_000;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, stderr: () => stderr, waitFor };
}
