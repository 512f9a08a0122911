/**
 * Two processes writing one database: the service taking sign-ups while a tutor adds people
 * at the desk (`iscritti aggiungi` opens the same SQLite file). No write of either may fail
 * with "database is locked" or be lost; on PostgreSQL the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, databaseLocation } from '../../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';
import { BACKENDS, freshBackend, postForm, startService, tempDir, type Backend, type RunningService } from '../helpers/service.ts';

const EACH = 150;
let service: RunningService | undefined;
let backend: Backend | undefined;
afterEach(async () => {
  await service?.stop();
  await backend?.drop();
  service = undefined;
  backend = undefined;
});

describe.each(BACKENDS)('sign-ups and the desk at the same time (%s)', (name) => {
  it('keeps every write of both', async () => {
    const dir = tempDir();
    backend = await freshBackend(name, dir);
    service = await startService(dir, { ...backend.env, SUBSCRIBE_MIN_SECONDS: '0', SUBSCRIBE_RATE_IP_HOUR: '100000', SUBSCRIBE_RATE_IP_HOUR_STRICT: '100000' });
    const opened = await openDatabase(databaseLocation(backend.env));
    const desk = new SubscriberStore(opened.db, opened.backend);
    try {
      const signUps = (async () => {
        const statuses: number[] = [];
        for (let batch = 0; batch < EACH; batch += 10) {
          const responses = await Promise.all(Array.from({ length: 10 }, (_, i) =>
            postForm(`${service!.url}/iscrizione`, { email: `modulo${batch + i}@example.org`, lang: 'ar', consenso: 'si' })));
          statuses.push(...responses.map((response) => response.status));
        }
        return statuses;
      })();
      const deskAdds = (async () => {
        const outcomes: unknown[] = [];
        for (let i = 0; i < EACH; i++) {
          outcomes.push(await desk.addInPerson({ email: `sportello${i}@example.org`, name: null, lang: 'it', source: 'sportello', consentVersion: 'test', consentNote: 'modulo firmato', unsubscribeKey: `chiave-${i}`, now: new Date() }));
          // The desk works at a person's pace, between the service's writes.
          if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return outcomes;
      })();
      const [statuses, outcomes] = await Promise.all([signUps, deskAdds]);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      expect(outcomes).toHaveLength(EACH);
      const counts = await desk.countsByStatus();
      const total = (status: string) => counts.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0);
      expect({ pending: total('pending'), active: total('active') }).toEqual({ pending: EACH, active: EACH });
      // Stopped first: the log lines are written in batches, all of them by the time it exits.
      await service!.stop();
      expect(service!.output()).toContain('POST /iscrizione 200');
      expect(service!.output()).not.toMatch(/locked|SQLITE_BUSY|Error/);
    } finally {
      await opened.close();
    }
  });
});
