import type { LazyPrinter } from '../pdf/lazy-printer.js';
import { signalExitCode } from './exit-code.js';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface Interrupt {
  /** Resolves with the exit code (128 + the signal's number) once the command has stopped. */
  interrupted: Promise<number>;
  /** Aborted at the signal: watchers and servers close with it. */
  signal: AbortSignal;
  dispose: () => void;
}

/**
 * Ctrl-C, a kill, or the terminal closing: end the browser at once, abort what listens to `signal`,
 * let the command tidy up (`settle`), say `message`, and end with 128 + the signal's number.
 */
export function onInterrupt(printer: LazyPrinter, write: (text: string) => void, options: { message: string; settle?: () => Promise<void> }): Interrupt {
  const controller = new AbortController();
  let resolveInterrupted: (code: number) => void = () => undefined;
  const interrupted = new Promise<number>((resolve) => (resolveInterrupted = resolve));
  const handler = (signal: NodeJS.Signals) => {
    printer.killNow();
    controller.abort();
    void (options.settle?.() ?? Promise.resolve()).then(() => {
      write(`\ncharter: ${options.message}\n`);
      resolveInterrupted(signalExitCode(signal));
    });
  };
  for (const signal of SIGNALS) process.once(signal, handler);
  return {
    interrupted,
    signal: controller.signal,
    dispose: () => {
      for (const signal of SIGNALS) process.removeListener(signal, handler);
      controller.abort();
    },
  };
}
