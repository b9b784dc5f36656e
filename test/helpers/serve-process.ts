import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { ROOT } from './charter-fixture.js';

/** `charter serve ...` as a child process, as a user starts it: its stderr collected, its address read from it. */
export interface ServeProcess {
  child: ChildProcess;
  /** stdout and stderr as they came (charter serve writes its lines to stderr). */
  output: () => string;
  /** The exit code once it has ended (null when ended by a signal it did not handle). */
  exited: Promise<number | null>;
  /** Polls until `predicate` holds; fails after 20 s with the stderr so far. */
  waitFor: (predicate: () => boolean | Promise<boolean>, what: string) => Promise<void>;
  /** Resolves with the served address (http://127.0.0.1:port) once the server says it is listening. */
  address: () => Promise<string>;
}

export function startServe(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): ServeProcess {
  const child = spawn(process.execPath, [join(ROOT, 'bin/charter.js'), 'serve', ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stderr += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitFor = async (predicate: () => boolean | Promise<boolean>, what: string) => {
    const deadline = Date.now() + 20_000;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const address = async () => {
    let found: string | undefined;
    await waitFor(() => {
      found = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
      return found !== undefined || child.exitCode !== null;
    }, 'the server to listen');
    if (!found) throw new Error(`charter serve ended before listening:\n${stderr}`);
    return found;
  };
  return { child, output: () => stderr, exited, waitFor, address };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A GET with the path and Host header exactly as given: node's own client sends the path as it is
 * (no ../ folded away, unlike a browser or fetch), which is what an attacker's request looks like.
 */
export function rawGet(address: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const url = new URL(address);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: Number(url.port), path, method: 'GET', headers, setHost: !('Host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
