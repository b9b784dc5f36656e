import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Processor } from 'unified';

/**
 * GitHub-flavoured Markdown (tables, footnotes, strikethrough, task lists, autolinks) for reading
 * only: remark-gfm's own plugin also registers its writing half, which pulls in
 * mdast-util-to-markdown (some forty modules) that charter never uses, since it turns Markdown into
 * HTML, never back into Markdown; every `charter check` compiled them. The reading half is the same
 * two extensions remark-gfm registers.
 */
export function gfmReading(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}
