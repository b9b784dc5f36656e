import type { Element } from 'hast';
import { h, s } from 'hastscript';
import type { Standard } from '../model/charter.js';
import { isPercentResult } from '../model/standards.js';
import { lastResultMet } from '../model/results.js';
import { formatLastResult, formatPercent } from '../words/index.js';
import type { RenderContext } from './render-context.js';

const ROW = 34;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 330;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 70;
const BAR_HEIGHT = 20;
const FONT_SIZE = 12;
/** The distance between the lines of a label that wraps. */
const LINE = 14;
/** The room a label has, left of the bars: it wraps onto more lines rather than being cut. */
const LABEL_ROOM = LABEL_WIDTH - 14;
/** Above the first row: the legend. */
const TOP = 17;

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
  const scale = (percent: number) => LABEL_WIDTH + (BAR_WIDTH * Math.max(0, Math.min(100, percent))) / 100;
  let top = TOP;
  const rows = plotted.map((st) => {
    const result = st.reporting!.last_result!;
    const lines = wrapLabel(st.title, LABEL_ROOM, FONT_SIZE);
    // A row grows with its label; the bar sits in its middle, and the label's lines are centred on the bar.
    const rowHeight = Math.max(ROW, lines.length * LINE + 14);
    const y = top + (rowHeight - BAR_HEIGHT) / 2;
    top += rowHeight;
    const firstBaseline = y + BAR_HEIGHT / 2 + 4 - ((lines.length - 1) * LINE) / 2;
    const met = lastResultMet(st);
    const parts = [
      s(
        'text',
        { x: LABEL_WIDTH - 8, y: firstBaseline, 'text-anchor': 'end', 'font-size': FONT_SIZE, fill: '#1b1b1b' },
        lines.map((line, i) => s('tspan', { x: LABEL_WIDTH - 8, y: firstBaseline + i * LINE }, line)),
      ),
      s('rect', { x: LABEL_WIDTH, y, width: BAR_WIDTH, height: BAR_HEIGHT, fill: '#eef2f4' }),
      s('rect', { x: LABEL_WIDTH, y, width: scale(result.value) - LABEL_WIDTH, height: BAR_HEIGHT, fill: met === false ? '#a4262c' : '#1e6b34' }),
      s('text', { x: scale(100) + 6, y: y + 14, 'font-size': FONT_SIZE, fill: '#1b1b1b' }, formatPercent(result.value, ctx.lang)),
    ];
    if (st.target.percent !== undefined) {
      parts.push(s('line', { x1: scale(st.target.percent), x2: scale(st.target.percent), y1: y - 3, y2: y + BAR_HEIGHT + 3, stroke: '#1b1b1b', 'stroke-width': 2, 'stroke-dasharray': '3 2' }));
    }
    return s('g', parts);
  });
  const height = top + 13;
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

/**
 * A label broken into lines that fit the width, at spaces (a word too long for a line of its own is
 * broken inside). Nothing is cut: two standards whose titles start alike still read differently.
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const fits = (line: string) => textWidth(line, fontSize) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word wider than the room: break it where it must.
    while (!fits(line)) {
      const chars = Array.from(line);
      let cut = chars.length - 1;
      while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Advance widths (in em) of the printable ASCII characters, space to tilde, in DejaVu Sans: the first and widest of the fonts the stylesheet names. */
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636,
  0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
  0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635,
  0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];

/**
 * The width of a line of text in the chart's font. A letter with an accent is as wide as its base
 * letter ("ä" as "a"); wide scripts (CJK) take a whole em, and anything else an average letter.
 */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const base = ch.normalize('NFD').codePointAt(0) ?? 0;
    if (base >= 0x20 && base <= 0x7e) em += ASCII_EM[base - 0x20]!;
    else if (base >= 0x1100 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff00-\uffef]/u.test(ch)) em += 1;
    else em += 0.65;
  }
  return em * fontSize;
}
