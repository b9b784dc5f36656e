import type { DurationUnit } from '../model/duration.js';
import type { Catalog, CompensationText, Quantity } from './types.js';

/**
 * Strings that really are the same in Kiswahili and English, on purpose: none. Kenyan usage keeps
 * "SMS", but the catalogue writes "Ujumbe mfupi (SMS)"; "Ombudsman" is kept inside "Ofisi ya
 * Ombudsman". Listed here for the test that flags catalogue strings equal to the English ones.
 */
export const SAME_AS_ENGLISH: readonly string[] = Object.freeze([]);

/**
 * Kiswahili durations, as Kenyan service charters print them ("ndani ya siku 3 za kazi",
 * "ndani ya dakika 10", "ndani ya saa 24"):
 *
 * - The number follows the noun: "siku 3", "dakika 30", "saa 24", "miaka 2". A qualifier follows
 *   the number: "siku 3 za kazi", and a range sits between them: "siku 2 hadi 7 za kazi".
 * - Noun classes govern agreement. The units are either N-class (9/10: siku, saa, dakika, sekunde,
 *   wiki; the same word in singular and plural) or M-MI class (3/4: mwezi/miezi, mwaka/miaka,
 *   mlio/milio). The associative is "ya" (9) / "za" (10) / "wa" (3) / "ya" (4): "siku 1 ya kazi",
 *   "siku 3 za kazi". The relative "that follows" is "inayofuata" (9) / "zinazofuata" (10) /
 *   "unaofuata" (3) / "inayofuata" (4): "kwa kila siku ya kazi inayofuata", "kwa kila mwezi unaofuata".
 * - "kila" (every) does not agree: "kila mwaka", "kila siku ya kazi"; with a number it is
 *   "kila baada ya miaka 2" ("every 2 years"), the form Kenyan documents use for a cadence.
 * - business_days count as working days, so both are "siku za kazi".
 * - A phone's rings are "milio" ("ndani ya milio 3"), as Kenyan charters say it.
 */
type NounClass = 'n' | 'm';

const UNITS: Readonly<Record<DurationUnit, { one: string; other: string; cls: NounClass; of?: string }>> = Object.freeze({
  seconds: { one: 'sekunde', other: 'sekunde', cls: 'n' },
  minutes: { one: 'dakika', other: 'dakika', cls: 'n' },
  hours: { one: 'saa', other: 'saa', cls: 'n' },
  working_hours: { one: 'saa', other: 'saa', cls: 'n', of: 'kazi' },
  working_days: { one: 'siku', other: 'siku', cls: 'n', of: 'kazi' },
  business_days: { one: 'siku', other: 'siku', cls: 'n', of: 'kazi' },
  calendar_days: { one: 'siku', other: 'siku', cls: 'n', of: 'kalenda' },
  days: { one: 'siku', other: 'siku', cls: 'n' },
  weeks: { one: 'wiki', other: 'wiki', cls: 'n' },
  months: { one: 'mwezi', other: 'miezi', cls: 'm' },
  years: { one: 'mwaka', other: 'miaka', cls: 'm' },
  rings: { one: 'mlio', other: 'milio', cls: 'm' },
});

/** The associative ("of") and the relative "that follows", by noun class and number. */
const OF: Readonly<Record<NounClass, { one: string; other: string }>> = { n: { one: 'ya', other: 'za' }, m: { one: 'wa', other: 'ya' } };
const FOLLOWING: Readonly<Record<NounClass, { one: string; other: string }>> = {
  n: { one: 'inayofuata', other: 'zinazofuata' },
  m: { one: 'unaofuata', other: 'inayofuata' },
};

/** The qualifier after the number: " za kazi", or nothing. */
function qualifier(unit: DurationUnit, singular: boolean): string {
  const u = UNITS[unit];
  return u.of ? ` ${OF[u.cls][singular ? 'one' : 'other']} ${u.of}` : '';
}

/** The unit alone, singular, with its qualifier: "siku ya kazi", "mwaka" (after "kila", "kwa"). */
const unitOne = (unit: DurationUnit): string => `${UNITS[unit].one}${qualifier(unit, true)}`;

