/**
 * Word banks for generated content: places of Municipi 2 and 3 and the nearby towns,
 * jobs by sector, courses, aids. Plain Italian, the way the editors write.
 */
import type { CefrLevel } from '../../src/lib/schema/fields.ts';
import type { COURSE_KINDS } from '../../src/lib/schema/course.ts';
import type { SECTORS, CONTRACTS, HOURS } from '../../src/lib/schema/offer.ts';
import type { SERVICE_CATEGORIES } from '../../src/lib/schema/service.ts';

export type Sector = (typeof SECTORS)[number];
export type Contract = (typeof CONTRACTS)[number];
export type Hours = (typeof HOURS)[number];
export type CourseKind = (typeof COURSE_KINDS)[number];
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export interface Zone {
  zone: string;
  municipio: 2 | 3;
  streets: readonly string[];
}

export const ZONES: readonly Zone[] = [
  { zone: 'Loreto', municipio: 2, streets: ['piazzale Loreto', 'via Padova 12', 'viale Monza 8'] },
  { zone: 'NoLo', municipio: 2, streets: ['via Padova 36', 'via Varanini 14', 'via Pontano 7'] },
  { zone: 'Turro', municipio: 2, streets: ['via Rovereto 5', 'via Ferrante Aporti 30', 'via Martiri Oscuri 2'] },
  { zone: 'Gorla', municipio: 2, streets: ['viale Monza 176', 'piazza Piola 3', 'via Asiago 11'] },
  { zone: 'Precotto', municipio: 2, streets: ['viale Monza 226', 'via Tremelloni 9', 'via Rucellai 18'] },
  { zone: 'Greco', municipio: 2, streets: ['via Comune Antico 4', 'via Breda 20', 'via Emilio De Marchi 8'] },
  { zone: 'Crescenzago', municipio: 2, streets: ['via Rizzoli 46', 'via Berra 3', 'via Palmanova 60'] },
  { zone: 'Villaggio dei Giornalisti', municipio: 2, streets: ['via Cambini 2', 'via Arquà 15', 'via Bettinelli 9'] },
  { zone: 'Adriano', municipio: 2, streets: ['via Adriano 60', 'via Gassman 4', 'via Tremelloni 30'] },
  { zone: 'via Padova', municipio: 2, streets: ['via Padova 100', 'via Padova 155', 'via Arquà 8'] },
  { zone: 'Stazione Centrale', municipio: 2, streets: ['via Vittor Pisani 12', 'via Tonale 6', 'piazza Duca d\'Aosta 1'] },
  { zone: 'Città Studi', municipio: 3, streets: ['via Pacini 18', 'piazza Leonardo da Vinci 32', 'via Bassini 10'] },
  { zone: 'Lambrate', municipio: 3, streets: ['via Conte Rosso 12', 'via Ventura 5', 'piazza Rimembranze di Lambrate 4'] },
  { zone: 'Casoretto', municipio: 3, streets: ['piazza San Materno 8', 'via Mancinelli 6', 'via Accademia 22'] },
  { zone: 'Ortica', municipio: 3, streets: ['via San Faustino 42', 'via Amadeo 59', 'via Ortica 11'] },
  { zone: 'Porta Venezia', municipio: 3, streets: ['corso Buenos Aires 45', 'via Lazzaretto 19', 'viale Piave 30'] },
  { zone: 'Cimiano', municipio: 3, streets: ['via Palmanova 140', 'via Pusiano 22', 'via Crescenzago 33'] },
  { zone: 'Rubattino', municipio: 3, streets: ['via Caduti di Marcinelle 5', 'via Pitteri 12', 'via Rubattino 81'] },
  { zone: 'Parco Lambro', municipio: 3, streets: ['via Feltre 100', 'via Sbodio 26', 'via Cima 9'] },
  { zone: 'Feltre', municipio: 3, streets: ['via Feltre 68', 'via Rombon 41', 'via Rovigno 13'] },
  { zone: 'Udine', municipio: 3, streets: ['via Porpora 102', 'via Teodosio 70', 'via Rombon 3'] },
];

/** Towns just outside the city where many offers are. */
export const TOWNS: readonly string[] = ['Sesto San Giovanni', 'Cologno Monzese', 'Segrate', 'Vimodrone', 'Cernusco sul Naviglio', 'Cinisello Balsamo'];

