/**
 * The subscribers' database, as Kysely sees it. Times are ISO 8601 strings in UTC on both
 * backends (they sort and group by month the same way); addresses appear only in
 * `subscribers.email`; everything else is keyed by the address's hash (`recipientKey`).
 */
import type { Lang } from '../../i18n/languages.ts';

export const SOURCES = ['modulo web', 'sportello', 'importazione'] as const;
/** How the consent was given: the web form (double opt-in), in person at a hub, or an earlier list. */
export type Source = (typeof SOURCES)[number];

export type SubscriberStatus = 'pending' | 'active';

export interface SubscribersTable {
  /** `recipientKey(email)`: the same hash as the send state and the suppression list. */
  email_key: string;
  email: string;
  name: string | null;
  lang: Lang;
  status: SubscriberStatus;
  source: Source;
  /** The privacy notice's version the person agreed to (`privacyVersion`). */
  consent_version: string;
  /** In person: what the tutor wrote ("modulo firmato 2026-12-03"). */
  consent_note: string | null;
  signed_up_at: string;
  signup_ip_hash: string | null;
  confirmed_at: string | null;
  confirm_ip_hash: string | null;
  /** The pending confirmation's nonce; null once used. */
  confirm_nonce: string | null;
  /** sha256 of the unsubscribe token the e-mails carry. */
  unsubscribe_key: string;
}

export type SuppressionReason = 'disiscritto' | 'cancellato';

export interface SuppressionsTable {
  email_key: string;
  reason: SuppressionReason;
  at: string;
  /** Lets an old unsubscribe link still answer "done" after the person left. */
  unsubscribe_key: string | null;
}

export interface ConfirmationMailsTable {
  email_key: string;
  sent_at: string;
}

export const EVENT_KINDS = ['richiesta', 'conferma', 'aggiunta', 'importazione', 'disiscrizione', 'cancellazione'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What happened when, in which language: counts over time without anyone's address or hash. */
export interface EventsTable {
  at: string;
  kind: EventKind;
  lang: Lang | null;
}

export interface SubscriberDatabase {
  subscribers: SubscribersTable;
  suppressions: SuppressionsTable;
  confirmation_mails: ConfirmationMailsTable;
  events: EventsTable;
}
