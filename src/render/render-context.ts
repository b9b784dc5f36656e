import type { ElementContent } from 'hast';
import type { Position } from '../diagnostics.js';
import type { Catalog } from '../i18n/types.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import { itemOfBlock, sectionOfBlock } from '../source/narrative/attach.js';
import type { NarrativeBlock, NarrativeDefinition } from '../source/narrative/parse-narrative.js';
import type { Charter } from '../model/charter.js';
import type { Result } from '../model/results.js';
import { resolveLanguage } from '../words/index.js';
import { renderBlock, renderText, type MarkdownContext, type RenderWarning } from './markdown.js';
import { ImageInliner } from './assets.js';

/** charter.yaml as warnings name it, and where a text value of it is (the first scalar with that text). */
export interface YamlPlaces {
  file: string;
  placeOf: (value: string) => Position | undefined;
}

/** A link to the page in another language, named in that language ("Cymraeg"). */
export interface LanguageLink {
  lang: string;
  href: string;
  name: string;
  current: boolean;
}

/** A warning met while rendering, placed in the Markdown or YAML file it came from. */
export interface PlacedWarning {
  file: string;
  position: Position;
  message: string;
}

/** What section renderers share: the charter, its language, and Markdown rendering. */
export class RenderContext {
  readonly catalog: Catalog;
  readonly lang: string;
  readonly locale: string;
  readonly warnings: PlacedWarning[] = [];
  /** How many YAML texts went through Markdown: each gets its own scope for the ids it brings. */
  private texts = 0;

  /** The page's images, each read once, within the page's budget (the logo included). */
  readonly images: ImageInliner;

  constructor(
    readonly charter: Charter,
    readonly narrative: NarrativeSet,
    readonly folder: string,
    readonly yaml: YamlPlaces,
    readonly audience: 'public' | 'staff',
    /** The same page in every language it is published in (empty when there is one). */
    readonly languages: readonly LanguageLink[] = [],
    /** The results file's rows, for "How we are doing" (empty without one). */
    readonly results: readonly Result[] = [],
  ) {
    this.images = new ImageInliner(folder);
    this.lang = charter.meta.languages.primary;
    const language = resolveLanguage(this.lang);
    this.catalog = language.catalog;
    this.locale = language.locale;
  }

  /** Markdown in a YAML text field, as inline content. Plain text takes a fast path. */
  async text(value: string | undefined): Promise<ElementContent[]> {
    if (value === undefined || value === '') return [];
    if (!/[*_`[\]<>#|!\\&~]|https?:|^\s*([-+]|\d+\.)\s/m.test(value)) return [{ type: 'text', value }];
    // "text.3" is no block id (those have no dot), so its ids never meet a block's.
    const rendered = await renderText(value, { images: this.images, labels: this.catalog.narrative, scope: `text.${++this.texts}` });
    // A warning's place inside the text is no place in charter.yaml: it goes to the value itself.
    const at = rendered.warnings.length > 0 ? this.yaml.placeOf(value) : undefined;
    this.keep(rendered.warnings.map((w) => ({ ...w, ...(at ? { position: at } : {}) })), this.yaml.file);
    return rendered.nodes;
  }

  /** A warning about a YAML value, at that value (the logo that cannot be shown). */
  warnAtValue(value: string, message: string): void {
    this.keep([{ ...(this.yaml.placeOf(value) ? { position: this.yaml.placeOf(value)! } : {}), message }], this.yaml.file);
  }

  /** The narrative blocks attached to a section that this audience may read, rendered. */
  async narrativeFor(section: string): Promise<ElementContent[]> {
    const nodes: ElementContent[] = [];
    for (const block of this.blocksOf(section)) {
      const rendered = await renderBlock(block.content, this.markdownContext(block));
      this.keep(rendered.warnings, block.file);
      nodes.push({ type: 'element', tagName: 'div', properties: { className: ['narrative'] }, children: rendered.nodes });
    }
    return nodes;
  }

  /** The blocks attached to one standard or service, each under its author's heading. */
  async narrativeForItem(list: 'standards' | 'services', id: string): Promise<ElementContent[]> {
    const nodes: ElementContent[] = [];
    for (const block of this.narrative.blocks.values()) {
      const owner = itemOfBlock(this.charter, block.id);
      if (owner?.list !== list || owner.id !== id || (this.audience !== 'staff' && block.audience === 'staff')) continue;
      const rendered = await renderBlock(block.content, this.markdownContext(block));
      this.keep(rendered.warnings, block.file);
      const heading: ElementContent = { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: block.title }] };
      nodes.push({ type: 'element', tagName: 'div', properties: { className: ['narrative', 'item-narrative'] }, children: [heading, ...rendered.nodes] });
    }
    return nodes;
  }

  blocksOf(section: string): NarrativeBlock[] {
    return [...this.narrative.blocks.values()].filter(
      (block) => sectionOfBlock(this.charter, block.id) === section && (this.audience === 'staff' || block.audience !== 'staff'),
    );
  }

  /**
   * How a block is rendered: its ids scoped by its id, and with the link and footnote definitions
   * of its whole file. A footnote written in a staff block is prose for staff: a public page never
   * shows it (staff-leak reports a public block that uses one).
   */
  private markdownContext(block: NarrativeBlock): MarkdownContext {
    const readable = (d: NarrativeDefinition) => d.node.type === 'definition' || this.audience === 'staff' || d.audience !== 'staff';
    const definitions = block.definitions.filter(readable).map((d) => d.node);
    return { images: this.images, labels: this.catalog.narrative, scope: block.id, definitions };
  }

  private keep(warnings: RenderWarning[], file: string): void {
    for (const w of warnings) {
      this.warnings.push({ file, position: w.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: w.message });
    }
  }
}
