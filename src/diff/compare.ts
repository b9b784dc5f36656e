import { comparable, countingUnit, parseDuration, toHours, type DayBasis, type NormalDuration } from '../model/duration.js';
import { isStaff } from '../model/audience.js';
import { formatDuration, formatTarget, formatWithin } from '../words/index.js';
import type { Channel, Charter, ComplaintStage, Standard, Target } from '../model/charter.js';

/** How a promise moved. `unclear` is a change whose direction cannot be told for certain. */
export type Verdict = 'added' | 'removed' | 'tightened' | 'loosened' | 'unclear' | 'changed';

export interface Change {
  verdict: Verdict;
  /** What changed, named: `standard "gg-written-quote"`. */
  subject: string;
  /** `within 3 working days -> within 2 working days` */
  detail: string;
}

/** The changes in what the organisation promises, old -> new, in a stable order. */
export function compareCharters(old: Charter, now: Charter): Change[] {
  const lang = now.meta.languages.primary;
  return [
    ...compareStandards(old.standards, now.standards, 'standard', lang, bases(old, now)),
    ...compareStandards(old.staff?.internal_standards ?? [], now.staff?.internal_standards ?? [], 'internal standard', lang, bases(old, now)),
    ...compareStages(old.complaints.stages, now.complaints.stages, lang, bases(old, now)),
    ...compareDurationField('complaints acknowledgement', old.complaints.acknowledge_within, now.complaints.acknowledge_within, lang, bases(old, now)),
    ...compareChannels(old.channels, now.channels),
    ...compareReview(old, now, lang),
  ];
}

/** Promises that got weaker: what --fail-on-loosened fails on. Unclear changes count, to be safe. */
export function isWeaker(change: Change): boolean {
  return change.verdict === 'loosened' || change.verdict === 'unclear' || (change.verdict === 'removed' && /^(standard|complaint stage|channel)/.test(change.subject));
}

function compareStandards(old: readonly Standard[], now: readonly Standard[], noun: string, lang: string, basis: Bases): Change[] {
  const changes: Change[] = [];
  const before = new Map(old.map((s) => [s.id, s]));
  const after = new Map(now.map((s) => [s.id, s]));
  for (const s of old) if (!after.has(s.id)) changes.push({ verdict: 'removed', subject: `${noun} "${s.id}"`, detail: `${s.title}: ${formatTarget(s.target, lang)}` });
  for (const s of now) {
    const subject = `${noun} "${s.id}"`;
    const was = before.get(s.id);
    if (!was) {
      changes.push({ verdict: 'added', subject, detail: `${s.title}: ${formatTarget(s.target, lang)}` });
      continue;
    }
    const verdict = compareTargets(was, s, basis);
    if (verdict) changes.push({ verdict, subject, detail: `${formatTarget(was.target, lang)} -> ${formatTarget(s.target, lang)}` });
    if (Boolean(was.guaranteed) !== Boolean(s.guaranteed)) {
      changes.push({ verdict: s.guaranteed ? 'tightened' : 'loosened', subject, detail: s.guaranteed ? 'now guaranteed' : 'no longer guaranteed' });
    }
    const oldAmount = was.compensation?.amount;
    const newAmount = s.compensation?.amount;
    if (oldAmount && newAmount && (oldAmount.amount !== newAmount.amount || oldAmount.currency !== newAmount.currency)) {
      const verdict: Verdict = oldAmount.currency !== newAmount.currency ? 'unclear' : newAmount.amount > oldAmount.amount ? 'tightened' : 'loosened';
      changes.push({ verdict, subject, detail: `compensation ${oldAmount.amount} ${oldAmount.currency} -> ${newAmount.amount} ${newAmount.currency}` });
    }
    if (isStaff(was) !== isStaff(s)) changes.push({ verdict: isStaff(s) ? 'removed' : 'added', subject, detail: isStaff(s) ? 'now staff-only' : 'now public' });
  }
  return changes;
}

/** What plain "days" mean on each side (meta.day_basis). */
interface Bases {
  old: DayBasis | undefined;
  now: DayBasis | undefined;
}

function bases(old: Charter, now: Charter): Bases {
  return { old: old.meta.day_basis, now: now.meta.day_basis };
}

/** Compares two targets of one standard; undefined when the promise did not move. */
function compareTargets(was: Standard, now: Standard, basis: Bases): Verdict | undefined {
  const verdicts = [compareTargetOnly(was.target, now.target, basis), ...compareVariants(was.target, now.target, basis)].filter((v): v is Verdict => v !== undefined);
  if (verdicts.length === 0) return undefined;
  return new Set(verdicts).size === 1 ? verdicts[0] : 'unclear';
}