export const HUBS: readonly string[] = [
  'HUB Rizzoli, via Rizzoli 46 — martedì 9:00–12:30',
  'Bell NETT, largo Cervi 1 — lunedì 9:30–12:30',
  'Centro Donna, via Narni 1 — mercoledì 14:00–17:00 (spazio bimbi)',
  'Bell NETT, largo Cervi 1 — giovedì 14:30–17:30',
];

export interface Role {
  sector: Sector;
  /** Job titles as written on cards ("Aiuto cuoco/a"). */
  titles: readonly string[];
  /** Places of work ("in mensa aziendale"). */
  places: readonly string[];
  employers: readonly string[];
  tasks: readonly string[];
  requirements: readonly string[];
  italian: readonly CefrLevel[];
  salaries: readonly string[];
}

export const ROLES: readonly Role[] = [
  {
    sector: 'ristorazione',
    titles: ['Aiuto cuoco/a', 'Lavapiatti', 'Cameriere/a di sala', 'Barista', 'Addetto/a mensa scolastica', 'Pizzaiolo/a', 'Addetto/a al banco gastronomia'],
    places: ['per mensa aziendale', 'per trattoria', 'per bar caffetteria', 'per mensa scolastica', 'per pizzeria', 'per ristorante etnico'],
    employers: ['Cooperativa Il Mestolo', 'Trattoria da Gino', 'Bar Centrale', 'Milano Ristorazione', 'Pizzeria Vesuvio', 'Caffè del Parco', 'Ristorante Sapori del Mondo'],
    tasks: ['Prepari le verdure e aiuti il cuoco a cucinare.', 'Lavi i piatti e tieni pulita la cucina.', 'Servi ai tavoli e sparecchi.', 'Prepari caffè e colazioni al banco.', 'Distribuisci i pasti ai bambini e pulisci la sala.'],
    requirements: ['attestato HACCP (se non ce l\'hai, puoi fare il corso gratis)', 'esperienza in cucina, anche a casa o nel tuo Paese', 'disponibilità nel fine settimana', 'essere puntuale'],
    italian: ['pre-A1', 'A1', 'A2', 'B1'],
    salaries: ['circa 700 euro netti al mese (20 ore alla settimana)', '9 euro lordi all\'ora', 'contratto nazionale turismo, livello 6', 'circa 1.200 euro netti al mese'],
  },
  {
    sector: 'pulizie',
    titles: ['Addetto/a pulizie', 'Addetta alle pulizie', 'Addetto/a pulizie e sanificazione', 'Addetto/a sanificazione', 'Collaboratore/trice domestico/a'],
    places: ['per uffici', 'per condomini', 'per biblioteca', 'per scuola', 'per palestra', 'per famiglia'],
    employers: ['Cooperativa Pulito & Co.', 'Servizi Integrati Lombardia', 'Multiservizi Martesana', 'Cooperativa La Scopa', 'Igiene Ambienti srl'],
    tasks: ['Pulisci scale, androni e ascensori.', 'Pulisci uffici, bagni e cucine.', 'Svuoti i cestini e lavi i pavimenti con la macchina.', 'Stiri e riordini la casa.'],
    requirements: ['esperienza anche breve nelle pulizie', 'disponibilità la mattina presto', 'disponibilità la sera dopo le 18'],
    italian: ['pre-A1', 'A1', 'A2'],
    salaries: ['8,50 euro lordi all\'ora', 'circa 600 euro netti al mese (18 ore alla settimana)', 'contratto multiservizi, livello 2'],
  },
  {
    sector: 'assistenza-familiare',
    titles: ['Badante convivente', 'Badante a ore', 'Babysitter', 'Assistente familiare', 'Babysitter dopo scuola'],
    places: ['per signora anziana', 'per famiglia con due bambini', 'per coppia di anziani', 'per signore con disabilità'],
    employers: ['famiglia privata', 'Sportello Assistenti Familiari del Comune', 'Cooperativa Prendersi Cura'],
    tasks: ['Aiuti la persona a lavarsi, vestirsi e mangiare.', 'Accompagni i bambini a casa da scuola e li aiuti con i compiti.', 'Fai la spesa e cucini pasti semplici.', 'Fai compagnia e accompagni alle visite mediche.'],
    requirements: ['esperienza con persone anziane', 'referenze di famiglie precedenti', 'pazienza e gentilezza', 'permesso di soggiorno valido'],
    italian: ['A2', 'B1'],
    salaries: ['contratto colf e badanti, livello BS', '8 euro netti all\'ora', 'circa 1.100 euro netti al mese più vitto e alloggio'],
  },
  {
    sector: 'logistica',
    titles: ['Magazziniere/a', 'Carrellista', 'Addetto/a picking', 'Corriere', 'Addetto/a carico e scarico'],
    places: ['per magazzino alimentare', 'per centro di distribuzione', 'per corriere espresso', 'per deposito di mobili'],
    employers: ['Logistica Nord srl', 'Agenzia per il lavoro Lavoro Subito', 'Trasporti Martesana', 'Deposito Lambro spa'],
    tasks: ['Prepari gli ordini con il lettore di codici.', 'Carichi e scarichi i camion.', 'Sposti i bancali con il muletto.', 'Consegni i pacchi in zona con il furgone.'],
    requirements: ['patentino del muletto', 'patente B', 'disponibilità a turni anche di notte', 'scarpe antinfortunistiche'],
    italian: ['A1', 'A2', 'B1'],
    salaries: ['contratto logistica, livello 6J', 'circa 1.300 euro netti al mese', '10 euro lordi all\'ora'],
  },
  {
    sector: 'commercio',
    titles: ['Commesso/a', 'Cassiere/a', 'Addetto/a scaffali', 'Banconista panetteria', 'Addetto/a vendita'],
    places: ['per panetteria', 'per supermercato', 'per negozio di abbigliamento', 'per ferramenta', 'per frutta e verdura'],
    employers: ['Panetteria Fornaretto', 'Supermercato Esselunga', 'Mercato Coperto di Lambrate', 'Ferramenta Padova', 'Frutta e Verdura da Ahmed'],
    tasks: ['Servi i clienti al banco e usi la cassa.', 'Metti la merce sugli scaffali e controlli le scadenze.', 'Tieni in ordine il negozio.'],
    requirements: ['esperienza con la cassa (non obbligatoria)', 'disponibilità il sabato', 'saper fare i conti'],
    italian: ['A2', 'B1'],
    salaries: ['contratto commercio, livello 5', 'circa 900 euro netti al mese (part-time)', '9 euro lordi all\'ora'],
  },
  {
    sector: 'edilizia',
    titles: ['Manovale edile', 'Muratore', 'Imbianchino/a', 'Piastrellista', 'Aiuto idraulico'],
    places: ['per cantiere di ristrutturazione', 'per impresa edile', 'per ristrutturazioni di appartamenti'],
    employers: ['Edil Martesana srl', 'Impresa Costruzioni Lambro', 'Ristrutturazioni Rapide', 'Idraulica Milano Est'],
    tasks: ['Prepari il materiale e aiuti il muratore.', 'Dipingi pareti e soffitti.', 'Porti via le macerie e pulisci il cantiere.'],
    requirements: ['corso sicurezza 16 ore (lo paga l\'impresa)', 'esperienza in cantiere', 'patente B'],
    italian: ['pre-A1', 'A1', 'A2'],
    salaries: ['contratto edilizia, operaio comune', 'circa 1.400 euro netti al mese', '11 euro lordi all\'ora'],
  },
  {
    sector: 'manutenzione',
    titles: ['Manutentore/trice', 'Custode e manutentore', 'Tuttofare per condomini', 'Elettricista'],
    places: ['per condomini', 'per scuola', 'per residenza anziani', 'per uffici'],
    employers: ['Amministrazioni Condominiali Venezia', 'Global Service Milano', 'Fondazione Casa Serena'],
    tasks: ['Fai piccole riparazioni: lampadine, porte, rubinetti.', 'Controlli gli impianti e chiami i tecnici.', 'Tieni in ordine cortili e cantine.'],
    requirements: ['esperienza nelle piccole riparazioni', 'patente B', 'attestato PES/PAV per elettricisti'],
    italian: ['A2', 'B1'],
    salaries: ['contratto portieri e custodi', 'circa 1.250 euro netti al mese', '10,50 euro lordi all\'ora'],
  },
  {
    sector: 'industria',
    titles: ['Operaio/a confezionamento', 'Operaio/a di produzione', 'Addetto/a linea alimentare', 'Saldatore/trice'],
    places: ['per azienda alimentare', 'per azienda cosmetica', 'per officina meccanica', 'per tipografia'],
    employers: ['Agenzia per il lavoro Lavoro Subito', 'Dolciaria Lombarda', 'Cosmetici Cologno spa', 'Officine Sesto'],
    tasks: ['Confezioni i prodotti e prepari le scatole.', 'Controlli la macchina e i prodotti sulla linea.', 'Etichetti e pesi i prodotti.'],
    requirements: ['disponibilità su tre turni', 'buona manualità', 'esperienza in produzione (non obbligatoria)'],
    italian: ['A1', 'A2'],
    salaries: ['contratto metalmeccanico, livello D1', 'circa 1.350 euro netti al mese', '10 euro lordi all\'ora'],
  },
  {
    sector: 'ufficio',
    titles: ['Receptionist', 'Impiegato/a amministrativo/a', 'Segretario/a', 'Operatore/trice di call center', 'Addetto/a data entry'],
    places: ['per studio medico', 'per studio commercialista', 'per agenzia immobiliare', 'per associazione'],
    employers: ['Studio Medico Venezia', 'Studio Rossi Commercialisti', 'Immobiliare Città Studi', 'Associazione Mondo Aperto'],
    tasks: ['Rispondi al telefono e prendi gli appuntamenti.', 'Accogli le persone e fai le fotocopie.', 'Inserisci i dati al computer.'],
    requirements: ['saper usare il computer e la posta elettronica', 'diploma di scuola superiore', 'conoscenza dell\'inglese (base)'],
    italian: ['B1', 'B2', 'C1'],
    salaries: ['contratto studi professionali, livello 4', 'circa 1.100 euro netti al mese', '9,50 euro lordi all\'ora'],
  },
  {
    sector: 'sanita',
    titles: ['ASA / OSS', 'Operatore/trice socio-sanitario/a', 'Ausiliario/a socio-assistenziale', 'Addetto/a ai servizi di reparto'],
    places: ['per residenza anziani', 'per casa di cura', 'per assistenza domiciliare', 'per centro diurno'],
    employers: ['Fondazione Casa Serena', 'RSA Il Parco', 'Cooperativa Assistenza a Domicilio', 'Centro Diurno Lambrate'],
    tasks: ['Aiuti gli ospiti nell\'igiene e nei pasti.', 'Rifai i letti e tieni in ordine le stanze.', 'Accompagni gli ospiti alle attività.'],
    requirements: ['attestato ASA o OSS', 'disponibilità a turni anche nel fine settimana', 'vaccinazioni in regola'],
    italian: ['A2', 'B1'],
    salaries: ['contratto cooperative sociali, livello C1', 'circa 1.250 euro netti al mese', 'contratto sanità privata'],
  },
  {
    sector: 'educazione',
    titles: ['Educatore/trice', 'Assistente alla mensa', 'Animatore/trice centro estivo', 'Mediatore/trice culturale'],
    places: ['per scuola primaria', 'per doposcuola', 'per centro estivo', 'per nido d\'infanzia'],
    employers: ['Cooperativa Spazio Ragazzi', 'Associazione Doposcuola Insieme', 'Comune di Milano — Servizi educativi'],
    tasks: ['Segui i bambini nei compiti e nei giochi.', 'Organizzi laboratori e uscite.', 'Aiuti le famiglie a parlare con la scuola.'],
    requirements: ['esperienza con i bambini', 'laurea o diploma in ambito educativo', 'conoscenza di arabo, cinese o spagnolo'],
    italian: ['B1', 'B2'],
    salaries: ['contratto cooperative sociali, livello C3', 'circa 900 euro netti al mese (part-time)'],
  },
  {
    sector: 'sartoria',
    titles: ['Sarto/a', 'Addetto/a riparazioni sartoriali', 'Stiratore/trice', 'Aiuto sarta'],
    places: ['per laboratorio di riparazioni', 'per lavanderia', 'per atelier'],
    employers: ['Sartoria del Borgo', 'Lavanderia Pulisecco', 'Atelier Turro'],
    tasks: ['Fai orli, cambi cerniere e ripari vestiti.', 'Stiri i capi con la pressa.', 'Accogli i clienti e prendi le misure.'],
    requirements: ['saper usare la macchina da cucire', 'esperienza anche nel tuo Paese'],
    italian: ['pre-A1', 'A1', 'A2'],
    salaries: ['contratto artigianato tessile', '8 euro lordi all\'ora', 'circa 800 euro netti al mese'],
  },
  {
    sector: 'giardinaggio',
    titles: ['Aiuto giardiniere/a', 'Giardiniere/a', 'Addetto/a verde pubblico'],
    places: ['per parchi e giardini', 'per condomini', 'per vivaio'],
    employers: ['Verde Lambro Cooperativa', 'Vivaio Martesana', 'Cooperativa Giardini Aperti'],
    tasks: ['Tagli l\'erba e le siepi.', 'Pianti fiori e alberi.', 'Raccogli le foglie e pulisci i vialetti.'],
    requirements: ['lavoro all\'aperto anche con il freddo', 'patente B', 'esperienza in campagna'],
    italian: ['pre-A1', 'A1', 'A2'],
    salaries: ['contratto agricolo, operaio comune', '9 euro lordi all\'ora'],
  },
  {
    sector: 'altro',
    titles: ['Distributore/trice di volantini', 'Addetto/a accoglienza eventi', 'Steward', 'Lettore/trice contatori'],
    places: ['per negozio di quartiere', 'per fiera', 'per concerti', 'per azienda di servizi'],
    employers: ['Eventi Milano Est', 'Servizi Contatori Lombardia', 'Negozio Tutto Casa'],
    tasks: ['Distribuisci volantini nelle cassette della posta.', 'Accogli il pubblico e dai informazioni.', 'Controlli i biglietti all\'ingresso.'],
    requirements: ['disponibilità anche per pochi giorni', 'disponibilità la sera e nel fine settimana'],
    italian: ['pre-A1', 'A1', 'A2'],
    salaries: ['8 euro netti all\'ora', 'paga a giornata: 60 euro'],
  },
];

