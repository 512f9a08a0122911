/**
 * The subscription database's event counts for the report, through the store (the only place
 * with SQL): months, kinds, languages and counts — never an address. No database (no SQLite
 * file, no `DATABASE_URL`) → undefined, and the report leaves the subscribers out.
 */
import type { CalendarDate } from '../issue/dates.ts';
import { databaseExists, databaseLocation, openDatabase } from '../subscribers/database.ts';
import { SubscriberStore } from '../subscribers/store.ts';
import type { SubscriberEvents } from './records.ts';

export async function readSubscriberEvents(env: Record<string, string | undefined>, until: CalendarDate): Promise<SubscriberEvents[] | undefined> {
  const location = databaseLocation(env);
  if (!databaseExists(location)) return undefined;
  const opened = await openDatabase(location);
  try {
    return await new SubscriberStore(opened.db, opened.backend).monthlyCounts({ to: until });
  } finally {
    await opened.close();
  }
}
