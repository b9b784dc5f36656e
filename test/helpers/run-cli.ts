import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { ROOT } from './charter-fixture.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin/charter.js in a child process, as a user or CI would. */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/charter.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`charter ${args.join(' ')} took longer than ${options.timeoutMs ?? 30000} ms`));
    }, options.timeoutMs ?? 30000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Runs the CLI in this process with captured streams: fast, for the many small cases. */
export async function runInProcess(args: string[], options: { cwd?: string; env?: Record<string, string>; now?: Date } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'charter', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', ...options.env },
    now: () => options.now ?? new Date('2026-11-23T12:00:00Z'),
  });
  return { code, stdout, stderr };
}
