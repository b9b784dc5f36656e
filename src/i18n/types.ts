import type { DurationUnit } from '../model/duration.js';
import type {
  Channel,
  ComplaintBody,
  Compensation,
  Complaints,
  Feedback,
  Fee,
  Frequency,
  Meta,
  OpeningHours,
  Standard,
} from '../model/charter.js';

export type Weekday = OpeningHours['days'][number];
export type ChannelKind = Channel['kind'];
export type UseFor = NonNullable<Channel['use_for']>[number];
export type Category = Standard['category'];
export type MeasurementMethod = NonNullable<Standard['measurement']>['method'];
export type Remedy = NonNullable<Complaints['remedies']>[number];
export type BodyKind = ComplaintBody['kind'];
export type PaymentKind = NonNullable<Compensation['payment']>;
export type FeedbackType = Feedback['types'][number];

/**
 * A duration whose number is already written for the locale ("1,5"). Language files only add the
 * words, so all number formatting stays in src/render/format and the grammar stays here.
 */
export interface Quantity {
  value: number;
  /** The value as the locale writes it. */
  number: string;
  unit: DurationUnit;
  /** True when the locale's plural rules call for the singular (1 in English and German). */
  one: boolean;
  /** A range's lower end, as the locale writes it ("2" of "2 to 7 working days"). */
  min?: string;
}

/** The days and times of a schedule target, already in words. */
export type ScheduleFrequency = 'daily' | 'weekly' | 'fortnightly' | 'monthly';

/** The already formatted pieces of a compensation promise; each language builds its own sentences. */
export interface CompensationText {
  amount?: string;
  nonHousehold?: string;
  /** "£10" and "for every further working day", paid on top of amount. */
  further?: { amount: string; per: string };
  payment?: PaymentKind;
  /** "within 10 working days" */
  payWithin?: string;
  /** "within 3 months" */
  claimWithin?: string;
  /** Paid on top when the payment itself is late: the amount, and "within 10 working days" or undefined. */
  latePayment?: { amount: string; after?: string };
  /** "5" and "a year": at most this many payments in the period. */
  limit?: { count: string; per: string };
}

/**
 * Every user-visible string of the outputs. Adding a language means one file that satisfies this
 * interface and one line in CATALOGS; the compiler then reports any missing string.
 */
export interface Catalog {
  /** The primary language subtag this catalogue is for ("en"). */
  language: string;
  /** The Intl locale used when a charter names only the language ("en" → "en-GB"). */
  defaultLocale: string;

  sections: {
    contents: string;
    skipToContent: string;
    about: string;
    principles: string;
    values: string;
    clients: string;
    services: string;
    channels: string;
    standards: string;
    guaranteedStandards: string;
    performance: string;
    /** "How we are doing": the results over time. */
    results: string;
    rights: string;
    obligations: string;
    feedback: string;
    complaints: string;
    performanceReporting: string;
    accessibility: string;
    policies: string;
    review: string;
  };

  about: { mission: string; vision: string; whatWeDo: string };

  tables: {
    services: { caption: string; service: string; description: string; clients: string; fee: string; requirements: string };
    channels: { caption: string; channel: string; contact: string; hours: string; useFor: string };
    standards: { caption: string; standard: string; promise: string; target: string; lastResult: string; met: string };
    stages: { caption: string; stage: string; handledBy: string; how: string; timeLimits: string };
    hours: { caption: string; days: string; times: string };
    changeLog: { caption: string; version: string; date: string; summary: string };
  };

  fees: {
    types: Record<Fee['type'], string>;
    free: string;
    range: (min: string, max: string) => string;
    /** from: the formatted "from" amount when the charter gives one. */
    quoted: (from?: string) => string;
    schedule: (from?: string) => string;
    /** "KES 500 per parcel"; per as the charter writes it, with or without its own "per". */
    perUnit: (amount: string, per: string) => string;
    from: (amount: string) => string;
  };

