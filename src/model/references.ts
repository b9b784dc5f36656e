import { isStaff } from './audience.js';
import type { Charter } from './charter.js';
import type { DataPath } from './data-path.js';
import { allStandards } from './standards.js';

/** The kinds of thing a charter refers to by id. */
export type ReferenceKind = 'client' | 'channel' | 'service' | 'standard' | 'narrative block';

/** One place in charter.yaml that names another thing by its id. */
export interface Reference {
  kind: ReferenceKind;
  id: string;
  /** The id value itself, e.g. ['feedback', 'channels', 1]. */
  path: DataPath;
  /** The field holding it, for messages, e.g. ['feedback', 'channels']. */
  field: DataPath;
  /** Whether the referring place appears in public outputs (so it must not name staff-only things). */
  public: boolean;
}


/**
 * Every id reference in the charter, in file order within each section: client groups of services,
 * what standards apply to (public and internal), feedback and complaint channels, highlighted
 * standards and the narrative blocks sections name.
 */
export function references(charter: Charter): Reference[] {
  const found: Reference[] = [];
  const list = (kind: ReferenceKind, field: DataPath, ids: readonly unknown[] | undefined, isPublic: boolean): void => {
    (ids ?? []).forEach((id, index) => {
      if (typeof id === 'string') found.push({ kind, id, path: [...field, index], field, public: isPublic });
    });
  };
  const one = (kind: ReferenceKind, field: DataPath, id: unknown, isPublic: boolean): void => {
    if (typeof id === 'string') found.push({ kind, id, path: field, field, public: isPublic });
  };

  charter.services.forEach((service, i) => list('client', ['services', i, 'client_groups'], service.client_groups, !isStaff(service)));
  for (const { standard, path: at, isPublic } of allStandards(charter)) {
    list('channel', [...at, 'applies_to', 'channels'], standard.applies_to.channels, isPublic);
    list('service', [...at, 'applies_to', 'services'], standard.applies_to.services, isPublic);
    standard.target.variants?.forEach((variant, v) => list('channel', [...at, 'target', 'variants', v, 'channels'], variant.channels, isPublic));
  }
  list('channel', ['feedback', 'channels'], charter.feedback.channels, true);
  list('channel', ['complaints', 'channels'], charter.complaints.channels, true);
  list('standard', ['outputs', 'website_summary', 'highlight_standards'], charter.outputs?.website_summary?.highlight_standards, true);
  charter.standards.forEach((standard, i) => one('narrative block', ['standards', i, 'narrative'], standard.narrative, !isStaff(standard)));
  charter.services.forEach((service, i) => one('narrative block', ['services', i, 'narrative'], service.narrative, !isStaff(service)));
  one('narrative block', ['about', 'narrative'], charter.about.narrative, true);
  one('narrative block', ['complaints', 'narrative'], charter.complaints.narrative, true);
  one('narrative block', ['staff', 'narrative'], charter.staff?.narrative, false);
  return found;
}
