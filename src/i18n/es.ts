import type { DurationUnit } from '../model/duration.js';
import type { Catalog, CompensationText, Quantity } from './types.js';

/**
 * Spanish. The wording is neutral between Spain and Latin America where a choice exists ("en línea",
 * "comunicarse con nosotros", "días naturales", "presupuesto"), in the "usted" register of public
 * administration; the document is a "Carta de Servicios" and its standards "compromisos de calidad".
 * Weekday names are lower case, as Spanish writes them; times are 24-hour ("8:30").
 */

/**
 * Catalogue strings that are the same word in English and Spanish, on purpose: the formats
 * "Braille" and "Audio" have no other name in Spanish.
 */
export const SAME_AS_ENGLISH: readonly string[] = Object.freeze(['Braille', 'Audio', 'No']);

type Gender = 'm' | 'f';

/** Spanish unit nouns, singular and plural, with their gender ("al año" but "a la semana"). */
const UNITS: Readonly<Record<DurationUnit, { one: string; other: string; gender: Gender }>> = Object.freeze({
  seconds: { one: 'segundo', other: 'segundos', gender: 'm' },
  minutes: { one: 'minuto', other: 'minutos', gender: 'm' },
  hours: { one: 'hora', other: 'horas', gender: 'f' },
  working_hours: { one: 'hora hábil', other: 'horas hábiles', gender: 'f' },
  working_days: { one: 'día hábil', other: 'días hábiles', gender: 'm' },
  calendar_days: { one: 'día natural', other: 'días naturales', gender: 'm' },
  weeks: { one: 'semana', other: 'semanas', gender: 'f' },
  months: { one: 'mes', other: 'meses', gender: 'm' },
  years: { one: 'año', other: 'años', gender: 'm' },
  business_days: { one: 'día hábil', other: 'días hábiles', gender: 'm' },
  days: { one: 'día', other: 'días', gender: 'm' },
  rings: { one: 'tono', other: 'tonos', gender: 'm' },
});

/** Units said with "en 20 segundos" rather than the administrative "en un plazo de 20 segundos". */
const SHORT: ReadonlySet<DurationUnit> = new Set<DurationUnit>(['seconds', 'minutes', 'rings']);

/** Units whose "a year" is said with the article ("al año", "a la semana"); the rest take "por" ("por día hábil"). */
const WITH_ARTICLE: ReadonlySet<DurationUnit> = new Set<DurationUnit>(['hours', 'days', 'weeks', 'months', 'years']);

const noun = (q: Quantity): string => (q.one ? UNITS[q.unit].one : UNITS[q.unit].other);
// A range is always plural: "de 2 a 7 días hábiles" reads "2 a 7 días hábiles" after "en un plazo de".
const amount = (q: Quantity): string => (q.min ? `${q.min} a ${q.number} ${UNITS[q.unit].other}` : `${q.number} ${noun(q)}`);
const single = (q: Quantity): boolean => q.value === 1 && !q.min;

/** "al año", "a la semana", "por día hábil". */
function perUnit(unit: DurationUnit): string {
  const { one, gender } = UNITS[unit];
  return WITH_ARTICLE.has(unit) ? `${gender === 'f' ? 'a la' : 'al'} ${one}` : `por ${one}`;
}

/** "en un plazo de 2 días hábiles", "en 20 segundos". */
const within = (q: Quantity): string => (SHORT.has(q.unit) ? `en ${amount(q)}` : `en un plazo de ${amount(q)}`);

/** 24-hour clock without a leading zero: 8:30, 14:00, 0:00, 24:00. */
const time = (hour: number, minute: number): string => `${hour}:${String(minute).padStart(2, '0')}`;

/** "antes de la 1:00", "antes de las 15:00"; a cutoff written as text is given as written. */
function before(cutoff: string): string {
  if (/^1:\d/.test(cutoff)) return `antes de la ${cutoff}`;
  if (/^\d{1,2}:\d/.test(cutoff)) return `antes de las ${cutoff}`;
  return `antes de ${cutoff}`;
}

/**
 * Weekday names after "los": "los lunes y jueves", "los sábados". Only sábado and domingo change in
 * the plural. A list that holds a range ("de lunes a viernes") is given as it is.
 */