/** Variants are compared one by one, by label; one added is a new promise, one removed a lost one. */
function compareVariants(a: Target, b: Target, basis: Bases): Verdict[] {
  const before = new Map((a.variants ?? []).map((v) => [v.label, v]));
  const after = new Map((b.variants ?? []).map((v) => [v.label, v]));
  const verdicts: Verdict[] = [];
  for (const [label, v] of before) {
    const w = after.get(label);
    if (!w) verdicts.push('loosened');
    else verdicts.push(...[compareTargetOnly({ ...a, variants: undefined, threshold: v.threshold, percent: v.percent }, { ...b, variants: undefined, threshold: w.threshold, percent: w.percent }, basis)].filter((x): x is Verdict => x !== undefined));
  }
  for (const label of after.keys()) if (!before.has(label)) verdicts.push('tightened');
  return verdicts;
}

function compareTargetOnly(a: Target, b: Target, basis: Bases): Verdict | undefined {
  if (a.kind !== b.kind) {
    // "Immediately" is stricter than any time limit.
    if (b.kind === 'immediate' && (a.kind === 'within' || a.kind === 'same_day')) return 'tightened';
    if (a.kind === 'immediate' && (b.kind === 'within' || b.kind === 'same_day')) return 'loosened';
    return 'changed';
  }
  const votes: Verdict[] = [];
  if (a.statistic !== b.statistic) votes.push('unclear');
  const threshold = compareSpans(parseDuration(a.threshold, basis.old), parseDuration(b.threshold, basis.now));
  if (threshold !== 0) votes.push(a.kind === 'minimum_notice' ? flip(threshold) : threshold);
  if (a.percent !== undefined && b.percent !== undefined && a.percent !== b.percent) votes.push(b.percent > a.percent ? 'tightened' : 'loosened');
  if (a.kind === 'max_count' || a.kind === 'min_count') {
    const periodA = parseDuration(a.period, basis.old);
    const periodB = parseDuration(b.period, basis.now);
    if (a.count !== undefined && b.count !== undefined && periodA && periodB) {
      // Compare rates: for max_count fewer events allowed per hour is stricter (2 a year is stricter
      // than 2 in any 6 months); for min_count, more promised per hour is.
      const rateA = a.count / toHours(periodA);
      const rateB = b.count / toHours(periodB);
      if (Math.abs(rateA - rateB) > 1e-12) votes.push((rateB < rateA) === (a.kind === 'max_count') ? 'tightened' : 'loosened');
    }
  }
  if (a.kind === 'measure') {
    if (a.min !== undefined && b.min !== undefined && a.min !== b.min) votes.push(b.min > a.min ? 'tightened' : 'loosened');
    if (a.max !== undefined && b.max !== undefined && a.max !== b.max) votes.push(b.max < a.max ? 'tightened' : 'loosened');
    if (a.unit !== b.unit || (a.min === undefined) !== (b.min === undefined)) votes.push('unclear');
  }
  if (a.kind === 'same_day' && a.cutoff !== b.cutoff) votes.push(!a.cutoff ? 'loosened' : !b.cutoff ? 'tightened' : b.cutoff > a.cutoff ? 'tightened' : 'loosened');
  if (a.kind === 'schedule' && (a.frequency !== b.frequency || JSON.stringify(a.days ?? []) !== JSON.stringify(b.days ?? []))) votes.push('changed');
  if (a.kind === 'defined_by' && a.reference !== b.reference) votes.push('changed');
  if (votes.length === 0) return undefined;
  if (votes.includes('unclear') || new Set(votes).size > 1) return 'unclear';
  return votes[0];
}

function flip(verdict: Verdict): Verdict {
  return verdict === 'tightened' ? 'loosened' : verdict === 'loosened' ? 'tightened' : verdict;
}

/**
 * Compares two time limits: shorter is tightened. Working and calendar time cannot be converted
 * exactly (a working day may span a weekend), so each side is a range of calendar hours and only a
 * clear gap between the ranges gives a direction; an overlap of different ranges is `unclear`.
 */
function compareSpans(a: NormalDuration | undefined, b: NormalDuration | undefined): Verdict | 0 {
  if (!a || !b) return a === b ? 0 : 'changed';
  // Rings compare only with rings; a range promises its upper end.
  if (!comparable(a, b)) return 'changed';
  if (a.unit === 'rings') return a.value === b.value ? 0 : b.value < a.value ? 'tightened' : 'loosened';
  const [aMin, aMax] = calendarRange(a);
  const [bMin, bMax] = calendarRange(b);
  if (aMin === bMin && aMax === bMax) return 0;
  if (bMax <= aMin && !(bMin === aMin && bMax === aMax)) return 'tightened';
  if (bMin >= aMax) return 'loosened';
  if (bMax < aMax && bMin <= aMin) return 'tightened';
  if (bMin > aMin && bMax >= aMax) return 'loosened';
  return 'unclear';
}

/** The calendar hours a duration can span: exact for calendar units, a range for working time. */
function calendarRange(d: NormalDuration): [number, number] {
  const unit = countingUnit(d);
  if (unit === 'working_days') {
    const weekends = Math.ceil(d.value / 5);
    return [d.value * 24, (d.value + 2 * weekends) * 24];
  }
  if (unit === 'working_hours') {
    const days = Math.ceil(d.value / 8);
    return [d.value, (days + 2 * Math.ceil(days / 5)) * 24];
  }
  const hours = toHours(d);
  return [hours, hours];
}

