import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatDate, formatEvery } from '../../words/index.js';
import type { RenderContext } from '../render-context.js';
import { facts, link, list, section, table } from './elements.js';

export async function performanceReportingSection(ctx: RenderContext): Promise<Element | undefined> {
  const p = ctx.charter.performance_reporting;
  if (!p) return undefined;
  const t = ctx.catalog;
  return section(
    'performance-reporting',
    t.sections.performanceReporting,
    await ctx.narrativeFor('performance_reporting'),
    facts([
      [t.reporting.frequency, p.frequency ? t.frequencies[p.frequency] : undefined],
      [t.reporting.where, p.where || p.url ? [p.where ? await ctx.text(p.where) : '', p.where && p.url ? ' ' : '', p.url ? link(p.url, p.url) : ''] : undefined],
      [t.reporting.lastPublished, p.last_published ? formatDate(p.last_published, ctx.lang) : undefined],
      [t.reporting.independentAssurance, typeof p.independent_assurance === 'string' ? await ctx.text(p.independent_assurance) : undefined],
    ]),
  );
}

export async function accessibilitySection(ctx: RenderContext): Promise<Element | undefined> {
  const a = ctx.charter.accessibility;
  const formats = ctx.charter.meta.alternative_formats ?? [];
  const translations = ctx.charter.meta.languages.translations ?? [];
  if (!a && formats.length === 0 && translations.length === 0) return undefined;
  const t = ctx.catalog;
  return section(
    'accessibility',
    t.sections.accessibility,
    await ctx.narrativeFor('accessibility'),
    facts([
      [t.accessibility.interpreting, a?.interpreting ? await ctx.text(a.interpreting) : undefined],
      [t.accessibility.relay, a?.relay ? await ctx.text(a.relay) : undefined],
      [t.accessibility.physicalAccess, a?.physical_access ? await ctx.text(a.physical_access) : undefined],
      [t.accessibility.extraHelp, a?.extra_help ? await ctx.text(a.extra_help) : undefined],
      [t.accessibility.alternativeFormatsHeading, formats.length ? formats.map((f) => t.accessibility.alternativeFormats[f]).join(', ') : undefined],
      [
        t.accessibility.otherLanguages,
        translations.length ? translations.map((tr) => (tr.url ? h('span', { lang: tr.lang }, [link(tr.url, tr.lang), ' ']) : h('span', { lang: tr.lang }, `${tr.lang} `))) : undefined,
      ],
    ]),
  );
}

export async function policiesSection(ctx: RenderContext): Promise<Element | undefined> {
  const policies = ctx.charter.policies;
  if (!policies?.length) return undefined;
  const items = [];
  for (const p of policies) {
    items.push(h('span', { id: `policy-${p.id}` }, [p.url ? link(p.url, p.title) : h('strong', p.title), ...(p.summary ? [': ', ...(await ctx.text(p.summary))] : [])]));
  }
  return section('policies', ctx.catalog.sections.policies, await ctx.narrativeFor('policies'), list(items));
}

export async function reviewSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const r = ctx.charter.review;
  const m = ctx.charter.meta;
  return section(
    'review',
    t.sections.review,
    await ctx.narrativeFor('review'),
    h('p', t.meta.reviewCadence(formatEvery(r.cadence, ctx.lang))),
    facts([
      [t.meta.version, m.version],
      [t.meta.effectiveFrom, formatDate(m.effective_date, ctx.lang)],
      [t.meta.approvedBy, m.approved_by ? [m.approved_by.name, m.approved_by.role].filter(Boolean).join(', ') + (m.approved_by.date ? ` (${formatDate(m.approved_by.date, ctx.lang)})` : '') : undefined],
      [t.meta.owner, r.owner],
      [t.meta.lastReviewed, formatDate(r.last_reviewed, ctx.lang)],
      [t.meta.nextReviewDue, formatDate(r.next_review_due, ctx.lang)],
    ]),
    r.consultation?.length
      ? [
          h('h3', t.meta.consultation),
          list(
            await Promise.all(
              r.consultation.map(async (c) =>
                h('span', [
                  h('strong', c.method),
                  [c.date ? formatDate(c.date, ctx.lang) : undefined, c.participants !== undefined ? t.meta.participants(String(c.participants)) : undefined].filter(Boolean).length ? ` (${[c.date ? formatDate(c.date, ctx.lang) : undefined, c.participants !== undefined ? t.meta.participants(String(c.participants)) : undefined].filter(Boolean).join(', ')})` : '',
                  ...(c.summary ? [': ', ...(await ctx.text(c.summary))] : []),
                ]),
              ),
            ),
          ),
        ]
      : undefined,
    r.change_log?.length
      ? table(
          t.tables.changeLog.caption,
          [t.tables.changeLog.version, t.tables.changeLog.date, t.tables.changeLog.summary],
          await Promise.all(r.change_log.map(async (entry) => [entry.version, formatDate(entry.date, ctx.lang), await ctx.text(entry.summary)])),
        )
      : undefined,
  );
}
