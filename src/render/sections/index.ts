import type { Element } from 'hast';
import type { RenderContext } from '../render-context.js';
import { complaintsSection } from './complaints.js';
import { accessibilitySection, performanceReportingSection, policiesSection, reviewSection } from './closing.js';
import { aboutSection, clientsSection, principlesSection, valuesSection } from './intro.js';
import { feedbackSection, obligationsSection, rightsSection } from './relationship.js';
import { channelsSection, servicesSection } from './services.js';
import { standardsSection } from './standards.js';

/** The public charter's sections, in the order a reader meets them. */
export const PUBLIC_SECTIONS: ReadonlyArray<(ctx: RenderContext) => Promise<Element | undefined>> = Object.freeze([
  aboutSection,
  principlesSection,
  valuesSection,
  clientsSection,
  servicesSection,
  channelsSection,
  standardsSection,
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
    const element = await render(ctx);
    if (element) sections.push(element);
  }
  return sections;
}
