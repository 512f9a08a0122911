/** The migrations in order; each file is named `NNN-what.ts` and never edited once landed. */
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './001-initial.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
