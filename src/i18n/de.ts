import type { DurationUnit } from '../model/duration.js';
import type { Catalog, CompensationText, Quantity } from './types.js';

/** Strings that are the same words in German as in English, on purpose (a test holds every other string to differ). */
export const SAME_AS_ENGLISH: readonly string[] = Object.freeze(['Information', 'Website', 'Status', 'Name']);

type Gender = 'm' | 'f' | 'n';

/**
 * German unit nouns: singular, plural (nominative/accusative: "2 Werktage") and dative plural
 * ("innerhalb von 2 Werktagen"), with the grammatical gender for "jeden/jede/jedes".
 */
const UNITS: Readonly<Record<DurationUnit, { one: string; other: string; dative: string; gender: Gender }>> = Object.freeze({
  seconds: { one: 'Sekunde', other: 'Sekunden', dative: 'Sekunden', gender: 'f' },
  minutes: { one: 'Minute', other: 'Minuten', dative: 'Minuten', gender: 'f' },
  hours: { one: 'Stunde', other: 'Stunden', dative: 'Stunden', gender: 'f' },
  working_hours: { one: 'Arbeitsstunde', other: 'Arbeitsstunden', dative: 'Arbeitsstunden', gender: 'f' },
  working_days: { one: 'Werktag', other: 'Werktage', dative: 'Werktagen', gender: 'm' },
  calendar_days: { one: 'Kalendertag', other: 'Kalendertage', dative: 'Kalendertagen', gender: 'm' },
  weeks: { one: 'Woche', other: 'Wochen', dative: 'Wochen', gender: 'f' },
  months: { one: 'Monat', other: 'Monate', dative: 'Monaten', gender: 'm' },
  years: { one: 'Jahr', other: 'Jahre', dative: 'Jahren', gender: 'n' },
  business_days: { one: 'Geschäftstag', other: 'Geschäftstage', dative: 'Geschäftstagen', gender: 'm' },
  days: { one: 'Tag', other: 'Tage', dative: 'Tagen', gender: 'm' },
  rings: { one: 'Klingeln', other: 'Klingeln', dative: 'Klingeln', gender: 'n' },
});

const EVERY: Readonly<Record<Gender, string>> = { m: 'jeden', f: 'jede', n: 'jedes' };
const EVERY_FURTHER: Readonly<Record<Gender, string>> = { m: 'jeden weiteren', f: 'jede weitere', n: 'jedes weitere' };

const amount = (q: Quantity): string => (q.min ? `${q.min} bis ${q.number} ${UNITS[q.unit].other}` : `${q.number} ${q.one ? UNITS[q.unit].one : UNITS[q.unit].other}`);
const dative = (q: Quantity): string => (q.min ? `${q.min} bis ${q.number} ${UNITS[q.unit].dative}` : `${q.number} ${q.one ? UNITS[q.unit].one : UNITS[q.unit].dative}`);

// German timetables write 8:00, not 08:00 or 8 Uhr, and put "Uhr" once after the range.
const time = (hour: number, minute: number): string => `${hour}:${String(minute).padStart(2, '0')}`;

