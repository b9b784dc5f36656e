import type { DurationUnit } from '../model/duration.js';
import type { Catalog, CompensationText, Quantity } from './types.js';

/**
 * Strings of this catalogue that are the same word in English on purpose: "Post" is the usual
 * Welsh label for the channel (as on Welsh contact pages), and Braille is a name.
 */
export const SAME_AS_ENGLISH: readonly string[] = Object.freeze(['Post', 'Braille']);

type Gender = 'm' | 'f';
type Mutation = 'soft' | 'aspirate' | 'nasal';

/** The initial consonant changes of Welsh ("ll" and "rh" are single letters in Welsh). */
const MUTATIONS: Readonly<Record<Mutation, readonly (readonly [string, string])[]>> = Object.freeze({
  soft: [['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f']],
  aspirate: [['p', 'ph'], ['t', 'th'], ['c', 'ch']],
  nasal: [['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng']],
});

/** The mutated form of a word (only its first letters change), keeping a capital initial. */
function mutate(text: string, mutation: Mutation): string {
  if (/^(ch|ph|th|dd|ff|ng)/i.test(text)) return text;
  for (const [from, to] of MUTATIONS[mutation]) {
    if (text.slice(0, from.length).toLowerCase() !== from) continue;
    const rest = text.slice(from.length);
    const capital = text.charAt(0) !== text.charAt(0).toLowerCase();
    if (!capital) return to + rest;
    return to ? to.charAt(0).toUpperCase() + to.slice(1) + rest : rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return text;
}

/**
 * Soft mutation of the first word of the author's own text after a preposition ("o alwadau" from
 * "galwadau"). Acronyms, numbers and text in brackets or quotes are left as written.
 */
function softFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (!/^\p{L}/u.test(first) || /^\p{Lu}{2,}\b/u.test(first)) return text;
  return mutate(text, 'soft');
}

/**
 * Welsh unit nouns. After a numeral Welsh keeps the noun singular ("3 diwrnod gwaith", "24 awr");
 * only years have a special counted form, "blynedd" (never "blwyddyn" after a number above 1).
 * per: "a year" as in "5 gwaith y flwyddyn" (a feminine noun mutates after the article);
 * every: "every year", "bob blwyddyn" (no mutation after "bob"). Plain days are "y dydd" / "bob dydd",
 * as Welsh says; "munud" is taken as masculine (it is either in Welsh), so "y munud", "1 munud".
 */
const UNITS: Readonly<Record<DurationUnit, { counted: string; one: string; gender: Gender; nasal?: true; per: string; every: string }>> = Object.freeze({
  seconds: { counted: 'eiliad', one: 'eiliad', gender: 'f', per: 'yr eiliad', every: 'bob eiliad' },
  minutes: { counted: 'munud', one: 'munud', gender: 'm', per: 'y munud', every: 'bob munud' },
  hours: { counted: 'awr', one: 'awr', gender: 'f', per: 'yr awr', every: 'bob awr' },
  working_hours: { counted: 'awr waith', one: 'awr waith', gender: 'f', per: 'yr awr waith', every: 'bob awr waith' },
  working_days: { counted: 'diwrnod gwaith', one: 'diwrnod gwaith', gender: 'm', per: 'y diwrnod gwaith', every: 'bob diwrnod gwaith' },
  calendar_days: { counted: 'diwrnod calendr', one: 'diwrnod calendr', gender: 'm', per: 'y diwrnod calendr', every: 'bob diwrnod calendr' },
  weeks: { counted: 'wythnos', one: 'wythnos', gender: 'f', per: 'yr wythnos', every: 'bob wythnos' },
  months: { counted: 'mis', one: 'mis', gender: 'm', per: 'y mis', every: 'bob mis' },
  years: { counted: 'blynedd', one: 'blwyddyn', gender: 'f', nasal: true, per: 'y flwyddyn', every: 'bob blwyddyn' },
  business_days: { counted: 'diwrnod busnes', one: 'diwrnod busnes', gender: 'm', per: 'y diwrnod busnes', every: 'bob diwrnod busnes' },
  days: { counted: 'diwrnod', one: 'diwrnod', gender: 'm', per: 'y dydd', every: 'bob dydd' },
  rings: { counted: 'caniad', one: 'caniad', gender: 'm', per: 'y caniad', every: 'bob caniad' },
});

