import type { Element, ElementContent, Properties } from 'hast';
import { h, s } from 'hastscript';
import type { Standard } from '../../model/charter.js';
import { parseDuration, toHours } from '../../model/duration.js';
import { resultsByStandard, valueKind, type Result } from '../../model/results.js';
import { formatDuration, formatNumber, formatPercent, formatPeriod } from '../../words/index.js';
import type { RenderContext } from '../render-context.js';
import { section } from './elements.js';

/**
 * The periods a chart shows: three years of quarters, a year of months. More would crowd a small
 * chart and make the page long; the open data has every period.
 */
const MOST_PERIODS_SHOWN = 12;

const WIDTH = 320;
const HEIGHT = 140;
const LEFT = 44;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 30;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/**
 * "How we are doing": for each public standard with results, a small chart of its value over
 * time with the target as a dashed line, each period marked met (a filled circle) or not met (a
 * cross) so that the shape says it, not only the colour; its latest result in words; and the same
 * figures as a table for screen readers. Percent targets share one scale (0 to 100); others are
 * drawn on their own. Inline SVG, no script.
 */
export async function resultsSection(ctx: RenderContext): Promise<Element | undefined> {
  const t = ctx.catalog;
  const byStandard = resultsByStandard(ctx.results);
  const all = ctx.charter.standards
    .map((standard) => ({ standard, results: byStandard.get(standard.id) ?? [] }))
    .filter((entry) => entry.results.length > 0);
  if (all.length === 0) return undefined;
  // The page shows the latest periods; the open data keeps every one.
  const shown = all.map((entry) => ({ ...entry, results: entry.results.slice(-MOST_PERIODS_SHOWN) }));
  const earlier = all.some((entry) => entry.results.length > MOST_PERIODS_SHOWN);
  const figures = shown.map(({ standard, results }, index) => trend(standard, results, ctx, index));
  const legend = h('p', { className: 'results-legend' }, [
    h('span', { className: 'met' }, ['\u25CF ', t.standards.met]),
    ' \u00a0 ',
    h('span', { className: 'not-met' }, ['\u2715 ', t.standards.notMet]),
    ' \u00a0 ',
    h('span', ['- - ', t.results.target]),
  ]);
  const children: ElementContent[] = [
    ...(await ctx.narrativeFor('results')),
    legend,
    h('div', { className: 'small-multiples' }, figures),
    ...(earlier ? [h('p', { className: 'results-earlier' }, t.results.earlier)] : []),
  ];
  return section('results', t.sections.results, children);
}

/** What a result's value and its target are drawn as: a number on the chart's scale, and words. */
interface Scale {
  y: (result: Result) => number;
  target: number | undefined;
  max: number;
  words: (result: Result) => string;
  targetWords: string | undefined;
  ticks: Array<{ value: number; label: string }>;
}

function scaleOf(standard: Standard, results: readonly Result[], lang: string): Scale {
  const target = standard.target;
  const kind = valueKind(target);
  if (kind === 'percent') {
    return {
      y: (r) => r.value.number,
      target: target.percent,
      max: 100,
      words: (r) => formatPercent(r.value.number, lang),
      targetWords: target.percent === undefined ? undefined : formatPercent(target.percent, lang),
      ticks: [0, 50, 100].map((value) => ({ value, label: formatPercent(value, lang) })),
    };
  }
  if (kind === 'duration') {
    const promised = parseDuration(target.threshold);
    const hours = (r: Result) => (r.value.duration ? toHours(r.value.duration) : r.value.number);
    const targetHours = promised ? toHours(promised) : undefined;
    const max = niceMax(Math.max(targetHours ?? 0, ...results.map(hours)));
    return {
      y: hours,
      target: targetHours,
      max,
      words: (r) => (r.value.duration ? formatDuration({ value: r.value.duration.value, unit: r.value.duration.unit }, lang) : formatNumber(r.value.number, lang)),
      targetWords: target.threshold === undefined ? undefined : formatDuration(target.threshold, lang),
      ticks: [{ value: 0, label: '0' }],
    };
  }
  const goal = kind === 'count' ? target.count : (target.min ?? target.max);
  const unit = kind === 'measure' && target.unit ? ` ${target.unit}` : '';
  // "≤ 2" for a most, "≥ 85" for a least: the same in every language.
  const bound = target.kind === 'max_count' || (kind === 'measure' && target.min === undefined) ? '\u2264 ' : '\u2265 ';
  const max = niceMax(Math.max(goal ?? 0, ...results.map((r) => r.value.number)));
  return {
    y: (r) => r.value.number,
    target: goal,
    max,
    words: (r) => `${formatNumber(r.value.number, lang)}${unit}`,
    targetWords: goal === undefined ? undefined : `${bound}${formatNumber(goal, lang)}${unit}`,
    ticks: [0, max].map((value) => ({ value, label: formatNumber(value, lang) })),
  };
}

