import type { Charter } from './charter.js';

/** Sectors held to the stricter rules (an independent final complaint stage, published results). */
export const PUBLIC_SECTORS: ReadonlySet<Charter['meta']['organisation']['sector']> = new Set(['public_agency', 'local_government', 'utility', 'health']);

export function isPublicSector(charter: Charter): boolean {
  return PUBLIC_SECTORS.has(charter.meta.organisation.sector);
}
