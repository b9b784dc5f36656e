// Generates charter folders for the benchmarks from an example: many charters (distinct meta.id),
// or one charter with many standards. Deterministic: same arguments, same files.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const ROOT = new URL('../', import.meta.url).pathname;

export function generateCharters(target, count, example = 'brightwater-plumbing') {
  const source = join(ROOT, 'examples', example);
  const folders = [];
  for (let i = 0; i < count; i++) {
    const folder = join(target, `charter-${String(i).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    cpSync(source, folder, { recursive: true });
    const doc = parseDocument(readFileSync(join(source, 'charter.yaml'), 'utf8'));
    doc.setIn(['meta', 'id'], `${doc.getIn(['meta', 'id'])}-${i}`);
    writeFileSync(join(folder, 'charter.yaml'), doc.toString({ lineWidth: 0 }));
    folders.push(folder);
  }
  return folders;
}

export function generateManyStandards(target, standards, example = 'brightwater-plumbing') {
  const source = join(ROOT, 'examples', example);
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  const doc = parseDocument(readFileSync(join(source, 'charter.yaml'), 'utf8'));
  const template = doc.getIn(['standards', 1]).toJSON();
  const list = doc.get('standards');
  for (let i = 0; i < standards; i++) list.add(doc.createNode({ ...template, id: `generated-standard-${i}`, title: `Generated standard ${i}` }));
  writeFileSync(join(target, 'charter.yaml'), doc.toString({ lineWidth: 0 }));
  return target;
}

/**
 * A copy of a generated charter with a results file of every generated standard over `periods`
 * quarters, ending with 2026-Q3: the size the results benchmark measures (100 x 40).
 */
export function withResultsFile(source, target, standards, periods) {
  cpSync(source, target, { recursive: true });
  const quarters = [];
  for (let i = periods - 1; i >= 0; i--) {
    const index = 2026 * 4 + 2 - i;
    quarters.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  }
  const rows = ['standard,period,value,sample,note'];
  for (let s = 0; s < standards; s++) {
    for (const [q, quarter] of quarters.entries()) rows.push(`generated-standard-${s},${quarter},${(0.6 + ((s * 7 + q * 3) % 9) / 10).toFixed(1)} working days,${100 + q},`);
  }
  writeFileSync(join(target, 'results.csv'), `${rows.join('\n')}\n`);
  const yaml = readFileSync(join(target, 'charter.yaml'), 'utf8');
  writeFileSync(join(target, 'charter.yaml'), yaml.replace(/\nperformance_reporting:\n/, '\nperformance_reporting:\n  results: results.csv\n'));
  return target;
}