  channelKinds: Record<ChannelKind, string>;
  useFor: Record<UseFor, string>;
  notFor: (text: string) => string;

  availability: {
    always: string;
    /** Opening hours of 00:00 to 24:00 on a day. */
    allDay: string;
    byAppointment: string;
    closed: string;
    closedOn: (text: string) => string;
    languages: (list: string) => string;
  };

  days: {
    short: Record<Weekday, string>;
    long: Record<Weekday, string>;
    /** A run of three or more consecutive days: "Monday to Friday". */
    range: (first: string, last: string) => string;
    /** A clock time; hour 0-24, minute 0-59. */
    time: (hour: number, minute: number) => string;
    timeRange: (open: string, close: string) => string;
  };

  durations: {
    /** "2 working days" / "2 Werktage" */
    amount: (q: Quantity) => string;
    /** "within 2 working days" / "innerhalb von 2 Werktagen" (German needs the dative here) */
    within: (q: Quantity) => string;
    /** "at least 48 hours' notice" / "mindestens 48 Stunden vorher" */
    minimumNotice: (q: Quantity) => string;
    /** The period of a max_count target: "a year", "in any 12 months" / "pro Jahr", "innerhalb von 12 Monaten" */
    period: (q: Quantity) => string;
    /** "every 2 years", "every year" / "alle 2 Jahre", "jedes Jahr" */
    every: (q: Quantity) => string;
    /** "for every further working day" / "für jeden weiteren Werktag" */
    eachFurther: (q: Quantity) => string;
  };

  targets: {
    percentWithin: (percent: string, within: string) => string;
    /** measure: what is counted, as the charter writes it. */
    percent: (percent: string, measure: string | undefined) => string;
    maxCount: (count: string, measure: string | undefined, period: string) => string;
    /** "at least 2 bills in any 12 months" */
    minCount: (count: string, measure: string | undefined, period: string) => string;
    /** "issued at once" */
    immediate: string;
    /** "the same day (requests made before 3pm)"; cutoff already formatted. */
    sameDay: (cutoff: string | undefined) => string;
    /** "water pressure: at least 1 bar" */
    measure: (measure: string, direction: 'min' | 'max', amount: string) => string;
    /** "every Tuesday", "weekly on Monday and Thursday", "daily"; days already a list of day names. */
    schedule: (frequency: ScheduleFrequency, days: string | undefined) => string;
    /** "as set by the Guaranteed Standards Scheme" */
    definedBy: (reference: string) => string;
    /** "an average of" / "a median of", put before a duration's words. */
    statistic: (statistic: 'average' | 'median', words: string) => string;
    /** One variant: "emergency: within 15 days". */
    variant: (label: string, target: string) => string;
  };

  standards: {
    guaranteed: string;
    exclusions: string;
    lastResult: (period: string | undefined, value: string, met?: boolean) => string;
    /** The result under a "Last result" header: "76.4% (July to September 2026; target met)". */
    result: (period: string | undefined, value: string, met?: boolean) => string;
    met: string;
    notMet: string;
    category: string;
    categories: Record<Category, string>;
    measuredBy: string;
    methods: Record<MeasurementMethod, string>;
    clockStarts: string;
    appliesTo: string;
    reported: string;
  };

  compensation: {
    heading: string;
    payment: Record<PaymentKind, string>;
    /** One or two sentences: what we pay, and how it reaches you. */
    describe: (c: CompensationText) => string;
  };

  frequencies: Record<Frequency, string>;

  feedback: {
    types: Record<FeedbackType, string>;
    youCanTellUs: string;
    howToGiveFeedback: string;
    surveys: string;
    howWeUseIt: string;
  };

