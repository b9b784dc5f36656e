/**
 * Resolves in the next turn of the event loop, once the I/O that is waiting has been handled.
 *
 * A build talks to Chromium over a pipe on this same thread, and each of the browser's answers is
 * read only in a turn of the event loop: opening the page a PDF is printed on takes about 36 of
 * them (19 ms when the thread is idle; over half a second when it is busy in 15 ms slices, as while
 * checking). Checking and rendering give a turn between their long steps, so that the page is
 * ready when the first print asks for it rather than some 10-80 ms after. A turn with nothing
 * waiting costs about 5 microseconds.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
