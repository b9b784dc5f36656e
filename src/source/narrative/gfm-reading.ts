import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GitHub-flavoured Markdown's five constructs, in the order remark-gfm registers them, each with
 * what a text must hold for it to make anything: a table needs a pipe, a footnote "[^", a task
 * list item "[ ]" or "[x]", strikethrough a tilde, a literal autolink "www.", a scheme or the "@" of
 * an e-mail address. A construct that cannot match changes nothing (micromark tries each one
 * whole, and undoes an attempt that fails), so a text is read with the constructs it may use
 * and no others: the same tree, and on its first read in a process, with nothing compiled yet,
 * about half the time for a text without any (the table construct alone is a third of GFM's
 * cost). test/narrative/gfm-reading.test.ts holds it to full GFM's reading.
 */
const CONSTRUCTS = [
  { marker: /www\.|https?:|mailto:|xmpp:|@/i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  { marker: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { marker: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown },
  { marker: /\|/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  { marker: /\[[ \txX]\]/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
] as const;

/** One reader per set of constructs, made the first time a text needs that set. */
const readers = new Map<number, Processor>();

/**
 * Reads Markdown as GitHub does, for reading only: remark-gfm's own plugin also registers its
 * writing half, which pulls in mdast-util-to-markdown (some forty modules) that charter never uses,
 * since it turns Markdown into HTML, never back into Markdown.
 */
export function parseMarkdown(text: string): Root {
  return readerFor(text).parse(text) as Root;
}

/** The reader with every GFM construct, whatever the text: what parseMarkdown must read the same as. */
export function fullGfmReader(): Processor {
  return reader((1 << CONSTRUCTS.length) - 1);
}

function readerFor(text: string): Processor {
  let set = 0;
  CONSTRUCTS.forEach((construct, k) => {
    if (construct.marker.test(text)) set |= 1 << k;
  });
  return reader(set);
}

function reader(set: number): Processor {
  let found = readers.get(set);
  if (!found) {
    const chosen = CONSTRUCTS.filter((_, k) => set & (1 << k));
    found = unified()
      .use(remarkParse)
      .use(function gfmReading(this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...chosen.map((c) => c.syntax()));
        (data.fromMarkdownExtensions ??= []).push(...chosen.map((c) => c.tree()));
      }) as unknown as Processor;
    readers.set(set, found);
  }
  return found;
}
