// parseMarkdown reads a text with only the GFM constructs its characters allow
// (src/source/narrative/gfm-reading.ts). It must give the tree full GFM gives, positions and all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fullGfmReader, parseMarkdown } from '../../src/source/narrative/gfm-reading.js';
import { ROOT } from '../helpers/charter-fixture.js';
import { mulberry32 } from '../helpers/seeded-random.js';

const full = (text: string) => fullGfmReader().parse(text);

/** Pieces of Markdown: GFM's constructs, their near misses, and plain CommonMark around them. */
const PIECES = [
  'We answer calls', ' ', '\n', '\n\n', '# Heading {#id}\n', '## Our promise {#promise audience=staff}\n', '- item\n', '1. first\n', '> quote\n', '    code\n', '```\nfenced | ~ @\n```\n',
  '| a | b |\n| --- | --- |\n| 1 | 2 |\n', 'a | b\n--- | ---\n', '|', '| x', '---\n', 'a\n-\n', '\\|',
  '~~gone~~', '~one~', '~', '~~~\ncode\n~~~\n', '\\~',
  '- [ ] to do\n', '- [x] done\n', '* [X] Done\n', '[ ]', '[x]', '[y]', '[ x]',
  'Text[^1] more', '[^1]: The note.\n', '[^note]', '[^', '^1',
  'www.example.org', 'WWW.Example.org/path?q=1', 'https://example.org/a_(b)', 'HTTP://X.ORG', 'http:', 'mailto:help@example.org', 'xmpp:a@b.org', 'help@example.org', 'a@b', '@handle', 'www', 'wwwx.org', 'https',
  '[link](https://example.org)', '[ref]\n\n[ref]: /url\n', '<https://example.org>', '<help@example.org>', '*em*', '**strong**', '`code`', '<b>html</b>', '&amp;', '\\*',
];

function randomMarkdown(rng: () => number): string {
  let text = '';
  const n = 1 + Math.floor(rng() * 14);
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(rng() * PIECES.length)]!;
  return text;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('reading Markdown with the GFM constructs a text may use', () => {
  it('reads every narrative of the examples and the docs as full GFM does', () => {
    const files = [...markdownFiles(join(ROOT, 'examples')), ...markdownFiles(join(ROOT, 'docs')), join(ROOT, 'README.md')];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseMarkdown(text), file).toEqual(full(text));
    }
  });

  it('reads 2,000 random texts of GFM constructs, near misses and CommonMark as full GFM does', () => {
    const rng = mulberry32(20261204);
    for (let i = 0; i < 2000; i++) {
      const text = randomMarkdown(rng);
      expect(parseMarkdown(text), JSON.stringify(text)).toEqual(full(text));
    }
  });

  it('would see a difference: CommonMark alone reads most of those texts otherwise', () => {
    const commonMark = unified().use(remarkParse);
    const rng = mulberry32(20261204);
    let differ = 0;
    for (let i = 0; i < 2000; i++) {
      const text = randomMarkdown(rng);
      if (JSON.stringify(commonMark.parse(text)) !== JSON.stringify(full(text))) differ++;
    }
    expect(differ).toBeGreaterThan(1000); // 1,405 of 2,000
  });
});
