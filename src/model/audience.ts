import type { Charter } from './charter.js';

type WithAudience = { audience?: 'public' | 'staff' };

export function isStaff(item: WithAudience | undefined): boolean {
  return item?.audience === 'staff';
}

/** Anything without `audience: staff` is public (the format's default). */
export function isPublic(item: WithAudience | undefined): boolean {
  return !isStaff(item);
}

/**
 * The charter as the public may see it: every item marked `audience: staff` and the whole
 * `staff` section removed. Public outputs are rendered from this view only, so staff content
 * cannot reach them by any route, whatever a template or renderer does.
 */
export function publicView(charter: Charter): Charter {
  const keepPublic = <T extends WithAudience>(items: T[] | undefined): T[] | undefined => items?.filter((item) => !isStaff(item));
  const { staff: _staff, ...rest } = charter;
  const view: Charter = {
    ...rest,
    services: keepPublic(charter.services) as Charter['services'],
    channels: keepPublic(charter.channels) as Charter['channels'],
    standards: keepPublic(charter.standards) as Charter['standards'],
    rights: keepPublic(charter.rights) as Charter['rights'],
    obligations: keepPublic(charter.obligations) as Charter['obligations'],
  };
  const staffChannels = new Set(charter.channels.filter(isStaff).map((c) => c.id));
  // References to staff channels are errors (staff-leak), but drop them anyway: defence in depth.
  view.feedback = { ...charter.feedback, channels: charter.feedback.channels.filter((id) => !staffChannels.has(id)) };
  view.complaints = { ...charter.complaints, channels: charter.complaints.channels.filter((id) => !staffChannels.has(id)) };
  return view;
}
