import type { Element } from 'hast';
import type { RenderContext } from '../render-context.js';
import { complaintsSection } from './complaints.js';
import { accessibilitySection, performanceReportingSection, policiesSection, reviewSection } from './closing.js';
import { aboutSection, clientsSection, principlesSection, valuesSection } from './intro.js';
import { feedbackSection, obligationsSection, rightsSection } from './relationship.js';
import { channelsSection, servicesSection } from './services.js';
import { standardsSection } from './standards.js';
import { resultsSection } from './results.js';
import { nextTurn } from '../../util/next-turn.js';

/** The public charter's sections, in the order a reader meets them. */
export const PUBLIC_SECTIONS: ReadonlyArray<(ctx: RenderContext) => Promise<Element | undefined>> = Object.freeze([
  aboutSection,
  principlesSection,
  valuesSection,
  clientsSection,
  servicesSection,
  channelsSection,
  standardsSection,
  resultsSection,
  rightsSection,
  obligationsSection,
  feedbackSection,
  complaintsSection,
  performanceReportingSection,
  accessibilitySection,
  policiesSection,
  reviewSection,
]);

export async function renderSections(ctx: RenderContext, renderers = PUBLIC_SECTIONS): Promise<Element[]> {
  const sections: Element[] = [];
  for (const render of renderers) {
    await nextTurn();
    const element = await render(ctx);
    if (element) sections.push(withAuthorsTitle(element, ctx));
  }
  return sections;
}

/**
 * A narrative block attached to a section gives the section its title: the author's heading
 * ("Complaints and compliments") replaces the built-in one, so the page reads in their words.
 */
function withAuthorsTitle(section: Element, ctx: RenderContext): Element {
  // The element's id is the page's ("performance-reporting"); blocks attach by the YAML key ("performance_reporting").
  const block = ctx.blocksOf(String(section.properties.id).replace(/-/g, '_'))[0];
  const heading = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
  if (block && heading) heading.children = [{ type: 'text', value: block.title }];
  return section;
}
