import type { Element } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../render-context.js';
import { facts, list, section } from './elements.js';

export async function aboutSection(ctx: RenderContext): Promise<Element> {
  const { about } = ctx.charter;
  const t = ctx.catalog;
  return section(
    'about',
    t.sections.about,
    await ctx.narrativeFor('about'),
    h('p', { className: 'summary' }, await ctx.text(about.summary)),
    facts([
      [t.about.mission, about.mission ? await ctx.text(about.mission) : undefined],
      [t.about.vision, about.vision ? await ctx.text(about.vision) : undefined],
    ]),
    about.what_we_do?.length
      ? [h('h3', t.about.whatWeDo), list(await Promise.all(about.what_we_do.map((item) => ctx.text(item))))]
      : undefined,
  );
}

export async function principlesSection(ctx: RenderContext): Promise<Element | undefined> {
  const principles = ctx.charter.principles;
  if (!principles?.length) return undefined;
  const items = [];
  for (const p of principles) items.push(h('li', { id: `principle-${p.id}` }, [h('strong', p.title), ' ', ...(await ctx.text(p.statement))]));
  return section('principles', ctx.catalog.sections.principles, await ctx.narrativeFor('principles'), h('ul', items));
}

export async function valuesSection(ctx: RenderContext): Promise<Element> {
  const items = [];
  for (const v of ctx.charter.values) items.push(h('li', [h('strong', v.name), ' ', ...(await ctx.text(v.description))]));
  return section('values', ctx.catalog.sections.values, await ctx.narrativeFor('values'), h('ul', items));
}

export async function clientsSection(ctx: RenderContext): Promise<Element> {
  const items = [];
  for (const c of ctx.charter.clients) {
    items.push(h('li', { id: `client-${c.id}` }, [h('strong', c.name), ...(c.description ? [' ', ...(await ctx.text(c.description))] : [])]));
  }
  return section('clients', ctx.catalog.sections.clients, await ctx.narrativeFor('clients'), h('ul', items));
}
