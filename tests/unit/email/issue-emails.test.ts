import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/settings.ts';
import { buildBulletin } from '../../../src/lib/issue/model.ts';
import { buildEmails, emailJobs, emailKey, renderEmailWork, renderInWorker, type EmailWork } from '../../../src/lib/email/issue-emails.ts';
import { renderEmail } from '../../../src/lib/email/render.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { offer } from '../../helpers/items.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const items = (title = 'Aiuto cuoco') => [
  offer('cuoco', { title, published: '2026-11-09', expires: '2026-12-31' }),
  offer('pulizie', { published: '2026-11-16', expires: '2026-11-27' }),
];
const bulletinOn = (today: string, title?: string) => buildBulletin(items(title), today, settings.firstIssueWeek);
const work = (dir: string): Omit<EmailWork, 'jobs'> => ({ settings, mjmlCacheDir: join(dir, 'mjml'), root: ROOT });

describe("a build's e-mails", () => {
  it('are every issue in Italian and the current one in every language', () => {
    const bulletin = bulletinOn('2026-11-24');
    const jobs = emailJobs(bulletin, settings, 'f');
    expect(jobs.filter((job) => job.issue.isCurrent).map((job) => job.lang)).toEqual(['it', 'ar', 'en', 'es', 'fr', 'si']);
    expect(jobs.filter((job) => !job.issue.isCurrent).every((job) => job.lang === 'it')).toBe(true);
    expect(jobs.length).toBe(bulletin.issues.length + 5);
  });

  it('have keys that change with the issue as of the day, the language, the settings and the code', () => {
    const issue = (today: string, title?: string) => bulletinOn(today, title).current!;
    const key = emailKey(issue('2026-11-24'), 'it', settings, 'f');
    expect(emailKey(issue('2026-11-25'), 'it', settings, 'f')).toBe(key); // nothing closed
    expect(emailKey(issue('2026-11-28'), 'it', settings, 'f')).not.toBe(key); // an entry closed
    expect(emailKey(issue('2026-11-24', 'Cuoco'), 'it', settings, 'f')).not.toBe(key);
    expect(emailKey(issue('2026-11-24'), 'en', settings, 'f')).not.toBe(key);
    expect(emailKey(issue('2026-11-24'), 'it', { ...settings, name: 'Altro' }, 'f')).not.toBe(key);
    expect(emailKey(issue('2026-11-24'), 'it', settings, 'g')).not.toBe(key);
  });

  it('are what renderEmail gives, and a second build renders only the e-mails whose key changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollettino-emails-'));
    const store = join(dir, 'issues');
    let rendered = 0;
    const counting = async (each: EmailWork) => {
      rendered += each.jobs.length;
      return renderEmailWork(each);
    };
    const monday = emailJobs(bulletinOn('2026-11-23'), settings, 'f');
    const first = await buildEmails(monday, store, work(dir), counting);
    expect(first).toMatchObject({ renderedNow: monday.length, reused: 0 });
    const current = first.rendered.find(({ job }) => job.issue.isCurrent && job.lang === 'ar')!;
    const direct = await renderEmail(current.job.issue, settings, undefined, undefined, readerFor(settings, 'ar'));
    expect(current.email).toEqual(direct);

    // Saturday: an entry of the current issue closed; the past issues are as they were.
    rendered = 0;
    const saturday = emailJobs(bulletinOn('2026-11-28'), settings, 'f');
    const second = await buildEmails(saturday, store, work(dir), counting);
    expect(rendered).toBe(second.renderedNow);
    expect(second.renderedNow).toBeGreaterThanOrEqual(6);
    expect(second.reused).toBeGreaterThan(0);
    const again = second.rendered.find(({ job }) => job.issue.isCurrent && job.lang === 'ar')!;
    expect(again.email).toEqual(await renderEmail(again.job.issue, settings, undefined, undefined, readerFor(settings, 'ar')));
    // Every card shown (Infinity) survives the stored copy.
    const third = await buildEmails(saturday, store, work(dir), counting);
    expect(third.renderedNow).toBe(0);
    expect(third.rendered.map(({ email }) => email)).toEqual(second.rendered.map(({ email }) => email));
    expect(readdirSync(store).filter((name) => name.endsWith('.json'))).toHaveLength(saturday.length);
  });

  it('renders again an e-mail whose stored copy cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollettino-emails-'));
    const store = join(dir, 'issues');
    const jobs = emailJobs(bulletinOn('2026-11-24'), settings, 'f');
    await buildEmails(jobs, store, work(dir), renderEmailWork);
    writeFileSync(join(store, `${jobs[0]!.key}.json`), '{"html": "tronc');
    const next = await buildEmails(jobs, store, work(dir), renderEmailWork);
    expect(next.renderedNow).toBe(1);
    expect(next.rendered[0]!.email.html).toContain('<html');
  });

  it('are rendered in a worker thread with the same result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollettino-emails-'));
    const [job] = emailJobs(bulletinOn('2026-11-24'), settings, 'f');
    const { emails } = await renderInWorker({ ...work(dir), jobs: [{ key: job!.key, issue: job!.issue, lang: 'it' }] });
    expect(emails[job!.key]).toEqual(await renderEmail(job!.issue, settings));
  });
});
