import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Channel } from '../../model/charter.js';
import { formatAvailability, formatFee, formatHours, formatList } from '../../words/index.js';
import type { RenderContext } from '../render-context.js';
import { contactLink, list, section, table, type Child } from './elements.js';

export async function servicesSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const clientNames = new Map(ctx.charter.clients.map((c) => [c.id, c.name]));
  const rows: Child[][] = [];
  for (const s of ctx.charter.services) {
    const fee = s.fee ? [formatFee(s.fee, ctx.lang), s.fee.note ? h('br') : undefined, s.fee.note ? h('small', await ctx.text(s.fee.note)) : undefined] : [];
    const requirements = s.requirements?.length ? list(await Promise.all(s.requirements.map((r) => ctx.text(r)))) : undefined;
    rows.push([
      [h('span', { id: `service-${s.id}` }, s.name), s.group ? [h('br'), h('small', s.group)] : undefined],
      [
        ...(await ctx.text(s.description)),
        s.point_of_service ? [h('br'), h('small', s.point_of_service)] : undefined,
        s.officers?.length ? list(s.officers.map((o) => `${t.complaints.stage(String(o.stage))}: ${[o.role, o.name, o.contact].filter(Boolean).join(', ')}`)) : undefined,
        ...(await ctx.narrativeForItem('services', s.id)), s.client_groups?.length ? h('br') : undefined, s.client_groups?.length ? h('small', formatList(s.client_groups.map((id) => clientNames.get(id) ?? id), ctx.lang)) : undefined],
      fee,
      requirements,
    ]);
  }
  const tt = t.tables.services;
  return section('services', t.sections.services, await ctx.narrativeFor('services'), table(tt.caption, [tt.service, tt.clients, tt.fee, tt.requirements], rows));
}

export async function channelsSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const tt = t.tables.channels;
  const rows: Child[][] = [];
  for (const c of ctx.charter.channels) {
    rows.push([
      h('span', { id: `channel-${c.id}` }, [c.label, h('br'), h('small', t.channelKinds[c.kind])]),
      [contactLink(c.contact), c.not_for ? [h('br'), h('small', t.notFor(c.not_for))] : undefined],
      hoursCell(c, ctx),
      c.use_for?.length ? formatList(c.use_for.map((u) => t.useFor[u]), ctx.lang) : undefined,
    ]);
  }
  return section('channels', t.sections.channels, await ctx.narrativeFor('channels'), table(tt.caption, [tt.channel, tt.contact, tt.hours, tt.useFor], rows));
}

function hoursCell(channel: Channel, ctx: RenderContext): Child {
  const t = ctx.catalog;
  const availability = channel.availability ?? 'hours';
  if (availability !== 'hours' || !channel.hours?.length) {
    return [formatAvailability(channel, ctx.lang), channel.closed_on ? [h('br'), h('small', t.availability.closedOn(channel.closed_on))] : undefined];
  }
  // Opening hours as a small table of their own: days and times read as pairs by screen readers.
  const rows = formatHours(channel.hours, ctx.lang);
  return [
    h('table', { className: 'hours' }, [
      h('caption', { className: 'visually-hidden' }, `${t.tables.hours.caption}: ${channel.label}`),
      h('thead', { className: 'visually-hidden' }, h('tr', [h('th', { scope: 'col' }, t.tables.hours.days), h('th', { scope: 'col' }, t.tables.hours.times)])),
      h('tbody', rows.map((row) => h('tr', [h('th', { scope: 'row' }, row.days), h('td', row.time)]))),
    ]),
    channel.closed_on ? h('small', t.availability.closedOn(channel.closed_on)) : undefined,
    channel.languages?.length ? [h('br'), h('small', t.availability.languages(formatList(channel.languages, ctx.lang)))] : undefined,
  ];
}
