import type { DurationUnit } from '../model/duration.js';
import type { Catalog, CompensationText, Quantity } from './types.js';

/** Singular and plural unit names, and the unit with its article for "a year" / "an hour". */
const UNITS: Readonly<Record<DurationUnit, { one: string; other: string; a: string }>> = Object.freeze({
  seconds: { one: 'second', other: 'seconds', a: 'a second' },
  minutes: { one: 'minute', other: 'minutes', a: 'a minute' },
  hours: { one: 'hour', other: 'hours', a: 'an hour' },
  working_hours: { one: 'working hour', other: 'working hours', a: 'a working hour' },
  working_days: { one: 'working day', other: 'working days', a: 'a working day' },
  calendar_days: { one: 'calendar day', other: 'calendar days', a: 'a calendar day' },
  weeks: { one: 'week', other: 'weeks', a: 'a week' },
  months: { one: 'month', other: 'months', a: 'a month' },
  years: { one: 'year', other: 'years', a: 'a year' },
  business_days: { one: 'business day', other: 'business days', a: 'a business day' },
  days: { one: 'day', other: 'days', a: 'a day' },
  rings: { one: 'ring', other: 'rings', a: 'a ring' },
});

const noun = (q: Quantity): string => (q.one ? UNITS[q.unit].one : UNITS[q.unit].other);
const amount = (q: Quantity): string => (q.min ? `${q.min} to ${q.number} ${UNITS[q.unit].other}` : `${q.number} ${noun(q)}`);

/**
 * A body's name inside a sentence: "the Local Government and Social Care Ombudsman", but "Ofwat"
 * and "CEDR (...)" as they are. A name of several words that does not start with an article takes "the".
 */
