// The same charter as one Markdown file, for the peers (pandoc, md-to-pdf) that take Markdown:
// the narrative plus the sections' facts as headings, lists and tables, and the results over time as
// one table per standard (the peers draw no charts; a table of the same figures is the nearest).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function equivalentMarkdown(folder) {
  const c = parse(readFileSync(join(folder, 'charter.yaml'), 'utf8'));
  const narrative = readFileSync(join(folder, 'narrative.md'), 'utf8').replace(/\{#[^}]*\}/g, '');
  const row = (cells) => `| ${cells.map((x) => String(x ?? '').replace(/\|/g, '/')).join(' | ')} |`;
  const table = (headers, rows) => [row(headers), row(headers.map(() => '---')), ...rows.map(row)].join('\n');
  const out = [`# ${c.meta.title}`, '', c.about.summary, '', narrative, '', '## Our values', ...c.values.map((v) => `- **${v.name}** ${v.description}`), ''];
  out.push('## Our services', table(['Service', 'What it is', 'Fee'], c.services.map((s) => [s.name, s.description, s.fee?.type])), '');
  out.push('## How to reach us', table(['Channel', 'Contact', 'Use it for'], c.channels.map((ch) => [ch.label, ch.contact, (ch.use_for ?? []).join(', ')])), '');
  out.push('## Our service standards', table(['Standard', 'Our promise'], c.standards.map((s) => [s.title, s.commitment])), '');
  const resultsFile = c.performance_reporting?.results && join(folder, c.performance_reporting.results);
  if (resultsFile && existsSync(resultsFile)) {
    const [header, ...lines] = readFileSync(resultsFile, 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
    const at = (name) => header.indexOf(name);
    out.push('## How we are doing');
    for (const standard of c.standards) {
      const rows = lines.filter((cells) => cells[at('standard')] === standard.id);
      if (rows.length > 0) out.push(`### ${standard.title}`, table(['Period', 'Result', 'Sample'], rows.map((cells) => [cells[at('period')], cells[at('value')], cells[at('sample')]])), '');
    }
  }
  out.push('## Your rights', ...c.rights.map((r) => `- ${r.text}`), '', '## What we ask of you', ...c.obligations.map((o) => `- ${o.text}`), '');
  out.push('## Complaints', ...c.complaints.stages.map((s) => `${s.stage}. **${s.name}**: ${s.handled_by}`), '');
  out.push('## Reviewing this charter', `Last reviewed ${c.review.last_reviewed}; next review due ${c.review.next_review_due}.`, '');
  return out.join('\n');
}
