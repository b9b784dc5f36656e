import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';
import { printable } from '../../diagnostics.js';
import { errnoWords, ToolError } from '../../errors.js';

/** What a page of the site answers. */
export interface Reply {
  status: number;
  type: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

/** The pages: a fixed list of paths, each answered from memory. No file is ever read for a path. */
export interface Site {
  /** The answer for one of the site's paths, or undefined for any other path (404). */
  reply(path: string): Promise<Reply | undefined>;
  /** The version the pages are at, sent on the event stream. */
  current(): { instance: string; version: number };
}

export interface RunningServer {
  /** Where to open it: http://127.0.0.1:4321/ */
  url: string;
  port: number;
  /** Tells every open page that a new version is there. */
  announce(): void;
  close(): Promise<void>;
}

/** The Server-Sent Events stream the live script listens to. */
export const EVENTS_PATH = '/_charter/events';

/**
 * Sent with every answer: no other site may frame the pages, embed or sniff them, and nothing is
 * cached (the page changes on every save). frame-ancestors works only as a header, not in <meta>.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
});

/**
 * Node's own http server, for a handful of paths answered from memory. It listens on one address
 * (127.0.0.1 unless --host says otherwise) and answers only requests whose Host header names that
 * address: a web page elsewhere that points a host name of its own at 127.0.0.1 (DNS rebinding)
 * gets 403, so it cannot read the pages.
 */
export async function startServer(site: Site, options: { host: string; port: number; onError: (message: string) => void }): Promise<RunningServer> {
  const streams = new Set<ServerResponse>();
  let allowed = new Set<string>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.onError(`internal error while answering ${printablePath(request.url)}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, request, { status: 500, type: 'text/plain; charset=utf-8', body: 'charter could not answer this request; the terminal says why.\n' });
      else response.destroy();
    });
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!allowed.has((request.headers.host ?? '').toLowerCase())) {
      return send(response, request, { status: 403, type: 'text/plain; charset=utf-8', body: `This server answers only at ${urlOf(options.host, port())}\n` });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, request, { status: 405, type: 'text/plain; charset=utf-8', body: 'Only GET and HEAD.\n', headers: { Allow: 'GET, HEAD' } });
    }
    // The path as sent, compared whole with the site's own paths: nothing is decoded or joined to a
    // folder, so "/../charter.yaml" or "/%2e%2e/" can only be one of them or a 404.
    const path = (request.url ?? '').split(/[?#]/, 1)[0]!;
    if (path === EVENTS_PATH) return openStream(request, response);
    const reply = await site.reply(path);
    return send(response, request, reply ?? { status: 404, type: 'text/plain; charset=utf-8', body: NOT_FOUND });
  };

  const openStream = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    if (request.method === 'HEAD') return response.end();
    // Reconnect quickly after the server is restarted; then the current version, so a page that
    // missed an update (or comes from an earlier run) catches up at once.
    response.write('retry: 1000\n\n');
    response.write(event(site.current()));
    streams.add(response);
    // The response's close, not the request's: a GET's request is over as soon as it has arrived.
    response.on('close', () => streams.delete(response));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.host, options.port)));
    server.listen(options.port, options.host, () => resolve());
  });
  const port = () => (server.address() as { port: number }).port;
  allowed = allowedHosts(options.host, port());
  server.on('error', (error: Error) => options.onError(`the server: ${error.message}`));

  return {
    url: urlOf(options.host, port()),
    port: port(),
    announce: () => {
      const text = event(site.current());
      for (const stream of streams) stream.write(text);
    },
    close: async () => {
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open event streams and idle keep-alive connections would hold close() for ever.
        server.closeAllConnections();
      });
    },
  };
}

const NOT_FOUND = 'Not found. This server shows the charter at /, the website summary at /summary, the PDF at /charter.pdf, and the staff handbook at /handbook when started with --handbook.\n';

function event(current: { instance: string; version: number }): string {
  return `event: version\ndata: ${JSON.stringify(current)}\n\n`;
}

function send(response: ServerResponse, request: IncomingMessage, reply: Reply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  response.writeHead(reply.status, { ...SECURITY_HEADERS, 'Content-Type': reply.type, 'Content-Length': String(body.byteLength), ...reply.headers });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The address to open: a wildcard host (every interface) is opened on this machine as 127.0.0.1. */
export function urlOf(host: string, port: number): string {
  const shown = isWildcard(host) ? '127.0.0.1' : host;
  return `http://${isIP(shown) === 6 ? `[${shown}]` : shown}:${port}/`;
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/**
 * The Host headers a request may carry, port included: this machine's own names for the address
 * served. A wildcard host (--host 0.0.0.0) adds every address of this machine and its name, as
 * colleagues on the network reach it by those.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', isIP(host) === 6 ? `[${host}]` : host]);
  if (isWildcard(host)) {
    names.add(hostname());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.add(address.family === 'IPv6' ? `[${address.address}]` : address.address);
    }
  }
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${name.toLowerCase()}:${port}`);
    // Browsers leave the port out of Host when it is the default one.
    if (port === 80) hosts.add(name.toLowerCase());
  }
  return hosts;
}

function listenError(error: NodeJS.ErrnoException, givenHost: string, port: number): ToolError {
  // The host is the user's own text: one printable line whatever they typed.
  const host = printable(givenHost);
  switch (error.code) {
    case 'EADDRINUSE':
      return new ToolError(`port ${port} on ${host} is already in use (another charter serve?); choose another with --port, such as --port ${port === 65535 ? 4321 : port + 1}`);
    case 'EACCES':
      return new ToolError(`port ${port} needs administrator rights; choose one above 1023 with --port, such as --port 4321`);
    case 'EADDRNOTAVAIL':
      return new ToolError(`--host "${host}" is not an address of this machine; leave it out to serve on 127.0.0.1`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ToolError(`--host "${host}" is not a known host name or address; leave it out to serve on 127.0.0.1`);
    default:
      return new ToolError(`cannot serve on ${host} port ${port}: ${errnoWords(error)}`);
  }
}

function printablePath(url: string | undefined): string {
  return JSON.stringify((url ?? '').slice(0, 200));
}
