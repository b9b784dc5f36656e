import type { DurationUnit } from '../model/duration.js';
import type { Catalog, CompensationText, Quantity } from './types.js';

/*
 * French, written to be read the same way in France and in Canada (a Canadian charter says "fr-CA",
 * and Intl then gets that tag for numbers and dates; the words stay the same):
 * - "courriel", not "e-mail" or "mél": the word of Canadian public services, and the one French
 *   administrations recommend (FranceTerme), so both readers know it.
 * - "plainte", not "réclamation": "plainte" is what Canadian services and French mediators (Défenseur
 *   des droits) say; a Canadian reads "réclamation" as a claim for money.
 * - "jour ouvrable" for both working and business days (the same thing; "jour ouvré" is unknown in
 *   Canada), "jour civil" for a calendar day (both countries; "calendaire" reads as French HR jargon).
 * - "vous" throughout, and turns of phrase that need no gender for the reader
 *   ("si notre réponse ne vous satisfait pas", not "si vous n'êtes pas satisfait").
 *
 * Typography: a narrow no-break space (U+202F, "espace fine insécable") before ":", ";", "?" and "!"
 * and inside « guillemets », everywhere in this file. Between a number and its unit, as in times
 * ("8 h 30"), a full no-break space (U+00A0), as Intl itself writes "10 €" and "95 %".
 */

/**
 * Strings of this catalogue that are, on purpose, the same word in English: French uses the same
 * word for these headings and labels ("Date", "Version", …).
 */
export const SAME_AS_ENGLISH: readonly string[] = Object.freeze(['Service', 'Version', 'Date', 'Information', 'Signature', 'Page']);

type Gender = 'm' | 'f';

/**
 * French unit nouns: singular and plural, the gender for "tous les 2 ans" / "toutes les 2 heures",
 * and the noun used after "chaque" when it is not the singular ("chaque année", but "2 ans", "par an").
 */
const UNITS: Readonly<Record<DurationUnit, { one: string; other: string; gender: Gender; each?: string }>> = Object.freeze({
  seconds: { one: 'seconde', other: 'secondes', gender: 'f' },
  minutes: { one: 'minute', other: 'minutes', gender: 'f' },
  hours: { one: 'heure', other: 'heures', gender: 'f' },
  working_hours: { one: 'heure ouvrable', other: 'heures ouvrables', gender: 'f' },
  working_days: { one: 'jour ouvrable', other: 'jours ouvrables', gender: 'm' },
  calendar_days: { one: 'jour civil', other: 'jours civils', gender: 'm' },
  weeks: { one: 'semaine', other: 'semaines', gender: 'f' },
  months: { one: 'mois', other: 'mois', gender: 'm' },
  years: { one: 'an', other: 'ans', gender: 'm', each: 'année' },
  business_days: { one: 'jour ouvrable', other: 'jours ouvrables', gender: 'm' },
  days: { one: 'jour', other: 'jours', gender: 'm' },
  rings: { one: 'sonnerie', other: 'sonneries', gender: 'f' },
});

const ALL: Readonly<Record<Gender, string>> = { m: 'tous les', f: 'toutes les' };

// q.one follows French plural rules (Intl "one" covers 0 and 1, and 1,5: "1,5 heure"); a range is always plural.
const noun = (q: Quantity): string => (q.one ? UNITS[q.unit].one : UNITS[q.unit].other);
const amount = (q: Quantity): string => (q.min ? `${q.min} à ${q.number} ${UNITS[q.unit].other}` : `${q.number} ${noun(q)}`);
const each = (q: Quantity): string => UNITS[q.unit].each ?? UNITS[q.unit].one;

/** A count written as digits takes the singular at 0 and 1 in French. */
const singular = (count: string): boolean => /^[01]$/.test(count.trim());

/**
 * "90 % des appels": the measure is usually a plural noun without an article ("appels traités …"),
 * which takes "des"; an article or determiner the author wrote is kept and joined to "de".
 */
