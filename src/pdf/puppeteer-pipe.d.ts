// puppeteer's own transport over a browser's pipe (what `launch({ pipe: true })` uses), reached
// through the package's exports map ("./internal/*"); its types are not published.
declare module 'puppeteer-core/internal/node/PipeTransport.js' {
  import type { ConnectionTransport } from 'puppeteer-core';
  export class PipeTransport implements ConnectionTransport {
    constructor(pipeWrite: NodeJS.WritableStream, pipeRead: NodeJS.ReadableStream);
    send(message: string): void;
    close(): void;
    onmessage?: (message: string) => void;
    onclose?: () => void;
  }
}
