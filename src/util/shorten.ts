/**
 * User text quoted in a message, cut to a readable length: a diagnostic is one line, and a hostile
 * file can hold a key or a path of megabytes.
 */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
