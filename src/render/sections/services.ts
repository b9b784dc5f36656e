import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Channel } from '../../model/charter.js';
import { formatAvailability, formatFee, formatList } from '../../words/index.js';
import { formatHoursIntervals } from '../../words/hours.js';
import type { RenderContext } from '../render-context.js';
import { contactLink, list, section, table, type Child } from './elements.js';

export async function servicesSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const tt = t.tables.services;
  const clientNames = new Map(ctx.charter.clients.map((c) => [c.id, c.name]));
  // One header per cell, in the same order: the table helper drops a column that is empty in every
  // row, header and all, so the two lists must match exactly.
  const headers = [tt.service, tt.description, tt.clients, tt.fee, tt.requirements];
  const rows: Child[][] = [];
  for (const s of ctx.charter.services) {
    const requirements = await Promise.all((s.requirements ?? []).map((r) => ctx.text(r)));
    const row: Child[] = [
      [h('span', { id: `service-${s.id}` }, s.name), s.group ? [h('br'), h('small', s.group)] : undefined],
      [
        ...(await ctx.text(s.description)),
        s.point_of_service ? [h('br'), h('small', s.point_of_service)] : undefined,
        s.officers?.length ? list(s.officers.map((o) => `${t.complaints.stage(String(o.stage))}: ${[o.role, o.name, o.contact].filter(Boolean).join(', ')}`)) : undefined,
        ...(await ctx.narrativeForItem('services', s.id)),
      ],
      s.client_groups?.length ? formatList(s.client_groups.map((id) => clientNames.get(id) ?? id), ctx.lang) : undefined,
      s.fee ? [formatFee(s.fee, ctx.lang), s.fee.note ? [h('br'), h('small', await ctx.text(s.fee.note))] : undefined] : undefined,
      // One requirement reads as a sentence; a list of one item is a bullet with nothing beside it.
      requirements.length === 1 ? requirements[0] : list(requirements),
    ];
    rows.push(row);
  }
  return section('services', t.sections.services, await ctx.narrativeFor('services'), table(tt.caption, headers, rows, 'services'));
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
  return section('channels', t.sections.channels, await ctx.narrativeFor('channels'), table(tt.caption, [tt.channel, tt.contact, tt.hours, tt.useFor], rows, 'channels'));
}

function hoursCell(channel: Channel, ctx: RenderContext): Child {
  const t = ctx.catalog;
  const availability = channel.availability ?? 'hours';
  const languages = channel.languages?.length ? h('small', t.availability.languages(formatList(channel.languages, ctx.lang))) : undefined;
  if (availability !== 'hours' || !channel.hours?.length) {
    const said = formatAvailability(channel, ctx.lang);
    const notes = [channel.closed_on ? h('small', t.availability.closedOn(channel.closed_on)) : undefined, languages].filter((n) => n !== undefined);
    return [said, ...notes.flatMap((note, i) => (i > 0 || said ? [h('br'), note] : [note]))];
  }
  // Opening hours as a small table of their own: days and times read as pairs by screen readers.
  // A day split by lunch is one row with two ranges. A range never wraps inside ("8am / to / 1pm"),
  // only between ranges: its spaces are non-breaking, so this holds under any template's CSS.
  const rows = formatHoursIntervals(channel.hours, ctx.lang);
  return [
    h('table', { className: 'hours' }, [
      h('caption', { className: 'visually-hidden' }, `${t.tables.hours.caption}: ${channel.label}`),
      h('thead', { className: 'visually-hidden' }, h('tr', [h('th', { scope: 'col' }, t.tables.hours.days), h('th', { scope: 'col' }, t.tables.hours.times)])),
      h(
        'tbody',
        rows.map((row) =>
          h('tr', [h('th', { scope: 'row' }, row.days), h('td', row.times.flatMap((time, i) => [...(i > 0 ? [', '] : []), h('span', { className: 'time-range' }, time.replace(/ /g, '\u00a0'))]))]),
        ),
      ),
    ]),
    channel.closed_on ? h('small', t.availability.closedOn(channel.closed_on)) : undefined,
    languages ? [channel.closed_on ? h('br') : undefined, languages] : undefined,
  ];
}