/** A round number a little above the largest value, for the top of a chart. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const padded = value * 1.15;
  const magnitude = 10 ** Math.floor(Math.log10(padded));
  return Math.ceil(padded / magnitude) * magnitude;
}

function trend(standard: Standard, results: readonly Result[], ctx: RenderContext, index: number): Element {
  const t = ctx.catalog;
  const scale = scaleOf(standard, results, ctx.lang);
  const latest = results[results.length - 1]!;
  const x = (i: number) => LEFT + ((i + 0.5) * PLOT_W) / results.length;
  const y = (value: number) => TOP + PLOT_H - (PLOT_H * Math.max(0, Math.min(scale.max, value))) / scale.max;
  const titleId = `results-${index}-title`;
  const caption = t.results.caption(standard.title);
  const points = results.map((r, i) => [x(i), y(scale.y(r))] as const);
  const marks = results.map((r, i): Element => {
    const [cx, cy] = points[i]!;
    if (r.met === true) return el('circle', { cx: round(cx), cy: round(cy), r: 4.5, className: ['mark', 'met'] });
    if (r.met === false) {
      return el('path', { d: `M${round(cx - 4)} ${round(cy - 4)}L${round(cx + 4)} ${round(cy + 4)}M${round(cx - 4)} ${round(cy + 4)}L${round(cx + 4)} ${round(cy - 4)}`, className: ['mark', 'not-met'] });
    }
    return el('circle', { cx: round(cx), cy: round(cy), r: 3, className: ['mark', 'unjudged'] });
  });
  const axis = [
    s('line', { x1: LEFT, y1: TOP + PLOT_H, x2: LEFT + PLOT_W, y2: TOP + PLOT_H, className: 'axis' }),
    ...scale.ticks.map((tick) => s('text', { x: LEFT - 6, y: round(y(tick.value) + 4), className: 'tick', textAnchor: 'end' }, tick.label)),
    s('text', { x: round(x(0)), y: HEIGHT - 10, className: 'tick', textAnchor: results.length === 1 ? 'middle' : 'start' }, results[0]!.period.text),
    ...(results.length > 1 ? [s('text', { x: round(x(results.length - 1)), y: HEIGHT - 10, className: 'tick', textAnchor: 'end' }, latest.period.text)] : []),
  ];
  const target = scale.target === undefined ? [] : [s('line', { x1: LEFT, y1: round(y(scale.target)), x2: LEFT + PLOT_W, y2: round(y(scale.target)), className: 'target-line' })];
  const line = results.length > 1 ? [s('polyline', { points: points.map(([px, py]) => `${round(px)},${round(py)}`).join(' '), className: 'trend-line' })] : [];
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', ariaLabelledBy: titleId, focusable: 'false', className: 'trend' }, [
    s('title', { id: titleId }, caption),
    ...axis,
    ...target,
    ...line,
    ...marks,
  ]);
  const hasSample = results.some((r) => r.sample !== undefined);
  const hasNote = results.some((r) => r.note !== undefined);
  const tableHead = [t.results.period, t.results.value, t.results.met, ...(hasSample ? [t.results.sample] : []), ...(hasNote ? [t.results.note] : [])];
  const data = h('table', { className: 'visually-hidden' }, [
    h('caption', `${caption}${scale.targetWords ? ` (${t.results.target}: ${scale.targetWords})` : ''}`),
    h('thead', h('tr', tableHead.map((head) => h('th', { scope: 'col' }, head)))),
    el(
      'tbody',
      {},
      results.map((r) =>
        el('tr', {}, [
          el('th', { scope: 'row' }, [text(formatPeriod(r.period, ctx.lang))]),
          el('td', {}, [text(scale.words(r))]),
          el('td', {}, [text(r.met === undefined ? '' : r.met ? t.results.yes : t.results.no)]),
          ...(hasSample ? [el('td', {}, [text(r.sample === undefined ? '' : formatNumber(r.sample, ctx.lang))])] : []),
          ...(hasNote ? [el('td', {}, [text(r.note ?? '')])] : []),
        ]),
      ),
    ),
  ]);
  const words = t.results.latest(formatPeriod(latest.period, ctx.lang), scale.words(latest), scale.targetWords ?? '', latest.met);
  // Named by its caption: Chromium tags a figure as a PDF Figure, and PDF/UA asks every Figure for its /Alt.
  return h('figure', { className: 'result-trend', ariaLabelledBy: `results-${index}-caption` }, [
    h('figcaption', { id: `results-${index}-caption` }, [h('strong', standard.title), h('br'), h('span', { className: latest.met === undefined ? undefined : latest.met ? 'met' : 'not-met' }, words)]),
    svg,
    data,
  ]);
}

/**
 * An element made directly, for the many marks and table rows of a long results file: hastscript
 * normalises every property by name, which costs more than the rest of a row. Properties are
 * given as hast names already.
 */
function el(tagName: string, properties: Record<string, string | number | string[]>, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties: properties as Properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
