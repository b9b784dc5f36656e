import { spawn, type ChildProcess } from 'node:child_process';

/** A minimal Language Server Protocol client over stdio: enough to open a document, read diagnostics and ask for hover. */
export interface LspClient {
  request: <T>(method: string, params: unknown) => Promise<T>;
  notify: (method: string, params: unknown) => void;
  /** Resolves with the first notification of `method` for which `accept` holds; rejects after `timeoutMs`. */
  waitFor: <T>(method: string, accept: (params: T) => boolean, timeoutMs?: number) => Promise<T>;
  close: () => void;
}

interface Message { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }

export function startLanguageServer(command: string, args: string[], settings: unknown): LspClient {
  const child: ChildProcess = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const notifications: Message[] = [];
  const listeners = new Set<() => void>();

  const send = (message: Message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin!.write(body);
  };

  const receive = (message: Message) => {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    } else if (message.id !== undefined && message.method !== undefined) {
      // A request from the server: workspace/configuration gets the settings, everything else null.
      const items = (message.params as { items?: Array<{ section?: string }> } | undefined)?.items ?? [];
      const section = (name: string | undefined) => (name ? (settings as Record<string, unknown>)[name] ?? null : settings);
      send({ id: message.id, result: message.method === 'workspace/configuration' ? items.map((item) => section(item.section)) : null });
    } else {
      notifications.push(message);
      for (const listener of listeners) listener();
    }
  };

  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('latin1'))?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      receive(JSON.parse(body) as Message);
    }
  });

  return {
    request: <T>(method: string, params: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
    waitFor: <T>(method: string, accept: (params: T) => boolean, timeoutMs = 20_000) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = notifications.find((n) => n.method === method && accept(n.params as T));
          if (!found) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found.params as T);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${method} after ${timeoutMs} ms; got: ${JSON.stringify(notifications.filter((n) => n.method === method)).slice(0, 2000)}`));
        }, timeoutMs);
        if (!check()) listeners.add(check);
      }),
    close: () => child.kill(),
  };
}
