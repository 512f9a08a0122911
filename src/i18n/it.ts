/**
 * Every word the programme writes for readers, in Italian: the source of truth. The other
 * languages are typed against it (`Dictionary`), so a missing key fails the type-check.
 * Official programme names (GOL, Dote Unica Lavoro, SPID, ISEE, INPS) stay as they are.
 */
import type { COURSE_KINDS } from '../lib/schema/course.ts';
import type { CefrLevel } from '../lib/schema/fields.ts';
import type { CONTRACTS, HOURS, SECTORS } from '../lib/schema/offer.ts';
import type { SERVICE_CATEGORIES } from '../lib/schema/service.ts';
import { withArticle } from './elision.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const it = {
  site: {
    skip: 'Vai al contenuto',
    menu: 'Menu principale',
    thisWeek: 'Questa settimana',
    allIssues: 'Tutti i numeri',
    languages: 'Lingua',
    feed: 'Feed RSS',
    subscribe: 'Ricevi il bollettino',
    archiveLink: 'Archivio dei numeri',
    whereToFindUs: 'Dove trovarci',
    hubsIntro: 'Vieni a uno sportello: ti aiutiamo a leggere gli annunci, a scrivere il CV e a candidarti.',
    firstIssue: (date: string) => `Il primo numero esce ${date}.`,
    /** On pages that exist only in Italian, in each reader language. */
    onlyItalian: 'Questa pagina è solo in italiano.',
    /** The link after it, to the home in that language. */
    toHome: 'Il bollettino di questa settimana in italiano',
    /** After a link to a page in Italian only. */
    inItalian: '(in italiano)',
  },
  sections: {
    km0: { title: 'Lavoro a km 0', description: 'Offerte di lavoro vicino a casa, trovate dal nostro servizio sul territorio.' },
    lavoro: { title: 'Offerte di lavoro', description: 'Altre offerte di lavoro a Milano e dintorni.' },
    corsi: { title: 'Corsi e politiche attive', description: 'Corsi professionali e digitali, tirocini, GOL e Dote Unica Lavoro, orientamento.' },
    italiano: { title: 'Italiano per il lavoro', description: 'Corsi di lingua italiana, anche per chi comincia da zero.' },
    servizi: { title: 'Servizi utili', description: 'Aiuti per il reddito, la casa e la famiglia.' },
  },
  issue: {
    number: (n: number) => `n. ${n}`,
    /** "Bollettino n. 5 — lunedì 23 novembre 2026" */
    title: (name: string, number: string, date: string) => `${name} ${number} — ${date}`,
    /** "32 annunci, 6 nuovi." */
    counts: (items: number, fresh: number) => `${items} ${items === 1 ? 'annuncio' : 'annunci'}, ${fresh === 1 ? '1 nuovo' : `${fresh} nuovi`}.`,
    none: 'Questa settimana non ci sono annunci.',
    sectionEmpty: 'Questa settimana non ci sono annunci in questa sezione.',
    sectionsNav: 'Sezioni del bollettino',
    partial: 'Stai vedendo solo una parte del numero:',
    printAll: 'Tutti gli annunci, con i dettagli:',
    clearFilters: 'Togli i filtri: vedi tutto il numero',
    print: 'Stampa',
    share: 'Condividi questo numero',
    otherIssues: 'Altri numeri',
    previous: 'Numero precedente',
    next: 'Numero successivo',
    weekOf: (date: string) => `Settimana ${withArticle('del', date)}`,
    more: (n: number, section: string) => `Altri ${n} annunci in «${section}»: leggili sul sito`,
    readOnSite: 'Leggi il bollettino sul sito',
    filterDescription: (filter: string, count: number, issue: string) => `${filter}: ${count} annunci del ${issue}.`,
  },
  /** The count of cards a filter shows; `{n}` is the number (the page script fills it in too). */
  count: { none: 'Nessun annuncio', one: '1 annuncio', many: '{n} annunci' },
  /** The header while filters are on; `{n}` and `{total}` filled in by the page script. */
  shownOf: 'Annunci mostrati: {n} su {total}',
  /** Search (Pagefind) on the issue and archive pages; without JavaScript, `archive` is a link to the archive. */
  search: { label: 'Cerca negli annunci', submit: 'Cerca', archive: 'Cerca un annuncio nei numeri del bollettino' },
  archive: {
    title: 'Tutti i numeri',
    lead: "Dal più recente. Ogni numero resta consultabile com'era il giorno in cui è uscito.",
    description: (name: string) => `L'archivio di tutti i numeri del ${name}.`,
    empty: 'Non è ancora uscito nessun numero.',
  },
  filters: {
    /** The button under the filters that closes them and shows the cards: count words as `count`. */
    show: { none: 'Nessun annuncio', one: 'Mostra 1 annuncio', many: 'Mostra {n} annunci' },
    open: 'Filtra gli annunci',
    groups: { offer: 'Offerte di lavoro', course: 'Corsi' },
    facets: {
      km0: 'Vicino a casa', orario: 'Orario', settore: 'Settore', contratto: 'Contratto',
      italiano: 'Il tuo livello di italiano', corso: 'Tipo di corso', livello: 'Livello del corso',
    },
    km0: 'Lavoro a km 0',
    school: 'Compatibile con la scuola',
  },
  facts: {
    sector: 'Settore', contract: 'Contratto', hours: 'Orario', place: 'Dove', italian: 'Italiano richiesto', salary: 'Paga',
    requirements: 'Requisiti', kind: 'Tipo', level: 'Livello', dates: 'Quando', schedule: 'Giorni e orari', hoursTotal: 'Durata',
    cost: 'Costo', certificate: 'Alla fine', category: 'Tipo di aiuto', who: 'Per chi', isee: 'ISEE massimo', amount: 'Quanto',
    documents: 'Documenti da portare', deadline: 'Scadenza',
  },
  values: {
    notGiven: 'non indicato',
    online: 'Online',
    onlineAnd: (place: string) => `Online e ${place}`,
    free: 'Gratuito',
    paid: 'a pagamento',
    hoursTotal: (n: number) => `${n} ore`,
    euro: (amount: string) => `${amount} euro`,
    from: (date: string) => withArticle('dal', date),
    fromTo: (start: string, end: string) => `${withArticle('dal', start)} ${withArticle('al', end)}`,
    municipio: (n: number) => `Municipio ${n}`,
    map: 'mappa',
    /** In one-line facts: "Italiano A2 (elementare)". */
    italianLine: (level: string) => `Italiano ${level}`,
    /** Days of a schedule written out ("da lunedì a venerdì"); weekday names and times come from `Intl`. */
    dayRange: (from: string, to: string) => `da ${from} a ${to}`,
    daysTimes: (days: string, times: string) => `${days}, ${times}`,
    /** Between the parts of a schedule and the lines of a list ("; "). */
    listSeparator: '; ',
    /** Beside text translated by a machine and not yet checked by a person. */
    machineTranslation: 'Traduzione automatica',
  },
  /** Deadlines: far away a date, within a week the days left first ("Scade tra 3 giorni (4 dicembre 2026)"). */
  deadline: {
    expires: (date: string) => `Scade ${withArticle('il', date)}`,
    expiresNear: (when: string, date: string) => `Scade ${when} (${date})`,
    enroll: (date: string) => `Iscrizioni entro ${withArticle('il', date)}`,
    enrollNear: (when: string, date: string) => `Iscrizioni: chiudono ${when} (${date})`,
    apply: (date: string) => `Domande entro ${withArticle('il', date)}`,
    applyNear: (when: string, date: string) => `Domande: chiudono ${when} (${date})`,
    closed: (date: string) => `Chiuso: scaduto ${withArticle('il', date)}`,
    filled: (date: string) => `Posto già coperto ${withArticle('dal', date)}`,
    full: (date: string) => `Posti esauriti ${withArticle('dal', date)}`,
    closedNoApply: { offer: 'non è più possibile candidarsi.', course: 'non è più possibile iscriversi.', service: 'non è più possibile fare domanda.' },
  },
  /** Each kind in one word, on cards beside its icon. */
  kinds: { offer: 'Lavoro', course: 'Corso', service: 'Aiuto' },
  marks: {
    new: 'Nuovo', km0: 'Lavoro a km 0', closed: 'Chiuso', soon: 'Scade questa settimana',
    filled: 'Posto già coperto', full: 'Posti esauriti',
    school: 'Orario compatibile con la scuola', childcare: 'Spazio bimbi durante le lezioni',
  },
  apply: {
    heading: { offer: 'Come candidarsi', course: 'Come iscriversi', service: 'Come fare domanda' },
    phone: 'Chiama', whatsapp: 'Scrivi su WhatsApp', email: 'Scrivi una e-mail', url: { offer: 'Candidati online', course: 'Iscriviti online', service: 'Fai domanda online' }, inPerson: 'Vai di persona',
  },
  item: {
    closedBanner: (date: string) => `Annuncio chiuso: non è più valido ${withArticle('dal', date)}. Guarda le offerte di questa settimana.`,
    filledBanner: (date: string) => `Posto già coperto ${withArticle('dal', date)}: non è più possibile candidarsi. Guarda le offerte di questa settimana.`,
    fullBanner: (date: string) => `Posti esauriti ${withArticle('dal', date)}: non è più possibile iscriversi. Guarda i corsi di questa settimana.`,
    readOnline: 'Leggi online:',
    shareHeading: 'Conosci qualcuno a cui può servire? Condividi questo annuncio',
    published: (date: string) => `Pubblicato ${withArticle('il', date)}.`,
    back: 'Torna al bollettino di questa settimana',
  },
  share: {
    kinds: { offer: 'Offerta di lavoro', course: 'Corso', service: 'Aiuto utile' },
    lookHere: 'Guarda qui:',
    whatsapp: 'Condividi su WhatsApp',
    email: 'Manda per e-mail',
    issueIntro: (subject: string, items: number) => `${subject}: ${items === 1 ? '1 annuncio' : `${items} annunci`} di lavoro, corsi e aiuti.`,
  },
  /** The page "Ricevi il bollettino" (/iscriviti/). */
  subscribePage: {
    title: 'Ricevi il bollettino',
    description: (name: string) => `Come ricevere ogni lunedì il ${name}: per e-mail, sul telefono o allo sportello. È gratis.`,
    lead: 'Ogni lunedì: offerte di lavoro, corsi e aiuti nel quartiere. È gratis. Scegli come riceverlo.',
    email: { title: 'Per e-mail', text: 'Scrivi alla redazione: «Voglio ricevere il bollettino». Ti arriva ogni lunedì. Ti puoi cancellare quando vuoi, con il link in fondo a ogni e-mail.', action: (email: string) => `Scrivi a ${email}` },
    whatsapp: { title: 'Su WhatsApp', text: 'Segui il nostro canale: ogni lunedì ricevi le offerte sul telefono.', action: 'Apri il canale WhatsApp' },
    telegram: { title: 'Su Telegram', text: 'Segui il nostro canale: ogni lunedì ricevi le offerte sul telefono.', action: 'Apri il canale Telegram' },
    rss: { title: 'Con un lettore di notizie (RSS)', text: 'Se usi un lettore di notizie (feed RSS), aggiungi questo indirizzo: ogni numero arriva da solo.' },
    hubs: { title: 'Allo sportello', text: 'Il bollettino stampato è in bacheca agli sportelli qui sotto: ti aiutiamo anche a leggerlo e a candidarti.' },
  },
  email: {
    whereIntro: 'ti aiutiamo a leggere gli annunci, a scrivere il CV e a candidarti.',
    why: (name: string) => `Ricevi questa e-mail perché sei iscritto al ${name}.`,
    unsubscribe: 'Non vuoi più ricevere il bollettino? Cancellati qui',
    readOnSite: 'Leggi sul sito',
    details: 'Dettagli',
    phone: 'tel.',
  },
  /** The subscription service's pages and confirmation e-mail, and the privacy notice. No reader-typed text ever goes in. */
  subscription: {
    formTitle: 'Ricevi il bollettino per e-mail',
    formIntro: 'Ti mandiamo il bollettino ogni lunedì. È gratis. Puoi smettere quando vuoi.',
    emailLabel: 'Il tuo indirizzo e-mail',
    nameLabel: 'Il tuo nome (se vuoi)',
    langLabel: 'Lingua del bollettino',
    consent: 'Voglio ricevere il bollettino per e-mail e sono d’accordo che conserviate il mio indirizzo per questo.',
    privacyLink: 'Come usiamo i tuoi dati',
    trapLabel: 'Non scrivere niente qui',
    submit: 'Iscriviti',
    checkMailTitle: 'Controlla la posta',
    checkMailText: 'Se l’indirizzo è giusto, ti abbiamo scritto un’e-mail. Aprila e premi il pulsante per confermare. Non la trovi? Guarda anche nella posta indesiderata (spam).',
    badEmail: 'L’indirizzo e-mail non sembra giusto. Controllalo e riprova.',
    needConsent: 'Per iscriverti spunta la casella del consenso.',
    tooMany: 'Troppe richieste da questa rete. Riprova tra un’ora, oppure vieni a uno sportello.',
    /** The optional anti-robot check on the sign-up form (ALTCHA widget), in place of its English words. */
    robotCheck: {
      label: 'Non sono un robot',
      verifying: 'Controllo in corso…',
      verified: 'Controllo fatto',
      error: 'Il controllo non è riuscito. Riprova.',
      expired: 'Il controllo è scaduto. Riprova.',
      required: 'Aspetta la fine del controllo, poi premi di nuovo.',
    },
    confirmTitle: 'Conferma l’iscrizione',
    confirmText: 'Premi il pulsante per ricevere il bollettino ogni lunedì.',
    confirmButton: 'Sì, voglio il bollettino',
    confirmedTitle: 'Iscrizione confermata',
    confirmedText: 'Grazie! Riceverai il bollettino ogni lunedì.',
    linkExpired: 'Questo link è scaduto o non è valido. Iscriviti di nuovo: ti mandiamo un link nuovo.',
    linkUsed: 'Questo link è già stato usato. Se hai già confermato, va tutto bene.',
    unsubscribeTitle: 'Non ricevere più il bollettino',
    unsubscribeText: 'Premi il pulsante e non ti scriveremo più.',
    unsubscribeButton: 'Non voglio più il bollettino',
    unsubscribedTitle: 'Fatto',
    unsubscribedText: 'Non riceverai più il bollettino. Se cambi idea, puoi iscriverti di nuovo.',
    unknownLink: (email: string) => `Non riconosciamo questo link. Scrivi a ${email} e ti togliamo dalla lista.`,
    refused: 'Questa richiesta non arriva dal sito del bollettino. Apri il modulo dal sito e riprova.',
    tooBig: 'La richiesta è troppo grande. Riprova scrivendo solo l’indirizzo e-mail.',
    backToSite: 'Torna al bollettino',
    mailSubject: (name: string) => `Conferma l’iscrizione: ${name}`,
    mailIntro: 'Qualcuno, forse tu, ha chiesto di ricevere il bollettino a questo indirizzo.',
    mailAction: 'Per confermare apri questo link e premi il pulsante:',
    mailIgnore: 'Se non sei stato tu, non fare niente: senza conferma non ti scriveremo più. Il link vale 7 giorni.',
    privacy: {
      title: 'Come usiamo i tuoi dati',
      version: (version: string) => `Versione ${version}`,
      who: (publisher: string, email: string) => `Chi tiene i dati: ${publisher}. Per ogni domanda scrivi a ${email}.`,
      what: 'Quali dati: il tuo indirizzo e-mail, il nome se lo scrivi, la lingua, quando e come ti sei iscritto e un’impronta cifrata della rete da cui ti sei iscritto (non l’indirizzo della rete).',
      why: 'Perché: solo per mandarti il bollettino e per dimostrare che l’hai chiesto. La base è il tuo consenso (GDPR, art. 6.1.a). Non vendiamo e non diamo i dati a nessuno per pubblicità.',
      howLong: 'Per quanto tempo: finché sei iscritto. Se non confermi, cancelliamo la richiesta dopo 7 giorni. Quando ti disiscrivi cancelliamo i dati e teniamo solo un’impronta cifrata dell’indirizzo, per non scriverti più per errore.',
      whoSees: 'Chi li vede: solo la redazione del bollettino e il servizio che spedisce le e-mail per nostro conto.',
      rights: 'I tuoi diritti: puoi chiedere quali dati abbiamo, correggerli, cancellarli, limitarne l’uso o averne una copia, e togliere il consenso quando vuoi (ogni e-mail ha il link per disiscriverti). Puoi anche fare reclamo al Garante per la protezione dei dati personali (garanteprivacy.it).',
      how: (email: string) => `Come: scrivi a ${email} oppure vieni a uno sportello. Ti rispondiamo entro un mese.`,
    },
  },
  /** One plain line under a jargon word (item pages), as the CEFR levels have their words. */
  explain: {
    contract: {
      somministrazione: "Ti assume un'agenzia per il lavoro e ti manda a lavorare in un'azienda.",
      apprendistato: 'Un contratto per giovani: lavori e impari il mestiere, con un tutor.',
      tirocinio: "Impari un lavoro dentro un'azienda, per qualche mese, con un piccolo rimborso. Non è un contratto di lavoro.",
      'partita-iva': 'Lavori in proprio: fatturi tu e paghi tu tasse e contributi.',
      voucher: 'Pagato a ore, con un buono: per piccoli lavori e per le famiglie.',
    } as Partial<Labels<typeof CONTRACTS>>,
    courseKind: {
      'politica-attiva': 'Un programma pubblico che ti aiuta a trovare lavoro: corsi, tirocini e un tutor, gratis.',
      orientamento: 'Incontri per capire che lavoro cercare e come cercarlo.',
    } as Partial<Labels<typeof COURSE_KINDS>>,
  },
  enums: {
    sector: {
      ristorazione: 'Ristorazione', pulizie: 'Pulizie', 'assistenza-familiare': 'Assistenza familiare', logistica: 'Logistica e magazzino',
      commercio: 'Commercio e negozi', edilizia: 'Edilizia', manutenzione: 'Manutenzione', industria: 'Industria', ufficio: 'Ufficio',
      sanita: 'Sanità', educazione: 'Educazione e scuola', sartoria: 'Sartoria', giardinaggio: 'Giardinaggio', altro: 'Altro settore',
    } satisfies Labels<typeof SECTORS> as Labels<typeof SECTORS>,
    contract: {
      indeterminato: 'Tempo indeterminato', determinato: 'Tempo determinato', apprendistato: 'Apprendistato', somministrazione: 'Somministrazione (agenzia)',
      tirocinio: 'Tirocinio', occasionale: 'Lavoro occasionale', voucher: 'Voucher / libretto famiglia', 'partita-iva': 'Partita IVA', altro: 'Altro contratto',
    } satisfies Labels<typeof CONTRACTS> as Labels<typeof CONTRACTS>,
    hours: {
      'full-time': 'Tempo pieno', 'part-time': 'Part-time', turni: 'A turni', flessibile: 'Orario flessibile',
    } satisfies Labels<typeof HOURS> as Labels<typeof HOURS>,
    courseKind: {
      'italiano-lavoro': 'Italiano per il lavoro', italiano: 'Corso di italiano', professionale: 'Corso professionale', digitale: 'Competenze digitali',
      'politica-attiva': 'Politica attiva del lavoro', orientamento: 'Orientamento',
    } satisfies Labels<typeof COURSE_KINDS> as Labels<typeof COURSE_KINDS>,
    serviceCategory: {
      reddito: 'Sostegno al reddito', abitare: 'Casa', famiglia: 'Famiglia e figli', salute: 'Salute', trasporti: 'Trasporti', legale: 'Aiuto legale', altro: 'Altro servizio',
    } satisfies Labels<typeof SERVICE_CATEGORIES> as Labels<typeof SERVICE_CATEGORIES>,
    /** CEFR levels in plain words: "A2 (elementare)". */
    cefr: {
      'pre-A1': 'per chi comincia da zero', A1: 'base', A2: 'elementare', B1: 'intermedio', B2: 'intermedio alto', C1: 'avanzato', C2: 'avanzato',
    } satisfies Record<CefrLevel, string> as Record<CefrLevel, string>,
  },
};

export type Dictionary = typeof it;
