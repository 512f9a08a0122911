/** The first schema: subscribers, suppression list, confirmation mails sent, events. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('subscribers')
    .addColumn('email_key', 'text', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('name', 'text')
    .addColumn('lang', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('consent_version', 'text', (column) => column.notNull())
    .addColumn('consent_note', 'text')
    .addColumn('signed_up_at', 'text', (column) => column.notNull())
    .addColumn('signup_ip_hash', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirm_ip_hash', 'text')
    .addColumn('confirm_nonce', 'text', (column) => column.unique())
    .addColumn('unsubscribe_key', 'text', (column) => column.notNull().unique())
    .execute();
  await db.schema.createIndex('subscribers_status').on('subscribers').columns(['status', 'lang']).execute();

  await db.schema.createTable('suppressions')
    .addColumn('email_key', 'text', (column) => column.primaryKey())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('unsubscribe_key', 'text', (column) => column.unique())
    .execute();

  await db.schema.createTable('confirmation_mails')
    .addColumn('email_key', 'text', (column) => column.notNull())
    .addColumn('sent_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('confirmation_mails_key').on('confirmation_mails').columns(['email_key', 'sent_at']).execute();

  await db.schema.createTable('events')
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('lang', 'text')
    .execute();
  await db.schema.createIndex('events_at').on('events').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['events', 'confirmation_mails', 'suppressions', 'subscribers']) await db.schema.dropTable(table).execute();
}