function compensation(c: CompensationText): string {
  const sentences: string[] = [];
  if (c.amount) {
    let s = `Halten wir diese Zusage nicht ein, zahlen wir Ihnen ${c.amount}`;
    if (c.nonHousehold) s += ` (Gewerbekunden: ${c.nonHousehold})`;
    if (c.further) s += `, zuzüglich ${c.further.amount} ${c.further.per}`;
    sentences.push(`${s}.`);
  }
  const pay = c.payWithin ? ` ${c.payWithin}` : '';
  const claim = c.claimWithin ? ` ${c.claimWithin}` : '';
  switch (c.payment) {
    case 'automatic':
      sentences.push(`Wir zahlen den Betrag automatisch${pay}.`);
      break;
    case 'on_claim':
      sentences.push(`Bitte fordern Sie den Betrag${claim} bei uns an.`);
      if (c.payWithin) sentences.push(`Wir zahlen ihn${pay} nach Ihrer Anforderung.`);
      break;
    case 'automatic_or_claim':
      sentences.push(`Wir zahlen den Betrag automatisch${pay}. Sie können ihn auch${claim} selbst bei uns anfordern.`);
      break;
    default:
      if (c.claimWithin) sentences.push(`Bitte fordern Sie den Betrag${claim} bei uns an.`);
      if (c.payWithin) sentences.push(`Wir zahlen${pay}.`);
  }
  if (c.latePayment) sentences.push(`Zahlen wir zu spät${c.latePayment.after ? ` (nicht ${c.latePayment.after})` : ''}, erhalten Sie zusätzlich ${c.latePayment.amount}.`);
  if (c.limit) sentences.push(`Wir zahlen höchstens ${c.limit.count} ${c.limit.count === '1' ? 'Entschädigung' : 'Entschädigungen'} ${c.limit.per}.`);
  return sentences.join(' ');
}

