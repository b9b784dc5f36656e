import { toolDiagnostic } from '../rule-ids.js';
import { type Diagnostic } from '../diagnostics.js';
import { resolveInside } from './safe-path.js';
import { locate } from './yaml/locate.js';
import type { YamlSource } from './yaml/load-yaml.js';

const IMAGE = /\.(png|jpe?g|gif|webp|svg)$/i;

/**
 * theme.logo must name an image inside the charter folder (after following symlinks) that exists
 * now; otherwise a `schema` error at the value. (Narrative paths are checked where they are read.)
 */
export async function checkPaths(folder: string, source: YamlSource): Promise<Diagnostic[]> {
  const logo = (source.data as { theme?: { logo?: unknown } }).theme?.logo;
  if (typeof logo !== 'string' || logo === '') return [];
  const at = locate(source, ['theme', 'logo']);
  const inside = await resolveInside(folder, logo);
  if (!inside.ok) return [toolDiagnostic(source.file, at, 'schema', `theme.logo "${logo}" ${inside.reason}`)];
  if (!IMAGE.test(inside.path)) return [toolDiagnostic(source.file, at, 'schema', `theme.logo "${logo}" is not a PNG, JPEG, GIF, WebP or SVG image`)];
  return [];
}
