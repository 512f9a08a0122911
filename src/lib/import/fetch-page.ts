/**
 * Fetches a job page with Node's fetch: http(s) only, a time limit (10 s), HTML only, and
 * never more than 5 MB read. Every refusal is an Italian sentence, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';

export const PAGE_TIMEOUT_MS = 10_000;
export const PAGE_MAX_BYTES = 5 * 1024 * 1024;

export interface PageOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export type Page = { ok: true; html: string; url: string | undefined } | { ok: false; message: string };

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The charset the server says, else the one the page declares in a `<meta>` near its top, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads the body in chunks and stops as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function fetchPage(address: string, options: PageOptions = {}): Promise<Page> {
  const timeoutMs = options.timeoutMs ?? PAGE_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? PAGE_MAX_BYTES;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, message: 'non è un indirizzo web valido: deve iniziare con https:// o http://.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'si possono leggere solo pagine web http:// o https://.' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': 'Bollettino-importa/1.0' } });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, message: `il sito ha risposto con l'errore ${response.status}: controlla l'indirizzo o riprova più tardi.` };
    }
    const contentType = response.headers.get('content-type');
    if (!contentType || !HTML_TYPE.test(contentType)) {
      await response.body?.cancel();
      return { ok: false, message: `non è una pagina web (HTML) ma ${contentType ? `"${contentType.split(';')[0]}"` : 'un contenuto di tipo sconosciuto'}: serve l'indirizzo della pagina dell'annuncio.` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel();
      return { ok: false, message: `la pagina è troppo grande (${megabytes(declared)}, il massimo è ${megabytes(maxBytes)}).` };
    }
    const bytes = await readLimited(response, maxBytes);
    if (!bytes) return { ok: false, message: `la pagina è troppo grande (più di ${megabytes(maxBytes)}): non è stata letta.` };
    return { ok: true, html: decode(bytes, contentType), url: response.url || url.href };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, message: `il sito non ha risposto entro ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} secondi` : `${timeoutMs} millisecondi`}: riprova più tardi.` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, message: `il sito non si raggiunge${cause ? ` (${cause})` : ''}: controlla l'indirizzo e la connessione.` };
  }
}

/** A page saved from the browser (`.html`), with the same size limit. */
export function readSavedPage(file: string, options: PageOptions = {}): Page {
  const maxBytes = options.maxBytes ?? PAGE_MAX_BYTES;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return { ok: false, message: `il file è troppo grande (${megabytes(size)}, il massimo è ${megabytes(maxBytes)}).` };
    return { ok: true, html: decode(readFileSync(file), null), url: undefined };
  } catch {
    return { ok: false, message: 'il file non esiste o non si può leggere: controlla il nome e la cartella.' };
  }
}
