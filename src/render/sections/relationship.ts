import type { Element } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../render-context.js';
import { contactLink, facts, list, section } from './elements.js';

export async function rightsSection(ctx: RenderContext): Promise<Element> {
  const items = await Promise.all(ctx.charter.rights.map(async (r) => h('span', { id: `right-${r.id}` }, await ctx.text(r.text))));
  return section('rights', ctx.catalog.sections.rights, await ctx.narrativeFor('rights'), list(items));
}

export async function obligationsSection(ctx: RenderContext): Promise<Element> {
  const items = await Promise.all(ctx.charter.obligations.map(async (o) => h('span', { id: `obligation-${o.id}` }, await ctx.text(o.text))));
  return section('obligations', ctx.catalog.sections.obligations, await ctx.narrativeFor('obligations'), list(items));
}

export async function feedbackSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const { feedback } = ctx.charter;
  const channels = new Map(ctx.charter.channels.map((c) => [c.id, c]));
  const ways = feedback.channels.flatMap((id) => {
    const channel = channels.get(id);
    return channel ? [h('span', [h('strong', channel.label), ': ', contactLink(channel.contact)])] : [];
  });
  return section(
    'feedback',
    t.sections.feedback,
    await ctx.narrativeFor('feedback'),
    facts([
      [t.feedback.youCanTellUs, feedback.types.map((type) => t.feedback.types[type]).join(', ')],
      [t.feedback.surveys, feedback.surveys ? await ctx.text(feedback.surveys) : undefined],
      [t.feedback.howWeUseIt, feedback.how_we_use_it ? await ctx.text(feedback.how_we_use_it) : undefined],
    ]),
    ways.length ? [h('h3', t.feedback.howToGiveFeedback), list(ways)] : undefined,
  );
}