function compareStages(old: readonly ComplaintStage[], now: readonly ComplaintStage[], lang: string, basis: Bases): Change[] {
  const changes: Change[] = [];
  const before = new Map(old.map((s) => [s.stage, s]));
  const after = new Map(now.map((s) => [s.stage, s]));
  for (const s of old) if (!after.has(s.stage)) changes.push({ verdict: 'removed', subject: `complaint stage ${s.stage}`, detail: s.name });
  for (const s of now) {
    const was = before.get(s.stage);
    if (!was) {
      changes.push({ verdict: 'added', subject: `complaint stage ${s.stage}`, detail: s.name });
      continue;
    }
    for (const field of ['acknowledge_within', 'respond_within'] as const) {
      changes.push(...compareDurationField(`complaint stage ${s.stage} ${field.replace('_', ' ')}`, was[field], s[field], lang, basis));
    }
    if (was.independent && was.external && !(s.independent && s.external)) changes.push({ verdict: 'loosened', subject: `complaint stage ${s.stage}`, detail: 'no longer external and independent' });
    if (was.body?.name !== s.body?.name) changes.push({ verdict: 'changed', subject: `complaint stage ${s.stage}`, detail: `body ${was.body?.name ?? 'none'} -> ${s.body?.name ?? 'none'}` });
  }
  return changes;
}

function compareDurationField(subject: string, old: Parameters<typeof parseDuration>[0], now: Parameters<typeof parseDuration>[0], lang: string, basis: Bases): Change[] {
  // Shorter is better for every time limit compared here.
  const a = parseDuration(old, basis.old);
  const b = parseDuration(now, basis.now);
  if (!a && !b) return [];
  if (!a || !b) return [{ verdict: !b ? 'loosened' : 'tightened', subject, detail: `${old ? formatWithin(old, lang) : 'none'} -> ${now ? formatWithin(now, lang) : 'none'}` }];
  const verdict = compareSpans(a, b);
  if (verdict === 0) return [];
  return [{ verdict, subject, detail: `${formatWithin(old!, lang)} -> ${formatWithin(now!, lang)}` }];
}

function compareChannels(old: readonly Channel[], now: readonly Channel[]): Change[] {
  const changes: Change[] = [];
  const after = new Map(now.map((c) => [c.id, c]));
  const before = new Map(old.map((c) => [c.id, c]));
  for (const c of old) if (!after.has(c.id)) changes.push({ verdict: 'removed', subject: `channel "${c.id}"`, detail: `${c.label} (${c.contact})` });
  for (const c of now) {
    const was = before.get(c.id);
    if (!was) {
      changes.push({ verdict: 'added', subject: `channel "${c.id}"`, detail: `${c.label} (${c.contact})` });
      continue;
    }
    if (was.contact !== c.contact) changes.push({ verdict: 'changed', subject: `channel "${c.id}"`, detail: `contact ${was.contact} -> ${c.contact}` });
    const oldHours = weeklyMinutes(was);
    const newHours = weeklyMinutes(c);
    if (JSON.stringify(was.hours ?? null) !== JSON.stringify(c.hours ?? null) || (was.availability ?? 'hours') !== (c.availability ?? 'hours')) {
      const verdict: Verdict = oldHours === newHours ? 'changed' : newHours > oldHours ? 'tightened' : 'loosened';
      changes.push({ verdict, subject: `channel "${c.id}"`, detail: `open ${describeOpen(oldHours)} -> ${describeOpen(newHours)} a week` });
    }
  }
  return changes;
}

/** Minutes open a week; 24x7 is the whole week, by appointment counts as none. */
function weeklyMinutes(channel: Channel): number {
  const availability = channel.availability ?? 'hours';
  if (availability === '24x7') return 7 * 24 * 60;
  if (availability === 'by_appointment') return 0;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return (channel.hours ?? []).reduce((sum, h) => sum + h.days.length * Math.max(0, minutes(h.close) - minutes(h.open)), 0);
}

function describeOpen(minutes: number): string {
  return `${(minutes / 60).toFixed(minutes % 60 === 0 ? 0 : 1)} hours`;
}

function compareReview(old: Charter, now: Charter, lang: string): Change[] {
  const changes: Change[] = [];
  if (old.review.next_review_due !== now.review.next_review_due) {
    changes.push({ verdict: 'changed', subject: 'review', detail: `next review due ${old.review.next_review_due} -> ${now.review.next_review_due}` });
  }
  const a = parseDuration(old.review.cadence);
  const b = parseDuration(now.review.cadence);
  if (a && b && toHours(a) !== toHours(b)) {
    changes.push({ verdict: toHours(b) < toHours(a) ? 'tightened' : 'loosened', subject: 'review', detail: `cadence ${formatDuration(old.review.cadence, lang)} -> ${formatDuration(now.review.cadence, lang)}` });
  }
  return changes;
}
