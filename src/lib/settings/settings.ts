/** The bulletin's settings: their schema and validation (values live in `src/settings.ts`). */
import { UsageError } from '../cli/exit-codes.ts';
import { z } from 'zod';
import { describeIssue } from '../content/problems.ts';
import { OTHER_LANGS, type OtherLang } from '../../i18n/languages.ts';
import { isWeekId } from '../issue/dates.ts';
import { email, phone, text, webUrl } from '../schema/fields.ts';

/** One optional object per reader language other than Italian. */
const perLanguage = <T extends z.ZodType>(schema: T) =>
  z.strictObject(Object.fromEntries(OTHER_LANGS.map((lang) => [lang, schema.optional()])) as Record<OtherLang, z.ZodOptional<T>>);

const hub = z.strictObject({
  /** "Bell NETT" */
  name: text(80),
  /** "largo Cervi 1" */
  address: text(140),
  /** Opening hours in words: "lun e mer 9:30–12:30". */
  hours: text(140),
  phone: phone.optional(),
  email: email.optional(),
  /** Opening hours in the reader languages: `{ ar: { hours: '…' } }`; Italian where missing. */
  translations: perLanguage(z.strictObject({ hours: text(140) })).optional(),
});

/** A channel link must lead to that app: a WhatsApp link in the Telegram field is a mistake. */
const channelLink = (hosts: readonly string[], example: string) =>
  webUrl.refine((url) => hosts.some((host) => URL.parse(url)?.hostname === host || URL.parse(url)?.hostname.endsWith(`.${host}`)), {
    message: `deve essere un link a ${hosts.join(' o ')}, per esempio ${example}.`,
  });

/** Where the web editor (Decap CMS at /admin/) commits in production. */
const editor = z.strictObject({
  /** The git host: `github` or `gitlab`. */
  backend: z.enum(['github', 'gitlab']),
  /** `owner/name` (GitLab: `group/subgroup/name`). */
  repo: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { message: 'deve essere "proprietario/nome" del repository, per esempio "rete-lavoro/bollettino".' }),
  /** The branch the site is built from. */
  branch: text(100).default('main'),
  /** GitHub: the OAuth server's address (see README). */
  baseUrl: webUrl.optional(),
  /** Path of the OAuth endpoint on `baseUrl`, when not `auth`. */
  authEndpoint: text(100).optional(),
  /** GitLab: the OAuth application's id (PKCE, no server needed). */
  appId: text(100).optional(),
  /** GitLab self-hosted: its API root, e.g. https://gitlab.example.org/api/v4. */
  apiRoot: webUrl.optional(),
});

export const settingsSchema = z.strictObject({
  /** The bulletin's name, shown everywhere. */
  name: text(80),
  /** One line under the name. */
  tagline: text(200),
  /** The tagline in the reader languages: `{ en: { tagline: '…' } }`; Italian where missing. */
  translations: perLanguage(z.strictObject({ tagline: text(200) })).optional(),
  /** Public URL of the site, no trailing slash needed; `SITE_URL` overrides it. */
  siteUrl: webUrl,
  /** Who publishes it. */
  publisher: text(140),
  /** The programme's hubs, with addresses and opening hours. */
  hubs: z.array(hub).min(1),
  /** Editorial contact for readers and partners. */
  contact: z.strictObject({ name: text(80), email, phone: phone.optional() }),
  /** Week of issue n. 1 (`YYYY-Www`). */
  firstIssueWeek: z.string().refine(isWeekId, { message: 'deve essere una settimana ISO come 2026-W44.' }),
  /** E-mail sender and unsubscribe address. */
  email: z.strictObject({
    from: text(140),
    replyTo: email,
    /** Where unsubscribe requests go (mailto). */
    unsubscribeEmail: email,
    /** One-click unsubscribe page, if there is one. */
    unsubscribeUrl: webUrl.optional(),
  }),
  /** How readers can get the bulletin, for the "Ricevi il bollettino" page. Optional. */
  subscribe: z.strictObject({
    /** Where to ask for the e-mail; default: the editorial contact's address. */
    email: email.optional(),
    /** The programme's WhatsApp channel or group invitation. */
    whatsapp: channelLink(['whatsapp.com'], 'https://whatsapp.com/channel/…').optional(),
    /** The programme's Telegram channel. */
    telegram: channelLink(['t.me', 'telegram.me'], 'https://t.me/nome_del_canale').optional(),
    /**
     * Public address of the subscription service (`npm run iscrizioni`), e.g.
     * `https://bollettino.example.org/servizio`; `SUBSCRIBE_URL` overrides it. With it the page
     * shows the sign-up form and every e-mail's unsubscribe link points to the service.
     */
    endpoint: webUrl.optional(),
  }).default({}),
  /** The web editor's git backend. */
  editor,
});

export type Settings = z.output<typeof settingsSchema>;

/** Invalid settings: the message names each field (or environment variable) in Italian. */
/** Invalid settings: a usage error (exit 4). */
export class SettingsError extends UsageError {}

/** Where a settings value came from: an environment variable overrides the file. */
function origin(path: string, env: Record<string, string | undefined>): string {
  if (path === 'siteUrl' && env['SITE_URL']) return 'la variabile SITE_URL';
  if (path === 'email.unsubscribeUrl' && env['UNSUBSCRIBE_URL']) return 'la variabile UNSUBSCRIBE_URL';
  if (path === 'subscribe.endpoint' && env['SUBSCRIBE_URL']) return 'la variabile SUBSCRIBE_URL';
  return `src/settings.ts, campo "${path || '(tutte)'}"`;
}

/** Validates settings and applies `SITE_URL`, `UNSUBSCRIBE_URL` and `SUBSCRIBE_URL`; the site and service URLs always end without a slash. */
export function defineSettings(input: z.input<typeof settingsSchema>, env: Record<string, string | undefined> = process.env): Settings {
  let withEnv = env['SITE_URL'] ? { ...input, siteUrl: env['SITE_URL'] } : input;
  if (env['UNSUBSCRIBE_URL']) withEnv = { ...withEnv, email: { ...withEnv.email, unsubscribeUrl: env['UNSUBSCRIBE_URL'] } };
  if (env['SUBSCRIBE_URL']) withEnv = { ...withEnv, subscribe: { ...withEnv.subscribe, endpoint: env['SUBSCRIBE_URL'] } };
  const result = settingsSchema.safeParse(withEnv, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.flatMap((issue) => describeIssue(issue, settingsSchema).map(({ field, message }) => `✗ ${origin(field, env)}: ${message}`));
    throw new SettingsError(`Il bollettino non è stato pubblicato: le impostazioni non sono valide. Correggi e riprova.\n\n${lines.join('\n')}\n`);
  }
  const { endpoint } = result.data.subscribe;
  return {
    ...result.data,
    siteUrl: result.data.siteUrl.replace(/\/+$/, ''),
    subscribe: { ...result.data.subscribe, ...(endpoint ? { endpoint: endpoint.replace(/\/+$/, '') } : {}) },
  };
}

/** Absolute URL of a site path. */
export function absoluteUrl(settings: Pick<Settings, 'siteUrl'>, path: string): string {
  return `${settings.siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