function ofMeasure(measure: string): string {
  if (/^(?:de|des|du)\s|^d['’]/i.test(measure)) return measure;
  if (/^les\s/i.test(measure)) return `des ${measure.replace(/^les\s+/i, '')}`;
  if (/^le\s/i.test(measure)) return `du ${measure.replace(/^le\s+/i, '')}`;
  if (/^(?:la\s|l['’])/i.test(measure)) return `de ${measure}`;
  if (/^(?:nos|vos|leurs|ces|notre|votre|leur|ce|cet|cette|tous|toutes|chaque)\s/i.test(measure)) return `de ${measure}`;
  return `des ${measure}`;
}

/** French public services print "8 h 30", "8 h", "17 h 45"; midnight is said as a word. */
function time(hour: number, minute: number): string {
  if (minute === 0 && (hour === 0 || hour === 24)) return 'minuit';
  return minute === 0 ? `${hour}\u00A0h` : `${hour}\u00A0h\u00A0${String(minute).padStart(2, '0')}`;
}

function compensation(c: CompensationText): string {
  const sentences: string[] = [];
  if (c.amount) {
    let s = `Si nous ne respectons pas cet engagement, nous vous versons ${c.amount}`;
    if (c.nonHousehold) s += ` (${c.nonHousehold} pour les entreprises)`;
    if (c.further) s += `, plus ${c.further.amount} ${c.further.per}`;
    sentences.push(`${s}.`);
  }
  const pay = c.payWithin ? ` ${c.payWithin}` : '';
  const claim = c.claimWithin ? ` ${c.claimWithin}` : '';
  switch (c.payment) {
    case 'automatic':
      sentences.push(`Nous versons l’indemnisation automatiquement${pay}.`);
      break;
    case 'on_claim':
      sentences.push(`Vous devez demander l’indemnisation${claim}.`);
      if (c.payWithin) sentences.push(`Nous la versons${pay} à compter de votre demande.`);
      break;
    case 'automatic_or_claim':
      sentences.push(`Nous versons l’indemnisation automatiquement${pay}. Vous pouvez aussi la demander${claim}.`);
      break;
    default:
      if (c.claimWithin) sentences.push(`Demandez l’indemnisation${claim}.`);
      if (c.payWithin) sentences.push(c.claimWithin ? `Nous la versons${pay}.` : `Nous versons l’indemnisation${pay}.`);
  }
  if (c.latePayment) {
    sentences.push(
      c.latePayment.after
        ? `Si nous ne vous payons pas ${c.latePayment.after}, nous vous versons ${c.latePayment.amount} de plus.`
        : `Si nous vous payons en retard, nous vous versons ${c.latePayment.amount} de plus.`,
    );
  }
  if (c.limit) sentences.push(`Nous versons au plus ${c.limit.count} ${singular(c.limit.count) ? 'indemnisation' : 'indemnisations'} ${c.limit.per}.`);
  return sentences.join(' ');
}

/** The opening of the summary's last sentence; no "satisfait(e)" to agree with the reader. */
const STILL_NOT_SATISFIED = 'Si notre réponse ne vous satisfait toujours pas';

export const fr: Catalog = {
  language: 'fr',
  defaultLocale: 'fr-FR',

  sections: {
    contents: 'Sommaire',
    skipToContent: 'Aller directement à la charte',
    about: 'À propos de nous',
    principles: 'Nos principes de service',
    values: 'Nos valeurs',
    clients: 'À qui s’adressent nos services',
    services: 'Nos services',
    channels: 'Comment nous joindre',
    standards: 'Nos engagements de service',
    guaranteedStandards: 'Nos engagements garantis',
    performance: 'Nos résultats en un coup d’œil',
    results: 'Nos résultats',
    rights: 'Vos droits',
    obligations: 'Ce que nous vous demandons',
    feedback: 'Vos avis et commentaires',
    complaints: 'Plaintes et correction de nos erreurs',
    performanceReporting: 'Comment nous rendons compte de nos résultats',
    accessibility: 'Accessibilité et aide supplémentaire',
    policies: 'Nos politiques',
    review: 'Révision de cette charte',
  },

  about: { mission: 'Notre mission', vision: 'Notre vision', whatWeDo: 'Ce que nous faisons' },

  tables: {
    services: {
      caption: 'Nos services',
      service: 'Service',
      description: 'Ce que nous faisons',
      clients: 'Pour qui',
      fee: 'Coût',
      requirements: 'Ce dont vous avez besoin',
    },
    channels: { caption: 'Moyens de nous joindre', channel: 'Moyen de contact', contact: 'Coordonnées', hours: 'Horaires', useFor: 'À utiliser pour' },
    standards: {
      caption: 'Nos engagements de service',
      standard: 'Engagement',
      promise: 'Notre promesse',
      target: 'Objectif',
      lastResult: 'Dernier résultat',
      met: 'Atteint\u202F?',
    },
    stages: { caption: 'Étapes d’une plainte', stage: 'Étape', handledBy: 'Qui la traite', how: 'Comment', timeLimits: 'Délais' },
    hours: { caption: 'Heures d’ouverture', days: 'Jours', times: 'Heures' },
    changeLog: { caption: 'Historique des modifications', version: 'Version', date: 'Date', summary: 'Ce qui a changé' },
  },

  fees: {
    types: { free: 'Gratuit', fixed: 'Prix fixe', range: 'Fourchette de prix', quoted: 'Sur devis écrit', schedule: 'Grille tarifaire', per_unit: 'Prix à l’unité' },
    free: 'Gratuit',
    range: (min, max) => `${min} à ${max}`,
    quoted: (from) => (from ? `À partir de ${from}, sur devis écrit` : 'Sur devis écrit'),
    schedule: (from) => (from ? `À partir de ${from}\u202F: voir notre grille tarifaire` : 'Voir notre grille tarifaire'),
    from: (amount) => `à partir de ${amount}`,
    perUnit: (amount, per) => (/^(?:(?:par|le|la|les|chaque|pour)\s|l['’]|\/)/i.test(per) ? `${amount} ${per}` : `${amount} par ${per}`),
  },

  channelKinds: {
    phone: 'Téléphone',
    // "SMS" in France, "message texte" in Canada: the label gives both.
    sms: 'Message texte (SMS)',
    email: 'Courriel',
    web_form: 'Formulaire en ligne',
    online_account: 'Compte en ligne',
    // Neither "tchat" (France) nor "clavardage" (Canada): the plain words both understand.
    live_chat: 'Discussion en ligne',
    social_media: 'Réseaux sociaux',
    in_person: 'En personne',
    post: 'Courrier',
    home_visit: 'Visite à domicile',
    relay: 'Service de relais téléphonique',
    other: 'Autre moyen',
  },
  useFor: {
    enquiries: 'Demandes de renseignements',
    requests: 'Demandes',
    emergencies: 'Urgences',
    complaints: 'Plaintes',
    feedback: 'Avis et commentaires',
    payments: 'Paiements',
    quotes: 'Devis',
  },
  notFor: (text) => `À ne pas utiliser pour\u202F: ${text}`,

  availability: {
    always: '24 heures sur 24, 7 jours sur 7',
    allDay: '24 heures sur 24',
    byAppointment: 'Sur rendez-vous',
    closed: 'Fermé',
    closedOn: (text) => `Fermé\u202F: ${text}`,
    languages: (list) => `Langues\u202F: ${list}`,
  },

  days: {
    short: { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.', sun: 'dim.' },
    // Day names are common nouns in French: lower case, also at the start of a table cell.
    long: { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi', sun: 'dimanche' },
    range: (first, last) => `du ${first} au ${last}`,
    time,
    timeRange: (open, close) => `${open} à ${close}`,
  },

  durations: {
    amount,
    // "dans un délai de": the phrase of French and Canadian administrative texts; rings are counted, not waited for.
    // A single unit is said in words, as French prose does: "dans un délai d’un mois", "d’une semaine".
    within: (q) =>
      q.unit === 'rings'
        ? `en ${amount(q)} au plus`
        : q.value === 1 && !q.min
          ? `dans un délai d’${UNITS[q.unit].gender === 'f' ? 'une' : 'un'} ${UNITS[q.unit].one}`
          : `dans un délai de ${amount(q)}`,
    minimumNotice: (q) => `au moins ${amount(q)} à l’avance`,
    period: (q) => (q.value === 1 ? `par ${UNITS[q.unit].one}` : `sur toute période de ${amount(q)}`),
    every: (q) => (q.value === 1 ? `chaque ${each(q)}` : `${ALL[UNITS[q.unit].gender]} ${amount(q)}`),
    eachFurther: (q) => (q.value === 1 ? `pour chaque ${each(q)} supplémentaire` : `pour chaque tranche supplémentaire de ${amount(q)}`),
  },

  targets: {
    percentWithin: (percent, within) => `${percent} ${within}`,
    percent: (percent, measure) => (measure ? `${percent} ${ofMeasure(measure)}` : percent),
    // The measure is the author's plural noun ("interruptions"); with a count of 1 it leads instead of following.
    maxCount: (count, measure, period) => (measure && singular(count) ? `${measure}\u202F: au plus ${count} ${period}` : `au plus ${count}${measure ? ` ${measure}` : ''} ${period}`),
    minCount: (count, measure, period) => (measure && singular(count) ? `${measure}\u202F: au moins ${count} ${period}` : `au moins ${count}${measure ? ` ${measure}` : ''} ${period}`),
    immediate: 'immédiatement',
    sameDay: (cutoff) => (cutoff ? `le jour même, pour les demandes faites avant ${cutoff}` : 'le jour même'),
    measure: (measure, direction, value) => `${measure}\u202F: ${direction === 'min' ? 'au moins' : 'au plus'} ${value}`,
    // One day reads as French says it ("chaque mardi", "un mardi sur deux"); a list or a range of days follows a colon.
    schedule: (frequency, days) => {
      if (!days) return { daily: 'tous les jours', weekly: 'chaque semaine', fortnightly: 'toutes les deux semaines', monthly: 'chaque mois' }[frequency];
      if (!/\s/.test(days)) return { daily: `tous les jours\u202F: ${days}`, weekly: `chaque ${days}`, fortnightly: `un ${days} sur deux`, monthly: `chaque mois, le ${days}` }[frequency];
      return { daily: `tous les jours\u202F: ${days}`, weekly: `chaque semaine\u202F: ${days}`, fortnightly: `toutes les deux semaines\u202F: ${days}`, monthly: `chaque mois\u202F: ${days}` }[frequency];
    },
    definedBy: (reference) => `comme le prévoit ${reference}`,
    statistic: (statistic, words) => `${statistic === 'average' ? 'en moyenne' : 'en valeur médiane'} ${words}`,
    variant: (label, target) => `${label}\u202F: ${target}`,
  },

  standards: {
    guaranteed: 'Engagement garanti',
    exclusions: 'Cas où cet engagement ne s’applique pas',
    lastResult: (period, value, met) =>
      `Dernier résultat${period ? ` (${period})` : ''}\u202F: ${value}${met === undefined ? '' : met ? ' (objectif atteint)' : ' (objectif non atteint)'}`,
    result: (period, value, met) => {
      const notes = [period, met === undefined ? undefined : met ? 'objectif atteint' : 'objectif non atteint'].filter(Boolean);
      return notes.length ? `${value} (${notes.join('\u202F; ')})` : value;
    },
    met: 'Atteint',
    notMet: 'Non atteint',
    category: 'Catégorie',
    categories: {
      timeliness: 'Rapidité',
      access: 'Accès',
      accuracy: 'Exactitude',
      courtesy: 'Courtoisie',
      quality: 'Qualité',
      information: 'Information',
    },
    measuredBy: 'Comment nous le mesurons',
    methods: {
      system_timestamps: 'Heures enregistrées par nos systèmes',
      telephony_reports: 'Rapports du système téléphonique',
      queue_system: 'Système de gestion des files d’attente',
      case_management_system: 'Système de gestion des dossiers',
      job_records: 'Fiches d’intervention',
      customer_survey: 'Enquête de satisfaction',
      sample_audit: 'Contrôle d’un échantillon de dossiers',
      mystery_shopping: 'Visites et appels mystères',
    },
    clockStarts: 'Point de départ du délai',
    appliesTo: 'S’applique à',
    reported: 'Fréquence de publication des résultats',
  },

  compensation: {
    heading: 'Indemnisation',
    payment: {
      automatic: 'Versée automatiquement',
      on_claim: 'Versée sur demande',
      automatic_or_claim: 'Versée automatiquement ou sur demande',
    },
    describe: compensation,
  },

  frequencies: {
    real_time: 'En temps réel',
    monthly: 'Tous les mois',
    quarterly: 'Tous les 3 mois',
    six_monthly: 'Tous les 6 mois',
    annually: 'Chaque année',
  },

  feedback: {
    types: {
      compliment: 'Remerciements',
      comment: 'Commentaires',
      suggestion: 'Propositions',
      complaint: 'Plaintes',
      survey: 'Enquêtes',
    },
    youCanTellUs: 'Ce que vous pouvez nous dire',
    howToGiveFeedback: 'Comment nous donner votre avis',
    surveys: 'Enquêtes',
    howWeUseIt: 'Ce que nous faisons de votre avis',
  },

  complaints: {
    whatIsAComplaint: 'Qu’est-ce qu’une plainte\u202F?',
    howToComplain: 'Comment déposer une plainte',
    sameWaysAsFeedback: 'Vous pouvez déposer une plainte par tous les moyens indiqués plus haut, dans la partie «\u202FVos avis et commentaires\u202F».',
    someWaysOfFeedback: (ways) =>
      `Vous pouvez déposer une plainte par les moyens suivants\u202F: ${ways}. Leurs coordonnées figurent plus haut, dans la partie «\u202FVos avis et commentaires\u202F».`,
    acknowledge: (within) => `Nous accusons réception de votre plainte ${within}.`,
    noDetriment: 'Déposer une plainte n’aura jamais de conséquence sur le service que nous vous rendons.',
    representation: 'Une autre personne peut déposer une plainte en votre nom, avec votre accord.',
    stage: (n) => `Étape ${n}`,
    requestWithin: (within) => `Demandez le passage à cette étape ${within}`,
    acknowledgeWithin: (within) => `Nous accusons réception ${within}`,
    respondWithin: (within) => `Nous répondons ${within}`,
    external: 'En dehors de notre organisation',
    // Printed in lower case after the kind of body ("médiateur ou ombudsman, sans lien avec notre organisation"): no adjective to agree.
    independent: 'Sans lien avec notre organisation',
    remediesHeading: 'Comment nous pouvons corriger nos erreurs',
    remedies: {
      apology: 'Des excuses',
      explanation: 'Une explication de ce qui s’est passé',
      correction: 'Corriger notre erreur',
      redo_work: 'Refaire le travail',
      refund: 'Un remboursement',
      compensation: 'Une indemnisation',
      service_change: 'Changer notre façon de travailler',
      decision_review: 'Réexaminer notre décision',
    },
    otherRoutes: 'Autres recours possibles',
    bodyKinds: {
      // "Médiateur" in France, "ombudsman" in Canada.
      ombudsman: 'Médiateur ou ombudsman',
      appellate_authority: 'Instance d’appel',
      other: 'Autre organisme',
      regulator: 'Organisme de régulation',
      consumer_body: 'Organisme de défense des consommateurs',
      adr_scheme: 'Service de règlement extrajudiciaire des litiges',
      tribunal: 'Tribunal spécialisé',
      court: 'Juridiction',
      trade_scheme: 'Service de médiation de l’organisation professionnelle',
    },
    website: 'Site Web',
    phone: 'Téléphone',
    costToCustomer: { free: 'Gratuit pour vous', fee: 'Des frais peuvent s’appliquer' },
    binding: {
      yes: 'Sa décision est contraignante',
      no: 'Sa décision n’est pas contraignante',
      on_company_if_accepted: 'Si vous acceptez sa décision, nous devons l’appliquer',
    },
  },

  reporting: {
    frequency: 'Fréquence de nos rapports',
    where: 'Où trouver nos résultats',
    lastPublished: 'Dernière publication',
    independentAssurance: 'Contrôles indépendants',
  },

  accessibility: {
    interpreting: 'Interprétation et traduction',
    relay: 'Services de relais téléphonique',
    physicalAccess: 'Accès à nos bâtiments',
    extraHelp: 'Aide supplémentaire',
    alternativeFormatsHeading: 'Cette charte dans d’autres formats',
    alternativeFormats: {
      // Not "FALC", which only France knows.
      easy_read: 'Version facile à lire',
      large_print: 'Gros caractères',
      braille: 'En braille',
      audio: 'Version audio',
      sign_language_video: 'Vidéo en langue des signes',
      plain_text: 'Texte brut',
    },
    otherLanguages: 'Cette charte dans d’autres langues',
  },

  meta: {
    superseded: 'Cette charte a été remplacée et n’est plus en vigueur.',
    supersededBy: 'Consulter la charte qui la remplace',
    // Feminine: they describe "la charte".
    statuses: { draft: 'Projet', approved: 'Approuvée', published: 'Publiée', superseded: 'Remplacée' },
    status: 'Statut',
    version: 'Version',
    // Also printed before the date in the page header ("Version 2 · Entrée en vigueur 1 avril 2026").
    effectiveFrom: 'Entrée en vigueur',
    approvedBy: 'Approuvée par',
    owner: 'Responsable',
    lastReviewed: 'Dernière révision',
    nextReviewDue: 'Prochaine révision prévue',
    changeLog: 'Historique des modifications',
    consultation: 'Notre démarche de consultation',
    participants: (n) => `${n} ${singular(n) ? 'personne consultée' : 'personnes consultées'}`,
    reviewCadence: (every) => `Nous révisons cette charte ${every}.`,
  },

  chart: { title: 'Nos résultats par rapport à nos objectifs', target: 'Objectif', result: 'Résultat' },
  results: {
    latest: (period, value, target, met) => `${period}\u202f: ${value}, objectif ${target}${met === undefined ? '' : met ? ', atteint' : ', non atteint'}`,
    caption: (title) => `Résultats dans le temps\u202f: ${title}`,
    period: 'Période',
    value: 'Résultat',
    target: 'Objectif',
    met: 'Objectif atteint',
    sample: 'Nombre de cas',
    note: 'Remarque',
    yes: 'Oui',
    no: 'Non',
    earlier: 'Les résultats antérieurs figurent dans nos données ouvertes (performance.csv).',
    summary: (met, total, period) => `Sur la période ${period}, nous avons tenu ${met} de nos ${total} engagements.`,
  },

  languages: {
    scope: { summary: 'résumé', title_only: 'titre seulement' },
    onRequest: 'sur demande',
    notes: (notes) => `(${notes.join(', ')})`,
  },

  handbook: {
    title: 'Guide du personnel',
    forStaffOnly: 'Réservé au personnel',
    internalStandards: 'Engagements internes',
    internalContacts: 'Contacts internes',
    role: 'Fonction',
    name: 'Nom',
    contact: 'Coordonnées',
    whenToCall: 'Quand les contacter',
    escalationRules: 'Règles de transmission des dossiers',
    inductionChecklist: 'Liste de contrôle pour l’accueil des nouveaux employés',
    signOff: 'Attestation',
    declaration: 'J’ai lu et compris cette charte.',
    signature: 'Signature',
    date: 'Date',
    tableOfContents: 'Table des matières',
    page: 'Page',
  },

  pdf: { pageOf: (n, m) => `Page ${n} sur ${m}` },

  narrative: { footnotes: 'Notes de bas de page', backToReference: (reference) => `Retour à l’appel de note ${reference}` },

  summary: {
    // Client names are the author's, often capitalised and without an article: a colon takes them as they are.
    serves: (clients) => `Nous servons\u202F: ${clients}.`,
    pays: (amount) => `Dans le cas contraire, nous vous versons ${amount}.`,
    complain: {
      phone: (_label, contact) => `Pour déposer une plainte, appelez-nous au ${contact}.`,
      sms: (_label, contact) => `Pour déposer une plainte, envoyez-nous un message texte au ${contact}.`,
      email: (_label, contact) => `Pour déposer une plainte, écrivez-nous par courriel à ${contact}.`,
      web_form: (_label, contact) => `Pour déposer une plainte, remplissez notre formulaire en ligne à l’adresse ${contact}.`,
      online_account: (_label, contact) => `Pour déposer une plainte, utilisez votre compte en ligne à l’adresse ${contact}.`,
      live_chat: (_label, contact) => `Pour déposer une plainte, discutez avec nous en ligne à l’adresse ${contact}.`,
      social_media: (label, contact) => `Pour déposer une plainte, envoyez-nous un message sur ${label} (${contact}).`,
      in_person: (_label, contact) => `Pour déposer une plainte, venez nous voir à l’adresse suivante\u202F: ${contact}.`,
      post: (_label, contact) => `Pour déposer une plainte, écrivez-nous à l’adresse suivante\u202F: ${contact}.`,
      home_visit: (_label, contact) => `Pour déposer une plainte, demandez-nous une visite à domicile\u202F: ${contact}.`,
      relay: (label, contact) => `Pour déposer une plainte, passez par le service de relais téléphonique (${label})\u202F: ${contact}.`,
      other: (label, contact) => `Pour déposer une plainte, contactez-nous par ${label} (${contact}).`,
    },
    // The body's name follows a colon: "du Défenseur des droits" / "de la Commission …" would need its gender.
    finally: (kind, name) => {
      const body = name.replace(/\.$/, '');
      if (kind === 'appellate_authority') return `${STILL_NOT_SATISFIED}, vous pouvez faire appel auprès de l’instance suivante\u202F: ${body}.`;
      if (kind === 'court' || kind === 'tribunal') return `${STILL_NOT_SATISFIED}, vous pouvez porter l’affaire devant la juridiction suivante\u202F: ${body}.`;
      return `${STILL_NOT_SATISFIED}, vous pouvez demander à un organisme indépendant d’examiner votre plainte\u202F: ${body}.`;
    },
  },

};
