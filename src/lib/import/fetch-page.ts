/**
 * Fetches a job page: http(s) only, a time limit (10 s), HTML only, never more than 5 MB
 * read, at most 5 redirects. Every host, the first and each redirect's, is resolved and
 * refused unless all its addresses are public (`public-address.ts`); the connection goes to
 * the address that was checked (no second lookup to rebind). Every refusal is an Italian
 * sentence that says nothing about what answers on the refused address.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { decodePage } from './html-charset.ts';
import { isPublicAddress } from './public-address.ts';
import { readLimited } from '../files/read-limited.ts';

export const PAGE_TIMEOUT_MS = 10_000;
export const PAGE_MAX_BYTES = 5 * 1024 * 1024;
export const PAGE_MAX_REDIRECTS = 5;

export interface PageOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** `--consenti-rete-locale`: also this computer and the local network (tests; an intranet board). */
  allowLocalNetwork?: boolean;
  /** Which resolved addresses may be fetched; default: public ones (all with `allowLocalNetwork`). */
  addressAllowed?: (address: string) => boolean;
}

export type Page = { ok: true; html: string; url: string | undefined; warnings: string[] } | { ok: false; message: string };

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const NOT_ALLOWED = 'l\'indirizzo non è consentito: si importano solo pagine di siti pubblici su internet (non di questo computer o della rete locale).';

class AddressNotAllowed extends Error {}
class PageRefused extends Error {}

/** dns.lookup that fails unless every address found is allowed: the socket connects to one of those. */
function checkedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      if (!addresses.length || addresses.some((entry) => !allowed(entry.address))) return callback(new AddressNotAllowed(), '', 4);
      if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function decoded(response: IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

/** One GET to `url`, on a fresh connection to a checked address. */
function get(url: URL, allowed: (address: string) => boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written as digits is never looked up (the URL parser already turned 2130706433 or 0x7f.1 into 127.0.0.1).
  if (isIP(host) && !allowed(host)) return Promise.reject(new AddressNotAllowed());
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      agent: false,
      lookup: checkedLookup(allowed),
      signal,
      headers: { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Bollettino-importa/1.0' },
    }, resolve);
    request.on('error', reject);
    request.end();
  });
}

async function fetchChecked(start: URL, allowed: (address: string) => boolean, maxBytes: number, signal: AbortSignal): Promise<{ html: string; url: string; damaged: boolean }> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PageRefused('si possono leggere solo pagine web http:// o https://.');
    const response = await get(url, allowed, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.destroy();
      if (redirects >= PAGE_MAX_REDIRECTS) throw new PageRefused(`il sito rimanda ad altri indirizzi più di ${PAGE_MAX_REDIRECTS} volte: apri la pagina nel browser e importa l'indirizzo finale.`);
      try {
        url = new URL(location, url);
      } catch {
        throw new PageRefused('il sito rimanda a un indirizzo non valido: apri la pagina nel browser e importa l\'indirizzo finale.');
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new PageRefused(`il sito ha risposto con l'errore ${status}: controlla l'indirizzo o riprova più tardi.`);
    }
    const contentType = response.headers['content-type'] ?? null;
    if (!contentType || !HTML_TYPE.test(contentType)) {
      response.destroy();
      throw new PageRefused(`non è una pagina web (HTML) ma ${contentType ? `"${contentType.split(';')[0]}"` : 'un contenuto di tipo sconosciuto'}: serve l'indirizzo della pagina dell'annuncio.`);
    }
    const declared = Number(response.headers['content-length']);
    if (declared > maxBytes) {
      response.destroy();
      throw new PageRefused(`la pagina è troppo grande (${megabytes(declared)}, il massimo è ${megabytes(maxBytes)}).`);
    }
    const bytes = await readLimited(decoded(response), maxBytes);
    response.destroy();
    if (!bytes) throw new PageRefused(`la pagina è troppo grande (più di ${megabytes(maxBytes)}): non è stata letta.`);
    const page = decodePage(bytes, contentType);
    return { html: page.text, url: url.href, damaged: page.damaged };
  }
}

const DAMAGED = 'alcuni caratteri della pagina non si leggono (compaiono come �): controlla le lettere accentate nella bozza.';

export async function fetchPage(address: string, options: PageOptions = {}): Promise<Page> {
  const timeoutMs = options.timeoutMs ?? PAGE_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? PAGE_MAX_BYTES;
  const allowed = options.addressAllowed ?? (options.allowLocalNetwork ? () => true : isPublicAddress);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, message: 'non è un indirizzo web valido: deve iniziare con https:// o http://.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'si possono leggere solo pagine web http:// o https://.' };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const page = await fetchChecked(url, allowed, maxBytes, signal);
    return { ok: true, html: page.html, url: page.url, warnings: page.damaged ? [DAMAGED] : [] };
  } catch (error) {
    if (error instanceof AddressNotAllowed) return { ok: false, message: NOT_ALLOWED };
    if (error instanceof PageRefused) return { ok: false, message: error.message };
    if (signal.aborted) return { ok: false, message: `il sito non ha risposto entro ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} secondi` : `${timeoutMs} millisecondi`}: riprova più tardi.` };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { ok: false, message: 'il nome del sito non si trova: controlla l\'indirizzo e la connessione.' };
    return { ok: false, message: 'il sito non si raggiunge: controlla l\'indirizzo e la connessione.' };
  }
}

/** A page saved from the browser (`.html`), with the same size limit. */
export function readSavedPage(file: string, options: PageOptions = {}): Page {
  const maxBytes = options.maxBytes ?? PAGE_MAX_BYTES;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return { ok: false, message: `il file è troppo grande (${megabytes(size)}, il massimo è ${megabytes(maxBytes)}).` };
    const page = decodePage(readFileSync(file), null);
    return { ok: true, html: page.text, url: undefined, warnings: page.damaged ? [DAMAGED] : [] };
  } catch {
    return { ok: false, message: 'il file non esiste o non si può leggere: controlla il nome e la cartella.' };
  }
}