const PLURAL = new Intl.PluralRules('cy');

/**
 * The noun after a number written in digits, mutated as the number is read aloud. The CLDR Welsh
 * plural categories are exactly the numerals that mutate what follows them:
 * one (un): soft mutation of a feminine noun, "1 flwyddyn" (a masculine one stays, "1 diwrnod");
 * two (dau/dwy): soft mutation, "2 ddiwrnod gwaith", "2 fis", "2 flynedd", "2 funud";
 * few (tri/tair): aspirate mutation after masculine "tri" only, "3 chaniad" ("tair blynedd" stays);
 * many (chwe): aspirate mutation, "6 chaniad" (c, p, t only, so "6 mis", "6 blynedd").
 * "blynedd" also takes the nasal mutation after pum, saith, wyth, naw, deng, deuddeng, pymtheng,
 * deunaw, ugain and can: "5 mlynedd", "10 mlynedd", "20 mlynedd", "25 mlynedd". We apply it to whole
 * numbers ending in 0, 5, 7, 8 or 9 and to 12, 15 and 18.
 * Limits: "diwrnod" is left unmutated after those numbers ("5 diwrnod gwaith", not the older
 * "pum niwrnod"), as most Welsh public bodies now write it with digits; compound numbers above 20
 * follow only their last rule above (so "22 blynedd", not "dwy flynedd ar hugain"); decimals
 * ("1.5 awr") never mutate the noun.
 */
function counted(value: number, noun: { counted: string; one: string; gender: Gender; nasal?: true }): string {
  if (!Number.isInteger(value)) return noun.counted;
  if (noun.nasal && value >= 5 && ([0, 5, 7, 8, 9].includes(value % 10) || [12, 15, 18].includes(value))) return mutate(noun.counted, 'nasal');
  switch (PLURAL.select(value)) {
    case 'one':
      return noun.gender === 'f' ? mutate(noun.one, 'soft') : noun.one;
    case 'two':
      return mutate(noun.counted, 'soft');
    case 'few':
      return noun.gender === 'm' ? mutate(noun.counted, 'aspirate') : noun.counted;
    case 'many':
      return mutate(noun.counted, 'aspirate');
    default:
      return noun.counted;
  }
}

/** "3 diwrnod gwaith", "2 flynedd", "2 i 5 mlynedd": a range's noun follows its upper end. */
const amount = (q: Quantity): string => `${q.min ? `${q.min} i ` : ''}${q.number} ${counted(q.value, UNITS[q.unit])}`;

/** The value of a number as the locale writes it ("1,000" → 1000); NaN when it is not one. */
const valueOf = (n: string): number => Number((/^[\d,]+(\.\d+)?/.exec(n.trim())?.[0] ?? '').replace(/,/g, ''));

/**
 * "na" (than) becomes "nag" before a vowel: before a number read as un, un deg …, or wyth …
 * ("dim mwy nag 1", "nag 8", but "na 2", "na 10").
 */
function na(n: string): string {
  const whole = (/^[\d,]+/.exec(n.trim())?.[0] ?? '').replace(/,/g, '');
  return whole === '1' || /^1[1-9]$/.test(whole) || whole.startsWith('8') ? 'nag' : 'na';
}

