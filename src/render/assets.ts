import { readSourceFile } from '../source/read-source.js';
import { extname } from 'node:path';
import { resolveInside } from '../source/safe-path.js';
import { shorten } from '../util/shorten.js';

const IMAGE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
});

/** Images are inlined so the page is one self-contained file; a limit keeps the page printable. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type InlineResult = { ok: true; dataUri: string } | { ok: false; reason: string };

/**
 * Bytes of inlined images one page may carry. Each use of an image repeats its data in the page,
 * so an image shown hundreds of times grew the page past what a string can hold (and what a
 * browser can print): past the budget, further uses are left out with a warning.
 */
export const PAGE_IMAGE_BUDGET = 16 * 1024 * 1024;

/** The images of one page: each file read once, every use counted against the page's budget. */
export class ImageInliner {
  private readonly read = new Map<string, Promise<InlineResult>>();
  private spent = 0;

  constructor(
    private readonly folder: string,
    private readonly budget = PAGE_IMAGE_BUDGET,
  ) {}

  async inline(src: string): Promise<InlineResult> {
    let reading = this.read.get(src);
    if (!reading) this.read.set(src, (reading = inlineImage(this.folder, src)));
    const result = await reading;
    if (!result.ok) return result;
    if (this.spent + result.dataUri.length > this.budget) {
      return { ok: false, reason: `image "${shorten(src)}" is left out here: the images on this page already add up to ${Math.round(this.budget / 1024 / 1024)} MB; use smaller images, or show this one fewer times` };
    }
    this.spent += result.dataUri.length;
    return result;
  }
}

/**
 * Reads an image from inside the charter folder and returns it as a data: URI. Anything else (a
 * remote URL, a path that leaves the folder, an unknown type) is refused with a reason: the page
 * never loads anything from outside.
 */
export async function inlineImage(folder: string, src: string): Promise<InlineResult> {
  if (/^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i.test(src)) return { ok: true, dataUri: src };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return { ok: false, reason: `remote image "${shorten(src)}" is not fetched; put the file in the charter folder and link it by a relative path` };
  }
  let path: string;
  try {
    path = decodeURIComponent(src.split(/[?#]/)[0]!);
  } catch {
    // A lone "%" is no percent-encoding: read the path as written.
    path = src.split(/[?#]/)[0]!;
  }
  const inside = await resolveInside(folder, path);
  // Messages name the file as the author wrote it, not as Markdown percent-encoded it.
  if (!inside.ok) return { ok: false, reason: `image "${shorten(path)}" ${inside.reason}` };
  const type = IMAGE_TYPES[extname(inside.path).toLowerCase()];
  if (!type) return { ok: false, reason: `image "${shorten(src)}" is not a PNG, JPEG, GIF, WebP or SVG file` };
  const read = await readSourceFile(inside.path, MAX_IMAGE_BYTES);
  if (!read.ok) return { ok: false, reason: read.problem === 'too-large' ? `image "${shorten(src)}" is larger than 2 MB` : `image "${shorten(src)}" is not a regular file` };
  return { ok: true, dataUri: `data:${type};base64,${read.bytes.toString('base64')}` };
}

