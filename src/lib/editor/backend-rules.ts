/**
 * What the web editor's local backend lets through, decided before decap-server sees a
 * request: only the editor's own page (Origin) on this computer's own name (Host, against DNS
 * rebinding), only the actions Decap needs, with exactly the fields they have, and only paths
 * inside the content folders (writes: `.md` entries there; the media folder is only read).
 * Anything else is refused, whatever the request says.
 */
import { z } from 'zod';

export interface BackendArea {
  /** The collections' folders, relative to the repository, with `/` (`src/content/offers`). */
  contentFolders: readonly string[];
  /** The media folder (`public/media`): listed and read, never written. */
  mediaFolder: string;
}

export type Refusal = { ok: false; status: number; message: string };

const refuse = (status: number, message: string): Refusal => ({ ok: false, status, message });

/** `127.0.0.1:<port>` or `localhost:<port>`, nothing else (a rebinding page arrives with its own name). */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The editor's page, as the browser names its origin. */
export function editorOrigins(sitePort: number): string[] {
  return [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`];
}

/** A repository path of plain segments: no `..`, `.`, empty segment, backslash, NUL or leading `/`. */
function plainSegments(path: string): string[] | undefined {
  if (!path || path.includes('\\') || path.includes('\0') || path.startsWith('/') || /^[a-z]:/i.test(path)) return undefined;
  const segments = path.split('/');
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? segments : undefined;
}

/** `path` names something strictly inside `folder` (both repository-relative). */
export function isInside(path: string, folder: string): boolean {
  const inner = plainSegments(path);
  const outer = plainSegments(folder);
  if (!inner || !outer || inner.length <= outer.length) return false;
  return outer.every((segment, index) => inner[index] === segment);
}

const text = z.string();
// Entries and options may carry more than decap-server reads (Decap sends its own flags); their paths are checked.
const entryShape = z.looseObject({ slug: text, path: text, raw: text, newPath: text.optional() });
const commitOptions = z.looseObject({ commitMessage: text.optional() }).optional();
const REQUEST = z.discriminatedUnion('action', [
  z.strictObject({ branch: text.optional(), action: z.literal('info'), params: z.unknown().optional() }),
  z.strictObject({ branch: text.optional(), action: z.literal('getDeployPreview'), params: z.unknown().optional() }),
  z.strictObject({ branch: text.optional(), action: z.literal('entriesByFolder'), params: z.strictObject({ branch: text, folder: text, extension: text, depth: z.number().int().min(0).max(8) }) }),
  z.strictObject({ branch: text.optional(), action: z.literal('entriesByFiles'), params: z.strictObject({ branch: text, files: z.array(z.strictObject({ path: text, label: text.optional() })).max(5000) }) }),
  z.strictObject({ branch: text.optional(), action: z.literal('getEntry'), params: z.strictObject({ branch: text, path: text }) }),
  z.strictObject({
    branch: text.optional(),
    action: z.literal('persistEntry'),
    params: z.strictObject({
      branch: text,
      cmsLabelPrefix: text.optional(),
      entry: entryShape.optional(),
      dataFiles: z.array(entryShape).max(100).optional(),
      // No uploads: an entry saved with files attached is refused.
      assets: z.array(z.unknown()).max(0),
      options: commitOptions,
    }),
  }),
  z.strictObject({ branch: text.optional(), action: z.literal('getMedia'), params: z.strictObject({ branch: text, mediaFolder: text }) }),
  z.strictObject({ branch: text.optional(), action: z.literal('getMediaFile'), params: z.strictObject({ branch: text, path: text }) }),
  z.strictObject({ branch: text.optional(), action: z.literal('deleteFile'), params: z.strictObject({ branch: text, path: text, options: commitOptions }) }),
  z.strictObject({ branch: text.optional(), action: z.literal('deleteFiles'), params: z.strictObject({ branch: text, paths: z.array(text).max(100), options: commitOptions }) }),
]);

export type BackendRequest = z.infer<typeof REQUEST>;

export type Verdict = { ok: true; request: BackendRequest; paths: string[] } | Refusal;

/** The paths a request names and the rule each must pass. */
function pathsNamed(request: BackendRequest, area: BackendArea): { paths: string[]; allowed: (path: string) => boolean } {
  const content = (path: string) => area.contentFolders.some((folder) => isInside(path, folder));
  // Written or deleted: only Decap's entries, `.md` files inside a content folder.
  const entry = (path: string) => /\.md$/i.test(path) && content(path);
  switch (request.action) {
    case 'info':
    case 'getDeployPreview':
      return { paths: [], allowed: () => false };
    case 'entriesByFolder':
      return { paths: [request.params.folder], allowed: (path) => area.contentFolders.includes(path) };
    case 'entriesByFiles':
      return { paths: request.params.files.map((file) => file.path), allowed: content };
    case 'getEntry':
      return { paths: [request.params.path], allowed: content };
    case 'persistEntry': {
      const files = [...(request.params.entry ? [request.params.entry] : []), ...(request.params.dataFiles ?? [])];
      return { paths: files.flatMap((file) => [file.path, ...(file.newPath === undefined ? [] : [file.newPath])]), allowed: entry };
    }
    case 'getMedia':
      return { paths: [request.params.mediaFolder], allowed: (path) => path === area.mediaFolder };
    case 'getMediaFile':
      return { paths: [request.params.path], allowed: (path) => isInside(path, area.mediaFolder) };
    case 'deleteFile':
      return { paths: [request.params.path], allowed: entry };
    case 'deleteFiles':
      return { paths: request.params.paths, allowed: entry };
  }
}

/** The request, if it is one Decap makes and every path it names is inside the area; else why not. */
export function checkBody(body: unknown, area: BackendArea): Verdict {
  const parsed = REQUEST.safeParse(body);
  if (!parsed.success) return refuse(422, 'richiesta non riconosciuta: l\'editor locale accetta solo le operazioni sulle schede.');
  const request = parsed.data;
  if (request.action === 'persistEntry' && !request.params.entry === !request.params.dataFiles) {
    return refuse(422, 'richiesta non riconosciuta: una scheda da salvare, indicata una volta sola.');
  }
  const { paths, allowed } = pathsNamed(request, area);
  const bad = paths.find((path) => !allowed(path));
  if (bad !== undefined) return refuse(403, `"${bad}" è fuori dalle cartelle delle schede: l'editor può leggere e scrivere solo le schede.`);
  return { ok: true, request, paths };
}
