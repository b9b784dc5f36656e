import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { generateTypes } from '../../scripts/gen-types.mjs';

describe('src/model/charter.ts', () => {
  it('is what the schema generates (run "npm run gen:types" after editing the schema)', async () => {
    const committed = await readFile(new URL('../../src/model/charter.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await (generateTypes as () => Promise<string>)());
  });
});