function theName(name: string): string {
  const first = name.split(/\s+/)[0] ?? '';
  if (/^the$/i.test(first) || !/\s/.test(name.replace(/\s*\(.*$/, '')) || /^[A-Z0-9]{2,}$/.test(first)) return name;
  return `the ${name}`;
}

/** GOV.UK style: 8am, 5:30pm, midday, midnight (a bare "12pm" is ambiguous to many readers). */
function time(hour: number, minute: number): string {
  if (minute === 0 && (hour === 0 || hour === 24)) return 'midnight';
  if (minute === 0 && hour === 12) return 'midday';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${h12}${mm}${hour < 12 || hour === 24 ? 'am' : 'pm'}`;
}

function compensation(c: CompensationText): string {
  const sentences: string[] = [];
  if (c.amount) {
    let s = `If we miss this, we pay you ${c.amount}`;
    if (c.nonHousehold) s += ` (${c.nonHousehold} for business customers)`;
    if (c.further) s += `, plus ${c.further.amount} ${c.further.per}`;
    sentences.push(`${s}.`);
  }
  const pay = c.payWithin ? ` ${c.payWithin}` : '';
  const claim = c.claimWithin ? ` ${c.claimWithin}` : '';
  switch (c.payment) {
    case 'automatic':
      sentences.push(`We pay it automatically${pay}.`);
      break;
    case 'on_claim':
      sentences.push(`You need to claim it${claim}.`);
      if (c.payWithin) sentences.push(`We pay${pay} of your claim.`);
      break;
    case 'automatic_or_claim':
      sentences.push(`We pay it automatically${pay}, or you can claim it${claim}.`);
      break;
    default:
      if (c.claimWithin) sentences.push(`Claim it${claim}.`);
      if (c.payWithin) sentences.push(`We pay${pay}.`);
  }
  if (c.latePayment) sentences.push(`If we pay you late${c.latePayment.after ? ` (not ${c.latePayment.after})` : ''}, we add ${c.latePayment.amount}.`);
  if (c.limit) sentences.push(`We pay up to ${c.limit.count} ${c.limit.count === '1' ? 'payment' : 'payments'} ${c.limit.per}.`);
  return sentences.join(' ');
}

export const en: Catalog = {
  language: 'en',
  defaultLocale: 'en-GB',

  sections: {
    contents: 'Contents',
    skipToContent: 'Skip to the charter',
    about: 'About us',
    principles: 'Principles of service',
    values: 'Our values',
    clients: 'Who we serve',
    services: 'Our services',
    channels: 'How to reach us',
    standards: 'Our service standards',
    guaranteedStandards: 'Our guaranteed standards',
    performance: 'Performance at a glance',
    results: 'How we are doing',
    rights: 'Your rights',
    obligations: 'What we ask of you',
    feedback: 'Feedback',
    complaints: 'Complaints and putting things right',
    performanceReporting: 'How we report our performance',
    accessibility: 'Accessibility and extra help',
    policies: 'Policies',
    review: 'Reviewing this charter',
  },

  about: { mission: 'Mission', vision: 'Vision', whatWeDo: 'What we do' },

  tables: {
    services: { caption: 'Our services', service: 'Service', description: 'What we do', clients: 'Who it is for', fee: 'Fee', requirements: 'What you need' },
    channels: { caption: 'Ways to contact us', channel: 'Channel', contact: 'Contact', hours: 'Hours', useFor: 'Use it for' },
    standards: {
      caption: 'Our service standards',
      standard: 'Standard',
      promise: 'Our promise',
      target: 'Target',
      lastResult: 'Last result',
      met: 'Met?',
    },
    stages: { caption: 'Stages of a complaint', stage: 'Stage', handledBy: 'Who handles it', how: 'How', timeLimits: 'Time limits' },
    hours: { caption: 'Opening hours', days: 'Days', times: 'Times' },
    changeLog: { caption: 'Change log', version: 'Version', date: 'Date', summary: 'What changed' },
  },

  fees: {
    types: { free: 'Free', fixed: 'Fixed price', range: 'Price range', quoted: 'Written quote', schedule: 'Schedule of charges', per_unit: 'Price per unit' },
    free: 'Free',
    range: (min, max) => `${min} to ${max}`,
    quoted: (from) => (from ? `From ${from}, priced on a written quote` : 'Priced on a written quote'),
    schedule: (from) => (from ? `From ${from}: see our schedule of charges` : 'See our schedule of charges'),
    from: (amount) => `from ${amount}`,
    perUnit: (amount, per) => (/^(per|a|an|each)\s|^\//i.test(per) ? `${amount} ${per}` : `${amount} per ${per}`),
  },

  channelKinds: {
    phone: 'Phone',
    sms: 'Text message',
    email: 'Email',
    web_form: 'Online form',
    online_account: 'Online account',
    live_chat: 'Live chat',
    social_media: 'Social media',
    in_person: 'In person',
    post: 'Post',
    home_visit: 'Home visit',
    relay: 'Relay service',
    other: 'Other',
  },
  useFor: {
    enquiries: 'Enquiries',
    requests: 'Requests',
    emergencies: 'Emergencies',
    complaints: 'Complaints',
    feedback: 'Feedback',
    payments: 'Payments',
    quotes: 'Quotes',
  },
  notFor: (text) => `Not for: ${text}`,

  availability: {
    always: '24 hours a day, 7 days a week',
    allDay: '24 hours',
    byAppointment: 'By appointment',
    closed: 'Closed',
    closedOn: (text) => `Closed: ${text}`,
    languages: (list) => `Languages: ${list}`,
  },

  days: {
    short: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
    long: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
    range: (first, last) => `${first} to ${last}`,
    time,
    timeRange: (open, close) => `${open} to ${close}`,
  },

  durations: {
    amount,
    within: (q) => `within ${amount(q)}`,
    minimumNotice: (q) => `at least ${amount(q)}${q.one ? "'s" : "'"} notice`,
    period: (q) => (q.value === 1 ? UNITS[q.unit].a : `in any ${amount(q)}`),
    every: (q) => (q.value === 1 ? `every ${UNITS[q.unit].one}` : `every ${amount(q)}`),
    eachFurther: (q) => (q.value === 1 ? `for every further ${UNITS[q.unit].one}` : `for every further ${amount(q)}`),
  },

  targets: {
    percentWithin: (percent, within) => `${percent} ${within}`,
    // "90% of jobs ..." reads naturally when the measure is a noun phrase; drop a leading "of" the author may have typed.
    percent: (percent, measure) => (measure ? `${percent} of ${measure.replace(/^of\s+/i, '')}` : percent),
    // The measure is the author's plural noun ("occasions"); with a count of 1 it leads instead of following.
    maxCount: (count, measure, period) => (measure && count === '1' ? `${measure}: no more than 1 ${period}` : `no more than ${count}${measure ? ` ${measure}` : ''} ${period}`),
    minCount: (count, measure, period) => (measure && count === '1' ? `${measure}: at least 1 ${period}` : `at least ${count}${measure ? ` ${measure}` : ''} ${period}`),
    immediate: 'immediately',
    sameDay: (cutoff) => (cutoff ? `the same day, for requests made before ${cutoff}` : 'the same day'),
    measure: (measure, direction, value) => `${measure}: ${direction === 'min' ? 'at least' : 'no more than'} ${value}`,
    schedule: (frequency, days) =>
      days ? ({ daily: `every day: ${days}`, weekly: `every ${days}`, fortnightly: `every other ${days}`, monthly: `monthly, on ${days}` })[frequency] : { daily: 'every day', weekly: 'every week', fortnightly: 'every two weeks', monthly: 'every month' }[frequency],
    definedBy: (reference) => `as set by ${reference}`,
    statistic: (statistic, words) => `${statistic === 'average' ? 'on average' : 'median'} ${words}`,
    variant: (label, target) => `${label}: ${target}`,
  },

  standards: {
    guaranteed: 'Guaranteed',
    exclusions: 'When this does not apply',
    lastResult: (period, value, met) =>
      `Last result${period ? ` (${period})` : ''}: ${value}${met === undefined ? '' : met ? ' (target met)' : ' (target not met)'}`,
    result: (period, value, met) => {
      const notes = [period, met === undefined ? undefined : met ? 'target met' : 'target not met'].filter(Boolean);
      return notes.length ? `${value} (${notes.join('; ')})` : value;
    },
    met: 'Met',
    notMet: 'Not met',
    category: 'Category',
    categories: {
      timeliness: 'Timeliness',
      access: 'Access',
      accuracy: 'Accuracy',
      courtesy: 'Courtesy',
      quality: 'Quality',
      information: 'Information',
    },
    measuredBy: 'How we measure it',
    methods: {
      system_timestamps: 'Times recorded by our systems',
      telephony_reports: 'Phone system reports',
      queue_system: 'Queue management system',
      case_management_system: 'Case management system',
      job_records: 'Job records',
      customer_survey: 'Customer survey',
      sample_audit: 'Checks of a sample of cases',
      mystery_shopping: 'Mystery shopping',
    },
    clockStarts: 'The clock starts',
    appliesTo: 'Applies to',
    reported: 'How often we report on it',
  },

  compensation: {
    heading: 'Compensation',
    payment: {
      automatic: 'Paid automatically',
      on_claim: 'Paid when you claim',
      automatic_or_claim: 'Paid automatically, or you can claim it',
    },
    describe: compensation,
  },

  frequencies: {
    real_time: 'Live, as it happens',
    monthly: 'Every month',
    quarterly: 'Every 3 months',
    six_monthly: 'Every 6 months',
    annually: 'Every year',
  },

  feedback: {
    types: {
      compliment: 'Compliments',
      comment: 'Comments',
      suggestion: 'Suggestions',
      complaint: 'Complaints',
      survey: 'Surveys',
    },
    youCanTellUs: 'What you can tell us',
    howToGiveFeedback: 'How to give feedback',
    surveys: 'Surveys',
    howWeUseIt: 'What we do with your feedback',
  },

  complaints: {
    whatIsAComplaint: 'What is a complaint',
    howToComplain: 'How to complain',
    sameWaysAsFeedback: 'You can complain in any of the ways listed under feedback above.',
    someWaysOfFeedback: (ways) => `You can complain through ${ways}: their details are listed under feedback above.`,
    acknowledge: (within) => `We confirm that we have your complaint ${within}.`,
    noDetriment: 'Making a complaint will never affect the service you get from us.',
    representation: 'Someone else can complain for you, with your permission.',
    stage: (n) => `Stage ${n}`,
    requestWithin: (within) => `Ask for this stage ${within}`,
    acknowledgeWithin: (within) => `We confirm we have it ${within}`,
    respondWithin: (within) => `We reply ${within}`,
    external: 'Outside our organisation',
    independent: 'Independent of us',
    remediesHeading: 'How we can put things right',
    remedies: {
      apology: 'An apology',
      explanation: 'An explanation of what happened',
      correction: 'Correcting our mistake',
      redo_work: 'Doing the work again',
      refund: 'A refund',
      compensation: 'Compensation',
      service_change: 'Changing how we work',
      decision_review: 'Looking at our decision again',
    },
    otherRoutes: 'Other places you can go',
    bodyKinds: {
      ombudsman: 'Ombudsman',
      appellate_authority: 'Appellate authority',
      other: 'Other body',
      regulator: 'Regulator',
      consumer_body: 'Consumer organisation',
      adr_scheme: 'Alternative dispute resolution scheme',
      tribunal: 'Tribunal',
      court: 'Court',
      trade_scheme: 'Trade association scheme',
    },
    website: 'Website',
    phone: 'Phone',
    costToCustomer: { free: 'Free for you to use', fee: 'There may be a fee' },
    binding: {
      yes: 'Its decision is binding',
      no: 'Its decision is not binding',
      on_company_if_accepted: 'If you accept its decision, we must follow it',
    },
  },

  reporting: {
    frequency: 'How often we report',
    where: 'Where to find our results',
    lastPublished: 'Last published',
    independentAssurance: 'Independent checks',
  },

  accessibility: {
    interpreting: 'Interpreting and translation',
    relay: 'Relay services',
    physicalAccess: 'Getting into our buildings',
    extraHelp: 'Extra help',
    alternativeFormatsHeading: 'This charter in other formats',
    alternativeFormats: {
      easy_read: 'Easy read',
      large_print: 'Large print',
      braille: 'Braille',
      audio: 'Audio',
      sign_language_video: 'Sign language video',
      plain_text: 'Plain text',
    },
    otherLanguages: 'This charter in other languages',
  },

  meta: {
    superseded: 'This charter has been superseded and is no longer in force.',
    supersededBy: 'Read the charter that replaces it',
    statuses: { draft: 'Draft', approved: 'Approved', published: 'Published', superseded: 'Superseded' },
    status: 'Status',
    version: 'Version',
    effectiveFrom: 'Effective from',
    approvedBy: 'Approved by',
    owner: 'Owner',
    lastReviewed: 'Last reviewed',
    nextReviewDue: 'Next review due',
    changeLog: 'Change log',
    consultation: 'How we consulted',
    participants: (n) => `${n} taking part`,
    reviewCadence: (every) => `We review this charter ${every}.`,
  },

  chart: { title: 'Our results against our targets', target: 'Target', result: 'Result' },
  results: {
    latest: (period, value, target, met) => `${period}: ${value}, target ${target}${met === undefined ? '' : met ? ', met' : ', not met'}`,
    caption: (title) => `Results over time: ${title}`,
    period: 'Period',
    value: 'Result',
    target: 'Target',
    met: 'Target met',
    sample: 'Cases',
    note: 'Note',
    yes: 'Yes',
    no: 'No',
    earlier: 'Earlier results are in our open data (performance.csv).',
    summary: (met, total, period) => `In ${period}, we met ${met} of our ${total} standards.`,
  },

  languages: {
    scope: { summary: 'summary', title_only: 'title only' },
    onRequest: 'on request',
    notes: (notes) => `(${notes.join(', ')})`,
  },

  handbook: {
    title: 'Staff handbook',
    forStaffOnly: 'For staff only',
    internalStandards: 'Internal standards',
    internalContacts: 'Internal contacts',
    role: 'Role',
    name: 'Name',
    contact: 'Contact',
    whenToCall: 'When to call',
    escalationRules: 'Escalation rules',
    inductionChecklist: 'Induction checklist',
    signOff: 'Sign-off',
    declaration: 'I have read and understood this charter.',
    signature: 'Signature',
    date: 'Date',
    tableOfContents: 'Table of contents',
    page: 'Page',
  },

  pdf: { pageOf: (n, m) => `Page ${n} of ${m}` },

  narrative: { footnotes: 'Notes', backToReference: (reference) => `Back to reference ${reference}` },

  summary: {
    serves: (clients) => `We serve ${clients}.`,
    pays: (amount) => `If we do not, we pay you ${amount}.`,
    complain: {
      phone: (_label, contact) => `To complain, call us on ${contact}.`,
      sms: (_label, contact) => `To complain, text us on ${contact}.`,
      email: (_label, contact) => `To complain, email us at ${contact}.`,
      web_form: (_label, contact) => `To complain, use our online form at ${contact}.`,
      online_account: (_label, contact) => `To complain, use your online account at ${contact}.`,
      live_chat: (_label, contact) => `To complain, chat with us at ${contact}.`,
      social_media: (label, contact) => `To complain, message us on ${label} at ${contact}.`,
      in_person: (_label, contact) => `To complain, visit us at ${contact}.`,
      post: (_label, contact) => `To complain, write to us at ${contact}.`,
      home_visit: (_label, contact) => `To complain, ask us for a home visit on ${contact}.`,
      relay: (label, contact) => `To complain, use ${label} on ${contact}.`,
      other: (label, contact) => `To complain, contact us through ${label} (${contact}).`,
    },
    finally: (kind, name) =>
      kind === 'appellate_authority'
        ? `If you are still not satisfied, you can appeal to ${theName(name)}.`
        : kind === 'court' || kind === 'tribunal'
          ? `If you are still not satisfied, you can take your case to ${theName(name)}.`
          : `If you are still not satisfied, you can ask ${theName(name)} to look into it.`,
  },

};
