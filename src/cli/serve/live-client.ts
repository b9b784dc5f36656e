/**
 * The script `charter serve` adds to the pages it serves (never to built files). It runs in the
 * reader's browser: it is sent as this function's source text, so it must use nothing from outside
 * its own body. TypeScript checks it against the DOM like the rest of the code.
 */
export interface LiveClientConfig {
  /** The server run that served the page: a restarted server counts its versions from 1 again. */
  instance: string;
  version: number;
  /** The Server-Sent Events address. */
  events: string;
}

export function liveClient(config: LiveClientConfig): void {
  type Version = { instance: string; version: number };
  let shown: Version = { instance: config.instance, version: config.version };
  let wanted: Version = shown;
  let busy = false;
  const scrollKey = `charter-live-scroll:${location.pathname}`;
  const behind = () => wanted.instance !== shown.instance || wanted.version > shown.version;

  // After a fallback reload, the reader is put back where they were.
  const saved = sessionStorage.getItem(scrollKey);
  if (saved) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = saved.split(',').map(Number);
    addEventListener('load', () => scrollTo(x ?? 0, y ?? 0), { once: true });
  }

  // Images are data: URIs; decoding the new ones before the swap gives them their size at once,
  // so the page does not jump under the restored scroll position. Those already on the page are
  // ready as they are.
  const preloadImages = async (next: Document) => {
    const shown = new Set([...document.images].map((image) => image.getAttribute('src')));
    const sources = new Set([...next.images].map((image) => image.getAttribute('src') ?? '').filter((src) => src !== '' && !shown.has(src)));
    if (sources.size === 0) return;
    const decoded = [...sources].map((src) => {
      const image = new Image();
      image.src = src;
      return image.decode().catch(() => undefined);
    });
    await Promise.race([Promise.all(decoded), new Promise((resolve) => setTimeout(resolve, 150))]);
  };

  /** Puts the new page in place of the old: styles, title, language and body; scroll and open <details> kept. */
  const swap = (next: Document) => {
    const x = scrollX;
    const y = scrollY;
    const open = [...document.querySelectorAll('details')].map((details) => details.open);
    const oldStyles = [...document.head.querySelectorAll('style')];
    const newStyles = [...next.head.querySelectorAll('style')];
    if (oldStyles.length !== newStyles.length || oldStyles.some((style, i) => style.textContent !== newStyles[i]!.textContent)) {
      for (const style of oldStyles) style.remove();
      for (const style of newStyles) document.head.append(document.importNode(style, true));
    }
    document.title = next.title;
    document.documentElement.lang = next.documentElement.lang;
    // This script keeps running from the first load; the new page's copy is not needed.
    for (const script of next.querySelectorAll('script')) script.remove();
    for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
    for (const name of next.body.getAttributeNames()) document.body.setAttribute(name, next.body.getAttribute(name)!);
    document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.importNode(node, true)));
    const details = [...document.querySelectorAll('details')];
    if (details.length === open.length) details.forEach((element, i) => (element.open = open[i]!));
    scrollTo(x, y);
    requestAnimationFrame(() => scrollTo(x, y));
  };

  const update = async () => {
    busy = true;
    try {
      while (behind()) {
        let response: Response;
        let text: string;
        try {
          response = await fetch(location.pathname, { cache: 'no-store' });
          text = await response.text();
        } catch {
          // The server is gone (stopped, restarting): keep the page; the event stream reconnects.
          return;
        }
        if (!response.ok) return;
        const next = new DOMParser().parseFromString(text, 'text/html');
        await preloadImages(next);
        try {
          swap(next);
        } catch {
          // A page that cannot be swapped in place is loaded afresh, at the same place.
          sessionStorage.setItem(scrollKey, `${scrollX},${scrollY}`);
          location.reload();
          return;
        }
        shown = { instance: response.headers.get('x-charter-instance') ?? wanted.instance, version: Number(response.headers.get('x-charter-version') ?? wanted.version) };
        // The page came from another server run than the event: it is the newest there is.
        if (shown.instance !== wanted.instance) wanted = shown;
        document.documentElement.setAttribute('data-charter-live', String(shown.version));
        document.dispatchEvent(new CustomEvent('charter:updated', { detail: shown }));
      }
    } finally {
      busy = false;
    }
  };

  const events = new EventSource(config.events);
  events.addEventListener('open', () => document.documentElement.setAttribute('data-charter-live', String(shown.version)));
  events.addEventListener('version', (event) => {
    wanted = JSON.parse((event as MessageEvent<string>).data) as Version;
    if (!busy && behind()) void update();
  });
}
