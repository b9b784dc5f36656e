// puppeteer's internal modules that cdp-connection.ts uses, reached through the package's exports
// map ("./internal/*"). Their own declarations name internal classes (CdpBrowser), not the public
// Browser the rest of charter uses; declared here with the public types.
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

declare module 'puppeteer-core/internal/cdp/BrowserConnector.js' {
  import type { Browser, ConnectionTransport, ConnectOptions } from 'puppeteer-core';
  export function _connectToCdpBrowser(transport: ConnectionTransport, url: string, options: ConnectOptions): Promise<Browser>;
}
