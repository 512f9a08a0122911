/**
 * The web editor in a real browser: Decap CMS at /admin/ with the generated config and
 * the real decap-server on a temporary copy of a content folder (never `src/content`).
 * Offers are created and edited through the form; the files are read back by the loader
 * and built. The screenshots of the editors' guide are taken here.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, validateFile } from '../../src/lib/content/load.ts';
import { parseFrontMatter } from '../../src/lib/content/front-matter.ts';
import { writeAdmin } from '../../src/lib/editor/admin.ts';
import { startEditorBackend, type EditorBackend } from '../../src/lib/editor/backend.ts';
import { collectionFolder, MEDIA_FOLDER } from '../../src/lib/editor/decap-config.ts';
import { COLLECTIONS, collectionOf } from '../../src/lib/content/items.ts';
import { statusTable } from '../../src/lib/editor/item-status.ts';
import { renderDraft } from '../../src/lib/import/write-draft.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { settings } from '../../src/settings.ts';
import { OUTPUT, ROOT, runBuild } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

/** The guide's images are refreshed with GUIDE_SCREENSHOTS=1; other runs leave the working tree clean. */
const GUIDE_IMAGES = process.env['GUIDE_SCREENSHOTS'] === '1' ? join(ROOT, 'docs', 'img') : join(ROOT, 'test-results', 'screenshots');
/** Decap boots a large bundle: generous waits on what the editor sees, never fixed sleeps. */
const UI_TIMEOUT = 60_000;
const TITLE = 'Aiuto cuoco già esperto — Città Studi';

