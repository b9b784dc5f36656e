import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Standard } from '../../model/charter.js';
import { performanceChart } from '../chart.js';
import { mentionsAmount } from '../../model/standards.js';
import { formatCompensation, formatResult, formatTarget, formatVariants } from '../../words/index.js';
import type { RenderContext } from '../render-context.js';
import { list, section, table, type Child } from './elements.js';

/** The standards as one table: the promise, the target in words, the last result, any guarantee. */
export async function standardsTable(ctx: RenderContext, standards: readonly Standard[], caption: string): Promise<Element> {
  const t = ctx.catalog;
  const tt = t.tables.standards;
  const rows: Child[][] = [];
  for (const s of standards) {
    const promise: Child[] = [await ctx.text(s.commitment)];
    if (s.guaranteed) {
      // The commitment often says what it pays already ("or we pay you £40"): then the box does not say it again.
      const compensation = s.compensation?.amount && mentionsAmount(s.commitment, s.compensation.amount.amount) ? { ...s.compensation, amount: undefined } : s.compensation;
      promise.push(h('p', { className: 'guarantee' }, [h('strong', `${t.standards.guaranteed}. `), compensation ? formatCompensation(compensation, ctx.lang) : '']));
    }
    if (s.exclusions?.length) {
      promise.push(h('div', { className: 'exclusions' }, [h('span', `${t.standards.exclusions}:`), list(await Promise.all(s.exclusions.map((e) => ctx.text(e))))]));
    }
    promise.push(...(await ctx.narrativeForItem('standards', s.id)));
    const result = s.reporting?.last_result;
    const variants = formatVariants(s.target, ctx.lang);
    rows.push([
      h('span', { id: `standard-${s.id}` }, s.title),
      promise,
      [
        h('span', { className: 'target' }, formatTarget(s.target, ctx.lang)),
        variants.length ? list(variants) : undefined,
        s.target.statement ? h('p', { className: 'statement' }, s.target.statement) : undefined,
      ],
      result ? h('span', { className: result.met === undefined ? undefined : result.met ? 'met' : 'not-met' }, formatResult(result, ctx.lang)) : undefined,
    ]);
  }
  return table(caption, [tt.standard, tt.promise, tt.target, tt.lastResult], rows, 'standards');
}

export async function standardsSection(ctx: RenderContext): Promise<Element> {
  const t = ctx.catalog;
  const standards = ctx.charter.standards;
  // With a results file, "How we are doing" shows each standard's trend; the one-result chart would repeat its latest point.
  const chart = ctx.results.length ? undefined : performanceChart(standards, ctx);
  const children: ElementContent[] = [
    ...(await ctx.narrativeFor('standards')),
    await standardsTable(ctx, standards, t.tables.standards.caption),
  ];
  if (chart) children.push(h('h3', { id: 'performance-heading' }, t.sections.performance), chart);
  return section('standards', t.sections.standards, children);
}
