/**
 * An imported offer written as a draft: the same template and the same validation as
 * `npm run nuovo`, never over an existing file, never twice for the same offer.
 */
import { withoutBidiControls } from '../text/text-chars.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontMatter } from '../content/front-matter.ts';
import { newItemPath, renderNewItem, validateNewItem } from '../editor/new-item.ts';
import type { ContentProblem } from '../content/problems.ts';
import type { CefrLevel } from '../schema/fields.ts';
import type { CONTRACTS, HOURS, SECTORS } from '../schema/offer.ts';

/** The offer fields an import can fill, before they become YAML. */
export interface OfferFields {
  title: string;
  summary?: string | undefined;
  employer?: string | undefined;
  sector: (typeof SECTORS)[number];
  contract: (typeof CONTRACTS)[number];
  hours: (typeof HOURS)[number];
  schedule?: string | undefined;
  schoolHours?: boolean | undefined;
  km0?: boolean | undefined;
  italian?: CefrLevel | undefined;
  city?: string | undefined;
  address?: string | undefined;
  zone?: string | undefined;
  municipio?: number | undefined;
  requirements?: string[] | undefined;
  salary?: string | undefined;
  published: string;
  expires?: string | undefined;
  source?: string | undefined;
  sourceUrl?: string | undefined;
  reference?: string | undefined;
  apply: { phone?: string | undefined; whatsapp?: string | undefined; email?: string | undefined; url?: string | undefined; inPerson?: string | undefined; note?: string | undefined };
}

/** Fields the editor must check, with why: listed in the draft's `daControllare` (kept by the web editor's form) and in the import report. */
export type DraftNotes = Partial<Record<'sector' | 'contract' | 'hours' | 'city' | 'zone' | 'municipio' | 'published' | 'url', string>>;

/** Where each noted field lives in the file. */
const NOTE_PATHS: Record<keyof DraftNotes, string> = {
  sector: 'sector', contract: 'contract', hours: 'hours', published: 'published', city: 'location.city', zone: 'location.zone', municipio: 'location.municipio', url: 'apply.url',
};

/** `daControllare`: the paths of the noted fields, in the order of the form. */
export function doubtsOf(notes: DraftNotes): string[] {
  return (Object.keys(NOTE_PATHS) as (keyof DraftNotes)[]).filter((key) => notes[key]).map((key) => NOTE_PATHS[key]);
}

/** "sector (ipotesi dall'annuncio: controlla), location.municipio (dal CAP 20127: controlla)": for the import report. */
export function doubtsText(notes: DraftNotes): string {
  return (Object.keys(NOTE_PATHS) as (keyof DraftNotes)[]).filter((key) => notes[key]).map((key) => `${NOTE_PATHS[key]} (${notes[key]!.replace(/\s+/g, ' ')})`).join(', ');
}

export interface OfferDraft {
  fields: OfferFields;
  notes: DraftNotes;
  /** Markdown body (already cleaned). */
  body?: string | undefined;
  /** Several postings share one page address: then only the code or the title tells them apart. */
  sharedSourceUrl?: boolean | undefined;
}

const quoted = (value: string | undefined): string => (value === undefined || value.trim() === '' ? '' : JSON.stringify(value.trim()));

/** The draft's file text, from `templates/nuovo/offerta.md`. */
export function renderDraft(draft: OfferDraft): string {
  const { fields: f, notes } = draft;
  const answers: Record<string, string> = {
    title: f.title, summary: f.summary ?? '', published: f.published, employer: f.employer ?? '', sector: f.sector, contract: f.contract,
    hours: f.hours, schedule: f.schedule ?? '', schoolHours: f.schoolHours ? 's' : 'n', km0: f.km0 ? 's' : 'n', italian: f.italian ?? '',
    address: f.address ?? '', zone: f.zone ?? '', municipio: f.municipio === undefined ? '' : String(f.municipio), expires: f.expires ?? '',
    phone: f.apply.phone ?? '', whatsapp: f.apply.whatsapp ?? '', email: f.apply.email ?? '', url: f.apply.url ?? '', inPerson: f.apply.inPerson ?? '',
  };
  const extra: Record<string, string | boolean> = {
    draft: true,
    daControllare: doubtsOf(notes).length ? JSON.stringify(doubtsOf(notes)) : '',
    requirements: (f.requirements ?? []).map((line) => `  - ${quoted(line)}`).join('\n'),
    salary: quoted(f.salary),
    source: quoted(f.source),
    sourceUrl: quoted(f.sourceUrl),
    reference: quoted(f.reference),
    note: quoted(f.apply.note),
    hasOrigin: Boolean(f.source || f.sourceUrl || f.reference),
  };
  if (f.city) extra['city'] = quoted(f.city);
  if (f.zone) extra['zone'] = quoted(f.zone);
  if (f.apply.url) extra['url'] = quoted(f.apply.url);
  const text = renderNewItem('offerta', answers, extra).text;
  return draft.body?.trim() ? `${text}\n${draft.body.trim()}\n` : text;
}