export const CONTRACT_WEIGHTS: readonly (readonly [Contract, number])[] = [
  ['determinato', 30], ['indeterminato', 14], ['somministrazione', 12], ['apprendistato', 7], ['tirocinio', 8],
  ['occasionale', 10], ['voucher', 6], ['partita-iva', 4], ['altro', 3],
];

export const HOURS_WEIGHTS: readonly (readonly [Hours, number])[] = [['part-time', 40], ['full-time', 30], ['turni', 18], ['flessibile', 12]];

export const SCHEDULES: Record<Hours, readonly string[]> = {
  'part-time': ['lun–ven 8:30–12:30', 'lun–ven 9:00–13:00', 'lun–ven 14:00–18:00', 'lun, mer, ven 8:00–12:00', 'sab e dom 10:00–16:00', 'lun–ven 17:00–21:00'],
  'full-time': ['lun–ven 8:00–17:00', 'lun–ven 9:00–18:00', 'lun–sab 8:00–16:00'],
  turni: ['turni 6–14 e 14–22', 'turni a rotazione, anche notte', 'turni nel fine settimana'],
  flessibile: ['quando vuoi, 3 ore al giorno', 'orari da concordare', 'alcune sere alla settimana'],
};

/** Morning part-time schedules: they fit school times. */
export const SCHOOL_HOURS = new Set(['lun–ven 8:30–12:30', 'lun–ven 9:00–13:00', 'lun, mer, ven 8:00–12:00']);

