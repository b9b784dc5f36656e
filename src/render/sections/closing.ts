import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Meta } from '../../model/charter.js';
import { formatDate, formatEvery, listFormat, resolveLanguage } from '../../words/index.js';
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
        translations.length ? otherLanguages(translations, ctx) : undefined,
      ],
    ]),
  );
}

type Translation = NonNullable<Meta['languages']['translations']>[number];

/**
 * The translations as a list of language names, each in its own language ("Polski, اردو and Română"),
 * marked with its language (and, on a link, the language of the page it leads to) so it is read
 * and shaped correctly; how much is translated and how to get it follow in the page's language.
 */
function otherLanguages(translations: readonly Translation[], ctx: RenderContext): ElementContent[] {
  const t = ctx.catalog;
  // "English", not "British English", unless another translation is also in English ("Português (Brasil)" and "Português (Portugal)").
  const shared = (tag: string) => translations.filter((other) => withoutRegion(other.lang) === withoutRegion(tag)).length > 1;
  const items = translations.map((tr): ElementContent[] => {
    const name = languageName(shared(tr.lang) ? tr.lang : withoutRegion(tr.lang), resolveLanguage(ctx.lang).locale);
    const props = { lang: name.lang, dir: name.dir };
    // A translation this build publishes links to its page beside this one; another to where it is.
    const href = ctx.languages.find((l) => l.lang === tr.lang && !l.current)?.href ?? tr.url;
    const named = href ? h('a', { href, hrefLang: tr.lang, ...props }, name.text) : h('span', props, name.text);
    const notes = [tr.scope && tr.scope !== 'full' ? t.languages.scope[tr.scope] : undefined, tr.delivery === 'on_request' && !tr.url ? t.languages.onRequest : undefined].filter(
      (note): note is string => note !== undefined,
    );
    return notes.length ? [named, { type: 'text', value: ` ${t.languages.notes(notes)}` }] : [named];
  });
  // The list's words ("and", commas) in the page's language, around nodes rather than strings.
  const parts = listFormat(resolveLanguage(ctx.lang).locale, { style: 'long', type: 'conjunction' }).formatToParts(items.map((_, i) => String(i)));
  return parts.flatMap((part): ElementContent[] => (part.type === 'element' ? items[Number(part.value)]! : [{ type: 'text', value: part.value }]));
}

/** A language tag without its region ("en-GB" → "en", "sr-Latn-RS" → "sr-Latn"); a tag that is not well formed is returned as written. */
function withoutRegion(tag: string): string {
  try {
    const locale = new Intl.Locale(tag);
    return locale.script ? `${locale.language}-${locale.script}` : locale.language;
  } catch {
    return tag;
  }
}

/**
 * A language's name in that language, from Intl ("pl" → "Polski", "ur" → "اردو"), with the tag and
 * writing direction to mark it with. Where Intl has no data for the language, its name in the page's
 * language is used instead (never the machine's locale), and failing that the tag as written.
 */
export function languageName(tag: string, pageLocale: string): { text: string; lang?: string; dir?: 'ltr' | 'rtl' } {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return { text: tag };
  }
  if (Intl.DisplayNames.supportedLocalesOf([canonical]).length === 0) {
    // Said in the page's language, so marked as the page is (no lang of its own).
    return { text: new Intl.DisplayNames([pageLocale], { type: 'language', fallback: 'none' }).of(canonical) ?? tag };
  }
  const named = new Intl.DisplayNames([canonical], { type: 'language', fallback: 'none' }).of(canonical);
  if (!named) return { text: tag };
  // Names of languages are lower case inside a sentence in many languages ("polski"); standing alone in a list they start with a capital.
  const [first = '', ...rest] = named;
  const locale = new Intl.Locale(canonical) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  return { text: first.toLocaleUpperCase(canonical) + rest.join(''), lang: canonical, dir: direction === 'rtl' ? 'rtl' : direction === 'ltr' ? 'ltr' : undefined };
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