  complaints: {
    whatIsAComplaint: string;
    howToComplain: string;
    /** When the complaint channels are the feedback channels, listed once under feedback. */
    sameWaysAsFeedback: string;
    /** When every complaint channel is a feedback channel: "by phone or email", their details are given once, under feedback. */
    someWaysOfFeedback: (ways: string) => string;
    acknowledge: (within: string) => string;
    noDetriment: string;
    representation: string;
    stage: (n: string) => string;
    requestWithin: (within: string) => string;
    acknowledgeWithin: (within: string) => string;
    respondWithin: (within: string) => string;
    external: string;
    independent: string;
    remediesHeading: string;
    remedies: Record<Remedy, string>;
    otherRoutes: string;
    bodyKinds: Record<BodyKind, string>;
    website: string;
    phone: string;
    costToCustomer: Record<NonNullable<ComplaintBody['cost_to_customer']>, string>;
    binding: Record<NonNullable<ComplaintBody['binding']>, string>;
  };

  reporting: {
    frequency: string;
    where: string;
    lastPublished: string;
    independentAssurance: string;
  };

  accessibility: {
    interpreting: string;
    relay: string;
    physicalAccess: string;
    extraHelp: string;
    alternativeFormatsHeading: string;
    alternativeFormats: Record<NonNullable<Meta['alternative_formats']>[number], string>;
    otherLanguages: string;
  };

  meta: {
    /** The notice on every output of a superseded charter. */
    superseded: string;
    /** The link to the charter that replaces it. */
    supersededBy: string;
    statuses: Record<Meta['status'], string>;
    status: string;
    version: string;
    effectiveFrom: string;
    approvedBy: string;
    owner: string;
    lastReviewed: string;
    nextReviewDue: string;
    changeLog: string;
    consultation: string;
    participants: (n: string) => string;
    reviewCadence: (every: string) => string;
  };

  chart: { title: string; target: string; result: string };

  /** "How we are doing": each standard's results over time, from the results file. */
  results: {
    /** "July – September 2026: 76.4%, target 80%, not met" */
    latest: (period: string, value: string, target: string, met: boolean | undefined) => string;
    /** The caption of a standard's table of results. */
    caption: (title: string) => string;
    period: string;
    value: string;
    target: string;
    met: string;
    sample: string;
    note: string;
    yes: string;
    no: string;
    /** Under the charts when they leave out older periods. */
    earlier: string;
    /** For the website summary: "In July – September 2026, we met 7 of our 9 standards." */
    summary: (met: string, total: string, period: string) => string;
  };

  /** A translation of the charter, said after its language's name (the name is in its own language, from Intl). */
  languages: {
    /** How much of the charter is translated, when it is not all of it. */
    scope: Record<Exclude<NonNullable<NonNullable<Meta['languages']['translations']>[number]['scope']>, 'full'>, string>;
    onRequest: string;
    /** "(summary, on request)" */
    notes: (notes: string[]) => string;
  };

  handbook: {
    title: string;
    forStaffOnly: string;
    internalStandards: string;
    internalContacts: string;
    role: string;
    name: string;
    contact: string;
    whenToCall: string;
    escalationRules: string;
    inductionChecklist: string;
    signOff: string;
    declaration: string;
    signature: string;
    date: string;
    tableOfContents: string;
    page: string;
  };

  pdf: { pageOf: (n: string, m: string) => string };

  /** Around the author's Markdown: the heading over a block's footnotes (hidden from sight), and the link back from a note ("1", "1-2"). */
  narrative: { footnotes: string; backToReference: (reference: string) => string };

  /** Sentences of the one-paragraph website summary, in the organisation's voice. */
  summary: {
    /** clients: the formatted list of client group names, as the charter writes them. */
    serves: (clients: string) => string;
    /** amount: formatted money. "If we do not, we pay you £40." */
    pays: (amount: string) => string;
    /** How to complain, by channel kind: label and contact as the charter writes them. */
    complain: Record<ChannelKind, (label: string, contact: string) => string>;
    /** The independent step at the end of the complaints path, by the kind of body. */
    finally: (kind: BodyKind, name: string) => string;
  };
}
