/**
 * Every read and write of the subscribers' database: the only module with queries. The
 * address is stored once (`subscribers.email`); the suppression list, the confirmation
 * mails and the events hold only its hash or nothing. Unsubscribing deletes the row and
 * keeps the hash; only a sign-up the person confirms lifts it.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Lang } from '../../i18n/languages.ts';
import { recipientKey } from '../send/state.ts';
import type { Backend } from './database.ts';
import type { EventKind, Source, SubscriberDatabase, SubscribersTable, SuppressionReason } from './schema.ts';
import { CONFIRMATION_DAYS, newNonce } from './tokens.ts';

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString();
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS).toISOString();

export type SubscriberRecord = SubscribersTable;

export interface Recipient {
  email: string;
  name: string;
  lang: Lang;
}

export interface SignUpRequest {
  email: string;
  name: string | null;
  lang: Lang;
  consentVersion: string;
  ipHash: string | null;
  unsubscribeKey: string;
  now: Date;
  /** Confirmation e-mails an address may receive in 7 days. */
  maxMailsPerWeek: number;
}

/** `send` with the nonce for the confirmation link, or nothing to send (already active, or too many mails this week). */
export type SignUpOutcome = { send: true; nonce: string } | { send: false; why: 'active' | 'limit' };

export interface InPersonRequest {
  email: string;
  name: string | null;
  lang: Lang;
  source: Exclude<Source, 'modulo web'>;
  consentVersion: string;
  consentNote: string | null;
  unsubscribeKey: string;
  now: Date;
}

/** What `aggiungi`/`importa` did with one address. */
export type InPersonOutcome = 'added' | 'activated' | 'already-active' | 'suppressed';

export interface StatusCount {
  status: 'active' | 'pending' | 'suppressed';
  lang: Lang | null;
  count: number;
}

export interface MonthlyCount {
  /** `YYYY-MM` (UTC). */
  month: string;
  kind: EventKind;
  lang: Lang | null;
  count: number;
}

export interface HeldData {
  subscriber: SubscriberRecord | undefined;
  suppression: { reason: SuppressionReason; at: string } | undefined;
}

type Db = Kysely<SubscriberDatabase> | Transaction<SubscriberDatabase>;

async function addEvent(db: Db, kind: EventKind, lang: Lang | null, now: Date): Promise<void> {
  await db.insertInto('events').values({ at: iso(now), kind, lang }).execute();
}

export class SubscriberStore {
  readonly db: Kysely<SubscriberDatabase>;
  readonly backend: Backend;

  constructor(db: Kysely<SubscriberDatabase>, backend: Backend) {
    this.db = db;
    this.backend = backend;
  }