/** "siku 3 za kazi", "siku 1 ya kazi", "miaka 2", "siku 2 hadi 7 za kazi". */
function amount(q: Quantity): string {
  const u = UNITS[q.unit];
  if (q.min) return `${u.other} ${q.min} hadi ${q.number}${qualifier(q.unit, false)}`;
  return `${q.one ? u.one : u.other} ${q.number}${qualifier(q.unit, q.one)}`;
}

/**
 * Clock times. Kenyan charters in Kiswahili print office hours with Western clock digits and the
 * part of the day: "8:00 asubuhi hadi 5:00 jioni". Swahili time ("saa 2 asubuhi" for 8am) is how
 * people speak, but on a charter it is written with "saa" and usually in words; digits with ":00"
 * and no "saa" are read as the Western clock, and the part of the day makes the hour plain. So:
 * 5:00-11:59 asubuhi, 12:00-15:59 mchana, 16:00-19:59 jioni, 20:00-4:59 usiku; midday is
 * "12:00 mchana" and midnight (00:00 or 24:00) "12:00 usiku". Evening runs to 19:59 as people say
 * it ("saa moja jioni" is 7pm), and it keeps "7:30 jioni" apart from Swahili time: "saa 7 usiku"
 * would be 1am. Plain 24-hour "17:00" (CLDR's sw pattern) is unambiguous too, but less familiar to
 * the public a charter is for.
 */
