/**
 * Machine drafts from a translation server speaking the LibreTranslate API
 * (`POST /translate`, `GET /languages`): the programme's own or one it subscribes to.
 * Only the Italian text of the fields to translate is sent; errors are Italian sentences.
 */
export interface MachineOptions {
  /** `TRANSLATE_URL`: the server's address (http or https). */
  url: string;
  /** `TRANSLATE_API_KEY`, when the server asks for one; never printed. */
  apiKey?: string | undefined;
  /** How long to wait for one answer. */
  timeoutMs: number;
}

export class MachineError extends Error {}

/** The server's address, checked: only http(s), no credentials in it. */
export function serverUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new MachineError(`TRANSLATE_URL "${text}" non è un indirizzo valido: scrivi l'indirizzo del server di traduzione, per esempio http://127.0.0.1:5000.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new MachineError(`TRANSLATE_URL deve iniziare con http:// o https:// (è "${url.protocol}").`);
  if (url.username || url.password) throw new MachineError('TRANSLATE_URL non deve contenere nome e password: la chiave va in TRANSLATE_API_KEY.');
  return url;
}

const endpoint = (options: MachineOptions, path: string) => new URL(path, serverUrl(options.url).href.replace(/\/?$/, '/'));

async function call(options: MachineOptions, path: string, init: RequestInit): Promise<unknown> {
  const seconds = Math.round(options.timeoutMs / 100) / 10;
  let response: Response;
  try {
    response = await fetch(endpoint(options, path), { ...init, redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new MachineError(`il server di traduzione non ha risposto entro ${seconds} secondi.`);
    const code = ((error as Error & { cause?: { code?: string } }).cause?.code) ?? (error as Error).message;
    throw new MachineError(`non riesco a raggiungere il server di traduzione (${code}): controlla TRANSLATE_URL e che il server sia acceso.`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new MachineError(`il server di traduzione non ha finito di rispondere entro ${seconds} secondi.`);
    body = undefined;
  }
  if (response.status === 429) throw new MachineError('il server di traduzione ha ricevuto troppe richieste (429): riprova più tardi, o chiedi un limite più alto a chi lo gestisce.');
  if (response.status === 400 || response.status === 403) {
    const said = typeof (body as { error?: unknown })?.error === 'string' ? `: «${String((body as { error: string }).error).slice(0, 200)}»` : '';
    throw new MachineError(`il server di traduzione ha rifiutato la richiesta (${response.status})${said}. Controlla TRANSLATE_API_KEY.`);
  }
  if (!response.ok) throw new MachineError(`il server di traduzione ha risposto con un errore (${response.status}): riprova più tardi.`);
  if (body === undefined) throw new MachineError('il server di traduzione ha risposto con qualcosa che non è JSON: TRANSLATE_URL è davvero un server LibreTranslate?');
  return body;
}

/** The languages the server translates Italian into. */
export async function targetsFromItalian(options: MachineOptions): Promise<Set<string>> {
  const body = await call(options, 'languages', { method: 'GET', headers: { accept: 'application/json' } });
  if (!Array.isArray(body)) throw new MachineError('il server di traduzione non ha dato l\'elenco delle lingue (GET /languages): TRANSLATE_URL è davvero un server LibreTranslate?');
  const languages = body as { code?: unknown; targets?: unknown }[];
  const italian = languages.find((language) => language.code === 'it');
  if (!italian) return new Set();
  // Older servers list no targets: every language they know is one.
  const targets = Array.isArray(italian.targets) ? italian.targets : languages.map((language) => language.code);
  return new Set(targets.filter((code): code is string => typeof code === 'string'));
}

/** One Italian text in `lang`. */
export async function translateText(text: string, lang: string, options: MachineOptions): Promise<string> {
  const payload: Record<string, string> = { q: text, source: 'it', target: lang, format: 'text' };
  if (options.apiKey) payload['api_key'] = options.apiKey;
  const body = await call(options, 'translate', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(payload) });
  const translated = (body as { translatedText?: unknown })?.translatedText;
  if (typeof translated !== 'string' || !translated.trim()) throw new MachineError('il server di traduzione ha risposto senza testo tradotto.');
  return translated.trim();
}
