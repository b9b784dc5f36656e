import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { FoundBrowser } from './find-browser.js';
import { launchArguments } from './launch-arguments.js';

/**
 * A Chromium that charter starts itself, without puppeteer, so that it can start the moment the
 * process does: `charter build` spends its first half second loading, checking and rendering, and
 * Chromium's start-up runs beside that instead of after it. The printer connects puppeteer to it
 * over the browser's pipe at the first print (and launches one the usual way if that fails).
 *
 * Whatever happens, it does not outlive charter: `kill()` is synchronous, for the process's exit
 * handler and for Ctrl-C; it ends the browser's whole process group and removes its profile folder.
 */
export class BrowserProcess {
  private readonly child: ChildProcess;
  private readonly profile: string;
  private running = true;
  private groupKilled = false;
  /** Resolves when the browser process has ended. */
  readonly exited: Promise<void>;

  private constructor(readonly found: FoundBrowser) {
    this.profile = mkdtempSync(join(tmpdir(), 'charter-chromium-'));
    // Chromium's own temporary files (a printed PDF on its way to charter among them) go inside
    // the profile, which is removed once the browser has ended: a browser ended straight after its
    // last print, before it has tidied up, leaves nothing in the user's temporary folder.
    const temporary = join(this.profile, 'tmp');
    mkdirSync(temporary);
    this.child = spawn(found.executablePath, [...launchArguments(found), '--remote-debugging-pipe', `--user-data-dir=${this.profile}`], {
      // stdin, stdout, stderr, then the pipe: charter writes on fd 3, Chromium answers on fd 4. A
      // browser that cannot start is launched again the usual way, which says why (printer.ts).
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      // A group of its own, so that killing it ends its renderers too (as puppeteer's launch does).
      detached: process.platform !== 'win32',
      env: { ...process.env, ...found.env, TMPDIR: temporary },
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.once('error', () => resolve());
    });
    void this.exited.then(() => {
      this.running = false;
    });
    // However the process ends (an exit nobody planned for included), the browser ends with it.
    process.once('exit', this.killOnExit);
  }

  private readonly killOnExit = (): void => this.kill();

  /** Starts the browser now; a browser that cannot start is found out when the printer connects. */
  static start(found: FoundBrowser): BrowserProcess {
    return new BrowserProcess(found);
  }

  /** The browser's process id while it runs; undefined once it has ended (or never started). */
  get pid(): number | undefined {
    return this.running ? this.child.pid : undefined;
  }

  /** The browser's end of the DevTools pipe: charter writes on fd 3, Chromium answers on fd 4. */
  get pipes(): { write: Writable; read: Readable } {
    return { write: this.child.stdio[3] as Writable, read: this.child.stdio[4] as Readable };
  }

  /** Ends the browser and its helpers at once and removes its profile; safe to call any time, any number of times. */
  kill(): void {
    this.stop();
    this.running = false;
    process.removeListener('exit', this.killOnExit);
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 2 });
  }

  /**
   * Ends the browser and its helpers and returns at once, leaving its profile to `ended()` (or
   * `kill()`): removed while the browser is still going (it takes 20-30 ms to, once killed), the
   * profile would be removed twice, and the first time for nothing.
   */
  stop(): void {
    // The whole group, once, even when the browser itself has already ended: a helper it started
    // may still be running (and holding the pipe open).
    if (!this.groupKilled && this.child.pid !== undefined) {
      this.groupKilled = true;
      try {
        process.kill(process.platform === 'win32' ? this.child.pid : -this.child.pid, 'SIGKILL');
      } catch {
        if (this.running) this.child.kill('SIGKILL');
      }
    }
  }

  /** After the browser was asked to close: wait for it (a little), then make sure of it. */
  async ended(waitMs = 5000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    this.kill();
  }
}
