import type { ElementContent } from 'hast';
import type { Position } from '../diagnostics.js';
import type { Catalog } from '../i18n/types.js';
import type { NarrativeSet } from '../source/narrative/narrative-set.js';
import { itemOfBlock, sectionOfBlock } from '../source/narrative/attach.js';
import type { NarrativeBlock } from '../source/narrative/parse-narrative.js';
import type { Charter } from '../model/charter.js';
import { resolveLanguage } from '../words/index.js';
import { renderBlock, renderText, type RenderWarning } from './markdown.js';

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

  constructor(
    readonly charter: Charter,
    readonly narrative: NarrativeSet,
    readonly folder: string,
    readonly yamlFile: string,
    readonly audience: 'public' | 'staff',
  ) {
    this.lang = charter.meta.languages.primary;
    const language = resolveLanguage(this.lang);
    this.catalog = language.catalog;
    this.locale = language.locale;
  }

  /** Markdown in a YAML text field, as inline content. Plain text takes a fast path. */
  async text(value: string | undefined): Promise<ElementContent[]> {
    if (value === undefined || value === '') return [];
    if (!/[*_`[\]<>#|!\\&~]|https?:|^\s*([-+]|\d+\.)\s/m.test(value)) return [{ type: 'text', value }];
    const rendered = await renderText(value, { folder: this.folder });
    this.keep(rendered.warnings, this.yamlFile);
    return rendered.nodes;
  }

  /** The narrative blocks attached to a section that this audience may read, rendered. */
  async narrativeFor(section: string): Promise<ElementContent[]> {
    const nodes: ElementContent[] = [];
    for (const block of this.blocksOf(section)) {
      const rendered = await renderBlock(block.content, { folder: this.folder });
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
      const rendered = await renderBlock(block.content, { folder: this.folder });
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

  private keep(warnings: RenderWarning[], file: string): void {
    for (const w of warnings) {
      this.warnings.push({ file, position: w.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: w.message });
    }
  }
}
