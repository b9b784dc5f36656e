import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ComplaintBody, ComplaintStage } from '../../model/charter.js';
import { formatList, formatWithin } from '../../words/index.js';
import type { RenderContext } from '../render-context.js';
import { contactLink, facts, flat, link, list, section, type Child } from './elements.js';

/** The arrangements for seeking remedy: how to complain, the stages in order, the independent body. */
export async function complaintsSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const c = ctx.charter.complaints;
  const channels = new Map(ctx.charter.channels.map((ch) => [ch.id, ch]));
  const ways = c.channels.flatMap((id) => {
    const channel = channels.get(id);
    return channel ? [h('span', [h('strong', channel.label), ': ', contactLink(channel.contact)])] : [];
  });
  const stages = [...c.stages].sort((a, b) => a.stage - b.stage);
  const stageItems: Child[] = [];
  for (const stage of stages) stageItems.push(await stageItem(stage, ctx));
  const tt = t.tables.stages;

  return section(
    'complaints',
    t.sections.complaints,
    await ctx.narrativeFor('complaints'),
    c.definition ? [h('h3', t.complaints.whatIsAComplaint), h('p', await ctx.text(c.definition))] : undefined,
    h('h3', t.complaints.howToComplain),
    howToComplain(ctx, ways),
    c.acknowledge_within ? h('p', t.complaints.acknowledge(formatWithin(c.acknowledge_within, ctx.lang))) : undefined,
    c.no_detriment ? h('p', h('strong', t.complaints.noDetriment)) : undefined,
    c.can_be_represented === true ? h('p', t.complaints.representation) : typeof c.can_be_represented === 'string' ? h('p', await ctx.text(c.can_be_represented)) : undefined,
    // The stages once, as cards: each holds who handles it, how, its time limits and the body.
    h('ol', { className: 'stages', 'aria-label': tt.caption }, flat(stageItems)),
    c.remedies?.length ? [h('h3', t.complaints.remediesHeading), list(c.remedies.map((r) => t.complaints.remedies[r]))] : undefined,
    c.other_routes?.length
      ? [h('h3', t.complaints.otherRoutes), list(await Promise.all(c.other_routes.map(async (r) => h('span', flat([h('strong', `${r.topic}: `), ...(typeof r.body === 'string' ? await ctx.text(r.body) : bodyDetails(r.body, false, ctx))])))))]
      : undefined,
  );
}

async function stageItem(stage: ComplaintStage, ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const body = stage.body;
  const independent = stage.external && stage.independent;
  const bodyText: Child[] = body ? bodyDetails(body, Boolean(independent), ctx) : [];
  return h(
    'li',
    { className: independent ? 'independent' : undefined, id: `complaint-stage-${stage.stage}` },
    flat([
      h('h3', `${t.complaints.stage(String(stage.stage))}: ${withoutStagePrefix(stage.name)}`),
      facts([
        [t.tables.stages.handledBy, await ctx.text(stage.handled_by)],
        [t.tables.stages.how, stage.how ? await ctx.text(stage.how) : undefined],
        [t.tables.stages.timeLimits, timeLimits(stage, ctx).join('. ') || undefined],
      ]),
      body ? h('p', { className: 'body' }, flat(bodyText)) : undefined,
    ]),
  );
}

function timeLimits(stage: ComplaintStage, ctx: RenderContext): string[] {
  const t = ctx.catalog.complaints;
  const out: string[] = [];
  if (stage.request_within) out.push(t.requestWithin(formatWithin(stage.request_within, ctx.lang)));
  if (stage.acknowledge_within) out.push(t.acknowledgeWithin(formatWithin(stage.acknowledge_within, ctx.lang)));
  if (stage.respond_within) out.push(t.respondWithin(formatWithin(stage.respond_within, ctx.lang)));
  return out;
}

/**
 * A complaints body: its name and kind, then every way to reach it that the charter gives. A kind
 * the name already says is not said again: "Local Government and Social Care Ombudsman,
 * independent of us", not "... Ombudsman (Ombudsman, independent of us)".
 */
function bodyDetails(body: ComplaintBody, independent: boolean, ctx: RenderContext): Child[] {
  const t = ctx.catalog;
  const kindLabel = body.kind === 'other' && body.description ? body.description : t.complaints.bodyKinds[body.kind];
  const kind = namesItself(body.name, kindLabel) ? undefined : kindLabel;
  const independence = independent ? t.complaints.independent.toLowerCase() : undefined;
  const contacts: Child[] = [
    body.url ? link(body.url, body.url) : undefined,
    body.phone ? contactLink(body.phone) : undefined,
    body.email ? contactLink(body.email) : undefined,
    body.address ? body.address : undefined,
  ].filter((c) => c !== undefined);
  return [
    h('strong', body.name),
    kind ? ` (${kind}${independence ? `, ${independence}` : ''}). ` : independence ? `, ${independence}. ` : '. ',
    ...contacts.flatMap((c, i) => (i === 0 ? [c] : [' · ', c])),
    body.cost_to_customer ? `. ${t.complaints.costToCustomer[body.cost_to_customer]}.` : '.',
    body.binding ? ` ${t.complaints.binding[body.binding]}.` : undefined,
  ];
}

/** Whether a body's name already holds its kind as whole words ("... Ombudsman" and "Ombudsman"). */
function namesItself(name: string, kind: string): boolean {
  const escaped = kind.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return escaped !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(name);
}

/** "Stage 1 - we look into it" under the heading "Stage 1:" reads "we look into it". */
function withoutStagePrefix(name: string): string {
  // The word for "stage" in each catalogue's language: English, German, Welsh, French, Spanish, Kiswahili.
  const rest = name.replace(/^\s*(?:stage|stufe|step|level|cam|étape|etape|etapa|fase|hatua(?: ya)?)\s*\d+\s*[:.\-\u2013\u2014]?\s*/iu, '');
  return rest === '' ? name : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The ways to complain, each contact given once on the page: when feedback lists the same channels
 * they are referred to, when it lists them among others they are named without their details.
 */
function howToComplain(ctx: RenderContext, ways: Element[]): Child {
  const t = ctx.catalog.complaints;
  if (sameAsFeedback(ctx)) return h('p', t.sameWaysAsFeedback);
  const feedback = new Set(ctx.charter.feedback.channels);
  const complaints = ctx.charter.complaints.channels.filter((id) => ctx.charter.channels.some((c) => c.id === id));
  const shared = complaints.filter((id) => feedback.has(id));
  if (shared.length === 0) return list(ways);
  const labels = shared.map((id) => ctx.charter.channels.find((c) => c.id === id)!.label);
  const others = ways.filter((_, i) => !feedback.has(complaints[i]!));
  return [h('p', t.someWaysOfFeedback(formatList(labels, ctx.lang, 'disjunction'))), list(others)];
}

/** Whether complaints use exactly the channels of feedback, listed there already. */
export function sameAsFeedback(ctx: RenderContext): boolean {
  const a = new Set(ctx.charter.complaints.channels);
  const b = new Set(ctx.charter.feedback.channels);
  return a.size > 0 && a.size === b.size && [...a].every((id) => b.has(id));
}