/** "o" (of) before the author's measure: "o'r" before an article, otherwise with the soft mutation. */
function ofMeasure(measure: string): string {
  const text = measure.replace(/^o\s+/i, '');
  const article = /^(y|yr|'r)\s+(.*)$/i.exec(text);
  return article ? `o'r ${article[2]}` : `o ${softFirst(text)}`;
}

/** Week day names start a table cell with a capital ("Dydd Llun") but not inside a sentence. */
const lowerDays = (days: string): string => days.replace(/\bDydd\b/g, 'dydd');
/** The soft mutation of a leading "dydd" after "i", "ar" and "yn ail": "i ddydd Gwener". */
const softDay = (days: string): string => days.replace(/^[Dd]ydd\b/, 'ddydd');

// Welsh public bodies write times in figures; the 24-hour clock avoids the English "am" and "pm".
function time(hour: number, minute: number): string {
  if (minute === 0 && (hour === 0 || hour === 24)) return 'canol nos';
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function compensation(c: CompensationText): string {
  const sentences: string[] = [];
  if (c.amount) {
    let s = `Os na fyddwn yn cyrraedd y safon hon, byddwn yn talu ${c.amount} i chi`;
    if (c.nonHousehold) s += ` (${c.nonHousehold} i gwsmeriaid busnes)`;
    if (c.further) s += `, ynghyd â ${c.further.amount} ${c.further.per}`;
    sentences.push(`${s}.`);
  }
  // "ei dalu", "ei hawlio": the compensation, "iawndal", is masculine.
  const pay = c.payWithin ? ` ${c.payWithin}` : '';
  const claim = c.claimWithin ? ` ${c.claimWithin}` : '';
  switch (c.payment) {
    case 'automatic':
      sentences.push(`Byddwn yn ei dalu i chi'n awtomatig${pay}.`);
      break;
    case 'on_claim':
      sentences.push(`Bydd angen i chi ei hawlio${claim}.`);
      if (c.payWithin) sentences.push(`Byddwn yn ei dalu${pay} i ni gael eich hawliad.`);
      break;
    case 'automatic_or_claim':
      sentences.push(`Byddwn yn ei dalu i chi'n awtomatig${pay}, neu gallwch ei hawlio${claim}.`);
      break;
    default:
      if (c.claimWithin) sentences.push(`Dylech ei hawlio${claim}.`);
      if (c.payWithin) sentences.push(`Byddwn yn talu${pay}.`);
  }
  if (c.latePayment) {
    sentences.push(
      c.latePayment.after
        ? `Os na fyddwn yn talu ${c.latePayment.after}, byddwn yn ychwanegu ${c.latePayment.amount}.`
        : `Os byddwn yn talu'n hwyr, byddwn yn ychwanegu ${c.latePayment.amount}.`,
    );
  }
  if (c.limit) {
    const payments = counted(valueOf(c.limit.count), { counted: 'taliad', one: 'taliad', gender: 'm' });
    sentences.push(`Byddwn yn gwneud hyd at ${c.limit.count} ${payments} ${c.limit.per}.`);
  }
  return sentences.join(' ');
}

export const cy: Catalog = {
  language: 'cy',
  defaultLocale: 'cy-GB',

  sections: {
    contents: 'Cynnwys',
    skipToContent: "Neidio i'r siarter",
    about: 'Amdanom ni',
    principles: 'Egwyddorion gwasanaeth',
    values: 'Ein gwerthoedd',
    clients: 'Pwy rydym yn eu gwasanaethu',
    services: 'Ein gwasanaethau',
    channels: 'Sut i gysylltu â ni',
    standards: 'Ein safonau gwasanaeth',
    guaranteedStandards: 'Ein safonau gwarantedig',
    performance: 'Ein perfformiad yn gryno',
    results: 'Sut rydym yn perfformio',
    rights: 'Eich hawliau',
    obligations: 'Yr hyn rydym yn ei ofyn gennych',
    feedback: 'Adborth',
    complaints: 'Cwynion ac unioni pethau',
    performanceReporting: 'Sut rydym yn adrodd ar ein perfformiad',
    accessibility: 'Hygyrchedd a chymorth ychwanegol',
    policies: 'Polisïau',
    review: "Adolygu'r siarter hon",
  },

  about: { mission: 'Ein cenhadaeth', vision: 'Ein gweledigaeth', whatWeDo: 'Yr hyn rydym yn ei wneud' },

  tables: {
    services: {
      caption: 'Ein gwasanaethau',
      service: 'Gwasanaeth',
      description: 'Yr hyn rydym yn ei wneud',
      clients: 'Ar gyfer pwy',
      fee: 'Ffi',
      requirements: 'Yr hyn sydd ei angen arnoch',
    },
    channels: { caption: 'Ffyrdd o gysylltu â ni', channel: 'Dull cysylltu', contact: 'Manylion cyswllt', hours: 'Oriau', useFor: "I'w ddefnyddio ar gyfer" },
    standards: {
      caption: 'Ein safonau gwasanaeth',
      standard: 'Safon',
      promise: 'Ein haddewid',
      target: 'Targed',
      lastResult: 'Y canlyniad diweddaraf',
      met: "Wedi'i gyrraedd?",
    },
    // "hi": a complaint, "cwyn", is feminine.
    stages: { caption: 'Camau cwyn', stage: 'Cam', handledBy: "Pwy sy'n ymdrin â hi", how: 'Sut', timeLimits: 'Terfynau amser' },
    hours: { caption: 'Oriau agor', days: 'Diwrnodau', times: 'Amseroedd' },
    changeLog: { caption: 'Cofnod newidiadau', version: 'Fersiwn', date: 'Dyddiad', summary: 'Beth sydd wedi newid' },
  },

  fees: {
    types: { free: 'Am ddim', fixed: 'Pris penodol', range: 'Ystod prisiau', quoted: 'Dyfynbris ysgrifenedig', schedule: 'Rhestr ffioedd', per_unit: 'Pris yr uned' },
    free: 'Am ddim',
    range: (min, max) => `${min} i ${max}`,
    quoted: (from) => (from ? `O ${from}, yn ôl dyfynbris ysgrifenedig` : 'Yn ôl dyfynbris ysgrifenedig'),
    schedule: (from) => (from ? `O ${from}: gweler ein rhestr ffioedd` : 'Gweler ein rhestr ffioedd'),
    from: (amount) => `o ${amount}`,
    // "fesul" (per) mutates nothing, so the author's unit can follow it as written.
    perUnit: (amount, per) => (/^(fesul|y|yr|am|pob|bob)\s|^\//i.test(per) ? `${amount} ${per}` : `${amount} fesul ${per}`),
  },

  channelKinds: {
    phone: 'Ffôn',
    sms: 'Neges destun',
    email: 'E-bost',
    web_form: 'Ffurflen ar-lein',
    online_account: 'Cyfrif ar-lein',
    live_chat: 'Sgwrs fyw',
    social_media: 'Cyfryngau cymdeithasol',
    in_person: 'Wyneb yn wyneb',
    post: 'Post',
    home_visit: 'Ymweliad cartref',
    relay: 'Gwasanaeth cyfnewid',
    other: 'Dull arall',
  },
  useFor: {
    enquiries: 'Ymholiadau',
    requests: 'Ceisiadau',
    emergencies: 'Argyfyngau',
    complaints: 'Cwynion',
    feedback: 'Adborth',
    payments: 'Taliadau',
    quotes: 'Dyfynbrisiau',
  },
  notFor: (text) => `Nid ar gyfer: ${text}`,

  availability: {
    always: '24 awr y dydd, 7 diwrnod yr wythnos',
    allDay: '24 awr',
    byAppointment: 'Drwy apwyntiad',
    closed: 'Ar gau',
    closedOn: (text) => `Ar gau: ${text}`,
    languages: (list) => `Ieithoedd: ${list}`,
  },

  days: {
    short: { mon: 'Llun', tue: 'Maw', wed: 'Mer', thu: 'Iau', fri: 'Gwe', sat: 'Sad', sun: 'Sul' },
    long: { mon: 'Dydd Llun', tue: 'Dydd Mawrth', wed: 'Dydd Mercher', thu: 'Dydd Iau', fri: 'Dydd Gwener', sat: 'Dydd Sadwrn', sun: 'Dydd Sul' },
    // "Dydd Llun i ddydd Gwener": "i" softens the day after it.
    range: (first, last) => `${first} i ${softDay(lowerDays(last))}`,
    time,
    timeRange: (open, close) => `${open} i ${close === 'canol nos' ? 'ganol nos' : close}`,
  },

  durations: {
    amount,
    within: (q) => `o fewn ${amount(q)}`,
    minimumNotice: (q) => `o leiaf ${amount(q)} o rybudd`,
    period: (q) => (q.value === 1 ? UNITS[q.unit].per : `mewn unrhyw gyfnod o ${amount(q)}`),
    every: (q) => (q.value === 1 ? UNITS[q.unit].every : `bob ${amount(q)}`),
    eachFurther: (q) => (q.value === 1 ? `am bob ${UNITS[q.unit].one} ychwanegol` : `am bob ${amount(q)} ychwanegol`),
  },

  targets: {
    percentWithin: (percent, within) => `${percent} ${within}`,
    // "90% o alwadau": "o" softens the author's measure, or becomes "o'r" before an article.
    percent: (percent, measure) => (measure ? `${percent} ${ofMeasure(measure)}` : percent),
    // A number with "o" and the author's plural noun ("2 o doriadau") is good Welsh whatever the noun.
    maxCount: (count, measure, period) =>
      measure && count === '1' ? `${measure}: dim mwy nag 1 ${period}` : `dim mwy ${na(count)} ${count}${measure ? ` ${ofMeasure(measure)}` : ''} ${period}`,
    minCount: (count, measure, period) => (measure && count === '1' ? `${measure}: o leiaf 1 ${period}` : `o leiaf ${count}${measure ? ` ${ofMeasure(measure)}` : ''} ${period}`),
    immediate: 'ar unwaith',
    sameDay: (cutoff) => (cutoff ? `ar yr un diwrnod, ar gyfer ceisiadau a wneir cyn ${cutoff}` : 'ar yr un diwrnod'),
    measure: (measure, direction, value) => `${measure}: ${direction === 'min' ? 'o leiaf' : `dim mwy ${na(value)}`} ${value}`,
    // "bob dydd Mawrth", "bob yn ail ddydd Mawrth", "bob mis, ar ddydd Llun".
    schedule: (frequency, days) =>
      days
        ? {
            daily: `bob dydd: ${lowerDays(days)}`,
            weekly: `bob ${lowerDays(days)}`,
            fortnightly: `bob yn ail ${softDay(lowerDays(days))}`,
            monthly: `bob mis, ar ${softDay(lowerDays(days))}`,
          }[frequency]
        : { daily: 'bob dydd', weekly: 'bob wythnos', fortnightly: 'bob pythefnos', monthly: 'bob mis' }[frequency],
    definedBy: (reference) => `fel y'i pennir gan ${reference}`,
    statistic: (statistic, words) => (statistic === 'average' ? `ar gyfartaledd ${words}` : `yn ôl y canolrif, ${words}`),
    variant: (label, target) => `${label}: ${target}`,
  },

  standards: {
    guaranteed: 'Gwarantedig',
    exclusions: 'Pryd nad yw hyn yn berthnasol',
    // "wedi'i gyrraedd": a target, "targed", is masculine.
    lastResult: (period, value, met) =>
      `Y canlyniad diweddaraf${period ? ` (${period})` : ''}: ${value}${met === undefined ? '' : met ? " (targed wedi'i gyrraedd)" : ' (targed heb ei gyrraedd)'}`,
    result: (period, value, met) => {
      const notes = [period, met === undefined ? undefined : met ? "targed wedi'i gyrraedd" : 'targed heb ei gyrraedd'].filter(Boolean);
      return notes.length ? `${value} (${notes.join('; ')})` : value;
    },
    met: "Wedi'i gyrraedd",
    notMet: 'Heb ei gyrraedd',
    category: 'Categori',
    categories: {
      timeliness: 'Prydlondeb',
      access: 'Mynediad',
      accuracy: 'Cywirdeb',
      courtesy: 'Cwrteisi',
      quality: 'Ansawdd',
      information: 'Gwybodaeth',
    },
    // "ei mesur", "arni": a standard, "safon", is feminine.
    measuredBy: 'Sut rydym yn ei mesur',
    methods: {
      system_timestamps: 'Amseroedd a gofnodir gan ein systemau',
      telephony_reports: 'Adroddiadau ein system ffôn',
      queue_system: 'System rheoli ciwiau',
      case_management_system: 'System rheoli achosion',
      job_records: 'Cofnodion gwaith',
      customer_survey: 'Arolwg cwsmeriaid',
      sample_audit: 'Gwirio sampl o achosion',
      mystery_shopping: 'Siopa cudd',
    },
    clockStarts: "Mae'r cyfnod yn dechrau",
    appliesTo: 'Yn berthnasol i',
    reported: 'Pa mor aml rydym yn adrodd arni',
  },

  compensation: {
    heading: 'Iawndal',
    payment: {
      automatic: "Yn cael ei dalu'n awtomatig",
      on_claim: 'Yn cael ei dalu pan fyddwch yn ei hawlio',
      automatic_or_claim: "Yn cael ei dalu'n awtomatig, neu gallwch ei hawlio",
    },
    describe: compensation,
  },

  frequencies: {
    real_time: 'Mewn amser real',
    monthly: 'Bob mis',
    quarterly: 'Bob 3 mis',
    six_monthly: 'Bob 6 mis',
    annually: 'Bob blwyddyn',
  },

  feedback: {
    types: {
      compliment: 'Canmoliaeth',
      comment: 'Sylwadau',
      suggestion: 'Awgrymiadau',
      complaint: 'Cwynion',
      survey: 'Arolygon',
    },
    youCanTellUs: 'Yr hyn y gallwch ei ddweud wrthym',
    howToGiveFeedback: 'Sut i roi adborth',
    surveys: 'Arolygon',
    howWeUseIt: "Yr hyn rydym yn ei wneud â'ch adborth",
  },

  complaints: {
    whatIsAComplaint: 'Beth yw cwyn',
    howToComplain: 'Sut i gwyno',
    sameWaysAsFeedback: "Gallwch gwyno drwy unrhyw un o'r dulliau a restrir o dan adborth uchod.",
    // The ways are the author's channel labels: after a colon they need no mutation.
    someWaysOfFeedback: (ways) => `Gallwch gwyno drwy'r dulliau hyn: ${ways}. Mae eu manylion o dan adborth uchod.`,
    acknowledge: (within) => `Byddwn yn cadarnhau ein bod wedi cael eich cwyn ${within}.`,
    noDetriment: 'Ni fydd gwneud cwyn byth yn effeithio ar y gwasanaeth a gewch gennym.',
    representation: "Gall rhywun arall gwyno ar eich rhan, gyda'ch caniatâd.",
    stage: (n) => `Cam ${n}`,
    requestWithin: (within) => `Gofynnwch am y cam hwn ${within}`,
    // "wedi'i chael": the complaint, "cwyn", is feminine.
    acknowledgeWithin: (within) => `Byddwn yn cadarnhau ein bod wedi'i chael ${within}`,
    respondWithin: (within) => `Byddwn yn ymateb ${within}`,
    external: "Y tu allan i'n sefydliad",
    independent: 'Yn annibynnol arnom ni',
    remediesHeading: 'Sut y gallwn unioni pethau',
    remedies: {
      apology: 'Ymddiheuriad',
      explanation: "Esboniad o'r hyn a ddigwyddodd",
      correction: 'Cywiro ein camgymeriad',
      redo_work: 'Gwneud y gwaith eto',
      refund: 'Ad-daliad',
      compensation: 'Iawndal',
      service_change: 'Newid y ffordd rydym yn gweithio',
      decision_review: 'Ailystyried ein penderfyniad',
    },
    otherRoutes: 'Mannau eraill y gallwch droi atynt',
    bodyKinds: {
      ombudsman: 'Ombwdsmon',
      appellate_authority: 'Awdurdod apeliadau',
      other: 'Corff arall',
      regulator: 'Rheoleiddiwr',
      consumer_body: 'Sefydliad defnyddwyr',
      adr_scheme: 'Cynllun datrys anghydfod amgen',
      tribunal: 'Tribiwnlys',
      court: 'Llys',
      trade_scheme: 'Cynllun cymdeithas fasnach',
    },
    website: 'Gwefan',
    phone: 'Ffôn',
    costToCustomer: { free: 'Am ddim i chi', fee: 'Efallai y bydd rhaid talu ffi' },
    // "ei benderfyniad", "ag ef": the body, "corff", is masculine.
    binding: {
      yes: 'Mae ei benderfyniad yn rhwymol',
      no: 'Nid yw ei benderfyniad yn rhwymol',
      on_company_if_accepted: 'Os byddwch yn derbyn ei benderfyniad, rhaid i ni gydymffurfio ag ef',
    },
  },

  reporting: {
    frequency: 'Pa mor aml rydym yn adrodd',
    where: 'Ble i weld ein canlyniadau',
    lastPublished: 'Cyhoeddwyd ddiwethaf',
    independentAssurance: 'Gwiriadau annibynnol',
  },

  accessibility: {
    interpreting: 'Cyfieithu ar y pryd a chyfieithu',
    relay: 'Gwasanaethau cyfnewid',
    physicalAccess: "Mynediad i'n hadeiladau",
    extraHelp: 'Cymorth ychwanegol',
    alternativeFormatsHeading: 'Y siarter hon mewn fformatau eraill',
    alternativeFormats: {
      easy_read: 'Hawdd ei ddeall',
      large_print: 'Print bras',
      braille: 'Braille',
      audio: 'Sain',
      sign_language_video: 'Fideo iaith arwyddion',
      plain_text: 'Testun plaen',
    },
    otherLanguages: 'Y siarter hon mewn ieithoedd eraill',
  },

  // "hon", "wedi'i chymeradwyo", "ei lle": a charter, "siarter", is feminine.
  meta: {
    superseded: "Mae siarter newydd wedi disodli'r siarter hon, ac nid yw mewn grym mwyach.",
    supersededBy: "Darllenwch y siarter sy'n cymryd ei lle",
    statuses: { draft: 'Drafft', approved: "Wedi'i chymeradwyo", published: "Wedi'i chyhoeddi", superseded: "Wedi'i disodli" },
    status: 'Statws',
    version: 'Fersiwn',
    effectiveFrom: 'Yn weithredol o',
    approvedBy: 'Cymeradwywyd gan',
    owner: 'Perchennog',
    lastReviewed: 'Adolygwyd ddiwethaf',
    nextReviewDue: 'Dyddiad yr adolygiad nesaf',
    changeLog: 'Cofnod newidiadau',
    consultation: 'Sut y gwnaethom ymgynghori',
    participants: (n) => `${n} yn cymryd rhan`,
    reviewCadence: (every) => `Byddwn yn adolygu'r siarter hon ${every}.`,
  },

  chart: { title: "Ein canlyniadau o'u cymharu â'n targedau", target: 'Targed', result: 'Canlyniad' },
  results: {
    latest: (period, value, target, met) => `${period}: ${value}, targed ${target}${met === undefined ? '' : met ? ", wedi'i gyrraedd" : ', heb ei gyrraedd'}`,
    caption: (title) => `Canlyniadau dros amser: ${title}`,
    period: 'Cyfnod',
    value: 'Canlyniad',
    target: 'Targed',
    met: "Targed wedi'i gyrraedd",
    sample: 'Achosion',
    note: 'Nodyn',
    yes: 'Do',
    no: 'Naddo',
    earlier: 'Mae canlyniadau cynharach yn ein data agored (performance.csv).',
    // Welsh keeps the noun singular after a number: "7 o'n 9 safon".
    summary: (met, total, period) => `Yn ystod ${period}, gwnaethom gyrraedd ${met} o'n ${total} safon.`,
  },

  languages: {
    scope: { summary: 'crynodeb', title_only: 'y teitl yn unig' },
    onRequest: 'ar gais',
    notes: (notes) => `(${notes.join(', ')})`,
  },

  handbook: {
    title: 'Llawlyfr staff',
    forStaffOnly: 'Ar gyfer staff yn unig',
    internalStandards: 'Safonau mewnol',
    internalContacts: 'Cysylltiadau mewnol',
    role: 'Rôl',
    name: 'Enw',
    contact: 'Cyswllt',
    whenToCall: 'Pryd i gysylltu',
    escalationRules: 'Rheolau uwchgyfeirio',
    inductionChecklist: 'Rhestr wirio ymsefydlu',
    signOff: 'Llofnodi',
    declaration: 'Rwyf wedi darllen a deall y siarter hon.',
    signature: 'Llofnod',
    date: 'Dyddiad',
    tableOfContents: 'Tabl cynnwys',
    page: 'Tudalen',
  },

  pdf: { pageOf: (n, m) => `Tudalen ${n} o ${m}` },

  narrative: { footnotes: 'Nodiadau', backToReference: (reference) => `Yn ôl at gyfeirnod ${reference}` },

  summary: {
    serves: (clients) => `Rydym yn gwasanaethu ${clients}.`,
    pays: (amount) => `Os na fyddwn yn gwneud hynny, byddwn yn talu ${amount} i chi.`,
    // Numbers and email addresses follow "ar" and "at" unchanged; a name, address or web page
    // comes after a colon, where Welsh needs no mutation ("yn Canolfan" would have to be "yng Nghanolfan").
    complain: {
      phone: (_label, contact) => `I gwyno, ffoniwch ni ar ${contact}.`,
      sms: (_label, contact) => `I gwyno, anfonwch neges destun atom ar ${contact}.`,
      email: (_label, contact) => `I gwyno, anfonwch e-bost at ${contact}.`,
      web_form: (_label, contact) => `I gwyno, defnyddiwch ein ffurflen ar-lein: ${contact}.`,
      online_account: (_label, contact) => `I gwyno, defnyddiwch eich cyfrif ar-lein: ${contact}.`,
      live_chat: (_label, contact) => `I gwyno, sgwrsiwch â ni ar-lein: ${contact}.`,
      social_media: (label, contact) => `I gwyno, anfonwch neges atom (${label}): ${contact}.`,
      in_person: (_label, contact) => `I gwyno, dewch i'n gweld wyneb yn wyneb: ${contact}.`,
      post: (_label, contact) => `I gwyno, ysgrifennwch atom: ${contact}.`,
      home_visit: (_label, contact) => `I gwyno, gofynnwch am ymweliad cartref ar ${contact}.`,
      relay: (label, contact) => `I gwyno, defnyddiwch wasanaeth cyfnewid (${label}): ${contact}.`,
      other: (label, contact) => `I gwyno, cysylltwch â ni (${label}): ${contact}.`,
    },
    // The body's name follows "sef" (namely), which mutates nothing, so any name can stand as written.
    finally: (kind, name) => {
      const body = name.replace(/\.$/, '');
      return kind === 'appellate_authority'
        ? `Os ydych yn dal yn anfodlon, gallwch apelio i gorff annibynnol, sef ${body}.`
        : kind === 'court' || kind === 'tribunal'
          ? `Os ydych yn dal yn anfodlon, gallwch fynd â'ch achos i'r ${kind === 'court' ? 'llys' : 'tribiwnlys'}, sef ${body}.`
          : `Os ydych yn dal yn anfodlon, gallwch ofyn i gorff annibynnol, sef ${body}, ymchwilio i'r mater.`;
    },
  },

};