/** What an existing offer file says about where it came from (read even when it has errors). */
export interface KnownOffer {
  file: string;
  title?: string | undefined;
  employer?: string | undefined;
  sourceUrl?: string | undefined;
  reference?: string | undefined;
  contacts: string[];
}

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
const sameUrl = (a: string | undefined, b: string | undefined) => same(a?.replace(/#.*$/, '').replace(/\/+$/, ''), b?.replace(/#.*$/, '').replace(/\/+$/, ''));
const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
};
const sameSite = (a: string | undefined, b: string | undefined) => hostOf(a) === undefined || hostOf(b) === undefined || hostOf(a) === hostOf(b);
const words = (text: string | undefined) => (text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const asText = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** Every offer file under `contentDir/offers/`, drafts and files with errors included. */
export function knownOffers(contentDir: string): KnownOffer[] {
  const folder = join(contentDir, 'offers');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.mdx?$/.test(name)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(folder, name);
    const { data } = parseFrontMatter(readFileSync(file, 'utf8'));
    const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const apply = typeof record['apply'] === 'object' && record['apply'] !== null ? (record['apply'] as Record<string, unknown>) : undefined;
    return { file, title: asText(record['title']), employer: asText(record['employer']), sourceUrl: asText(record['sourceUrl']), reference: asText(record['reference']), contacts: contactsOf(apply) };
  });
}

export function contactsOf(apply: Record<string, unknown> | undefined): string[] {
  if (!apply) return [];
  const found: string[] = [];
  for (const key of ['phone', 'whatsapp']) if (typeof apply[key] === 'string') found.push((apply[key] as string).replace(/\D/g, '').replace(/^39(?=\d{9})/, ''));
  for (const key of ['email', 'url']) if (typeof apply[key] === 'string') found.push((apply[key] as string).trim().toLowerCase().replace(/\/+$/, ''));
  return found.filter(Boolean);
}

/** Why `draft` is an offer already there, in Italian, or undefined. */
export function duplicateOf(draft: OfferDraft, known: readonly KnownOffer[]): string | undefined {
  const f = draft.fields;
  for (const offer of known) {
    // Codes are per board: "123" on two different sites is two offers.
    if (same(f.reference, offer.reference) && sameSite(f.sourceUrl, offer.sourceUrl)) return `c'è già ${offer.file} con lo stesso codice (reference: ${offer.reference})`;
    const otherCode = f.reference !== undefined && offer.reference !== undefined;
    const otherTitle = draft.sharedSourceUrl && words(f.title) !== words(offer.title);
    if (sameUrl(f.sourceUrl, offer.sourceUrl) && !otherCode && !otherTitle) return `c'è già ${offer.file} con la stessa pagina di origine (sourceUrl)`;
    // Spreadsheet rows have no address or code: the same title, employer and contact is the same offer.
    const sharedContact = contactsOf(f.apply).some((contact) => offer.contacts.includes(contact));
    if (words(f.title) === words(offer.title) && words(f.employer) === words(offer.employer) && sharedContact) {
      return `c'è già ${offer.file} con lo stesso titolo, la stessa azienda e lo stesso contatto`;
    }
  }
  return undefined;
}

export type DraftOutcome =
  | { status: 'written'; file: string }
  | { status: 'duplicate'; reason: string }
  | { status: 'invalid'; problems: ContentProblem[] };

/** Writes the draft as a new file under `contentDir/offers/` unless it is a duplicate or fails validation. */
/** Every string of a value without bidirectional controls: another site's text must not turn the direction of ours. */
function withoutBidi<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutBidi) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutBidi(entry)])) as T;
  return value;
}

export function writeDraft(imported: OfferDraft, contentDir: string, known: KnownOffer[]): DraftOutcome {
  const draft = withoutBidi(imported);
  const reason = duplicateOf(draft, known);
  if (reason) return { status: 'duplicate', reason };
  const text = renderDraft(draft);
  const file = newItemPath(contentDir, 'offer', draft.fields.title);
  const problems = validateNewItem({ kind: 'offer', text }, file);
  if (problems.length) return { status: 'invalid', problems };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  const f = draft.fields;
  known.push({ file, title: f.title, employer: f.employer, sourceUrl: f.sourceUrl, reference: f.reference, contacts: contactsOf(f.apply) });
  return { status: 'written', file };
}