export const OFFER_TAGS: readonly string[] = ['mattino', 'sera', 'weekend', 'subito', 'senza esperienza', 'per donne', 'per giovani', 'part-time', 'vicino a casa', 'stagionale'];

export interface CourseTopic {
  kind: CourseKind;
  titles: readonly string[];
  providers: readonly string[];
  schedules: readonly string[];
  certificates: readonly string[];
  lines: readonly string[];
}

export const COURSE_TOPICS: readonly CourseTopic[] = [
  {
    kind: 'italiano-lavoro',
    titles: ['Italiano per il lavoro', 'Italiano per il colloquio di lavoro', 'Italiano per la cucina e la ristorazione', 'Italiano per l\'assistenza familiare', 'Italiano per il magazzino e la logistica'],
    providers: ['CPIA 5 Milano', 'CPIA 3 Milano', 'Scuola di italiano Penny Wirton', 'Associazione Mondo Aperto', 'Centro Donna del Municipio 2'],
    schedules: ['mar e gio 9:00–12:00', 'lun e mer 18:00–20:00', 'sab 9:30–12:30', 'mer e ven 14:00–16:00'],
    certificates: ['attestato di livello', 'attestato di frequenza', 'certificazione CILS'],
    lines: ['Impari le parole del lavoro: il colloquio, il contratto, la busta paga, la sicurezza.', 'Leggi annunci veri e provi a rispondere al telefono.', 'Prepari il tuo CV in italiano con l\'insegnante.'],
  },
  {
    kind: 'italiano',
    titles: ['Corso di italiano', 'Italiano per mamme, con spazio bimbi', 'Italiano la sera', 'Italiano per ragazzi e ragazze', 'Italiano in biblioteca'],
    providers: ['CPIA 5 Milano', 'CPIA 3 Milano', 'Scuola di italiano Penny Wirton', 'Parrocchia San Materno', 'Biblioteca Crescenzago', 'Associazione Villa Pallavicini'],
    schedules: ['lun, mer e ven 9:00–11:00', 'mar e gio 18:30–20:30', 'sab 10:00–12:00', 'lun e gio 14:30–16:30'],
    certificates: ['attestato di livello', 'certificazione CILS', 'attestato per il permesso di soggiorno'],
    lines: ['Parli, ascolti, leggi e scrivi in piccoli gruppi.', 'Impari l\'italiano di tutti i giorni: la spesa, il medico, la scuola dei figli.', 'Il primo giorno fai un piccolo test per trovare la classe giusta.'],
  },
  {
    kind: 'professionale',
    titles: ['Corso HACCP per aiuto cuoco', 'Corso ASA — ausiliario socio-assistenziale', 'Corso magazziniere con patentino del muletto', 'Corso di sartoria base', 'Corso per addetto/a alle pulizie professionali', 'Corso di pizzeria', 'Corso di saldatura'],
    providers: ['AFOL Metropolitana', 'ENAIP Lombardia', 'CFP Galdus', 'Fondazione Luigi Clerici', 'Cooperativa Formazione e Lavoro'],
    schedules: ['lun–ven 9:00–13:00', 'lun–ven 14:00–18:00', 'mar, mer e gio 9:00–15:00'],
    certificates: ['attestato regionale', 'qualifica professionale', 'patentino del muletto', 'attestato HACCP'],
    lines: ['Lezioni in aula e ore di pratica in laboratorio.', 'Alla fine puoi fare uno stage in un\'azienda della zona.', 'Ti aiutiamo a cercare lavoro dopo il corso.'],
  },
  {
    kind: 'digitale',
    titles: ['E-mail e smartphone per il lavoro', 'CV online e siti di lavoro', 'Laboratorio SPID e app IO', 'Computer da zero', 'Videochiamate e colloqui online'],
    providers: ['Biblioteca Crescenzago', 'Bell NETT', 'HUB Rizzoli', 'Fondazione Mondo Digitale', 'Associazione Digitale per Tutti'],
    schedules: ['mer 14:00–16:00', 'sab 10:00–12:00', 'lun e gio 10:00–12:00'],
    certificates: ['attestato di frequenza'],
    lines: ['Porta il tuo telefono: impari a usarlo per cercare lavoro.', 'Crei la tua e-mail e il tuo SPID con l\'aiuto di un operatore.', 'Impari a mandare il CV e a rispondere agli annunci.'],
  },
  {
    kind: 'politica-attiva',
    titles: ['Programma GOL — Garanzia Occupabilità Lavoratori', 'Dote Unica Lavoro', 'Tirocini nei negozi e laboratori del quartiere', 'Percorso di inserimento lavorativo', 'Tirocinio extracurricolare retribuito'],
    providers: ['AFOL Metropolitana', 'Regione Lombardia', 'Centro per l\'impiego di Milano', 'Cooperativa Lavoro e Territorio'],
    schedules: ['colloqui su appuntamento', 'lun–ven, orari da concordare'],
    certificates: ['attestato delle competenze', 'attestato di tirocinio'],
    lines: ['Un operatore ti segue per trovare lavoro o un corso.', 'Puoi avere un tirocinio pagato in un\'azienda della zona.', 'Se ricevi la NASpI o l\'Assegno di inclusione, puoi partecipare.'],
  },
  {
    kind: 'orientamento',
    titles: ['Orientamento al lavoro per mamme', 'Bilancio di competenze', 'Come si fa un colloquio di lavoro', 'Sportello orientamento giovani', 'Orientamento per chi ha studiato all\'estero'],
    providers: ['Centro Donna del Municipio 2', 'Informagiovani Milano', 'Bell NETT', 'Associazione Donne al Lavoro'],
    schedules: ['mer 9:30–12:30', 'gio 15:00–17:00', 'incontri su appuntamento'],
    certificates: ['attestato di frequenza'],
    lines: ['Parli con un\'orientatrice di cosa sai fare e di cosa vuoi fare.', 'Provi un colloquio di lavoro con una persona di un\'azienda.', 'Capisci come far riconoscere il tuo titolo di studio.'],
  },
];

