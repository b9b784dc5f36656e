import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Charter } from '../model/charter.js';
import type { Summary } from './summary.js';

/** summary.html: the paragraph as one <p>, escaped by construction. Kept apart so lint never loads hast. */
export function summaryHtml(charter: Charter, summary: Summary): string {
  return `${toHtml(h('p', { className: 'charter-summary', lang: charter.meta.languages.primary }, summary.text))}\n`;
}
