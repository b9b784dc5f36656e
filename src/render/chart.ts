import type { Element } from 'hast';
import { h, s } from 'hastscript';
import type { Standard } from '../model/charter.js';
import { isPercentResult, lastResultMet } from '../model/standards.js';
import { formatLastResult, formatPercent } from '../words/index.js';
import type { RenderContext } from './render-context.js';

const ROW = 34;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 330;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 70;

/**
 * "Performance at a glance": for each standard with a last result in percent, a bar for the
 * result and a mark for the target. Inline SVG, no script; the same figures are given as a table
 * for screen readers, and the SVG itself is labelled as one image.
 */
export function performanceChart(standards: readonly Standard[], ctx: RenderContext): Element | undefined {
  const plotted = standards.filter((st) => {
    const r = st.reporting?.last_result;
    return r && isPercentResult(st.target, r.unit) && r.value >= 0 && r.value <= 100;
  });
  if (plotted.length === 0) return undefined;
  const t = ctx.catalog;
  const height = plotted.length * ROW + 30;
  const scale = (percent: number) => LABEL_WIDTH + (BAR_WIDTH * Math.max(0, Math.min(100, percent))) / 100;
  const rows = plotted.map((st, i) => {
    const result = st.reporting!.last_result!;
    const y = 24 + i * ROW;
    const met = lastResultMet(st);
    const parts = [
      s('text', { x: LABEL_WIDTH - 8, y: y + 14, 'text-anchor': 'end', 'font-size': 12, fill: '#1b1b1b' }, truncate(st.title, 34)),
      s('rect', { x: LABEL_WIDTH, y, width: BAR_WIDTH, height: 20, fill: '#eef2f4' }),
      s('rect', { x: LABEL_WIDTH, y, width: scale(result.value) - LABEL_WIDTH, height: 20, fill: met === false ? '#a4262c' : '#1e6b34' }),
      s('text', { x: scale(100) + 6, y: y + 14, 'font-size': 12, fill: '#1b1b1b' }, formatPercent(result.value, ctx.lang)),
    ];
    if (st.target.percent !== undefined) {
      parts.push(s('line', { x1: scale(st.target.percent), x2: scale(st.target.percent), y1: y - 3, y2: y + 23, stroke: '#1b1b1b', 'stroke-width': 2, 'stroke-dasharray': '3 2' }));
    }
    return s('g', parts);
  });
  const legend = [
    s('rect', { x: LABEL_WIDTH, y: 4, width: 12, height: 10, fill: '#1e6b34' }),
    s('text', { x: LABEL_WIDTH + 16, y: 13, 'font-size': 11, fill: '#1b1b1b' }, t.chart.result),
    s('line', { x1: LABEL_WIDTH + 90, x2: LABEL_WIDTH + 90, y1: 2, y2: 16, stroke: '#1b1b1b', 'stroke-width': 2, 'stroke-dasharray': '3 2' }),
    s('text', { x: LABEL_WIDTH + 96, y: 13, 'font-size': 11, fill: '#1b1b1b' }, t.chart.target),
  ];
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'performance-chart-title', focusable: 'false' }, [
    s('title', { id: 'performance-chart-title' }, t.chart.title),
    ...legend,
    ...rows,
  ]);
  const data = h('table', { className: 'visually-hidden' }, [
    h('caption', t.chart.title),
    h('thead', h('tr', [h('th', { scope: 'col' }, t.tables.standards.standard), h('th', { scope: 'col' }, t.chart.target), h('th', { scope: 'col' }, t.chart.result)])),
    h(
      'tbody',
      plotted.map((st) =>
        h('tr', [
          h('th', { scope: 'row' }, st.title),
          h('td', st.target.percent === undefined ? '' : formatPercent(st.target.percent, ctx.lang)),
          h('td', formatLastResult(st.reporting!.last_result!, ctx.lang)),
        ]),
      ),
    ),
  ]);
  return h('figure', { className: 'chart', 'aria-labelledby': 'performance-heading' }, [svg, data]);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
