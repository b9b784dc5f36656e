/** Rules, the validator and the locator all speak of places in a charter as data paths. */

/** A data path: keys and list indexes from the root, e.g. ['standards', 2, 'target']. */
export type DataPath = ReadonlyArray<string | number>;

/** Where on the node to point: its key (for "this key is wrong / missing something") or its value. */
export type Anchor = 'key' | 'value';

/** Turns an ajv instancePath ("/standards/2/target") into a data path. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
