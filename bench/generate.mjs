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
