import { parseDuration } from '../model/duration.js';
import { addDuration, dateOf, dayNumber, dayOf } from '../model/dates.js';
import { duration as formatDuration } from './messages.js';
import type { Finding, Rule } from './rule.js';

/** A review due this many days ahead (inclusive) is flagged so it can be planned. */
export const DUE_SOON_DAYS = 60;
/** The slack the format allows between the cadence and next_review_due. */
export const CADENCE_GRACE_DAYS = 31;

export const reviewDueRule: Rule = {
  id: 'review-due',
  description: 'The charter has been reviewed, is not overdue for review, and keeps to its review cadence.',
  severity: () => 'error',
  check({ charter, asOf }) {
    const findings: Finding[] = [];
    // A month is read generously: reviewed on its first day, due on its last.
    const last = dayOf(charter.review.last_reviewed, 'first');
    const next = dayOf(charter.review.next_review_due, 'last');
    if (!last || !next) return findings;
    const today = dayNumber(asOf);
    const lastPath = ['review', 'last_reviewed'];
    const nextPath = ['review', 'next_review_due'];

    if (dayNumber(last) > today) {
      findings.push({ path: lastPath, message: `review.last_reviewed ${last} is after the as-of date ${asOf}; give the date the last review actually happened` });
    }
    const cadence = parseDuration(charter.review.cadence, charter.meta.day_basis);
    if (dayNumber(next) < dayNumber(last)) {
      findings.push({ path: nextPath, message: `review.next_review_due ${next} is before review.last_reviewed ${last}; the next review comes after the last one` });
    } else if (cadence) {
      const latest = dateOf(dayNumber(addDuration(last, cadence)) + CADENCE_GRACE_DAYS);
      if (dayNumber(next) > dayNumber(latest)) {
        findings.push({
          path: nextPath,
          message: `review.next_review_due ${next} is more than the ${formatDuration(cadence)} cadence plus ${CADENCE_GRACE_DAYS} days after the last review on ${last}; set it to ${latest} or earlier`,
        });
      }
    }
    const daysLeft = dayNumber(next) - today;
    if (daysLeft < 0) {
      findings.push({ path: nextPath, message: `the charter was due for review on ${next}, ${-daysLeft} ${-daysLeft === 1 ? 'day' : 'days'} before ${asOf}; review it and update the review dates` });
    } else if (daysLeft <= DUE_SOON_DAYS) {
      const when = daysLeft === 0 ? 'today' : `in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`;
      findings.push({ path: nextPath, severity: 'warning', message: `the charter is due for review on ${next}, ${when}; plan the review` });
    }
    // A superseded charter is no longer the promise: its review dates are history, so only noted.
    if (charter.meta.status === 'superseded') return findings.map((f) => ({ ...f, severity: 'warning' as const, message: `${f.message} (the charter is superseded)` }));
    return findings;
  },
};
