import type { Rule } from './rule.js';
import { summaryLengthRule } from './summary-length.js';
import { uniqueIdsRule } from './unique-ids.js';
import { knownReferencesRule } from './known-references.js';
import { channelCoveredRule } from './channel-covered.js';
import { channelHoursRule } from './channel-hours.js';
import { independentFinalStageRule } from './independent-final-stage.js';
import { stageTimelinessRule } from './stage-timeliness.js';
import { staffLeakRule } from './staff-leak.js';
import { noPlaceholdersRule } from './no-placeholders.js';
import { measurableCommitmentRule } from './measurable-commitment.js';
import { percentScaleRule } from './percent-scale.js';
import { reviewDueRule } from './review-due.js';
import { performancePublishedRule } from './performance-published.js';
import { guaranteeCompensationRule } from './guarantee-compensation.js';
import { readingGradeRule } from './reading-grade.js';
import { measurementStatedRule } from './measurement-stated.js';

/** Every lint rule, in the order of the README's rule table. All are on by default. */
export const RULES: readonly Rule[] = Object.freeze([
  uniqueIdsRule,
  knownReferencesRule,
  measurableCommitmentRule,
  measurementStatedRule,
  percentScaleRule,
  channelCoveredRule,
  channelHoursRule,
  independentFinalStageRule,
  stageTimelinessRule,
  reviewDueRule,
  performancePublishedRule,
  guaranteeCompensationRule,
  staffLeakRule,
  noPlaceholdersRule,
  summaryLengthRule,
  readingGradeRule,
]);
