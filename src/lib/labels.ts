/** Italian labels for the values editors write (enum values are ASCII keys). */
import type { CefrLevel } from './schema/fields.ts';

export const SECTOR_LABELS: Record<string, string> = {
  ristorazione: 'Ristorazione', pulizie: 'Pulizie', 'assistenza-familiare': 'Assistenza familiare', logistica: 'Logistica e magazzino',
  commercio: 'Commercio e negozi', edilizia: 'Edilizia', manutenzione: 'Manutenzione', industria: 'Industria', ufficio: 'Ufficio',
  sanita: 'Sanità', educazione: 'Educazione e scuola', sartoria: 'Sartoria', giardinaggio: 'Giardinaggio', altro: 'Altro settore',
};
export const CONTRACT_LABELS: Record<string, string> = {
  indeterminato: 'Tempo indeterminato', determinato: 'Tempo determinato', apprendistato: 'Apprendistato', somministrazione: 'Somministrazione (agenzia)',
  tirocinio: 'Tirocinio', occasionale: 'Lavoro occasionale', voucher: 'Voucher / libretto famiglia', 'partita-iva': 'Partita IVA', altro: 'Altro contratto',
};
export const HOURS_LABELS: Record<string, string> = {
  'full-time': 'Tempo pieno', 'part-time': 'Part-time', turni: 'A turni', flessibile: 'Orario flessibile',
};
export const COURSE_KIND_LABELS: Record<string, string> = {
  'italiano-lavoro': 'Italiano per il lavoro', italiano: 'Corso di italiano', professionale: 'Corso professionale', digitale: 'Competenze digitali',
  'politica-attiva': 'Politica attiva del lavoro', orientamento: 'Orientamento',
};
export const SERVICE_CATEGORY_LABELS: Record<string, string> = {
  reddito: 'Sostegno al reddito', abitare: 'Casa', famiglia: 'Famiglia e figli', salute: 'Salute', trasporti: 'Trasporti', legale: 'Aiuto legale', altro: 'Altro servizio',
};

const CEFR_WORDS: Record<CefrLevel, string> = {
  'pre-A1': 'per chi comincia da zero', A1: 'base', A2: 'elementare', B1: 'intermedio', B2: 'intermedio alto', C1: 'avanzato', C2: 'avanzato',
};

/** "A2 (elementare)" */
export function cefrLabel(level: CefrLevel): string {
  return `${level} (${CEFR_WORDS[level]})`;
}

export const label = (labels: Record<string, string>, value: string): string => labels[value] ?? value;
