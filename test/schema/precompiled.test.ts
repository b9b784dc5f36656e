// The schema precompiled by `npm run build` (lib/compiled-validator.cjs) is the one a check uses,
// and only while it was compiled from the schema on disk (src/schema/validator.ts).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/charter-fixture.js';

describe('the precompiled schema', () => {
  const compiled = createRequire(import.meta.url)(join(ROOT, 'lib', 'compiled-validator.cjs')) as { schemaText?: string; default?: unknown };

  it('carries the text of the schema it was compiled from, the schema on disk', () => {
    expect(compiled.schemaText).toBe(readFileSync(join(ROOT, 'schemas', 'charter.schema.json'), 'utf8'));
    expect(typeof (compiled.default ?? compiled)).toBe('function');
  });

  it('is used by a check, so no check compiles the schema (ajv itself is not loaded)', async () => {
    const { runBin } = await import('../helpers/run-cli.js');
    const result = await runBin(['check', 'examples/brightwater-plumbing', '--as-of', '2026-11-23'], { env: { NODE_DEBUG: 'module' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/ajv[\\/]dist[\\/]compile[\\/]index\.js/);
    expect(result.stderr).toMatch(/compiled-validator\.cjs/);
  });
});
