import type { Document, Node as YamlNode, Pair } from 'yaml';
import { START_OF_FILE, type Position } from '../../diagnostics.js';
import type { Anchor, DataPath } from '../../model/data-path.js';
import { span, type YamlSource } from './load-yaml.js';
import { yamlPackage } from './yaml-package.js';

/**
 * Places a data path in the YAML source. A path that does not exist points at the nearest
 * existing ancestor (a missing key points at its parent's key), so every diagnostic has a place.
 * With the key anchor, a collection without a key of its own (a list item, the document) is
 * pointed at by its first line, or line 1 for the document: never by a range over all its lines,
 * which annotations would spread over every one of them.
 */
export function locate(source: YamlSource, path: DataPath, anchor: Anchor = 'value'): Position {
  const { isMap, isScalar, isSeq } = yamlPackage();
  const doc = source.doc;
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const current = resolveAlias(doc, node);
    let next: { node: unknown; pair?: Pair } | undefined;
    if (isMap(current)) {
      const found = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (found) next = { node: found.value, pair: found };
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (item !== undefined) next = { node: item };
    }
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  const at = (n: YamlNode | null | undefined): Position | undefined =>
    n?.range ? span(source.lineCounter, n.range[0], n.range[1]) : undefined;
  const keyPosition = pair && isScalar(pair.key) ? at(pair.key) : undefined;
  const value = node as YamlNode | null | undefined;
  if (anchor === 'key') {
    if (keyPosition) return keyPosition;
    if (value && (isMap(value) || isSeq(value))) return value === doc.contents ? START_OF_FILE : (firstLine(source, value) ?? START_OF_FILE);
    return at(value) ?? START_OF_FILE;
  }
  // A collection's value spans many lines; its key is the clearer place to point.
  if (value && (isMap(value) || isSeq(value))) return keyPosition ?? firstLine(source, value) ?? START_OF_FILE;
  return at(value) ?? keyPosition ?? START_OF_FILE;
}

function firstLine(source: YamlSource, node: YamlNode): Position | undefined {
  if (!node.range) return undefined;
  const start = source.lineCounter.linePos(node.range[0]);
  return { line: start.line, column: start.col, endLine: start.line, endColumn: start.col + 1 };
}

function resolveAlias(doc: Document, node: unknown): unknown {
  return yamlPackage().isAlias(node) ? node.resolve(doc) : node;
}

/**
 * Where a text value is in the source: the first string scalar with exactly that text, found by
 * one walk over the document the first time it is asked. For warnings met while rendering a
 * value, whose own path the renderer does not carry.
 */
export function textPlaces(source: YamlSource): (value: string) => Position | undefined {
  let places: Map<string, Position> | undefined;
  return (value) => {
    if (!places) {
      const { isMap, isScalar, isSeq } = yamlPackage();
      const found = new Map<string, Position>();
      const visit = (node: unknown): void => {
        if (isScalar(node)) {
          if (typeof node.value === 'string' && node.range && !found.has(node.value)) found.set(node.value, span(source.lineCounter, node.range[0], node.range[1]));
        } else if (isMap(node)) for (const pair of node.items) visit(pair.value);
        else if (isSeq(node)) for (const item of node.items) visit(item);
      };
      visit(source.doc.contents);
      places = found;
    }
    return places.get(value);
  };
}