let work: string;
let content: string;
let backend: EditorBackend;
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bollettino-redazione-'));
  content = join(work, 'content');
  cpSync(join(ROOT, 'tests', 'fixtures', 'basic'), content, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'redazione'), content, { recursive: true });
  // Its import is relative to the fixture's place in the project; the editor lists .md files only.
  rmSync(join(content, 'courses', 'corso-digitale.mdx'));
  // An imported draft, as `npm run importa` writes it: two guessed fields listed in daControllare.
  const draft = renderDraft({
    fields: { title: 'Pulizie uffici importate', sector: 'pulizie', contract: 'altro', hours: 'part-time', published: '2026-11-24', municipio: 2, apply: { phone: '02 1234 5678' } },
    notes: { sector: "ipotesi dall'annuncio: controlla", municipio: 'dal CAP 20127: controlla' },
  });
  writeFileSync(join(content, 'offers', 'pulizie-uffici-importate.md'), draft);
  // The list's statuses as the build computes them, on the fixture's Wednesday.
  const statuses = statusTable(loadContent(content, '/').items, '2026-11-25');
  site = await serveStatic(join(work, 'site'));
  backend = await startEditorBackend({
    repoDir: work,
    area: { contentFolders: COLLECTIONS.map((collection) => collectionFolder('content', collection.folder)), mediaFolder: MEDIA_FOLDER },
    port: 0,
    origins: [site.url],
  });
  await writeAdmin(join(work, 'site'), ROOT, settings, { contentDir: 'content', localBackend: backend.url, statuses, previewDay: '2026-11-30' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  mkdirSync(GUIDE_IMAGES, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await backend?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: join(GUIDE_IMAGES, `redazione-${name}.png`) });

/** A react-select menu: type the Italian label, pick it. */
async function choose(field: string, label: string): Promise<void> {
  const input = page.locator(`input[id^="${field}-field-"]`);
  await input.click();
  await input.fill(label);
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** "Pubblica" → "Pubblica ora", then wait for Decap to say it is saved. */
async function publishNow(): Promise<void> {
  await page.getByRole('button', { name: 'Pubblica', exact: true }).click();
  await page.getByText('Pubblica ora', { exact: true }).click();
  await page.getByText(/salvat/i).first().waitFor();
}

/** A fresh load of the editor on one entry: Decap keeps the open form on a hash change. */
async function openEntry(slug: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${site.url}/admin/#/collections/offers/entries/${slug}`);
}

const fileOf = (slug: string) => join(content, 'offers', `${slug}.md`);
const offers = collectionOf('offer');

describe('the web editor', () => {
  it('opens in Italian and lists the three collections', async () => {
    await page.goto(`${site.url}/admin/`);
    const login = page.getByRole('button', { name: 'Accedi' });
    await login.waitFor();
    await shot('1-accesso');
    await login.click();
    for (const name of ['Offerte di lavoro', 'Corsi', 'Servizi utili']) await page.getByText(name, { exact: true }).first().waitFor();
    await page.getByText('Raccolte', { exact: true }).first().waitFor();
    await shot('2-raccolte');
  });

  it('creates an offer through the form: the file is named from the title and the loader accepts it', async () => {
    await page.goto(`${site.url}/admin/#/collections/offers/new`);
    await page.getByLabel('Titolo', { exact: true }).fill(TITLE);
    await choose('sector', 'Ristorazione');
    await choose('contract', 'Tempo determinato');
    await choose('hours', 'Part-time');
    await page.getByLabel('Indirizzo (opzionale)').fill('via Pascal 10');
    await page.getByLabel('Quartiere (opzionale)').fill('Città Studi');
    // A leading 0 and no spaces: YAML would read it as a number if it were written unquoted.
    await page.getByLabel('Telefono (opzionale)').fill('0212345678');
    await page.getByLabel('Data di pubblicazione').fill('2026-11-23');
    // A field typed in and cleared again must not be written as `employer: ''` (the build refuses it).
    await page.getByLabel('Azienda (opzionale)').fill('Da togliere');
    await page.getByLabel('Azienda (opzionale)').fill('');
    // The preview is the reader's card, built by the site's own view model.
    const preview = page.frameLocator('iframe').first();
    await preview.locator('article.card h1', { hasText: TITLE }).waitFor();
    await expect(preview.locator('[data-fact="sector"]').textContent()).resolves.toBe('Ristorazione');
    await shot('3-nuova-offerta');
    await publishNow();
    await shot('4-salvata');

    const slug = slugify(TITLE);
    expect(slug).toBe('aiuto-cuoco-gia-esperto-citta-studi');
    await expect.poll(() => existsSync(fileOf(slug)), { timeout: UI_TIMEOUT }).toBe(true);
    const source = readFileSync(fileOf(slug), 'utf8');
    const { item, problems } = validateFile(offers, `offers/${slug}.md`, source);
    expect(problems).toEqual([]);
    expect(item?.data).toMatchObject({
      title: TITLE, published: '2026-11-23', sector: 'ristorazione', contract: 'determinato', hours: 'part-time',
      location: { city: 'Milano', address: 'via Pascal 10', zone: 'Città Studi' }, apply: { phone: '0212345678' },
    });
    // Empty fields are left out, not written as `employer: ''`.
    expect(parseFrontMatter(source).data).not.toHaveProperty('employer');
    expect(loadContent(content, '/').problems).toEqual([]);
  });

  it('puts the new offer in the next build of that folder', () => {
    const run = runBuild('basic', 'redazione', { BULLETIN_CONTENT_DIR: content });
    expect(run.status, run.stderr).toBe(0);
    const $ = readPage(join(OUTPUT, 'redazione'), '/bollettino/2026-W48/');
    const card = $('section#lavoro article[data-id="aiuto-cuoco-gia-esperto-citta-studi"]');
    expect(card.find('h3').text()).toBe(TITLE);
    expect(card.attr('data-new')).toBe('');
  });

  it('edits an existing offer without losing any field', async () => {
    const slug = 'magazziniere-completa';
    const before = parseFrontMatter(readFileSync(fileOf(slug), 'utf8'));
    await openEntry(slug);
    const title = page.getByLabel('Titolo', { exact: true });
    await expect.poll(() => title.inputValue(), { timeout: UI_TIMEOUT }).toBe('Magazziniere con patentino del muletto');
    await title.fill('Magazziniere con patentino del muletto (Lambrate)');
    await publishNow();
    await expect.poll(() => readFileSync(fileOf(slug), 'utf8'), { timeout: UI_TIMEOUT }).toContain('(Lambrate)');
    const source = readFileSync(fileOf(slug), 'utf8');
    const after = parseFrontMatter(source);
    expect(after.data).toEqual({ ...(before.data as object), title: 'Magazziniere con patentino del muletto (Lambrate)' });
    expect(after.body.trim()).toBe(before.body.trim());
    expect(validateFile(offers, `offers/${slug}.md`, source).problems).toEqual([]);
  });

  it('keeps front-matter keys the form does not show', async () => {
    const slug = 'chiave-in-piu';
    writeFileSync(fileOf(slug), '---\ntitle: Offerta con una chiave in più\npublished: 2026-11-16\nsector: altro\ncontract: altro\nhours: flessibile\nlocation:\n  city: Milano\napply:\n  inPerson: HUB Rizzoli\nnotaInterna: da non perdere\n---\n');
    await openEntry(slug);
    const title = page.getByLabel('Titolo', { exact: true });
    await expect.poll(() => title.inputValue(), { timeout: UI_TIMEOUT }).toBe('Offerta con una chiave in più');
    await title.fill('Offerta con una chiave in più, modificata');
    await publishNow();
    await expect.poll(() => readFileSync(fileOf(slug), 'utf8'), { timeout: UI_TIMEOUT }).toContain('modificata');
    expect(parseFrontMatter(readFileSync(fileOf(slug), 'utf8')).data).toMatchObject({ notaInterna: 'da non perdere', title: 'Offerta con una chiave in più, modificata' });
  });

  it('lists offers newest first with each row\'s status, and filters by status', async () => {
    await page.goto('about:blank');
    await page.goto(`${site.url}/admin/#/collections/offers`);
    const row = (title: string) => page.locator('a[href*="/entries/"]', { hasText: title });
    await expect.poll(() => row('Bozza da non pubblicare').locator('[data-stato]').textContent(), { timeout: UI_TIMEOUT }).toBe('bozza');
    await expect(row('Offerta del futuro').locator('[data-stato]').textContent()).resolves.toBe('in uscita lunedì');
    await expect(row('Offerta che scade il lunedì del numero').locator('[data-stato]').textContent()).resolves.toBe('scaduto');
    await expect(row('Commessa pubblicata di martedì').locator('[data-stato]').textContent()).resolves.toBe('pubblicato');
    // Newest first: the offer of 30 November comes before the one of 1 November.
    const titles = await page.locator('a[href*="/entries/"] h2').allTextContents();
    const index = (start: string) => titles.findIndex((title) => title.startsWith(start));
    expect(index('Offerta del futuro')).toBeGreaterThanOrEqual(0);
    expect(index('Offerta del futuro')).toBeLessThan(index('Offerta che scade il lunedì del numero'));
    await shot('5-elenco-stato');
    await page.getByRole('button', { name: 'Filtra per' }).click();
    await page.getByRole('menuitem', { name: 'Stato: bozza' }).click();
    await expect.poll(async () => (await page.locator('a[href*="/entries/"] [data-stato]').allTextContents()).sort(), { timeout: UI_TIMEOUT }).toEqual(['bozza', 'bozza']);
    await shot('6-filtro-bozze');
  });

  it('shows an imported draft\'s doubts as a warning box, keeps them through a save, and drops them when checked', async () => {
    const slug = 'pulizie-uffici-importate';
    await openEntry(slug);
    const box = page.locator('[data-da-controllare]');
    await expect.poll(() => box.textContent(), { timeout: UI_TIMEOUT }).toContain('Settore, Luogo › Municipio');
    await shot('7-da-controllare');
    const title = page.getByLabel('Titolo', { exact: true });
    await title.fill('Pulizie uffici importate (Loreto)');
    await publishNow();
    await expect.poll(() => readFileSync(fileOf(slug), 'utf8'), { timeout: UI_TIMEOUT }).toContain('(Loreto)');
    expect(parseFrontMatter(readFileSync(fileOf(slug), 'utf8')).data).toMatchObject({ draft: true, daControllare: ['sector', 'location.municipio'] });
    await openEntry(slug);
    await page.getByRole('button', { name: 'Ho controllato: togli l\'avviso' }).click();
    await expect.poll(() => box.getAttribute('data-da-controllare'), { timeout: UI_TIMEOUT }).toBe('vuoto');
    await publishNow();
    await expect.poll(() => parseFrontMatter(readFileSync(fileOf(slug), 'utf8')).data, { timeout: UI_TIMEOUT }).not.toHaveProperty('daControllare');
  });

  it('closes a filled offer with one toggle and a date', async () => {
    const slug = 'magazziniere-completa';
    await openEntry(slug);
    const toggle = page.locator('[data-toggle-date="filled"] input[type="checkbox"]');
    await toggle.waitFor();
    await toggle.check();
    await page.locator('[data-toggle-date="filled"] input[type="date"]').fill('2026-11-26');
    await publishNow();
    await expect.poll(() => parseFrontMatter(readFileSync(fileOf(slug), 'utf8')).data, { timeout: UI_TIMEOUT }).toMatchObject({ filled: '2026-11-26' });
    expect(validateFile(offers, `offers/${slug}.md`, readFileSync(fileOf(slug), 'utf8')).problems).toEqual([]);
  });
});
