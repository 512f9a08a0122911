/**
 * One description per field, in two variants that cannot drift apart because they live side
 * by side: `form` for the web editor's hints (someone filling a form: no YAML, no "true", no
 * quotes), `file` for those who edit the files (the JSON Schemas' descriptions shown on hover,
 * `schemas/`). A field with one text uses it for both.
 */
export interface FieldHelp {
  form: string;
  file: string;
}

const same = (text: string): FieldHelp => ({ form: text, file: text });
const both = (form: string, file: string): FieldHelp => ({ form, file });

export const FIELD_HELP: Record<string, FieldHelp> = {
  title: same('Titolo breve e chiaro, da 3 a 140 caratteri. Esempio: "Aiuto cuoco per mensa scolastica a Loreto".'),
  summary: same('Una o due frasi semplici, al massimo 280 caratteri.'),
  published: both('Primo giorno in cui l\'annuncio può comparire: esce nel numero del lunedì dopo (o di quel giorno, se è lunedì).', 'Primo giorno in cui l\'annuncio può comparire, AAAA-MM-GG. Esempio: 2026-11-23.'),
  translations: both('I testi della scheda tradotti per chi legge in un\'altra lingua, facoltativi: di solito li prepara "npm run traduci". Dove manca una traduzione aggiornata, chi legge vede l\'italiano.', 'I testi della scheda tradotti per chi legge in un\'altra lingua (ar, en, es, fr, si), facoltativo: di solito li scrive "npm run traduci". Dove manca una traduzione aggiornata, chi legge vede l\'italiano.'),
  ar: both('In arabo: gli stessi testi dell\'italiano (titolo, riassunto, orari, come candidarsi, testo…).', 'In arabo: gli stessi campi dell\'italiano (title, summary, schedule, apply, testo…).'),
  en: both('In inglese: gli stessi testi dell\'italiano (titolo, riassunto, orari, come candidarsi, testo…).', 'In inglese: gli stessi campi dell\'italiano (title, summary, schedule, apply, testo…).'),
  es: both('In spagnolo: gli stessi testi dell\'italiano (titolo, riassunto, orari, come candidarsi, testo…).', 'In spagnolo: gli stessi campi dell\'italiano (title, summary, schedule, apply, testo…).'),
  fr: both('In francese: gli stessi testi dell\'italiano (titolo, riassunto, orari, come candidarsi, testo…).', 'In francese: gli stessi campi dell\'italiano (title, summary, schedule, apply, testo…).'),
  si: both('In singalese: gli stessi testi dell\'italiano (titolo, riassunto, orari, come candidarsi, testo…).', 'In singalese: gli stessi campi dell\'italiano (title, summary, schedule, apply, testo…).'),
  hash: both('Impronta del testo italiano tradotto: la scrive il programma. Se l\'italiano cambia, la traduzione va aggiornata e intanto chi legge vede l\'italiano.', 'Impronta del testo italiano tradotto, campo per campo: la scrive "npm run traduci". Se l\'italiano cambia, la traduzione è vecchia e chi legge vede l\'italiano.'),
  auto: both('Traduzione automatica non ancora controllata: disattivalo quando una persona l\'ha controllata.', 'Traduzione automatica non ancora controllata: true (tutti i campi) o l\'elenco dei campi. Toglila quando una persona l\'ha controllata.'),
  body: both('Il testo della scheda.', 'Il testo della scheda (Markdown).'),
  draft: both('Attivo = bozza: la scheda non compare da nessuna parte finché non lo disattivi.', 'true = bozza: non compare da nessuna parte.'),
  tags: both('Parole chiave libere, una per voce.', 'Parole chiave libere, una per riga con "- ".'),
  expires: both('Ultimo giorno in cui mostrarlo. Se lo lasci vuoto: offerte 30 giorni, corsi fino alle iscrizioni o all\'inizio, servizi fino alla scadenza delle domande.', 'Ultimo giorno in cui mostrarlo, AAAA-MM-GG. Se manca: offerte 30 giorni, corsi fino a iscrizioni o inizio, servizi fino alla scadenza.'),
  filled: both('Attivalo quando il posto è stato coperto e scegli da che giorno: da quel giorno l\'offerta resta visibile come "Posto già coperto", senza modi per candidarsi.', 'Il giorno da cui il posto è coperto, AAAA-MM-GG: da quel giorno l\'offerta resta visibile come "Posto già coperto", senza modi per candidarsi.'),
  full: both('Attivalo quando i posti sono finiti e scegli da che giorno: da quel giorno il corso resta visibile come "Posti esauriti", senza modi per iscriversi.', 'Il giorno da cui i posti sono esauriti, AAAA-MM-GG: da quel giorno il corso resta visibile come "Posti esauriti", senza modi per iscriversi.'),
  daControllare: both('Campi che l\'importazione ha indovinato: controllali nel modulo, poi premi "Ho controllato". Finché ci sono, la scheda può restare solo in bozza.', 'Campi indovinati dall\'importazione (per esempio [sector, location.municipio]): controllali, poi togli la riga. Finché c\'è, la scheda può restare solo in bozza.'),
  apply: both('Come candidarsi: compila almeno un modo (telefono, WhatsApp, e-mail, pagina web o di persona).', 'Come candidarsi: almeno uno tra phone, whatsapp, email, url, inPerson.'),
  email: same('Indirizzo e-mail a cui scrivere. Esempio: lavoro@esempio.it.'),
  phone: both('Numero di telefono, con lo 0 iniziale se c\'è. Esempio: 02 1234 5678.', 'Telefono tra virgolette. Esempio: "02 1234 5678".'),
  url: same('Pagina web per candidarsi, che inizia con https://.'),
  whatsapp: both('Numero di cellulare per WhatsApp. Esempio: 333 1234567.', 'Numero WhatsApp tra virgolette. Esempio: "333 1234567".'),
  inPerson: same('Dove andare di persona, con giorni e orari. Esempio: HUB Rizzoli, via Rizzoli 46, martedì 9–12.'),
  note: same('Una nota su come candidarsi. Esempio: Porta il CV.'),
  employer: same('Nome dell\'azienda; si può lasciare vuoto.'),
  sector: same('Settore del lavoro.'),
  contract: same('Tipo di contratto.'),
  hours: same('Orario: tempo pieno, part-time, a turni o flessibile.'),
  schedule: same('Giorni e orari in parole. Esempio: lun–ven 8:30–12:30.'),
  schoolHours: both('Attivo se l\'orario è compatibile con la scuola dei figli.', 'true se l\'orario è compatibile con la scuola dei figli.'),
  location: same('Dove: città (Milano se vuota), indirizzo, quartiere, municipio.'),
  city: same('Città. Se vuota: Milano.'),
  address: same('Indirizzo. Esempio: via Padova 36.'),
  zone: same('Quartiere. Esempio: Loreto, NoLo, Turro.'),
  municipio: same('Municipio di Milano, da 1 a 9.'),
  km0: both('Attivo per le offerte "Lavoro a km 0" trovate sul territorio: vanno nella prima sezione.', 'true per le offerte "Lavoro a km 0" trovate sul territorio.'),
  italian: same('Livello minimo di italiano richiesto.'),
  requirements: both('Requisiti, uno per voce. Esempio: patente B.', 'Requisiti, uno per riga con "- ". Esempio: - patente B'),
  salary: same('Paga, in parole. Esempio: 9 euro l\'ora.'),
  source: same('Da dove arriva l\'offerta.'),
  sourceUrl: same('Link all\'annuncio originale (https://).'),
  reference: same('Codice dell\'annuncio.'),
  kind: same('Tipo di corso.'),
  provider: same('Chi lo organizza o lo eroga. Esempio: CPIA 3 Milano.'),
  level: same('Livello del corso (obbligatorio per i corsi di italiano).'),
  start: same('Primo giorno del corso.'),
  end: same('Ultimo giorno del corso.'),
  enrollBy: same('Ultimo giorno per iscriversi.'),
  hoursTotal: same('Ore totali del corso (numero intero).'),
  free: both('Disattivalo se il corso è a pagamento: allora scrivi il costo.', 'false se il corso è a pagamento (allora serve cost).'),
  cost: same('Quanto costa. Esempio: 50 euro.'),
  childcare: both('Attivo se c\'è uno spazio per i bambini durante le lezioni.', 'true se c\'è uno spazio per i bambini durante le lezioni.'),
  online: both('Attivo se il corso è online.', 'true se il corso è online.'),
  certificate: same('Cosa si riceve alla fine. Esempio: attestato di frequenza.'),
  category: same('Tipo di aiuto.'),
  who: same('Chi può chiederlo, in parole semplici.'),
  isee: same('ISEE massimo in euro, senza punti. Esempio: 9530.'),
  amount: same('Quanto vale l\'aiuto, in parole. Esempio: fino a 1.500 euro.'),
  deadline: same('Ultimo giorno per fare domanda.'),
  documents: both('Documenti da portare, uno per voce.', 'Documenti da portare, uno per riga con "- ".'),
  officialUrl: same('Pagina ufficiale (https://).'),
};

/** The hint of the web editor's form. */
export const formHelp = (field: string): string | undefined => FIELD_HELP[field]?.form;

/** The description for those who edit the files (JSON Schemas). */
export const fileHelp = (field: string): string | undefined => FIELD_HELP[field]?.file;