export const COURSE_KIND_WEIGHTS: readonly (readonly [CourseKind, number])[] = [
  ['italiano-lavoro', 24], ['italiano', 22], ['professionale', 24], ['digitale', 14], ['politica-attiva', 9], ['orientamento', 7],
];

export const LEVEL_WEIGHTS: readonly (readonly [CefrLevel, number])[] = [['pre-A1', 15], ['A1', 25], ['A2', 30], ['B1', 20], ['B2', 10]];

export interface ServiceTopic {
  category: ServiceCategory;
  titles: readonly string[];
  providers: readonly string[];
  who: readonly string[];
  amounts: readonly string[];
  documents: readonly string[];
  officialUrls: readonly string[];
  lines: readonly string[];
}

export const SERVICE_TOPICS: readonly ServiceTopic[] = [
  {
    category: 'reddito',
    titles: ['Assegno di inclusione (ADI)', 'Supporto per la formazione e il lavoro (SFL)', 'Bonus sociale luce e gas', 'Carta Dedicata a te', 'Fondo di solidarietà del Municipio'],
    providers: ['INPS', 'Comune di Milano', 'Municipio 2', 'Caritas Ambrosiana'],
    who: ['Famiglie con ISEE basso e figli minorenni, persone con disabilità o con più di 60 anni.', 'Persone tra 18 e 59 anni con ISEE basso che cercano lavoro.', 'Famiglie che vivono a Milano con ISEE sotto la soglia indicata.'],
    amounts: ['fino a 500 euro al mese', '350 euro al mese per la durata del corso', 'uno sconto sulle bollette', '500 euro una volta sola'],
    documents: ['ISEE valido', 'documento d\'identità e codice fiscale', 'permesso di soggiorno', 'IBAN del tuo conto o della tua carta'],
    officialUrls: ['https://www.inps.it/', 'https://www.comune.milano.it/'],
    lines: ['Fai la domanda sul sito con SPID oppure con un CAF o un patronato: è gratis.', 'Se non hai l\'ISEE, fallo prima al CAF.', 'Allo sportello ti aiutiamo a preparare la domanda.'],
  },
  {
    category: 'abitare',
    titles: ['Contributo affitto del Comune di Milano', 'Bando case popolari (SAP)', 'Fondo morosità incolpevole', 'Sportello casa del Municipio'],
    providers: ['Comune di Milano', 'Regione Lombardia', 'ALER Milano', 'Municipio 3'],
    who: ['Chi paga un affitto a Milano e ha un ISEE basso.', 'Famiglie che rischiano lo sfratto perché hanno perso il lavoro.', 'Chi cerca una casa popolare e vive in Lombardia da almeno 5 anni.'],
    amounts: ['fino a 1.500 euro all\'anno', 'fino a 12.000 euro', 'un alloggio a canone sociale'],
    documents: ['contratto d\'affitto registrato', 'ISEE valido', 'ricevute dell\'affitto pagato', 'documento d\'identità'],
    officialUrls: ['https://www.comune.milano.it/', 'https://www.serviziabitativi.servizirl.it/'],
    lines: ['La domanda si fa online: allo sportello ti aiutiamo.', 'Porta le ricevute dell\'affitto degli ultimi mesi.', 'Le domande sono in ordine di arrivo: non aspettare l\'ultimo giorno.'],
  },
  {
    category: 'famiglia',
    titles: ['Assegno unico per i figli', 'Dote scuola — materiale didattico', 'Bonus asilo nido', 'Centri estivi a prezzo ridotto', 'Emporio solidale: spesa gratuita'],
    providers: ['INPS', 'Regione Lombardia', 'Comune di Milano', 'Emporio Solidale Lambrate'],
    who: ['Famiglie con figli sotto i 21 anni.', 'Famiglie con figli alle scuole medie o superiori e ISEE basso.', 'Famiglie con bambini al nido.', 'Famiglie in difficoltà segnalate dai servizi sociali o dai centri di ascolto.'],
    amounts: ['da 57 a 199 euro al mese per figlio', 'da 150 a 500 euro all\'anno', 'fino a 3.000 euro all\'anno', 'una spesa al mese gratis'],
    documents: ['ISEE valido', 'codice fiscale dei figli', 'IBAN', 'certificato di iscrizione a scuola'],
    officialUrls: ['https://www.inps.it/', 'https://www.bandi.regione.lombardia.it/', 'https://www.comune.milano.it/'],
    lines: ['La domanda si fa una volta e vale per tutto l\'anno.', 'Se hai dubbi, vieni allo sportello con i documenti.', 'Il contributo arriva sul tuo conto o sulla tua carta.'],
  },
  {
    category: 'salute',
    titles: ['Ambulatorio medico gratuito', 'Scelta del medico di base', 'Esenzione ticket per reddito', 'Consultorio familiare'],
    providers: ['ATS Milano', 'Opera San Francesco', 'Naga', 'ASST Fatebenefratelli Sacco'],
    who: ['Chi non ha il medico di base o il permesso di soggiorno.', 'Chi ha perso il lavoro e chi ha un reddito basso.', 'Donne, coppie e famiglie.'],
    amounts: ['gratis', 'visite ed esami senza ticket'],
    documents: ['tessera sanitaria', 'documento d\'identità', 'certificato di disoccupazione'],
    officialUrls: ['https://www.ats-milano.it/'],
    lines: ['Non serve appuntamento: vai negli orari indicati.', 'I medici sono volontari e parlano più lingue.', 'Puoi portare qualcuno che traduce per te.'],
  },
  {
    category: 'trasporti',
    titles: ['Abbonamento ATM ridotto', 'Tessera trasporti per chi cerca lavoro', 'Bici in prestito per andare al lavoro'],
    providers: ['ATM Milano', 'Comune di Milano', 'Municipio 2'],
    who: ['Chi è disoccupato e iscritto al Centro per l\'impiego.', 'Chi ha un ISEE basso.', 'Giovani sotto i 27 anni.'],
    amounts: ['abbonamento a 10 euro al mese', 'sconto del 50 per cento', 'gratis per 3 mesi'],
    documents: ['ISEE valido', 'foto tessera', 'documento d\'identità', 'DID del Centro per l\'impiego'],
    officialUrls: ['https://www.atm.it/', 'https://www.comune.milano.it/'],
    lines: ['Fai la domanda al punto ATM o online.', 'Serve una foto tessera recente.'],
  },
  {
    category: 'legale',
    titles: ['Sportello legale: permesso di soggiorno', 'Consulenza gratuita sul contratto di lavoro', 'Sportello contro le truffe sul lavoro', 'Aiuto per la cittadinanza'],
    providers: ['Naga', 'Camera del Lavoro', 'Avvocati di Strada', 'Associazione Diritti per Tutti'],
    who: ['Persone straniere che devono rinnovare o convertire il permesso di soggiorno.', 'Chi ha un problema con il contratto o la busta paga.', 'Chi vive in Italia da tanti anni e vuole chiedere la cittadinanza.'],
    amounts: ['gratis', 'consulenza gratuita, la pratica costa il contributo dello Stato'],
    documents: ['permesso di soggiorno', 'passaporto', 'contratto di lavoro', 'buste paga'],
    officialUrls: ['https://www.portaleimmigrazione.it/', 'https://www.cgil.milano.it/'],
    lines: ['Un avvocato volontario ti ascolta e ti spiega cosa fare.', 'Porta tutti i documenti che hai, anche vecchi.', 'Lo sportello è su appuntamento: chiama prima.'],
  },
  {
    category: 'altro',
    titles: ['Armadio solidale: vestiti per il colloquio', 'Sportello fiscale gratuito', 'Spazio compiti per ragazzi', 'Lavanderia solidale'],
    providers: ['Caritas Ambrosiana', 'Municipio 3', 'Associazione Quartiere Insieme', 'Parrocchia San Materno'],
    who: ['Chi cerca lavoro e deve andare a un colloquio.', 'Chi deve fare la dichiarazione dei redditi.', 'Ragazzi e ragazze delle scuole medie.'],
    amounts: ['gratis', 'un contributo libero'],
    documents: ['documento d\'identità', 'CU o buste paga dell\'anno'],
    officialUrls: ['https://www.caritasambrosiana.it/', 'https://www.comune.milano.it/'],
    lines: ['Vieni negli orari di apertura, senza appuntamento.', 'Chiedi allo sportello del tuo HUB.'],
  },
];

export const SERVICE_CATEGORY_WEIGHTS: readonly (readonly [ServiceCategory, number])[] = [
  ['reddito', 25], ['abitare', 18], ['famiglia', 22], ['salute', 12], ['trasporti', 7], ['legale', 10], ['altro', 6],
];

export const EMAIL_DOMAINS: readonly string[] = ['example.org', 'esempio.it', 'example.com'];
export const EMAIL_USERS: readonly string[] = ['lavoro', 'selezione', 'info', 'candidature', 'corsi', 'segreteria', 'sportello', 'risorse.umane'];

/** Short phrases that open an item's body. */
export const OPENINGS: readonly string[] = [
  'Se sei interessato o interessata, leggi bene e candidati presto.',
  'Il nostro sportello ti aiuta a preparare la candidatura.',
  'Se hai domande, vieni al tuo HUB negli orari di apertura.',
  'Puoi portare qualcuno che ti aiuta con l\'italiano.',
];