function time(hour: number, minute: number): string {
  const h = hour % 24;
  const part = h >= 5 && h < 12 ? 'asubuhi' : h >= 12 && h < 16 ? 'mchana' : h >= 16 && h < 20 ? 'jioni' : 'usiku';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${String(minute).padStart(2, '0')} ${part}`;
}

function compensation(c: CompensationText): string {
  const sentences: string[] = [];
  if (c.amount) {
    let s = `Tusipotimiza ahadi hii, tutakulipa ${c.amount}`;
    if (c.nonHousehold) s += ` (${c.nonHousehold} kwa wateja wa biashara)`;
    if (c.further) s += `, pamoja na ${c.further.amount} ${c.further.per}`;
    sentences.push(`${s}.`);
  }
  const pay = c.payWithin ? ` ${c.payWithin}` : '';
  const claim = c.claimWithin ? ` ${c.claimWithin}` : '';
  // "fidia" (compensation) is N-class: "kuidai" (claim it) takes the object marker -i-.
  switch (c.payment) {
    case 'automatic':
      sentences.push(`Tutakulipa fidia hii moja kwa moja${pay}.`);
      break;
    case 'on_claim':
      sentences.push(`Unahitaji kuidai${claim}.`);
      if (c.payWithin) sentences.push(`Tutakulipa${pay} baada ya kupokea dai lako.`);
      break;
    case 'automatic_or_claim':
      sentences.push(`Tutakulipa fidia hii moja kwa moja${pay}, au unaweza kuidai${claim}.`);
      break;
    default:
      if (c.claimWithin) sentences.push(`Idai${claim}.`);
      if (c.payWithin) sentences.push(`Tutakulipa${pay}.`);
  }
  if (c.latePayment) sentences.push(`Tukichelewa kukulipa${c.latePayment.after ? ` (yaani tusipokulipa ${c.latePayment.after})` : ''}, tutakuongezea ${c.latePayment.amount}.`);
  // "malipo" (payments) is the same word for one and many: "malipo 1", "malipo 5".
  if (c.limit) sentences.push(`Tunalipa hadi malipo ${c.limit.count} ${c.limit.per}.`);
  return sentences.join(' ');
}

export const sw: Catalog = {
  language: 'sw',
  defaultLocale: 'sw-KE',

  sections: {
    contents: 'Yaliyomo',
    skipToContent: 'Nenda moja kwa moja kwenye mkataba',
    about: 'Kuhusu sisi',
    principles: 'Kanuni za huduma',
    values: 'Maadili yetu ya msingi',
    clients: 'Wateja wetu',
    services: 'Huduma zetu',
    channels: 'Jinsi ya kuwasiliana nasi',
    standards: 'Viwango vyetu vya huduma',
    guaranteedStandards: 'Viwango vya huduma tunavyovihakikisha',
    performance: 'Utendaji wetu kwa muhtasari',
    results: 'Jinsi tunavyotekeleza ahadi zetu',
    rights: 'Haki zako',
    obligations: 'Wajibu wako',
    feedback: 'Maoni',
    complaints: 'Malalamiko na kurekebisha makosa',
    performanceReporting: 'Jinsi tunavyoripoti utendaji wetu',
    accessibility: 'Ufikiaji wa huduma na msaada wa ziada',
    policies: 'Sera',
    review: 'Mapitio ya mkataba huu',
  },

  // Kenyan charters head these "Dira" (vision) and "Dhamira" (mission).
  about: { mission: 'Dhamira', vision: 'Dira', whatWeDo: 'Tunachofanya' },

  tables: {
    services: { caption: 'Huduma zetu', service: 'Huduma', description: 'Maelezo', clients: 'Walengwa', fee: 'Ada', requirements: 'Mahitaji' },
    channels: { caption: 'Njia za kuwasiliana nasi', channel: 'Njia', contact: 'Mawasiliano', hours: 'Saa za huduma', useFor: 'Inatumika kwa' },
    standards: {
      caption: 'Viwango vyetu vya huduma',
      standard: 'Kiwango',
      promise: 'Ahadi yetu',
      target: 'Lengo',
      lastResult: 'Matokeo ya hivi karibuni',
      met: 'Limefikiwa?',
    },
    stages: { caption: 'Hatua za kushughulikia lalamiko', stage: 'Hatua', handledBy: 'Anayelishughulikia', how: 'Jinsi', timeLimits: 'Muda uliowekwa' },
    hours: { caption: 'Saa za huduma', days: 'Siku', times: 'Saa' },
    changeLog: { caption: 'Kumbukumbu ya mabadiliko', version: 'Toleo', date: 'Tarehe', summary: 'Kilichobadilika' },
  },

  fees: {
    types: {
      free: 'Bila malipo',
      fixed: 'Ada maalum',
      range: 'Ada ya kiwango cha chini hadi cha juu',
      quoted: 'Kwa makadirio ya maandishi',
      schedule: 'Jedwali la ada',
      per_unit: 'Ada kwa kila kimoja',
    },
    free: 'Bila malipo',
    range: (min, max) => `${min} hadi ${max}`,
    quoted: (from) => (from ? `Kuanzia ${from}, kulingana na makadirio ya maandishi` : 'Kulingana na makadirio ya maandishi'),
    schedule: (from) => (from ? `Kuanzia ${from}: angalia jedwali letu la ada` : 'Angalia jedwali letu la ada'),
    from: (amount) => `kuanzia ${amount}`,
    // "KES 500 kwa kila kipande"; an author's own "kwa …" or "kila …" is kept as written.
    perUnit: (amount, per) => (/^(kwa|kila)\s|^\//i.test(per) ? `${amount} ${per}` : `${amount} kwa kila ${per}`),
  },

  channelKinds: {
    phone: 'Simu',
    sms: 'Ujumbe mfupi (SMS)',
    email: 'Barua pepe',
    web_form: 'Fomu ya mtandaoni',
    online_account: 'Akaunti ya mtandaoni',
    live_chat: 'Gumzo la moja kwa moja mtandaoni',
    social_media: 'Mitandao ya kijamii',
    in_person: 'Ana kwa ana',
    post: 'Barua kwa posta',
    home_visit: 'Kutembelewa nyumbani',
    relay: 'Huduma ya kusaidia mawasiliano kwa viziwi',
    other: 'Njia nyingine',
  },
  useFor: {
    enquiries: 'Maswali',
    requests: 'Maombi',
    emergencies: 'Dharura',
    complaints: 'Malalamiko',
    feedback: 'Maoni',
    payments: 'Malipo',
    quotes: 'Makadirio ya bei',
  },
  notFor: (text) => `Haitumiki kwa: ${text}`,

  availability: {
    always: 'Saa 24 kwa siku, siku 7 kwa wiki',
    allDay: 'Saa 24',
    byAppointment: 'Kwa miadi',
    closed: 'Imefungwa',
    closedOn: (text) => `Hufungwa: ${text}`,
    languages: (list) => `Lugha: ${list}`,
  },

  days: {
    short: { mon: 'Jtatu', tue: 'Jnne', wed: 'Jtano', thu: 'Alh', fri: 'Ijm', sat: 'Jmosi', sun: 'Jpili' },
    long: { mon: 'Jumatatu', tue: 'Jumanne', wed: 'Jumatano', thu: 'Alhamisi', fri: 'Ijumaa', sat: 'Jumamosi', sun: 'Jumapili' },
    range: (first, last) => `${first} hadi ${last}`,
    time,
    timeRange: (open, close) => `${open} hadi ${close}`,
  },

  durations: {
    amount,
    within: (q) => `ndani ya ${amount(q)}`,
    minimumNotice: (q) => `taarifa ya angalau ${amount(q)} mapema`,
    // "kwa mwaka" (a year); "katika kipindi chochote cha miezi 12" (in any 12 months).
    period: (q) => (q.value === 1 ? `kwa ${unitOne(q.unit)}` : `katika kipindi chochote cha ${amount(q)}`),
    every: (q) => (q.value === 1 ? `kila ${unitOne(q.unit)}` : `kila baada ya ${amount(q)}`),
    // "kwa kila siku ya kazi inayofuata", "kwa kila mwezi unaofuata", "kwa kila siku 2 za kazi zinazofuata".
    eachFurther: (q) =>
      q.value === 1
        ? `kwa kila ${unitOne(q.unit)} ${FOLLOWING[UNITS[q.unit].cls].one}`
        : `kwa kila ${amount(q)} ${FOLLOWING[UNITS[q.unit].cls][q.one ? 'one' : 'other']}`,
  },

  targets: {
    percentWithin: (percent, within) => `${percent} ${within}`,
    // "90% ya maombi": "ya" agrees with the unspoken "asilimia" (N-class), so it holds whatever the
    // measure's own class; a leading "ya" the author may have typed is dropped.
    percent: (percent, measure) => (measure ? `${percent} ya ${measure.replace(/^ya\s+/i, '')}` : percent),
    // The number follows the noun in Kiswahili, and the measure is the author's free text (a noun,
    // or a phrase after which a number reads badly), so the measure leads, like a key figure.
    maxCount: (count, measure, period) => (measure ? `${measure}: si zaidi ya ${count} ${period}` : `si zaidi ya ${count} ${period}`),
    minCount: (count, measure, period) => (measure ? `${measure}: angalau ${count} ${period}` : `angalau ${count} ${period}`),
    immediate: 'papo hapo',
    sameDay: (cutoff) => (cutoff ? `siku hiyo hiyo, kwa maombi yanayowasilishwa kabla ya ${cutoff}` : 'siku hiyo hiyo'),
    measure: (measure, direction, value) => `${measure}: ${direction === 'min' ? 'angalau' : 'si zaidi ya'} ${value}`,
    schedule: (frequency, days) =>
      days
        ? ({ daily: `kila siku: ${days}`, weekly: `kila ${days}`, fortnightly: `${days}, kila baada ya wiki mbili`, monthly: `kila mwezi, siku ya ${days}` })[frequency]
        : { daily: 'kila siku', weekly: 'kila wiki', fortnightly: 'kila baada ya wiki mbili', monthly: 'kila mwezi' }[frequency],
    definedBy: (reference) => `kama ilivyowekwa katika ${reference}`,
    statistic: (statistic, words) => `${statistic === 'average' ? 'kwa wastani' : 'kwa wastani wa kati'} ${words}`,
    variant: (label, target) => `${label}: ${target}`,
  },

  standards: {
    // Said of a standard, "kiwango" (KI-VI class): "kimehakikishwa".
    guaranteed: 'Kimehakikishwa',
    exclusions: 'Wakati kiwango hiki hakitumiki',
    // "lengo" (target) is JI-MA class: "lengo limefikiwa", "lengo halijafikiwa".
    lastResult: (period, value, met) =>
      `Matokeo ya hivi karibuni${period ? ` (${period})` : ''}: ${value}${met === undefined ? '' : met ? ' (lengo limefikiwa)' : ' (lengo halijafikiwa)'}`,
    result: (period, value, met) => {
      const notes = [period, met === undefined ? undefined : met ? 'lengo limefikiwa' : 'lengo halijafikiwa'].filter(Boolean);
      return notes.length ? `${value} (${notes.join('; ')})` : value;
    },
    met: 'Limefikiwa',
    notMet: 'Halijafikiwa',
    category: 'Aina',
    categories: {
      timeliness: 'Kuzingatia muda',
      access: 'Upatikanaji',
      accuracy: 'Usahihi',
      courtesy: 'Heshima na adabu',
      quality: 'Ubora',
      information: 'Taarifa',
    },
    measuredBy: 'Jinsi tunavyopima',
    methods: {
      system_timestamps: 'Muda uliorekodiwa na mifumo yetu',
      telephony_reports: 'Ripoti za mfumo wa simu',
      queue_system: 'Mfumo wa kusimamia foleni',
      case_management_system: 'Mfumo wa kusimamia mashauri',
      job_records: 'Kumbukumbu za kazi',
      customer_survey: 'Utafiti wa maoni ya wateja',
      sample_audit: 'Ukaguzi wa sampuli ya mashauri',
      mystery_shopping: 'Ukaguzi kupitia wateja wa siri',
    },
    clockStarts: 'Muda unaanza kuhesabiwa',
    appliesTo: 'Kinahusu',
    reported: 'Tunaripoti kuhusu kiwango hiki',
  },

  compensation: {
    heading: 'Fidia',
    payment: {
      automatic: 'Hulipwa moja kwa moja',
      on_claim: 'Hulipwa unapoidai',
      automatic_or_claim: 'Hulipwa moja kwa moja, au unaweza kuidai',
    },
    describe: compensation,
  },

  frequencies: {
    real_time: 'Moja kwa moja, wakati halisi',
    monthly: 'Kila mwezi',
    quarterly: 'Kila baada ya miezi 3',
    six_monthly: 'Kila baada ya miezi 6',
    annually: 'Kila mwaka',
  },

  feedback: {
    types: {
      compliment: 'Pongezi',
      comment: 'Maoni',
      suggestion: 'Mapendekezo',
      complaint: 'Malalamiko',
      survey: 'Tafiti za maoni',
    },
    youCanTellUs: 'Unachoweza kutueleza',
    howToGiveFeedback: 'Jinsi ya kutoa maoni',
    surveys: 'Tafiti za maoni',
    howWeUseIt: 'Tunavyotumia maoni yako',
  },

  complaints: {
    whatIsAComplaint: 'Lalamiko ni nini?',
    howToComplain: 'Jinsi ya kuwasilisha lalamiko',
    sameWaysAsFeedback: 'Unaweza kuwasilisha lalamiko kupitia njia yoyote kati ya zile zilizoorodheshwa chini ya Maoni hapo juu.',
    someWaysOfFeedback: (ways) => `Unaweza kuwasilisha lalamiko kupitia ${ways}: maelezo ya njia hizo yameorodheshwa chini ya Maoni hapo juu.`,
    acknowledge: (within) => `Tutakiri kupokea lalamiko lako ${within}.`,
    noDetriment: 'Kuwasilisha lalamiko hakutaathiri kamwe huduma unayopata kutoka kwetu.',
    representation: 'Mtu mwingine anaweza kuwasilisha lalamiko kwa niaba yako, kwa idhini yako.',
    stage: (n) => `Hatua ya ${n}`,
    requestWithin: (within) => `Omba hatua hii ${within}`,
    acknowledgeWithin: (within) => `Tunakiri kupokea lalamiko ${within}`,
    respondWithin: (within) => `Tunajibu ${within}`,
    external: 'Nje ya taasisi yetu',
    // Said after the kind of body, in brackets: "(Ofisi ya Ombudsman, chombo huru)".
    independent: 'Chombo huru',
    remediesHeading: 'Jinsi tunavyoweza kurekebisha mambo',
    remedies: {
      apology: 'Kuomba radhi',
      explanation: 'Maelezo ya kilichotokea',
      correction: 'Kurekebisha kosa letu',
      redo_work: 'Kufanya kazi upya',
      refund: 'Kurejesha pesa',
      compensation: 'Fidia',
      service_change: 'Kubadilisha jinsi tunavyofanya kazi',
      decision_review: 'Kuupitia upya uamuzi wetu',
    },
    otherRoutes: 'Taasisi nyingine unazoweza kuwasiliana nazo',
    // The generic kinds; a charter names its own body (in Kenya the Ombudsman is the Commission on
    // Administrative Justice, "Tume ya Haki ya Utawala").
    bodyKinds: {
      ombudsman: 'Ofisi ya Ombudsman',
      appellate_authority: 'Mamlaka ya rufaa',
      other: 'Taasisi nyingine',
      regulator: 'Mamlaka ya udhibiti',
      consumer_body: 'Shirika la kutetea haki za watumiaji',
      adr_scheme: 'Utaratibu wa njia mbadala za kutatua mizozo',
      tribunal: 'Baraza maalum la kusikiliza mizozo',
      court: 'Mahakama',
      trade_scheme: 'Utaratibu wa chama cha wafanyabiashara',
    },
    website: 'Tovuti',
    phone: 'Simu',
    costToCustomer: { free: 'Ni bure kwako', fee: 'Huenda ukatozwa ada' },
    binding: {
      yes: 'Uamuzi wake ni wa lazima',
      no: 'Uamuzi wake si wa lazima',
      on_company_if_accepted: 'Ukikubali uamuzi wake, ni lazima tuutekeleze',
    },
  },

  reporting: {
    frequency: 'Tunaripoti mara ngapi',
    where: 'Mahali pa kupata matokeo yetu',
    lastPublished: 'Ilichapishwa mara ya mwisho',
    independentAssurance: 'Ukaguzi huru',
  },

  accessibility: {
    interpreting: 'Ukalimani na tafsiri',
    relay: 'Huduma za kusaidia mawasiliano kwa viziwi',
    physicalAccess: 'Kuingia katika majengo yetu',
    extraHelp: 'Msaada wa ziada',
    alternativeFormatsHeading: 'Mkataba huu katika miundo mingine',
    alternativeFormats: {
      easy_read: 'Lugha rahisi',
      large_print: 'Maandishi makubwa',
      braille: 'Breli',
      audio: 'Rekodi ya sauti',
      sign_language_video: 'Video ya lugha ya ishara',
      plain_text: 'Maandishi ya kawaida',
    },
    otherLanguages: 'Mkataba huu katika lugha nyingine',
  },

  // "mkataba" (charter) is M-MI class: "umeidhinishwa", "umechapishwa", "umebadilishwa", "hautumiki".
  meta: {
    superseded: 'Mkataba huu umebadilishwa na mkataba mpya na hautumiki tena.',
    supersededBy: 'Soma mkataba mpya unaochukua nafasi yake',
    statuses: { draft: 'Rasimu', approved: 'Umeidhinishwa', published: 'Umechapishwa', superseded: 'Umebadilishwa' },
    status: 'Hali',
    version: 'Toleo',
    effectiveFrom: 'Unaanza kutumika',
    approvedBy: 'Umeidhinishwa na',
    owner: 'Msimamizi',
    lastReviewed: 'Ulipitiwa mara ya mwisho',
    nextReviewDue: 'Mapitio yajayo',
    changeLog: 'Kumbukumbu ya mabadiliko',
    consultation: 'Jinsi tulivyoshirikisha umma',
    participants: (n) => `washiriki ${n}`,
    reviewCadence: (every) => `Tunaupitia mkataba huu ${every}.`,
  },

  chart: { title: 'Matokeo yetu ikilinganishwa na malengo yetu', target: 'Lengo', result: 'Matokeo' },
  results: {
    latest: (period, value, target, met) => `${period}: ${value}, lengo ${target}${met === undefined ? '' : met ? ', limefikiwa' : ', halijafikiwa'}`,
    caption: (title) => `Matokeo kwa kipindi: ${title}`,
    period: 'Kipindi',
    value: 'Matokeo',
    target: 'Lengo',
    met: 'Lengo limefikiwa',
    sample: 'Idadi ya kesi',
    note: 'Maelezo',
    yes: 'Ndiyo',
    no: 'Hapana',
    earlier: 'Matokeo ya awali yamo katika data yetu huria (performance.csv).',
    summary: (met, total, period) => `Katika kipindi cha ${period}, tulitimiza viwango ${met} kati ya ${total} vya huduma.`,
  },

  languages: {
    scope: { summary: 'muhtasari', title_only: 'kichwa pekee' },
    onRequest: 'ukiomba',
    notes: (notes) => `(${notes.join(', ')})`,
  },

  handbook: {
    title: 'Mwongozo kwa wafanyakazi',
    forStaffOnly: 'Kwa wafanyakazi pekee',
    internalStandards: 'Viwango vya ndani',
    internalContacts: 'Mawasiliano ya ndani',
    role: 'Wadhifa',
    name: 'Jina',
    contact: 'Mawasiliano',
    whenToCall: 'Wakati wa kuwasiliana',
    escalationRules: 'Kanuni za kupeleka suala ngazi ya juu',
    inductionChecklist: 'Orodha ya mafunzo elekezi',
    signOff: 'Uthibitisho',
    declaration: 'Nimesoma na kuelewa mkataba huu.',
    signature: 'Sahihi',
    date: 'Tarehe',
    tableOfContents: 'Yaliyomo',
    page: 'Ukurasa',
  },

  pdf: { pageOf: (n, m) => `Ukurasa ${n} kati ya ${m}` },

  narrative: { footnotes: 'Maelezo ya chini', backToReference: (reference) => `Rudi kwenye rejeleo ${reference}` },

  summary: {
    serves: (clients) => `Tunawahudumia ${clients}.`,
    pays: (amount) => `Tusipotimiza ahadi hii, tutakulipa ${amount}.`,
    complain: {
      phone: (_label, contact) => `Ili kuwasilisha lalamiko, tupigie simu kwa nambari ${contact}.`,
      sms: (_label, contact) => `Ili kuwasilisha lalamiko, tutumie ujumbe mfupi kwa nambari ${contact}.`,
      email: (_label, contact) => `Ili kuwasilisha lalamiko, tutumie barua pepe kwa ${contact}.`,
      web_form: (_label, contact) => `Ili kuwasilisha lalamiko, tumia fomu yetu ya mtandaoni: ${contact}.`,
      online_account: (_label, contact) => `Ili kuwasilisha lalamiko, tumia akaunti yako ya mtandaoni: ${contact}.`,
      live_chat: (_label, contact) => `Ili kuwasilisha lalamiko, zungumza nasi mtandaoni: ${contact}.`,
      social_media: (label, contact) => `Ili kuwasilisha lalamiko, tutumie ujumbe kupitia ${label}: ${contact}.`,
      in_person: (_label, contact) => `Ili kuwasilisha lalamiko, tutembelee: ${contact}.`,
      post: (_label, contact) => `Ili kuwasilisha lalamiko, tuandikie barua kwa anwani: ${contact}.`,
      home_visit: (_label, contact) => `Ili kuwasilisha lalamiko, omba tukutembelee nyumbani kupitia ${contact}.`,
      relay: (label, contact) => `Ili kuwasilisha lalamiko, tumia ${label} kupitia ${contact}.`,
      other: (label, contact) => `Ili kuwasilisha lalamiko, wasiliana nasi kupitia ${label} (${contact}).`,
    },
    // Kiswahili has no articles, so the body's name goes in as written. The verb agrees with
    // "lalamiko" (JI-MA class: "lichunguzwe"), never with the body, whose noun class is unknown.
    finally: (kind, name) => {
      const body = name.replace(/\.$/, '');
      if (kind === 'appellate_authority') return `Ikiwa bado hujaridhika, unaweza kukata rufaa kwa ${body}.`;
      if (kind === 'court' || kind === 'tribunal') return `Ikiwa bado hujaridhika, unaweza kufikisha shauri lako mbele ya ${body}.`;
      return `Ikiwa bado hujaridhika, unaweza kuwasilisha lalamiko lako kwa ${body} ili lichunguzwe.`;
    },
  },
};