  /** A sign-up from the form: a pending row (new or refreshed) and the nonce of its confirmation link. */
  async signUp(request: SignUpRequest): Promise<SignUpOutcome> {
    const key = recipientKey(request.email);
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('subscribers').select(['status']).where('email_key', '=', key).executeTakeFirst();
      if (row?.status === 'active') return { send: false, why: 'active' } as const;
      const sent = await tx.selectFrom('confirmation_mails').select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('email_key', '=', key).where('sent_at', '>', daysBefore(request.now, 7)).executeTakeFirstOrThrow();
      if (Number(sent.n) >= request.maxMailsPerWeek) return { send: false, why: 'limit' } as const;
      const nonce = newNonce();
      const values = {
        email: request.email, name: request.name, lang: request.lang, source: 'modulo web' as const,
        consent_version: request.consentVersion, consent_note: null, signed_up_at: iso(request.now),
        signup_ip_hash: request.ipHash, confirm_nonce: nonce, unsubscribe_key: request.unsubscribeKey,
      };
      if (row) await tx.updateTable('subscribers').set(values).where('email_key', '=', key).execute();
      else await tx.insertInto('subscribers').values({ ...values, email_key: key, status: 'pending', confirmed_at: null, confirm_ip_hash: null }).execute();
      await tx.insertInto('confirmation_mails').values({ email_key: key, sent_at: iso(request.now) }).execute();
      await addEvent(tx, 'richiesta', request.lang, request.now);
      return { send: true, nonce } as const;
    });
  }

  /** The person confirmed: active from now, off the suppression list (fresh consent). False when the link was used or its sign-up is gone. */
  async confirm(nonce: string, now: Date, ipHash: string | null): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.updateTable('subscribers')
        .set({ status: 'active', confirmed_at: iso(now), confirm_ip_hash: ipHash, confirm_nonce: null })
        .where('confirm_nonce', '=', nonce).where('status', '=', 'pending')
        .where('signed_up_at', '>', daysBefore(now, CONFIRMATION_DAYS))
        .returning(['email_key', 'lang']).executeTakeFirst();
      if (!row) return false;
      await tx.deleteFrom('suppressions').where('email_key', '=', row.email_key).execute();
      await addEvent(tx, 'conferma', row.lang, now);
      return true;
    });
  }

  /** The language of whoever holds this unsubscribe link (for the page), if known. */
  async langForUnsubscribe(unsubscribeKey: string): Promise<Lang | undefined> {
    const row = await this.db.selectFrom('subscribers').select('lang').where('unsubscribe_key', '=', unsubscribeKey).executeTakeFirst();
    return row?.lang;
  }

  /**
   * One-click unsubscribe: the row goes, its hash stays on the suppression list.
   * `done` also when it was done before; `unknown` when no subscriber ever had this link.
   */
  async unsubscribe(unsubscribeKey: string, now: Date): Promise<'done' | 'unknown'> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.deleteFrom('subscribers').where('unsubscribe_key', '=', unsubscribeKey).returning(['email_key', 'lang']).executeTakeFirst();
      if (!row) {
        const before = await tx.selectFrom('suppressions').select('email_key').where('unsubscribe_key', '=', unsubscribeKey).executeTakeFirst();
        return before ? 'done' : 'unknown';
      }
      await this.putSuppression(tx, row.email_key, 'disiscritto', now, unsubscribeKey);
      await addEvent(tx, 'disiscrizione', row.lang, now);
      return 'done';
    });
  }

  private async putSuppression(db: Db, emailKey: string, reason: SuppressionReason, now: Date, unsubscribeKey: string | null): Promise<void> {
    await db.insertInto('suppressions').values({ email_key: emailKey, reason, at: iso(now), unsubscribe_key: unsubscribeKey })
      .onConflict((conflict) => conflict.column('email_key').doUpdateSet({ reason, at: iso(now), unsubscribe_key: unsubscribeKey }))
      .execute();
  }

  /** A tutor's sign-up (in person) or a row of an imported list: active at once, never over a suppression. */
  async addInPerson(request: InPersonRequest): Promise<InPersonOutcome> {
    const key = recipientKey(request.email);
    return this.db.transaction().execute(async (tx) => {
      const suppressed = await tx.selectFrom('suppressions').select('email_key').where('email_key', '=', key).executeTakeFirst();
      if (suppressed) return 'suppressed';
      const row = await tx.selectFrom('subscribers').select(['status']).where('email_key', '=', key).executeTakeFirst();
      if (row?.status === 'active') return 'already-active';
      const values = {
        email: request.email, name: request.name, lang: request.lang, status: 'active' as const, source: request.source,
        consent_version: request.consentVersion, consent_note: request.consentNote, signed_up_at: iso(request.now),
        signup_ip_hash: null, confirmed_at: iso(request.now), confirm_ip_hash: null, confirm_nonce: null, unsubscribe_key: request.unsubscribeKey,
      };
      if (row) await tx.updateTable('subscribers').set(values).where('email_key', '=', key).execute();
      else await tx.insertInto('subscribers').values({ ...values, email_key: key }).execute();
      await addEvent(tx, request.source === 'sportello' ? 'aggiunta' : 'importazione', request.lang, request.now);
      return row ? 'activated' : 'added';
    });
  }

  /** An unsubscribe from an imported list or a request at the desk: the hash goes on the suppression list. True when it changed something. */
  async suppress(email: string, reason: SuppressionReason, now: Date): Promise<boolean> {
    const key = recipientKey(email);
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.deleteFrom('subscribers').where('email_key', '=', key).returning(['lang', 'unsubscribe_key']).executeTakeFirst();
      const before = await tx.selectFrom('suppressions').select('reason').where('email_key', '=', key).executeTakeFirst();
      if (!row && before) return false;
      await this.putSuppression(tx, key, before?.reason ?? reason, now, row?.unsubscribe_key ?? null);
      await addEvent(tx, reason === 'cancellato' ? 'cancellazione' : 'disiscrizione', row?.lang ?? null, now);
      return true;
    });
  }

  /** Everything held about one address (an access request under GDPR art. 15). */
  async heldData(email: string): Promise<HeldData> {
    const key = recipientKey(email);
    const subscriber = await this.db.selectFrom('subscribers').selectAll().where('email_key', '=', key).executeTakeFirst();
    const suppression = await this.db.selectFrom('suppressions').select(['reason', 'at']).where('email_key', '=', key).executeTakeFirst();
    return { subscriber, suppression };
  }

  /** Who gets the next issue: active and not suppressed, in a stable order. */
  async activeRecipients(): Promise<Recipient[]> {
    const rows = await this.db.selectFrom('subscribers').select(['email', 'name', 'lang'])
      .where('status', '=', 'active')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('suppressions').select('suppressions.email_key').whereRef('suppressions.email_key', '=', 'subscribers.email_key'))))
      .orderBy('signed_up_at').orderBy('email_key').execute();
    return rows.map((row) => ({ email: row.email, name: row.name ?? '', lang: row.lang }));
  }

  /** Hashes (`recipientKey`) of every suppressed address: a CSV send skips them too. */
  async suppressedKeys(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('suppressions').select('email_key').execute();
    return new Set(rows.map((row) => row.email_key));
  }

  /** Every subscriber row (for `elenco --mostra` and `esporta-csv`). */
  async allSubscribers(): Promise<SubscriberRecord[]> {
    return this.db.selectFrom('subscribers').selectAll().orderBy('signed_up_at').orderBy('email_key').execute();
  }

  /** How many people per status and language; suppressed ones have no language. Read-only. */
  async countsByStatus(): Promise<StatusCount[]> {
    const rows = await this.db.selectFrom('subscribers').select(['status', 'lang', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy(['status', 'lang']).orderBy('status').orderBy('lang').execute();
    const suppressed = await this.db.selectFrom('suppressions').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return [
      ...rows.map((row) => ({ status: row.status, lang: row.lang, count: Number(row.n) })),
      ...(Number(suppressed.n) ? [{ status: 'suppressed' as const, lang: null, count: Number(suppressed.n) }] : []),
    ];
  }

  /**
   * Events per month, kind and language (`richiesta`, `conferma`, `aggiunta`, `importazione`,
   * `disiscrizione`, `cancellazione`), optionally between two dates (`YYYY-MM-DD`, inclusive).
   * Read-only; for the programme's report.
   */
  async monthlyCounts(range: { from?: string; to?: string } = {}): Promise<MonthlyCount[]> {
    const month = sql<string>`substr(${sql.ref('at')}, 1, 7)`;
    let query = this.db.selectFrom('events').select([month.as('month'), 'kind', 'lang', (eb) => eb.fn.countAll<string | number>().as('n')]);
    if (range.from) query = query.where('at', '>=', range.from);
    if (range.to) query = query.where('at', '<', `${range.to}T99`);
    const rows = await query.groupBy([month, 'kind', 'lang']).orderBy('month').orderBy('kind').orderBy('lang').execute();
    return rows.map((row) => ({ month: row.month, kind: row.kind, lang: row.lang, count: Number(row.n) }));
  }

  /** SQLite only: a consistent copy in a new file while the service keeps writing (`VACUUM INTO`). */
  async backupTo(file: string): Promise<void> {
    if (this.backend !== 'sqlite') throw new Error('backupTo is for SQLite; PostgreSQL uses pg_dump');
    await sql`VACUUM INTO ${file}`.execute(this.db);
  }

  /** Drops sign-ups never confirmed within 7 days and the record of old confirmation mails. */
  async purgeExpired(now: Date): Promise<number> {
    const cutoff = daysBefore(now, CONFIRMATION_DAYS);
    const removed = await this.db.deleteFrom('subscribers').where('status', '=', 'pending').where('signed_up_at', '<=', cutoff).executeTakeFirst();
    await this.db.deleteFrom('confirmation_mails').where('sent_at', '<=', cutoff).execute();
    return Number(removed.numDeletedRows);
  }
}

/** Counts for `iscritti elenco` and the programme's report without opening the service. */
export type { EventKind, Source };