export const de: Catalog = {
  language: 'de',
  defaultLocale: 'de-DE',

  sections: {
    contents: 'Inhalt',
    skipToContent: 'Direkt zur Charta',
    about: 'Über uns',
    principles: 'Unsere Grundsätze',
    values: 'Unsere Werte',
    clients: 'Für wen wir da sind',
    services: 'Unsere Leistungen',
    channels: 'So erreichen Sie uns',
    standards: 'Unsere Servicestandards',
    guaranteedStandards: 'Unsere Servicegarantien',
    performance: 'Unsere Ergebnisse auf einen Blick',
    results: 'Wie gut wir unsere Zusagen einhalten',
    rights: 'Ihre Rechte',
    obligations: 'Worum wir Sie bitten',
    feedback: 'Lob, Kritik und Anregungen',
    complaints: 'Beschwerden und Wiedergutmachung',
    performanceReporting: 'So berichten wir über unsere Ergebnisse',
    accessibility: 'Barrierefreiheit und zusätzliche Unterstützung',
    policies: 'Richtlinien',
    review: 'Überprüfung dieser Charta',
  },

  about: { mission: 'Unser Auftrag', vision: 'Unser Ziel', whatWeDo: 'Was wir tun' },

  tables: {
    services: { caption: 'Unsere Leistungen', service: 'Leistung', description: 'Was wir tun', clients: 'Für wen', fee: 'Preis', requirements: 'Was Sie brauchen' },
    channels: { caption: 'So erreichen Sie uns', channel: 'Kontaktweg', contact: 'Kontakt', hours: 'Zeiten', useFor: 'Wofür' },
    standards: {
      caption: 'Unsere Servicestandards',
      standard: 'Servicestandard',
      promise: 'Unser Versprechen',
      target: 'Ziel',
      lastResult: 'Letztes Ergebnis',
      met: 'Erreicht?',
    },
    stages: { caption: 'Stufen einer Beschwerde', stage: 'Stufe', handledBy: 'Wer sie bearbeitet', how: 'Wie', timeLimits: 'Fristen' },
    hours: { caption: 'Öffnungszeiten', days: 'Tage', times: 'Uhrzeit' },
    changeLog: { caption: 'Änderungen', version: 'Fassung', date: 'Datum', summary: 'Was sich geändert hat' },
  },

  fees: {
    types: { free: 'Kostenlos', fixed: 'Festpreis', range: 'Preisspanne', quoted: 'Nach Angebot', schedule: 'Preisliste', per_unit: 'Preis pro Einheit' },
    free: 'Kostenlos',
    range: (min, max) => `${min} bis ${max}`,
    quoted: (from) => (from ? `Ab ${from}, Preis nach schriftlichem Angebot` : 'Preis nach schriftlichem Angebot'),
    schedule: (from) => (from ? `Ab ${from}, siehe unsere Preisliste` : 'Siehe unsere Preisliste'),
    from: (amount) => `ab ${amount}`,
    perUnit: (amount, per) => (/^(pro|je)\s|^\//i.test(per) ? `${amount} ${per}` : `${amount} pro ${per}`),
  },

  channelKinds: {
    phone: 'Telefon',
    sms: 'SMS',
    email: 'E-Mail',
    web_form: 'Online-Formular',
    online_account: 'Online-Kundenkonto',
    live_chat: 'Live-Chat',
    social_media: 'Soziale Medien',
    in_person: 'Persönlich vor Ort',
    post: 'Brief',
    home_visit: 'Hausbesuch',
    relay: 'Vermittlungsdienst für hörgeschädigte Menschen',
    other: 'Sonstiger Kontaktweg',
  },
  useFor: {
    enquiries: 'Fragen',
    requests: 'Anliegen und Aufträge',
    emergencies: 'Notfälle',
    complaints: 'Beschwerden',
    feedback: 'Lob und Anregungen',
    payments: 'Zahlungen',
    quotes: 'Angebote',
  },
  notFor: (text) => `Nicht für: ${text}`,

  availability: {
    always: 'Rund um die Uhr, 7 Tage die Woche',
    allDay: 'Rund um die Uhr',
    byAppointment: 'Nach Vereinbarung',
    closed: 'Geschlossen',
    closedOn: (text) => `Geschlossen: ${text}`,
    languages: (list) => `Sprachen: ${list}`,
  },

  days: {
    short: { mon: 'Mo', tue: 'Di', wed: 'Mi', thu: 'Do', fri: 'Fr', sat: 'Sa', sun: 'So' },
    long: { mon: 'Montag', tue: 'Dienstag', wed: 'Mittwoch', thu: 'Donnerstag', fri: 'Freitag', sat: 'Samstag', sun: 'Sonntag' },
    range: (first, last) => `${first} bis ${last}`,
    time,
    timeRange: (open, close) => `${open} bis ${close} Uhr`,
  },

  durations: {
    amount,
    within: (q) => `innerhalb von ${dative(q)}`,
    minimumNotice: (q) => `mindestens ${amount(q)} vorher`,
    period: (q) => (q.value === 1 ? `pro ${UNITS[q.unit].one}` : `innerhalb von ${dative(q)}`),
    every: (q) => (q.value === 1 ? `${EVERY[UNITS[q.unit].gender]} ${UNITS[q.unit].one}` : `alle ${amount(q)}`),
    eachFurther: (q) =>
      q.value === 1
        ? `für ${EVERY_FURTHER[UNITS[q.unit].gender]} ${UNITS[q.unit].one}`
        : `für je ${q.number} weitere ${q.one ? UNITS[q.unit].one : UNITS[q.unit].other}`,
  },

  targets: {
    percentWithin: (percent, within) => `${percent} ${within}`,
    // The measure is free text without an article ("Antworten mit …"), so a genitive ("80 % der …")
    // cannot be built safely; naming the measure first, like a key figure, reads well whatever was written.
    percent: (percent, measure) => (measure ? `${measure}: mindestens ${percent}` : percent),
    maxCount: (count, measure, period) => (measure && count === '1' ? `${measure}: höchstens 1 ${period}` : `höchstens ${count}${measure ? ` ${measure}` : ''} ${period}`),
    minCount: (count, measure, period) => (measure && count === '1' ? `${measure}: mindestens 1 ${period}` : `mindestens ${count}${measure ? ` ${measure}` : ''} ${period}`),
    immediate: 'sofort',
    sameDay: (cutoff) => (cutoff ? `am selben Tag, für Anfragen vor ${cutoff} Uhr` : 'am selben Tag'),
    measure: (measure, direction, value) => `${measure}: ${direction === 'min' ? 'mindestens' : 'höchstens'} ${value}`,
    schedule: (frequency, days) =>
      days ? ({ daily: `täglich: ${days}`, weekly: `jeden ${days}`, fortnightly: `jeden zweiten ${days}`, monthly: `monatlich, ${days}` })[frequency] : { daily: 'täglich', weekly: 'wöchentlich', fortnightly: 'alle zwei Wochen', monthly: 'monatlich' }[frequency],
    definedBy: (reference) => `wie in ${reference} festgelegt`,
    statistic: (statistic, words) => `${statistic === 'average' ? 'im Durchschnitt' : 'im Median'} ${words}`,
    variant: (label, target) => `${label}: ${target}`,
  },

  standards: {
    guaranteed: 'Garantiert',
    exclusions: 'Wann das nicht gilt',
    lastResult: (period, value, met) =>
      `Letztes Ergebnis${period ? ` (${period})` : ''}: ${value}${met === undefined ? '' : met ? ' (Ziel erreicht)' : ' (Ziel nicht erreicht)'}`,
    result: (period, value, met) => {
      const notes = [period, met === undefined ? undefined : met ? 'Ziel erreicht' : 'Ziel nicht erreicht'].filter(Boolean);
      return notes.length ? `${value} (${notes.join('; ')})` : value;
    },
    met: 'Erreicht',
    notMet: 'Nicht erreicht',
    category: 'Bereich',
    categories: {
      timeliness: 'Schnelligkeit',
      access: 'Erreichbarkeit',
      accuracy: 'Richtigkeit',
      courtesy: 'Freundlichkeit und Verlässlichkeit',
      quality: 'Qualität',
      information: 'Information',
    },
    measuredBy: 'So messen wir',
    methods: {
      system_timestamps: 'Zeitstempel in unseren Systemen',
      telephony_reports: 'Auswertungen der Telefonanlage',
      queue_system: 'Wartenummernsystem',
      case_management_system: 'Vorgangsbearbeitungssystem',
      job_records: 'Auftragsdaten',
      customer_survey: 'Kundenbefragung',
      sample_audit: 'Stichprobenprüfung',
      mystery_shopping: 'Testanrufe und Testbesuche',
    },
    clockStarts: 'Die Frist beginnt',
    appliesTo: 'Gilt für',
    reported: 'So oft berichten wir darüber',
  },

  compensation: {
    heading: 'Entschädigung',
    payment: {
      automatic: 'Automatische Zahlung',
      on_claim: 'Zahlung auf Anforderung',
      automatic_or_claim: 'Automatische Zahlung oder auf Anforderung',
    },
    describe: compensation,
  },

  frequencies: {
    real_time: 'Laufend in Echtzeit',
    monthly: 'Monatlich',
    quarterly: 'Vierteljährlich',
    six_monthly: 'Halbjährlich',
    annually: 'Jährlich',
  },

  feedback: {
    types: {
      compliment: 'Lob',
      comment: 'Hinweise',
      suggestion: 'Vorschläge',
      complaint: 'Beschwerden',
      survey: 'Befragungen',
    },
    youCanTellUs: 'Was Sie uns sagen können',
    howToGiveFeedback: 'So geben Sie uns Rückmeldung',
    surveys: 'Befragungen',
    howWeUseIt: 'Was wir mit Ihrer Rückmeldung machen',
  },

  complaints: {
    whatIsAComplaint: 'Was ist eine Beschwerde?',
    howToComplain: 'So beschweren Sie sich',
    sameWaysAsFeedback: 'Sie können sich auf allen Wegen beschweren, die oben bei Lob und Kritik stehen.',
    someWaysOfFeedback: (ways) => `Sie können sich so beschweren: ${ways}. Die Kontaktdaten stehen oben bei Lob und Kritik.`,
    acknowledge: (within) => `Wir bestätigen Ihnen den Eingang Ihrer Beschwerde ${within}.`,
    noDetriment: 'Eine Beschwerde hat keine Nachteile für Sie: Unser Service für Sie bleibt derselbe.',
    representation: 'Eine andere Person kann sich mit Ihrem Einverständnis für Sie beschweren.',
    stage: (n) => `Stufe ${n}`,
    requestWithin: (within) => `Beantragen Sie diese Stufe ${within}`,
    acknowledgeWithin: (within) => `Eingangsbestätigung ${within}`,
    respondWithin: (within) => `Antwort ${within}`,
    external: 'Außerhalb unseres Unternehmens',
    independent: 'Unabhängig von uns',
    remediesHeading: 'So machen wir Fehler wieder gut',
    remedies: {
      apology: 'Eine Entschuldigung',
      explanation: 'Eine Erklärung, was passiert ist',
      correction: 'Wir korrigieren unseren Fehler',
      redo_work: 'Wir erledigen die Arbeit noch einmal',
      refund: 'Eine Erstattung',
      compensation: 'Eine Entschädigung',
      service_change: 'Wir ändern unsere Abläufe',
      decision_review: 'Wir prüfen unsere Entscheidung erneut',
    },
    otherRoutes: 'Weitere Stellen, an die Sie sich wenden können',
    bodyKinds: {
      ombudsman: 'Ombudsstelle',
      appellate_authority: 'Berufungsinstanz',
      other: 'Andere Stelle',
      regulator: 'Aufsichtsbehörde',
      consumer_body: 'Verbraucherorganisation',
      adr_scheme: 'Schlichtungsstelle',
      tribunal: 'Fachgericht',
      court: 'Gericht',
      trade_scheme: 'Schlichtungsstelle des Fachverbands',
    },
    website: 'Website',
    phone: 'Telefon',
    costToCustomer: { free: 'Für Sie kostenlos', fee: 'Es kann eine Gebühr anfallen' },
    binding: {
      yes: 'Die Entscheidung ist verbindlich',
      no: 'Die Entscheidung ist nicht verbindlich',
      on_company_if_accepted: 'Nehmen Sie die Entscheidung an, sind wir daran gebunden',
    },
  },

  reporting: {
    frequency: 'So oft berichten wir',
    where: 'Hier finden Sie unsere Ergebnisse',
    lastPublished: 'Zuletzt veröffentlicht',
    independentAssurance: 'Unabhängige Prüfung',
  },

  accessibility: {
    interpreting: 'Dolmetschen und Übersetzungen',
    relay: 'Vermittlungsdienste für hörgeschädigte Menschen',
    physicalAccess: 'Zugang zu unseren Gebäuden',
    extraHelp: 'Zusätzliche Unterstützung',
    alternativeFormatsHeading: 'Diese Charta in anderen Formaten',
    alternativeFormats: {
      easy_read: 'Leichte Sprache',
      large_print: 'Großdruck',
      braille: 'Brailleschrift',
      audio: 'Hörfassung',
      sign_language_video: 'Video in Gebärdensprache',
      plain_text: 'Nur-Text-Fassung',
    },
    otherLanguages: 'Diese Charta in anderen Sprachen',
  },

  meta: {
    superseded: 'Diese Charta wurde ersetzt und gilt nicht mehr.',
    supersededBy: 'Zur Charta, die sie ersetzt',
    statuses: { draft: 'Entwurf', approved: 'Freigegeben', published: 'Veröffentlicht', superseded: 'Ersetzt' },
    status: 'Status',
    version: 'Fassung',
    effectiveFrom: 'Gültig ab',
    approvedBy: 'Freigegeben von',
    owner: 'Verantwortlich',
    lastReviewed: 'Zuletzt überprüft',
    nextReviewDue: 'Nächste Überprüfung fällig',
    changeLog: 'Änderungen',
    consultation: 'So haben wir Sie beteiligt',
    participants: (n) => `${n} Teilnehmende`,
    reviewCadence: (every) => `Wir überprüfen diese Charta ${every}.`,
  },

  chart: { title: 'Unsere Ergebnisse im Vergleich zu unseren Zielen', target: 'Ziel', result: 'Ergebnis' },
  results: {
    latest: (period, value, target, met) => `${period}: ${value}, Ziel ${target}${met === undefined ? '' : met ? ', erreicht' : ', nicht erreicht'}`,
    caption: (title) => `Ergebnisse im Zeitverlauf: ${title}`,
    period: 'Zeitraum',
    value: 'Ergebnis',
    target: 'Ziel',
    met: 'Ziel erreicht',
    sample: 'Fälle',
    note: 'Hinweis',
    yes: 'Ja',
    no: 'Nein',
    earlier: 'Frühere Ergebnisse finden Sie in unseren offenen Daten (performance.csv).',
    summary: (met, total, period) => `Im Zeitraum ${period} haben wir ${met} unserer ${total} Servicestandards eingehalten.`,
  },

  languages: {
    scope: { summary: 'Zusammenfassung', title_only: 'nur der Titel' },
    onRequest: 'auf Anfrage',
    notes: (notes) => `(${notes.join(', ')})`,
  },

  handbook: {
    title: 'Handbuch für Mitarbeitende',
    forStaffOnly: 'Nur für den internen Gebrauch',
    internalStandards: 'Interne Standards',
    internalContacts: 'Interne Ansprechpersonen',
    role: 'Funktion',
    name: 'Name',
    contact: 'Kontakt',
    whenToCall: 'Wann Sie sich melden',
    escalationRules: 'Regeln für die Weitergabe',
    inductionChecklist: 'Checkliste für die Einarbeitung',
    signOff: 'Bestätigung',
    declaration: 'Ich habe diese Charta gelesen und verstanden.',
    signature: 'Unterschrift',
    date: 'Datum',
    tableOfContents: 'Inhaltsverzeichnis',
    page: 'Seite',
  },

  pdf: { pageOf: (n, m) => `Seite ${n} von ${m}` },

  narrative: { footnotes: 'Anmerkungen', backToReference: (reference) => `Zurück zum Verweis ${reference}` },

  summary: {
    serves: (clients) => `Wir sind für ${clients} da.`,
    pays: (amount) => `Halten wir das nicht ein, zahlen wir Ihnen ${amount}.`,
    // The label comes after a colon or in brackets: "Kundenservice" would need an article in the sentence.
    complain: {
      phone: (_label, contact) => `Für eine Beschwerde rufen Sie uns an: ${contact}.`,
      sms: (_label, contact) => `Für eine Beschwerde schicken Sie uns eine SMS: ${contact}.`,
      email: (_label, contact) => `Für eine Beschwerde schreiben Sie uns eine E-Mail: ${contact}.`,
      web_form: (_label, contact) => `Für eine Beschwerde nutzen Sie unser Online-Formular: ${contact}.`,
      online_account: (_label, contact) => `Für eine Beschwerde nutzen Sie Ihr Kundenkonto: ${contact}.`,
      live_chat: (_label, contact) => `Für eine Beschwerde schreiben Sie uns im Chat: ${contact}.`,
      social_media: (label, contact) => `Für eine Beschwerde schreiben Sie uns (${label}): ${contact}.`,
      in_person: (_label, contact) => `Für eine Beschwerde besuchen Sie uns: ${contact}.`,
      post: (_label, contact) => `Für eine Beschwerde schreiben Sie uns: ${contact}.`,
      home_visit: (_label, contact) => `Für eine Beschwerde vereinbaren Sie einen Hausbesuch: ${contact}.`,
      relay: (label, contact) => `Für eine Beschwerde nutzen Sie den Vermittlungsdienst (${label}): ${contact}.`,
      other: (label, contact) => `Für eine Beschwerde wenden Sie sich an uns (${label}): ${contact}.`,
    },
    // The body's name is given after a colon: "Schlichtungsstelle Energie" would need an article.
    finally: (kind, name) =>
      kind === 'court' || kind === 'tribunal'
        ? `Sind Sie danach noch unzufrieden, können Sie sich an das Gericht wenden: ${name.replace(/\.$/, '')}.`
        : `Sind Sie danach noch unzufrieden, können Sie sich an eine unabhängige Stelle wenden: ${name.replace(/\.$/, '')}.`,
  },

};
