// The one function of tar-fs (an optional dependency, used only to unpack the npm-shipped
// Chromium's libraries) that charter calls; tar-fs ships no types of its own.
declare module 'tar-fs' {
  export function extract(cwd: string): NodeJS.WritableStream;
}
