/**
 * The web editor's local backend: decap-server's file-system handler, run in this process
 * behind a server of ours (decap-server alone takes the whole project as its repository,
 * any `localhost` origin and any Host). Every request passes `backend-rules.ts` first, and
 * every path it names must also lead, once links are followed, inside its folder on disk.
 */
import { realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import { checkBody, isOwnHost, type BackendArea } from './backend-rules.ts';
import { UsageError } from '../cli/exit-codes.ts';
import { readLimited } from '../files/read-limited.ts';

/** Entries are small text files; Decap's own limit (50 MB) is for uploads, which we do not take. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface EditorBackendOptions {
  /** The repository (working copy); the area's folders are relative to it. */
  repoDir: string;
  area: BackendArea;
  port: number;
  host?: string;
  /** The editor's page origins (`http://127.0.0.1:8080`): the only ones answered. */
  origins: readonly string[];
}

export interface EditorBackend {
  /** The address for `local_backend.url`. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** The port cannot be used: a usage error (exit 4), another port is the fix. */
export class BackendPortError extends UsageError {}

type Handler = (request: { body: unknown }, response: DecapResponse, next: () => void) => unknown;
interface DecapResponse {
  status: (code: number) => DecapResponse;
  json: (value: unknown) => void;
}

/** decap-server's file-system handlers (its checks, then its actions) on `repoDir`, without its Express server. */
async function decapHandlers(repoDir: string): Promise<[Handler, Handler]> {
  const require = createRequire(import.meta.url);
  const { registerLocalFs } = require('decap-server/dist/middlewares') as { registerLocalFs: (app: unknown, options: { logLevel: string }) => Promise<void> };
  const handlers: Handler[] = [];
  // decap-server reads its repository from the environment, once, while registering.
  const previous = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = resolve(repoDir);
  try {
    const registered = registerLocalFs({ use: () => {}, post: (_path: string, handler: Handler) => handlers.push(handler) }, { logLevel: 'error' });
    await registered;
  } finally {
    if (previous === undefined) delete process.env['GIT_REPO_DIRECTORY'];
    else process.env['GIT_REPO_DIRECTORY'] = previous;
  }
  const [validate, act] = handlers;
  if (handlers.length !== 2 || !validate || !act) throw new Error('decap-server non ha la forma attesa: aggiorna src/lib/editor/backend.ts.');
  return [validate, act];
}

/** Where `path` really leads: the real path of its nearest existing ancestor, plus the rest. */
function realTarget(path: string): string {
  const rest: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), ...rest);
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      rest.unshift(current.slice(parent.length + 1));
      current = parent;
    }
  }
}

/** Every path leads, on disk, inside one of the area's folders (or is that folder): a link out of them is refused. */
function staysInside(repoDir: string, area: BackendArea, paths: readonly string[]): boolean {
  const folders = [...area.contentFolders, area.mediaFolder].map((folder) => realTarget(resolve(repoDir, folder)));
  return paths.every((path) => {
    const target = realTarget(resolve(repoDir, path));
    return folders.some((folder) => target === folder || target.startsWith(folder + sep));
  });
}

export async function startEditorBackend(options: EditorBackendOptions): Promise<EditorBackend> {
  const host = options.host ?? '127.0.0.1';
  const [validate, act] = await decapHandlers(options.repoDir);
  let port = options.port;

  const send = (response: ServerResponse, status: number, value: unknown, origin?: string) => {
    response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      Vary: 'Origin',
      ...(origin ? { 'Access-Control-Allow-Origin': origin } : {}),
    });
    response.end(JSON.stringify(value));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // A page whose name was rebound to 127.0.0.1 arrives with its own name as Host.
    if (!isOwnHost(request.headers.host, port)) return send(response, 421, { error: 'nome del server non consentito: apri l\'editor da http://127.0.0.1.' });
    const origin = request.headers.origin;
    if (!origin || !options.origins.includes(origin)) return send(response, 403, { error: 'origine non consentita: l\'editor locale risponde solo alla sua pagina /admin/.' });
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
      response.end();
      return;
    }
    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== '/api/v1') return send(response, 404, { error: 'indirizzo sconosciuto.' }, origin);
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return send(response, 415, { error: 'serve una richiesta JSON.' }, origin);
    const bytes = await readLimited(request, MAX_BODY_BYTES);
    if (!bytes) return send(response, 413, { error: 'richiesta troppo grande.' }, origin);
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      return send(response, 400, { error: 'richiesta JSON non leggibile.' }, origin);
    }
    const verdict = checkBody(body, options.area);
    if (!verdict.ok) return send(response, verdict.status, { error: verdict.message }, origin);
    if (!staysInside(options.repoDir, options.area, verdict.paths)) {
      return send(response, 403, { error: 'il percorso porta fuori dalle cartelle delle schede (un collegamento): l\'editor può scrivere solo le schede.' }, origin);
    }
    await new Promise<void>((done) => {
      const reply: DecapResponse = {
        status: (code) => {
          status = code;
          return reply;
        },
        json: (value) => {
          send(response, status, value, origin);
          done();
        },
      };
      let status = 200;
      void Promise.resolve(validate({ body }, reply, () => void Promise.resolve(act({ body }, reply, () => {})))).catch(() => {
        send(response, 500, { error: 'errore dell\'editor locale.' }, origin);
        done();
      });
    });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { error: 'errore dell\'editor locale.' });
      else response.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new BackendPortError(`la porta ${options.port} dell'editor locale è già in uso (forse da un'altra redazione aperta): chiudila, oppure scegli un'altra porta con --backend-port 8091.`)
        : new BackendPortError(`l'editor locale non si avvia sulla porta ${options.port} (${error.code ?? error.message}).`));
    });
    server.listen(options.port, host, resolvePromise);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/api/v1`,
    port,
    close: () => new Promise((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => resolvePromise());
    }),
  };
}