const hasRange = (days: string): boolean => /(^|\s)de\s/.test(days);
const pluralDays = (days: string): string => days.replace(/\bsábado\b/g, 'sábados').replace(/\bdomingo\b/g, 'domingos');

function compensation(c: CompensationText): string {
  const sentences: string[] = [];
  if (c.amount) {
    let s = `Si no cumplimos este compromiso, le pagamos ${c.amount}`;
    if (c.nonHousehold) s += ` (${c.nonHousehold} a los clientes no domésticos)`;
    if (c.further) s += `, más ${c.further.amount} ${c.further.per}`;
    sentences.push(`${s}.`);
  }
  const pay = c.payWithin ? ` ${c.payWithin}` : '';
  const claim = c.claimWithin ? ` ${c.claimWithin}` : '';
  switch (c.payment) {
    case 'automatic':
      sentences.push(`Le pagamos la compensación automáticamente${pay}.`);
      break;
    case 'on_claim':
      sentences.push(`Debe solicitar la compensación${claim}.`);
      if (c.payWithin) sentences.push(`Se la pagamos${pay} desde que recibimos su solicitud.`);
      break;
    case 'automatic_or_claim':
      sentences.push(`Le pagamos la compensación automáticamente${pay}; también puede solicitarla${claim}.`);
      break;
    default:
      if (c.claimWithin) sentences.push(`Solicite la compensación${claim}.`);
      if (c.payWithin) sentences.push(c.claimWithin ? `Se la pagamos${pay}.` : `Le pagamos la compensación${pay}.`);
  }
  if (c.latePayment) {
    sentences.push(
      c.latePayment.after
        ? `Si no le pagamos ${c.latePayment.after}, le añadimos ${c.latePayment.amount}.`
        : `Si le pagamos con retraso, le añadimos ${c.latePayment.amount}.`,
    );
  }
  if (c.limit) sentences.push(`Pagamos como máximo ${c.limit.count} ${c.limit.count === '1' ? 'compensación' : 'compensaciones'} ${c.limit.per}.`);
  return sentences.join(' ');
}

export const es: Catalog = {
  language: 'es',
  defaultLocale: 'es-ES',

  sections: {
    contents: 'Índice',
    skipToContent: 'Ir directamente a la Carta de Servicios',
    about: 'Quiénes somos',
    principles: 'Principios de servicio',
    values: 'Nuestros valores',
    clients: 'A quién atendemos',
    services: 'Nuestros servicios',
    channels: 'Cómo comunicarse con nosotros',
    standards: 'Nuestros compromisos de calidad',
    guaranteedStandards: 'Nuestros compromisos garantizados',
    performance: 'Nuestros resultados de un vistazo',
    results: 'Nuestros resultados',
    rights: 'Sus derechos',
    obligations: 'Lo que le pedimos',
    feedback: 'Opiniones y sugerencias',
    complaints: 'Quejas y cómo corregimos nuestros errores',
    performanceReporting: 'Cómo informamos sobre nuestros resultados',
    accessibility: 'Accesibilidad y ayuda adicional',
    policies: 'Políticas',
    review: 'Revisión de esta Carta de Servicios',
  },

  about: { mission: 'Misión', vision: 'Visión', whatWeDo: 'Qué hacemos' },

  tables: {
    services: { caption: 'Nuestros servicios', service: 'Servicio', description: 'Qué hacemos', clients: 'A quién se dirige', fee: 'Precio', requirements: 'Qué necesita' },
    channels: { caption: 'Formas de comunicarse con nosotros', channel: 'Canal', contact: 'Contacto', hours: 'Horario', useFor: 'Úselo para' },
    standards: {
      caption: 'Nuestros compromisos de calidad',
      standard: 'Compromiso',
      promise: 'En qué consiste',
      target: 'Objetivo',
      lastResult: 'Último resultado',
      met: '¿Cumplido?',
    },
    stages: { caption: 'Fases de una queja', stage: 'Fase', handledBy: 'Quién la tramita', how: 'Cómo', timeLimits: 'Plazos' },
    hours: { caption: 'Horario de atención', days: 'Días', times: 'Horas' },
    changeLog: { caption: 'Registro de cambios', version: 'Versión', date: 'Fecha', summary: 'Cambios realizados' },
  },

  fees: {
    types: { free: 'Gratuito', fixed: 'Precio fijo', range: 'Rango de precios', quoted: 'Según presupuesto', schedule: 'Tabla de tarifas', per_unit: 'Precio por unidad' },
    free: 'Gratuito',
    range: (min, max) => `de ${min} a ${max}`,
    quoted: (from) => (from ? `Desde ${from}, según presupuesto por escrito` : 'Según presupuesto por escrito'),
    schedule: (from) => (from ? `Desde ${from}: consulte nuestra tabla de tarifas` : 'Consulte nuestra tabla de tarifas'),
    from: (amount) => `desde ${amount}`,
    perUnit: (amount, per) => (/^(por|cada|al|a la)\s|^\//i.test(per) ? `${amount} ${per}` : `${amount} por ${per}`),
  },

  channelKinds: {
    phone: 'Teléfono',
    sms: 'SMS',
    email: 'Correo electrónico',
    web_form: 'Formulario en línea',
    online_account: 'Cuenta en línea',
    live_chat: 'Chat en línea',
    social_media: 'Redes sociales',
    in_person: 'Atención presencial',
    post: 'Correo postal',
    home_visit: 'Visita a domicilio',
    relay: 'Servicio de intermediación para personas sordas o con discapacidad auditiva o del habla',
    other: 'Otro',
  },
  useFor: {
    enquiries: 'Consultas',
    requests: 'Solicitudes',
    emergencies: 'Urgencias',
    complaints: 'Quejas',
    feedback: 'Opiniones y sugerencias',
    payments: 'Pagos',
    quotes: 'Presupuestos',
  },
  notFor: (text) => `No utilizar para: ${text}`,

  availability: {
    always: '24 horas al día, 7 días a la semana',
    allDay: 'Las 24 horas',
    byAppointment: 'Con cita previa',
    closed: 'Cerrado',
    closedOn: (text) => `Cerrado: ${text}`,
    languages: (list) => `Idiomas: ${list}`,
  },

  days: {
    short: { mon: 'lun', tue: 'mar', wed: 'mié', thu: 'jue', fri: 'vie', sat: 'sáb', sun: 'dom' },
    long: { mon: 'lunes', tue: 'martes', wed: 'miércoles', thu: 'jueves', fri: 'viernes', sat: 'sábado', sun: 'domingo' },
    range: (first, last) => `de ${first} a ${last}`,
    time,
    timeRange: (open, close) => `de ${open} a ${close}`,
  },

  durations: {
    amount,
    within,
    minimumNotice: (q) => `con al menos ${amount(q)} de antelación`,
    period: (q) => (single(q) ? perUnit(q.unit) : `en cualquier periodo de ${amount(q)}`),
    // "cada" does not change with gender: "cada día hábil", "cada semana".
    every: (q) => (single(q) ? `cada ${UNITS[q.unit].one}` : `cada ${amount(q)}`),
    // "adicional" agrees in number only: "por cada semana adicional", "por cada 2 días hábiles adicionales".
    eachFurther: (q) => (single(q) ? `por cada ${UNITS[q.unit].one} adicional` : `por cada ${amount(q)} ${q.one ? 'adicional' : 'adicionales'}`),
  },

  targets: {
    percentWithin: (percent, within) => `${percent} ${within}`,
    // Reads like the name of an indicator ("90 % de llamadas atendidas"); drop a leading "de" the author may have typed.
    percent: (percent, measure) => (measure ? `${percent} de ${measure.replace(/^de\s+/i, '')}` : percent),
    // The measure is the author's plural noun ("interrupciones"); with a count of 1 it leads instead of following.
    maxCount: (count, measure, period) => (measure && count === '1' ? `${measure}: como máximo 1 ${period}` : `como máximo ${count}${measure ? ` ${measure}` : ''} ${period}`),
    minCount: (count, measure, period) => (measure && count === '1' ? `${measure}: al menos 1 ${period}` : `al menos ${count}${measure ? ` ${measure}` : ''} ${period}`),
    immediate: 'de inmediato',
    sameDay: (cutoff) => (cutoff ? `el mismo día, para las solicitudes recibidas ${before(cutoff)}` : 'el mismo día'),
    measure: (measure, direction, value) => `${measure}: ${direction === 'min' ? 'al menos' : 'como máximo'} ${value}`,
    // "todos los lunes y jueves", but a list with a range keeps its "de": "cada semana, de lunes a viernes".
    schedule: (frequency, days) => {
      if (!days) return { daily: 'todos los días', weekly: 'cada semana', fortnightly: 'cada dos semanas', monthly: 'cada mes' }[frequency];
      const los = hasRange(days) ? days : `los ${pluralDays(days)}`;
      return {
        daily: `a diario, ${days}`,
        weekly: hasRange(days) ? `cada semana, ${days}` : `todos ${los}`,
        fortnightly: `cada dos semanas, ${los}`,
        monthly: `una vez al mes: ${days}`,
      }[frequency];
    },
    definedBy: (reference) => `según lo establecido en ${reference}`,
    // "en un plazo medio de 5 días hábiles" is how Spanish states an average time.
    statistic: (statistic, words) => {
      if (statistic === 'median') return `${words} (mediana)`;
      if (/^en un plazo de /.test(words)) return words.replace(/^en un plazo de /, 'en un plazo medio de ');
      if (/^en \d/.test(words)) return words.replace(/^en /, 'en un promedio de ');
      return `en promedio, ${words}`;
    },
    variant: (label, target) => `${label}: ${target}`,
  },

  standards: {
    guaranteed: 'Garantizado',
    exclusions: 'Cuándo no se aplica',
    lastResult: (period, value, met) =>
      `Último resultado${period ? ` (${period})` : ''}: ${value}${met === undefined ? '' : met ? ' (objetivo cumplido)' : ' (objetivo no cumplido)'}`,
    result: (period, value, met) => {
      const notes = [period, met === undefined ? undefined : met ? 'objetivo cumplido' : 'objetivo no cumplido'].filter(Boolean);
      return notes.length ? `${value} (${notes.join('; ')})` : value;
    },
    met: 'Cumplido',
    notMet: 'No cumplido',
    category: 'Categoría',
    categories: {
      timeliness: 'Rapidez',
      access: 'Facilidad de acceso',
      accuracy: 'Exactitud',
      courtesy: 'Trato amable',
      quality: 'Calidad',
      information: 'Información',
    },
    measuredBy: 'Cómo lo medimos',
    methods: {
      system_timestamps: 'Tiempos registrados por nuestros sistemas',
      telephony_reports: 'Informes del sistema telefónico',
      queue_system: 'Sistema de gestión de turnos',
      case_management_system: 'Sistema de gestión de expedientes',
      job_records: 'Registros de órdenes de trabajo',
      customer_survey: 'Encuesta de satisfacción',
      sample_audit: 'Revisión de una muestra de casos',
      mystery_shopping: 'Cliente misterioso',
    },
    clockStarts: 'El plazo empieza a contar',
    appliesTo: 'Se aplica a',
    reported: 'Con qué frecuencia informamos sobre ello',
  },

  compensation: {
    heading: 'Compensación',
    payment: {
      automatic: 'Pago automático',
      on_claim: 'Pago previa solicitud',
      automatic_or_claim: 'Pago automático o previa solicitud',
    },
    describe: compensation,
  },

  frequencies: {
    real_time: 'En tiempo real',
    monthly: 'Cada mes',
    quarterly: 'Cada trimestre',
    six_monthly: 'Cada seis meses',
    annually: 'Cada año',
  },

  feedback: {
    types: {
      compliment: 'Felicitaciones',
      comment: 'Comentarios',
      suggestion: 'Sugerencias',
      complaint: 'Quejas',
      survey: 'Encuestas',
    },
    youCanTellUs: 'Qué puede comunicarnos',
    howToGiveFeedback: 'Cómo darnos su opinión',
    surveys: 'Encuestas',
    howWeUseIt: 'Qué hacemos con sus opiniones',
  },

  complaints: {
    whatIsAComplaint: '¿Qué es una queja?',
    howToComplain: 'Cómo presentar una queja',
    sameWaysAsFeedback: 'Puede presentar una queja por cualquiera de los medios indicados más arriba, en el apartado de opiniones y sugerencias.',
    someWaysOfFeedback: (ways) => `Puede presentar una queja a través de ${ways}; encontrará los datos de contacto más arriba, en el apartado de opiniones y sugerencias.`,
    acknowledge: (within) => `Le confirmamos la recepción de su queja ${within}.`,
    noDetriment: 'Presentar una queja no tendrá ninguna consecuencia negativa en el servicio que le prestamos.',
    representation: 'Otra persona puede presentar la queja en su nombre, con su consentimiento.',
    stage: (n) => `Fase ${n}`,
    requestWithin: (within) => `Solicite esta fase ${within}`,
    acknowledgeWithin: (within) => `Confirmamos la recepción ${within}`,
    respondWithin: (within) => `Respondemos ${within}`,
    external: 'Fuera de nuestra organización',
    independent: 'Independiente de nosotros',
    remediesHeading: 'Cómo podemos reparar los errores',
    remedies: {
      apology: 'Pedirle disculpas',
      explanation: 'Explicarle lo que ocurrió',
      correction: 'Corregir nuestro error',
      redo_work: 'Volver a hacer el trabajo',
      refund: 'Devolverle el dinero',
      compensation: 'Pagarle una compensación',
      service_change: 'Cambiar nuestra forma de trabajar',
      decision_review: 'Revisar de nuevo nuestra decisión',
    },
    otherRoutes: 'Otros organismos a los que puede dirigirse',
    bodyKinds: {
      ombudsman: 'Defensoría',
      appellate_authority: 'Instancia de apelación',
      other: 'Otro organismo',
      regulator: 'Organismo regulador',
      consumer_body: 'Organización de consumidores',
      adr_scheme: 'Entidad de resolución alternativa de conflictos',
      tribunal: 'Tribunal especializado',
      court: 'Tribunal de justicia',
      trade_scheme: 'Sistema de arbitraje de la asociación del sector',
    },
    website: 'Sitio web',
    phone: 'Teléfono',
    costToCustomer: { free: 'Gratuito para usted', fee: 'Es posible que tenga que pagar' },
    binding: {
      yes: 'Su decisión es vinculante',
      no: 'Su decisión no es vinculante',
      on_company_if_accepted: 'Si usted acepta su decisión, estamos obligados a cumplirla',
    },
  },

  reporting: {
    frequency: 'Con qué frecuencia informamos',
    where: 'Dónde consultar nuestros resultados',
    lastPublished: 'Última publicación',
    independentAssurance: 'Verificación independiente',
  },

  accessibility: {
    interpreting: 'Interpretación y traducción',
    relay: 'Servicios de intermediación para personas sordas o con discapacidad auditiva o del habla',
    physicalAccess: 'Acceso a nuestros edificios',
    extraHelp: 'Ayuda adicional',
    alternativeFormatsHeading: 'Esta Carta de Servicios en otros formatos',
    alternativeFormats: {
      easy_read: 'Lectura fácil',
      large_print: 'Letra grande',
      braille: 'Braille',
      audio: 'Audio',
      sign_language_video: 'Vídeo en lengua de signos',
      plain_text: 'Texto sin formato',
    },
    otherLanguages: 'Esta Carta de Servicios en otros idiomas',
  },

  meta: {
    superseded: 'Esta Carta de Servicios ha sido sustituida y ya no está en vigor.',
    supersededBy: 'Consulte la Carta de Servicios que la sustituye',
    // A status describes the Carta: feminine.
    statuses: { draft: 'Borrador', approved: 'Aprobada', published: 'Publicada', superseded: 'Sustituida' },
    status: 'Estado',
    version: 'Versión',
    effectiveFrom: 'En vigor desde',
    approvedBy: 'Aprobada por',
    owner: 'Responsable',
    lastReviewed: 'Última revisión',
    nextReviewDue: 'Próxima revisión prevista',
    changeLog: 'Registro de cambios',
    consultation: 'Proceso de consulta',
    participants: (n) => `${n} ${n === '1' ? 'participante' : 'participantes'}`,
    reviewCadence: (every) => `Revisamos esta Carta de Servicios ${every}.`,
  },

  chart: { title: 'Nuestros resultados frente a nuestros objetivos', target: 'Objetivo', result: 'Resultado' },
  results: {
    latest: (period, value, target, met) => `${period}: ${value}, objetivo ${target}${met === undefined ? '' : met ? ', cumplido' : ', no cumplido'}`,
    caption: (title) => `Resultados a lo largo del tiempo: ${title}`,
    period: 'Periodo',
    value: 'Resultado',
    target: 'Objetivo',
    met: 'Objetivo cumplido',
    sample: 'Casos',
    note: 'Nota',
    yes: 'Sí',
    no: 'No',
    earlier: 'Los resultados anteriores están en nuestros datos abiertos (performance.csv).',
    summary: (met, total, period) => `En ${period}, cumplimos ${met} de nuestros ${total} compromisos.`,
  },

  languages: {
    scope: { summary: 'resumen', title_only: 'solo el título' },
    onRequest: 'previa solicitud',
    notes: (notes) => `(${notes.join(', ')})`,
  },

  handbook: {
    title: 'Manual para el personal',
    forStaffOnly: 'Solo para uso interno',
    internalStandards: 'Compromisos internos',
    internalContacts: 'Contactos internos',
    role: 'Cargo',
    name: 'Nombre',
    contact: 'Contacto',
    whenToCall: 'Cuándo llamar',
    escalationRules: 'Normas de derivación',
    inductionChecklist: 'Lista de verificación para nuevas incorporaciones',
    signOff: 'Conformidad',
    declaration: 'He leído y comprendido esta Carta de Servicios.',
    signature: 'Firma',
    date: 'Fecha',
    tableOfContents: 'Índice',
    page: 'Página',
  },

  pdf: { pageOf: (n, m) => `Página ${n} de ${m}` },

  narrative: { footnotes: 'Notas', backToReference: (reference) => `Volver a la referencia ${reference}` },

  summary: {
    serves: (clients) => `Atendemos a ${clients}.`,
    pays: (amount) => `Si no lo cumplimos, le pagamos ${amount}.`,
    // Where a label would need an article in the sentence ("el servicio X"), it is given in brackets instead.
    complain: {
      phone: (_label, contact) => `Para presentar una queja, llámenos al ${contact}.`,
      sms: (_label, contact) => `Para presentar una queja, envíenos un SMS al ${contact}.`,
      email: (_label, contact) => `Para presentar una queja, envíenos un correo electrónico a ${contact}.`,
      web_form: (_label, contact) => `Para presentar una queja, utilice nuestro formulario en línea: ${contact}.`,
      online_account: (_label, contact) => `Para presentar una queja, acceda a su cuenta en línea: ${contact}.`,
      live_chat: (_label, contact) => `Para presentar una queja, escríbanos por chat: ${contact}.`,
      social_media: (label, contact) => `Para presentar una queja, envíenos un mensaje por redes sociales (${label}): ${contact}.`,
      in_person: (_label, contact) => `Para presentar una queja, visítenos en ${contact}.`,
      post: (_label, contact) => `Para presentar una queja, escríbanos por correo postal a ${contact}.`,
      home_visit: (_label, contact) => `Para presentar una queja, solicite una visita a domicilio: ${contact}.`,
      relay: (label, contact) => `Para presentar una queja, utilice el servicio de intermediación (${label}): ${contact}.`,
      other: (label, contact) => `Para presentar una queja, póngase en contacto con nosotros (${label}): ${contact}.`,
    },
    // The body's name comes after a colon: "Defensor del Pueblo" would need an article ("al Defensor del Pueblo").
    // "conforme" does not change with the reader's gender, unlike "satisfecho/satisfecha".
    finally: (kind, name) => {
      const body = name.replace(/\.$/, '');
      if (kind === 'appellate_authority') return `Si sigue sin estar conforme, puede presentar un recurso ante la instancia de apelación: ${body}.`;
      if (kind === 'court' || kind === 'tribunal') return `Si sigue sin estar conforme, puede acudir a los tribunales: ${body}.`;
      return `Si sigue sin estar conforme, puede dirigirse a un organismo independiente: ${body}.`;
    },
  },

};
